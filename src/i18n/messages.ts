/**
 * The shape of the card's sentences: every language's catalogue
 * (`messages/<lang>.ts`) implements it, and `catalog.ts` loads one. Plain data
 * plus small functions of typed parameters (no i18n runtime), because the card
 * has a few dozen strings and must stay small. Numbers arrive as numbers: each
 * catalogue formats them for its language (`format.ts`) and picks plural forms
 * with `Intl.PluralRules` (`plural.ts`).
 */
import type { BadgeId } from '../model/badges.js';
import type { ActivityUnit, BadgeTier, FailureReason, RoleKind, TotalKey } from '../model/model.js';

export interface Messages {
  /** The BCP 47 tag the catalogue formats its numbers for. */
  locale: string;
  totals: Record<TotalKey, string>;
  roles: Record<RoleKind, string>;
  tiers: Record<BadgeTier, string>;
  /** Each badge's name and the sentence that explains it (`value`: what the rule measured, `threshold`: where the tier starts). */
  badges: Record<BadgeId, { name: string; explain: (value: number, threshold: number) => string }>;
  profileLink: (login: string) => string;
  /** `project`: a CNCF DevStats project other than Kubernetes, named as DevStats names it. */
  noContributions: (login: string, project?: string) => string;
  /** A person whose every DevStats figure is under its listing threshold (`threshold`: the contributions threshold). */
  belowListing: (login: string, threshold: number) => string;
  /** A total under its listing threshold: visible short form ("<30") and full form ("fewer than 30"). */
  belowShort: (threshold: number) => string;
  fewerThan: (threshold: number) => string;
  /** What a figure counts, by scope. */
  scopeDevstats: (project: string) => string;
  scopeGithub: (orgs: readonly string[]) => string;
  scopeContribcard: string;
  /** Footer line: the scope of the totals and the chart. */
  figuresScope: (scope: string) => string;
  firstMergedPr: string;
  firstContribution: string;
  /** A release cycle still under way: "v1.38 (so far)". */
  ongoing: (period: string) => string;
  /** One point of the chart: "v1.34: 12 merged PRs". */
  pointLabel: (period: string, count: number) => string;
  pointBelow: (period: string, threshold: number) => string;
  pointMissing: (period: string) => string;
  /** Said instead of a flat chart when no release cycle reaches DevStats' listing threshold. */
  activityBelow: (threshold: number, periods: number) => string;
  rolesHeading: string;
  /** Separator between a label and what follows (": " / "："). */
  colon: string;
  badgesHeading: string;
  totalsHeading: string;
  activityHeading: string;
  /** "9 years active, since 2018". */
  /** `since`: the first year, already written in the language's digits (`formatYear`). */
  yearsActive: (years: number, since: string) => string;
  /** "Data as of Nov 2, 2026 (3 days ago)" (`date` and `relative` already formatted). */
  asOf: (date: string, relative: string) => string;
  sources: string;
  /** "term ends Oct 2027" (`month` already formatted). */
  termEnds: (month: string) => string;
  /** "term ended Oct 2026": the data still lists the role, but its term's month is past. */
  termEnded: (month: string) => string;
  subproject: (name: string) => string;
  /** The Steering Committee's name, as a role's group: in English where the language's Kubernetes docs keep it so. */
  steeringCommittee: string;
  activityUnit: Record<ActivityUnit, string>;
  /** The chart's accessible name. `atLeast`: some period is a gap or only bounded, so the total is a lower bound. */
  sparklineSummary: (s: SparklineSummaryText) => string;
  sourceNames: Record<string, string>;
  /**
   * "14,523 contributions, active in 27 repositories": DevStats' Active repositories counts every
   * repository with any event of the person's (a star or a fork too), so the sentence says
   * "active in", never "contributions to" (cncf/devstats metrics/kubernetes/project_developer_stats.sql:744-755,
   * `active_repos`: `count(distinct repo_id)` over all events; :728-742, `contributions`: seven event types).
   */
  contributionsToRepos: (contributions: number, repositories: number) => string;
  /** For screen readers while the card loads (the skeleton's status). */
  loading: string;
  /** A card given neither `user` nor `src`. */
  noUser: string;
  /**
   * A card whose own code or words could not be downloaded (the card view, with its failure
   * templates and retry button; or the page's language), so it can say no more than this.
   */
  unavailable: string;
}

/**
 * Sentences a card shows only sometimes: failures and notices, the share
 * menu, the inline chip's hint and the static SVG's title. A chunk of their
 * own per language, loaded when such a thing is shown, so a card that loads
 * fine downloads only {@link Messages}.
 */
export interface MoreMessages {
  reasons: Record<FailureReason, string>;
  /** "GitHub unavailable (rate limit reached)." */
  sourceUnavailable: (source: string, reason: string) => string;
  /** A source that will never count this login (DevStats' bot filter, an account GitHub's search hides): not an outage. */
  notCounted: (source: string) => string;
  /** "Back in 30 minutes." (`time`: a formatted relative time) */
  backAt: (time: string) => string;
  /** Said after a failed source whose saved copy is shown (`relative`: how long ago it was saved). */
  savedCopy: (relative: string) => string;
  /** A still image's (the static SVG and PNG) saved-copy sentence: the copy's date, e.g. "Showing its data saved on Nov 28, 2026." */
  savedOn: (date: string) => string;
  /** A still image's "Data as of Nov 28, 2026": the date alone ("(this minute)" would stay so for as long as the image is shown). */
  asOfDate: (date: string) => string;
  notFoundTitle: string;
  notFound: (login: string) => string;
  /** A `user` that cannot be a GitHub login (no service was asked). */
  invalidLogin: (login: string) => string;
  notFoundData: string;
  /** Title of the state for a login that is not a person (an organization or a bot). */
  notAPersonTitle: string;
  organization: (login: string) => string;
  bot: (login: string) => string;
  errorTitle: string;
  retry: string;
  /** Title of the static (SVG) card: "Paco Xu (@pacoxu) — Kubernetes contributor card"; without a name, the login alone. */
  svgTitle: (login: string, name?: string) => string;
  /** First sentence of the static card's description: who it is. "Paco Xu (@pacoxu), DaoCloud." */
  svgPerson: (login: string, name?: string, company?: string) => string;
  /** Items of the static card's description as one sentence: "Reviews: 5,230; Issues: 310." */
  svgList: (items: readonly string[]) => string;
  /** Label of roles the page adds (the element's `role` slot, a static card's extra roles), which no source records. */
  pageRoles: string;
  /** The share button (`share` attribute). */
  share: string;
  /** The share menu's accessible name. */
  shareMenu: string;
  copyEmbed: string;
  copyMarkdown: string;
  downloadSvg: string;
  downloadPng: string;
  /** Announced after a copy. */
  copied: string;
  /** Announced when the browser refused (no clipboard, a strict page policy). */
  shareFailed: string;
  /** The inline chip's button name: it opens the full card in a popover. */
  openCard: (login: string) => string;
}

/** What the chart's summary says, in numbers and already formatted period labels. */
export interface SparklineSummaryText {
  unit: string;
  from: string;
  to: string;
  periods: number;
  total: number;
  atLeast: boolean;
  peak: number;
  peakPeriod: string;
}
