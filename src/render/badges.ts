import { html, nothing } from 'lit';
import type { Badge, BadgeTier } from '../model/model.js';
import type { RenderContext } from './context.js';

/** Tiers differ in shape as well as colour, so colour is never the only cue. */
const GLYPH: Record<BadgeTier, string> = { bronze: '●', silver: '◆', gold: '★', platinum: '✦' };

/**
 * Badges are focusable so the explanation (shown as a tooltip on hover and
 * focus) is reachable from the keyboard; the same text is their accessible
 * description.
 */
export function renderBadges(badges: readonly Badge[], ctx: RenderContext) {
  if (!badges.length) return nothing;
  return html`<section class="badges" part="badges" aria-labelledby="badges-h">
    <h3 id="badges-h">${ctx.msg.badgesHeading}</h3>
    <ul>
      ${badges.map((b) => {
        const m = ctx.msg.badges[b.id];
        if (!m) return nothing;
        const explain = m.explain(b.value, b.threshold);
        const tier = ctx.msg.tiers[b.tier];
        return html`<li class="badge ${b.tier}" part="badge" tabindex="0" aria-describedby=${`tip-${b.id}`} data-badge=${b.id}>
          <span class="medal" aria-hidden="true">${GLYPH[b.tier]}</span>
          <span class="label">${m.name} <span class="sr-only">(${tier})</span></span>
          <span class="tip" role="tooltip" id=${`tip-${b.id}`}>${tier}: ${explain}</span>
        </li>`;
      })}
    </ul>
  </section>`;
}
