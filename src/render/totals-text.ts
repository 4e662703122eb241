/**
 * What the totals region says, as plain strings: which totals are shown, their
 * compact and exact forms, and the footnotes of figures counted over another
 * scope. Shared by the card's template (`totals.ts`) and the static SVG, so
 * both show the same figures with the same words and marks.
 */
import { formatCompact, formatExact } from '../i18n/format.js';
import { TOTAL_KEYS, type CardData, type FigureScope, type TotalKey } from '../model/model.js';
import type { RenderContext } from './context.js';
import { punctuationOf } from '../i18n/punctuation.js';

/** At most six totals fit the grid; the first six known, in `TOTAL_KEYS` order, are shown. */
export const MAX_TOTALS = 6;

/** One total as shown: a number, or "below" a source's listing threshold; maybe of another scope than the card's. */
export interface VisibleTotal {
  key: TotalKey;
  value?: number;
  below?: number;
  /** Set when the figure was counted over another scope than the card's totals. */
  scope?: FigureScope;
}

/** The totals to show, in order: listed values and values known only to be below a threshold. */
export function visibleTotals(data: Pick<CardData, 'totals' | 'totalsBelow' | 'scopes'>): VisibleTotal[] {
  const shown: VisibleTotal[] = [];
  for (const key of TOTAL_KEYS) {
    const value = data.totals[key];
    const below = data.totalsBelow?.[key];
    if (value === undefined && below === undefined) continue;
    const t: VisibleTotal = value !== undefined ? { key, value } : { key, below };
    const scope = data.scopes?.[key];
    if (scope && value !== undefined) t.scope = scope;
    shown.push(t);
    if (shown.length === MAX_TOTALS) break;
  }
  return shown;
}

/** A scope in words: "the 17 Kubernetes GitHub organizations, as counted by CNCF DevStats". */
export function scopeText(scope: FigureScope, ctx: RenderContext): string {
  if (scope.source === 'devstats') return ctx.msg.scopeDevstats(scope.project ?? 'kubernetes');
  if (scope.source === 'github' && scope.orgs?.length) return ctx.msg.scopeGithub(scope.orgs);
  if (scope.source === 'contribcard') return ctx.msg.scopeContribcard;
  return Object.hasOwn(ctx.msg.sourceNames, scope.source) ? ctx.msg.sourceNames[scope.source]! : scope.source;
}

/** Marks of figures counted over another scope, in order of first use: "*", "†", "‡". */
const MARKS = ['*', '†', '‡', '§'];

/** One total in words. */
export interface TotalText {
  key: TotalKey;
  /** "Contributions". */
  label: string;
  /** What the eye reads: the compact figure ("15.8K", "1.6万") or the threshold ("<30"). */
  shown: string;
  /** The exact words, for tooltips and screen readers: "15,812" (with its scope when not the card's), "fewer than 30". */
  exact: string;
  /** True when the figure is only known to be under a listing threshold. */
  below: boolean;
  /** Footnote mark of a figure counted over another scope than the card's. */
  mark?: string;
}

/** A footnote shared by the figures counted over one other scope. */
export interface ScopeNote {
  mark: string;
  text: string;
}

/** The totals region in words: the tiles, in order, and one footnote per distinct other scope. */
export function totalsText(data: CardData, ctx: RenderContext): { tiles: TotalText[]; notes: ScopeNote[] } {
  const notes: ScopeNote[] = [];
  const markOf = (scope: string): string => {
    let note = notes.find((n) => n.text === scope);
    if (!note) notes.push((note = { mark: MARKS[Math.min(notes.length, MARKS.length - 1)]!, text: scope }));
    return note.mark;
  };
  const tiles = visibleTotals(data).map((t): TotalText => {
    const label = ctx.msg.totals[t.key];
    if (t.value === undefined) return { key: t.key, label, shown: ctx.msg.belowShort(t.below!), exact: ctx.msg.fewerThan(t.below!), below: true };
    const scope = t.scope && scopeText(t.scope, ctx);
    const exact = `${formatExact(t.value, ctx.locale)}${scope ? `${punctuationOf(ctx.locale).comma}${scope}` : ''}`;
    return { key: t.key, label, shown: formatCompact(t.value, ctx.locale), exact, below: false, ...(scope ? { mark: markOf(scope) } : {}) };
  });
  return { tiles, notes };
}

/**
 * "14,523 contributions, active in 27 repositories", the sentence articles quote, or
 * undefined: only when both figures are listed (not under a threshold) and
 * counted over the same scope, so the sentence never mixes two sources.
 */
export function contributionsLine(data: Pick<CardData, 'totals' | 'scopes'>, ctx: RenderContext): string | undefined {
  const { contributions, repositories } = data.totals;
  if (contributions === undefined || repositories === undefined) return undefined;
  const a = data.scopes?.contributions;
  const b = data.scopes?.repositories;
  if (JSON.stringify(a) !== JSON.stringify(b)) return undefined;
  return ctx.msg.contributionsToRepos(contributions, repositories);
}
