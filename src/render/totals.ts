import { html, nothing } from 'lit';
import { formatCompact, formatExact } from '../format.js';
import { TOTAL_KEYS, type Totals, type TotalKey } from '../model.js';
import type { RenderContext } from './context.js';

/** At most six totals fit the grid; the first six present, in `TOTAL_KEYS` order, are shown. */
export const MAX_TOTALS = 6;

/** The totals to show, in order, skipping absent ones. */
export function visibleTotals(totals: Totals): [TotalKey, number][] {
  return TOTAL_KEYS.filter((k) => totals[k] !== undefined)
    .slice(0, MAX_TOTALS)
    .map((k) => [k, totals[k] as number]);
}

export function renderTotals(totals: Totals, ctx: RenderContext) {
  const shown = visibleTotals(totals);
  if (!shown.length) return nothing;
  return html`<section class="totals-region" part="totals" aria-label=${ctx.msg.totalsHeading}>
    <dl class="totals">
      ${shown.map(([key, n]) => {
        const exact = formatExact(n, ctx.locale);
        const label = ctx.msg.totals[key];
        // The compact figure is for the eye; the exact one is in the title (tooltip)
        // and, through the hidden span, in what a screen reader reads.
        return html`<div class="total" part="total" title=${`${label}: ${exact}`}>
          <dt>${label}</dt>
          <dd><span aria-hidden="true">${formatCompact(n, ctx.locale)}</span><span class="sr-only">${exact}</span></dd>
        </div>`;
      })}
    </dl>
  </section>`;
}
