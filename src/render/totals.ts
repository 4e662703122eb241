import { html, nothing } from 'lit';
import type { CardData } from '../model/model.js';
import type { RenderContext } from './context.js';
import { contributionsLine, totalsText } from './totals-text.js';

export function renderTotals(data: CardData, ctx: RenderContext) {
  const { tiles, notes } = totalsText(data, ctx);
  if (!tiles.length) return nothing;
  const items = tiles.map((t) => {
    if (t.below) {
      return html`<div class="total below" part="total" title=${`${t.label}${ctx.msg.colon}${t.exact}`}>
        <dt>${t.label}</dt>
        <dd><span aria-hidden="true">${t.shown}</span><span class="sr-only">${t.exact}</span></dd>
      </div>`;
    }
    // The compact figure is for the eye; the exact one is in the title (tooltip)
    // and, through the hidden span, in what a screen reader reads.
    return html`<div class="total" part="total" title=${`${t.label}${ctx.msg.colon}${t.exact}`}>
      <dt>${t.label}</dt>
      <dd>
        <span aria-hidden="true">${t.shown}${t.mark ? html`<sup class="mark">${t.mark}</sup>` : nothing}</span
        ><span class="sr-only">${t.exact}</span>
      </dd>
    </div>`;
  });
  const line = contributionsLine(data, ctx);
  return html`<section class="totals-region" part="totals" aria-label=${ctx.msg.totalsHeading}>
    ${line ? html`<p class="lead" part="summary">${line}</p>` : nothing}
    <dl class="totals">${items}</dl>
    ${notes.length
      ? html`<p class="scope-notes" aria-hidden="true">
          ${notes.map((n) => html`<span>${n.mark} ${n.text}</span>`)}
        </p>`
      : nothing}
  </section>`;
}
