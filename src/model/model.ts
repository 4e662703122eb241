/**
 * The card's one data contract. Every source (a prebuilt JSON file, GitHub,
 * DevStats, the community files) maps its answers into this shape, and the
 * renderer reads nothing else. Changing a field's meaning means a new
 * `schemaVersion`; `schema/card-data.schema.json` describes the same shape
 * for people who prebuild card files.
 */

import type { BadgeId } from './badges.js';

/** Version of the card-data format this code reads and writes. */
export const SCHEMA_VERSION = 1;

/** Who the contributor is. Only `login` is required. */
export interface Identity {
  /** GitHub login, as GitHub spells it. */
  login: string;
  /** Display name. */
  name?: string;
  /** Avatar image URL (http/https only). */
  avatarUrl?: string;
  /** Profile URL (http/https only); defaults to the GitHub profile. */
  profileUrl?: string;
  /** Company or affiliation, free text. */
  company?: string;
}

/**
 * Contribution totals. Each is optional because sources differ: DevStats
 * knows reviews, GitHub search knows merged PRs, ContribCard knows commits.
 * An absent total is not rendered; a zero is.
 */
export interface Totals {
  contributions?: number;
  prsOpened?: number;
  prsMerged?: number;
  reviews?: number;
  approvals?: number;
  issues?: number;
  commits?: number;
  comments?: number;
  /**
   * Repositories the person was active in: DevStats' Active repositories (any event, a star or a
   * fork too, so not a contribution in itself), or ContribCard's repositories contributed to.
   */
  repositories?: number;
}

/**
 * What a figure counts and who counted it. CNCF DevStats' `kubernetes` project
 * covers the 17 Kubernetes GitHub organisations; a GitHub search query names
 * only the few organisations that fit in its 256 characters; ContribCard
 * counts what its own crawl found. Two figures of different scope are
 * different quantities, so the card says each one's scope.
 */
export interface FigureScope {
  /** Who counted: `devstats`, `github`, `contribcard`, or another source id. */
  source: string;
  /** The DevStats project counted (`kubernetes` covers its 17 GitHub organisations). */
  project?: string;
  /** The GitHub organisations a search covered, e.g. `["kubernetes", "kubernetes-sigs"]`. */
  orgs?: string[];
}

/** The keys of {@link Totals}, in the order the card shows them. */
export const TOTAL_KEYS = [
  'contributions',
  'prsMerged',
  'prsOpened',
  'reviews',
  'approvals',
  'issues',
  'commits',
  'comments',
  'repositories',
] as const satisfies readonly (keyof Totals)[];

export type TotalKey = (typeof TOTAL_KEYS)[number];

/** The contributor's first contribution we know of. */
export interface FirstContribution {
  title?: string;
  /** `owner/name`. */
  repository?: string;
  /** ISO 8601 date or date-time. */
  date: string;
  /** Link to the PR/commit (http/https only). */
  url?: string;
}

/**
 * Kinds of community role, in the order the card lists them: the contributor
 * ladder from the top (Steering, whose liaisons belong with it; chairs; tech
 * leads; leads, subproject leads and maintainers; approvers; reviewers; org
 * members), then the seats shown beside the ladder (the Governing Board seat,
 * emeritus roles). `other` covers roles a source names that the card has no
 * label for, and kinds a newer version of the format adds (the validator
 * reads an unknown kind as `other`, with its label).
 */
export const ROLE_KINDS = [
  'steering-member',
  'steering-liaison',
  'chair',
  'tech-lead',
  'lead',
  'subproject-lead',
  'maintainer',
  'approver',
  'reviewer',
  'member',
  'governing-board',
  'emeritus',
  'other',
] as const;

export type RoleKind = (typeof ROLE_KINDS)[number];

/** A role the contributor holds, e.g. chair of "SIG Node". */
export interface Role {
  kind: RoleKind;
  /** The group the role is in, e.g. "SIG Node", "Steering Committee", a repository ("kubeadm") or an org ("kubernetes"). */
  group: string;
  /** Free-text label for `other` roles, or a refinement: a subproject's name, an area ("cri", "API"). */
  label?: string;
  /** Term, e.g. "2024–2026" or "Term ends in October 2027". */
  term?: string;
  /** Link to where the role is recorded (http/https only). */
  url?: string;
  /**
   * Directories of a repository the role covers (`""` is the repository's
   * root), for roles read from OWNERS files; the card shows the repository and
   * lists these only in the role's tooltip.
   */
  paths?: string[];
}

