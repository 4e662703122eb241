import { html, nothing } from 'lit';
import type { CardData } from '../model/model.js';
import type { RenderContext } from './context.js';
import { contributionsLine, totalsText, type ScopeNote, type TotalText } from './totals-text.js';

/**
 * One figure: the compact form (and a scope's mark) for the eye; the exact one in the title
 * (tooltip) and, through the hidden span, in what a screen reader reads. `cls` is its box's
 * class (the compact card lays its figures out its own way).
 */
export function renderFigure(t: TotalText, ctx: RenderContext, cls = t.below ? 'total below' : 'total') {
  return html`<div class=${cls} part="total" title=${`${t.label}${ctx.msg.colon}${t.exact}`}>
    <dt>${t.label}</dt>
    <dd>
      <span aria-hidden="true">${t.shown}${t.mark ? html`<sup class="mark">${t.mark}</sup>` : nothing}</span
      ><span class="sr-only">${t.exact}</span>
    </dd>
  </div>`;
}

/** The footnotes of the figures' marks (said to screen readers in each figure's exact words). */
export function renderScopeNotes(notes: readonly ScopeNote[]) {
  return notes.length ? html`<p class="scope-notes" aria-hidden="true">${notes.map((n) => html`<span>${n.mark} ${n.text}</span>`)}</p>` : nothing;
}

export function renderTotals(data: CardData, ctx: RenderContext) {
  const { tiles, notes } = totalsText(data, ctx);
  if (!tiles.length) return nothing;
  const line = contributionsLine(data, ctx);
  return html`<section class="totals-region" part="totals" role="group" aria-label=${ctx.msg.totalsHeading}>
    ${line ? html`<p class="lead" part="summary">${line}</p>` : nothing}
    <dl class="totals">${tiles.map((t) => renderFigure(t, ctx))}</dl>
    ${renderScopeNotes(notes)}
  </section>`;
}
