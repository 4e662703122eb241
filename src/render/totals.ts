import { html, nothing } from 'lit';
import { formatCompact, formatExact } from '../i18n/format.js';
import { TOTAL_KEYS, type CardData, type FigureScope, type TotalKey } from '../model/model.js';
import type { RenderContext } from './context.js';

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

export function renderTotals(data: CardData, ctx: RenderContext) {
  const shown = visibleTotals(data);
  if (!shown.length) return nothing;
  // One footnote per distinct other scope, shared by the figures it covers.
  const notes: string[] = [];
  const markOf = (t: VisibleTotal): string | undefined => {
    if (!t.scope) return undefined;
    const text = scopeText(t.scope, ctx);
    let i = notes.indexOf(text);
    if (i < 0) i = notes.push(text) - 1;
    return MARKS[Math.min(i, MARKS.length - 1)];
  };
  const tiles = shown.map((t) => {
    const label = ctx.msg.totals[t.key];
    const mark = markOf(t);
    if (t.value === undefined) {
      const fewer = ctx.msg.fewerThan(t.below!);
      return html`<div class="total below" part="total" title=${`${label}: ${fewer}`}>
        <dt>${label}</dt>
        <dd><span aria-hidden="true">${ctx.msg.belowShort(t.below!)}</span><span class="sr-only">${fewer}</span></dd>
      </div>`;
    }
    const exact = formatExact(t.value, ctx.locale);
    const scopeNote = t.scope ? `, ${scopeText(t.scope, ctx)}` : '';
    // The compact figure is for the eye; the exact one is in the title (tooltip)
    // and, through the hidden span, in what a screen reader reads.
    return html`<div class="total" part="total" title=${`${label}: ${exact}${scopeNote}`}>
      <dt>${label}</dt>
      <dd>
        <span aria-hidden="true">${formatCompact(t.value, ctx.locale)}${mark ? html`<sup class="mark">${mark}</sup>` : nothing}</span
        ><span class="sr-only">${exact}${scopeNote}</span>
      </dd>
    </div>`;
  });
  return html`<section class="totals-region" part="totals" aria-label=${ctx.msg.totalsHeading}>
    <dl class="totals">${tiles}</dl>
    ${notes.length
      ? html`<p class="scope-notes" aria-hidden="true">
          ${notes.map((n, i) => html`<span>${MARKS[Math.min(i, MARKS.length - 1)]} ${n}</span>`)}
        </p>`
      : nothing}
  </section>`;
}
