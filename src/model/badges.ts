/**
 * Achievement badges, computed from the model by documented rules and never
 * read from input (a card file cannot award itself a badge). The table below
 * is the single source of truth; the README's badge table mirrors it.
 */
import type { Badge, BadgeTier, CardData, RoleKind } from './model.js';
import { highestRung, RUNGS } from './roles-order.js';
import { parseIsoDate } from '../i18n/format.js';

const TIERS: readonly BadgeTier[] = ['bronze', 'silver', 'gold', 'platinum'];

/** The badges, in the order they are shown. */
export const BADGE_IDS = ['steering', 'leadership', 'ladder', 'merged-prs', 'contributions', 'reviews', 'veteran', 'first-pr'] as const;

/** Stable id of a badge rule. */
export type BadgeId = (typeof BADGE_IDS)[number];

/** A threshold rule: a number taken from the model, and the value each tier starts at. */
export interface BadgeRule {
  id: BadgeId;
  /** bronze, silver, gold, platinum thresholds, ascending; `null` where the rule has no such tier. */
  thresholds: readonly [number | null, number | null, number | null, number | null];
  value: (data: CardData, now: Date) => number | undefined;
}

const LEADERSHIP: ReadonlySet<RoleKind> = new Set(['chair', 'tech-lead', 'subproject-lead', 'steering-liaison']);

/**
 * Whole years from the first contribution to the data's date: "contributing for 2 years" is
 * true from the second anniversary on. (Calendar years counted inclusively gave a first PR of
 * late December two years by the next January.) A first contribution known only by its year
 * (`yearsActive`) is taken at that year's end, and one known only by its month at that month's
 * end, so the figure never overstates.
 */
export function yearsContributing(data: CardData, now: Date): number | undefined {
  const date = data.firstContribution?.date;
  // Known only by its month (`YYYY-MM`), or its year, it is taken at the last moment of it: 1 ms
  // before the next begins (the last day at 00:00 said "2 years" up to a day early).
  const first = date && (/^\d{4}-\d{2}$/.test(date) ? Date.UTC(+date.slice(0, 4), +date.slice(5)) - 1 : parseIsoDate(date));
  const start = Math.min(first ? +first : Infinity, data.yearsActive?.length ? Date.UTC(Math.min(...data.yearsActive), 12) - 1 : Infinity);
  if (start === Infinity) return undefined;
  const from = new Date(start);
  const asOf = (data.asOf && parseIsoDate(data.asOf)) || now;
  // Before this year's anniversary (month, day and time, as ISO text), one year fewer.
  const years = asOf.getUTCFullYear() - from.getUTCFullYear() - (asOf.toISOString().slice(5) < from.toISOString().slice(5) ? 1 : 0);
  return years > 0 ? years : undefined;
}

/** The rule table, in the order badges are shown. */
export const BADGE_RULES: readonly BadgeRule[] = [
  {
    id: 'steering',
    // Measures: Steering Committee membership: 1 = emeritus (gold), 2 = current member (platinum).
    thresholds: [null, null, 1, 2],
    value: (d) =>
      d.roles.some((r) => r.kind === 'steering-member')
        ? 2
        : d.roles.some((r) => r.kind === 'emeritus' && /steering/i.test(r.group))
          ? 1
          : undefined,
  },
  {
    id: 'leadership',
    // Measures: number of leadership roles (chair, tech lead, subproject lead, Steering liaison).
    thresholds: [1, 2, 3, 5],
    value: (d) => d.roles.filter((r) => LEADERSHIP.has(r.kind)).length || undefined,
  },
  {
    id: 'ladder',
    // Measures: the highest rung of the contributor ladder (community-membership.md):
    // 1 = org member, 2 = reviewer, 3 = approver, 4 = subproject lead, maintainer or higher.
    thresholds: [1, 2, 3, 4],
    value: (d) => {
      const top = highestRung(d.roles);
      return top ? Math.min(4, 8 - RUNGS[top.kind]!) : undefined;
    },
  },
  {
    id: 'merged-prs',
    // Measures: merged pull requests.
    thresholds: [10, 100, 500, 1000],
    value: (d) => d.totals.prsMerged,
  },
  {
    id: 'contributions',
    // Measures: contributions (DevStats: PRs, reviews, comments, issues, commits…).
    thresholds: [100, 1000, 5000, 10000],
    value: (d) => d.totals.contributions,
  },
  {
    id: 'reviews',
    // Measures: pull request reviews.
    thresholds: [50, 500, 2000, 5000],
    value: (d) => d.totals.reviews,
  },
  {
    id: 'veteran',
    // Measures: whole years contributing, from the first contribution to the data date.
    thresholds: [2, 4, 6, 8],
    value: yearsContributing,
  },
  {
    id: 'first-pr',
    // Measures: a first merged pull request (shown only until the merged-PRs badge takes over at 10).
    thresholds: [1, null, null, null],
    value: (d) => (d.totals.prsMerged !== undefined && d.totals.prsMerged < 10 ? d.totals.prsMerged : undefined),
  },
];

/** Applies one rule: the highest tier whose threshold the value reaches, or nothing. */
export function applyRule(rule: BadgeRule, data: CardData, now: Date): Badge | undefined {
  const value = rule.value(data, now);
  if (value === undefined || !Number.isFinite(value)) return undefined;
  for (let i = TIERS.length - 1; i >= 0; i--) {
    const threshold = rule.thresholds[i];
    if (threshold !== null && value >= threshold) return { id: rule.id, tier: TIERS[i], value, threshold };
  }
  return undefined;
}

/** All badges the model earns, in table order. `now` is used only when the data has no `asOf`. */
export function computeBadges(data: CardData, now = new Date()): Badge[] {
  return BADGE_RULES.map((r) => applyRule(r, data, now)).filter((b): b is Badge => b !== undefined);
}