/** Tier of a badge: how far the contributor got in that achievement. */
export type BadgeTier = 'bronze' | 'silver' | 'gold' | 'platinum';

/** An achievement badge. Computed from the model by `badges.ts`, never read from input. */
export interface Badge {
  /** Stable id of the rule that awarded it. */
  id: BadgeId;
  tier: BadgeTier;
  /** The number the rule looked at (e.g. 1200 merged PRs, 7 years). */
  value: number;
  /** The threshold that was passed. */
  threshold: number;
}

/** Unit of one activity point. */
export type ActivityUnit = 'month' | 'release';

/** One point of the merged-PR series. */
export interface ActivityPoint {
  /**
   * Label of the period: `2025-03` for months; for releases, the release the
   * period's work went into (`v1.34` for what was merged between the v1.33.0
   * and v1.34.0 tags, i.e. during the v1.34 development cycle).
   */
  period: string;
  /** ISO date at which the period starts (used for ordering and the axis). */
  start: string;
  /**
   * Merged PRs in that period. Absent when the source failed for this period
   * alone: the chart shows a gap there rather than a made-up value.
   */
  count?: number;
  /**
   * Set when the source lists no value because it is under its listing
   * threshold: the true count is at least `count` and below `below`
   * (DevStats stores no per-release row under 2 merged PRs: "0 or 1").
   */
  below?: number;
  /** True for a period still under way (the current release cycle). */
  ongoing?: boolean;
}

/** Merged PRs over time. */
export interface Activity {
  unit: ActivityUnit;
  points: ActivityPoint[];
}

/** Where a part of the data came from. */
export interface SourceRef {
  /** Short id: `github`, `devstats`, `community`, `contribcard`, `file`. */
  id: string;
  /** Human name, e.g. "CNCF DevStats". */
  name: string;
  /** Link to the source (http/https only). */
  url?: string;
}

/** A source that failed while others succeeded (the "partial" state). */
export interface SourceNotice {
  source: string;
  /** Machine-readable reason. */
  reason: FailureReason;
  /** When a rate-limited source will answer again (ISO date-time). */
  retryAt?: string;
  /** When the source failed but a saved copy is shown instead: when that copy was taken (ISO date-time). */
  staleSince?: string;
}

/** The group name every Steering role carries, whichever file it came from: the one group a card's languages may name. */
export const STEERING_GROUP = 'Steering Committee';

/** Why loading (or one source) failed. */
export const FAILURE_REASONS = [
  'invalid-user',
  'not-found',
  'organization',
  'bot',
  'not-searchable',
  'unknown-project',
  'rate-limited',
  'network',
  'timeout',
  'http',
  'bad-data',
  'aborted',
] as const;

export type FailureReason = (typeof FAILURE_REASONS)[number];

/** The complete model of one card. */
export interface CardData {
  schemaVersion: typeof SCHEMA_VERSION;
  identity: Identity;
  totals: Totals;
  /**
   * Totals the source does not list because they are under its listing
   * threshold, with that threshold: `{ contributions: 30 }` says "fewer than
   * 30 contributions". DevStats keeps no row for small values, so a newcomer's
   * figures are below, not unknown and not zero. A key present in `totals`
   * wins over the same key here.
   */
  totalsBelow?: Partial<Record<TotalKey, number>>;
  /** What the totals and the activity count, unless `scopes` says otherwise for a figure. */
  scope?: FigureScope;
  /** Figures counted over another scope than `scope` (a GitHub search standing in for DevStats). */
  scopes?: Partial<Record<TotalKey | 'firstContribution', FigureScope>>;
  firstContribution?: FirstContribution;
  /** Calendar years with at least one contribution, any order. */
  yearsActive?: number[];
  roles: Role[];
  activity?: Activity;
  sources: SourceRef[];
  /** When the data was taken (ISO date-time). */
  asOf?: string;
  /** Sources that failed; non-empty means the card is partial. */
  notices?: SourceNotice[];
}
