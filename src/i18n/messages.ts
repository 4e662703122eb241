/**
 * The shape of the card's sentences: every language's catalogue
 * (`messages/<lang>.ts`) implements it, and `catalog.ts` loads one. Plain data
 * plus small functions (no i18n runtime), because the card has a few dozen
 * strings and must stay small; numbers arrive already formatted by `format.ts`.
 */
import type { BadgeTier, FailureReason, RoleKind, TotalKey } from '../model/model.js';

export interface Messages {
  totals: Record<TotalKey, string>;
  roles: Record<RoleKind, string>;
  tiers: Record<BadgeTier, string>;
  badges: Record<string, { name: string; explain: (value: string, threshold: string) => string }>;
  reasons: Record<FailureReason, string>;
  sourceUnavailable: (source: string, reason: string) => string;
  backAt: (time: string) => string;
  /** Said after a failed source whose saved copy is shown. */
  savedCopy: (relative: string) => string;
  profileLink: (login: string) => string;
  notFoundTitle: string;
  notFound: (login: string) => string;
  notFoundData: string;
  noContributions: (login: string) => string;
  /** A person whose every DevStats figure is under its listing threshold (`n`: the contributions threshold). */
  belowListing: (login: string, n: string) => string;
  /** Title of the state for a login that is not a person (an organization or a bot). */
  notAPersonTitle: string;
  organization: (login: string) => string;
  bot: (login: string) => string;
  /** A total under its listing threshold: visible short form ("<30") and full form ("fewer than 30"). */
  belowShort: (n: string) => string;
  fewerThan: (n: string) => string;
  /** What a figure counts, by scope. */
  scopeDevstats: (project: string) => string;
  scopeGithub: (orgs: string) => string;
  scopeContribcard: string;
  /** Footer line: the scope of the totals and the chart. */
  figuresScope: (scope: string) => string;
  /** Joins organisation names ("kubernetes and kubernetes-sigs"). */
  andList: (items: string[]) => string;
  firstMergedPr: string;
  /** A release cycle still under way: "v1.38 (so far)". */
  ongoing: (period: string) => string;
  pointBelow: (period: string, n: string) => string;
  pointMissing: (period: string) => string;
  /** Said instead of a flat chart when no release reaches DevStats' listing threshold. */
  activityBelow: (n: string, periods: string) => string;
  errorTitle: string;
  retry: string;
  rolesHeading: string;
  /** Separator between a label and what follows (": " / "："). */
  colon: string;
  badgesHeading: string;
  totalsHeading: string;
  activityHeading: string;
  firstContribution: string;
  yearsActive: (years: string, from: string) => string;
  asOf: (date: string, relative: string) => string;
  sources: string;
  termEnds: (month: string) => string;
  subproject: (name: string) => string;
  activityUnit: Record<'month' | 'release', string>;
  sparklineSummary: (o: { total: string; peak: string; peakPeriod: string; from: string; to: string; unit: string; n: string; atLeast: boolean }) => string;
  pointLabel: (period: string, count: string) => string;
  sourceNames: Record<string, string>;
}
