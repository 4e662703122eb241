import { html, nothing } from 'lit';
import type { Badge } from '../model/model.js';
import type { RenderContext } from './context.js';
import { badgeTexts } from './badges-text.js';
import { EMBLEM_SHAPES, ringsPath } from './emblem-shapes.js';
import { fitInto } from './fit.js';

/** The badge's emblem: its shape inside one ring per tier, in the tier's material. */
function emblem(b: Badge) {
  return html`<svg class="emblem" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <path class="ring" d=${ringsPath(b.tier)}></path>
    <path class="shape" d=${EMBLEM_SHAPES[b.id]}></path>
  </svg>`;
}

/**
 * A badge's explanation, shown (its badge focused or pointed at), moved sideways
 * into the card, which clips what runs past its edge (`render/fit.ts`).
 */
function fitTip(e: Event) {
  const tip = (e.target as Element).closest('li')?.querySelector<HTMLElement>('.tip');
  const card = tip?.closest('.card');
  if (tip && card) {
    const { left, width } = card.getBoundingClientRect();
    // Shown for the measure: Firefox matches `:hover` only after the pointer event.
    tip.style.display = 'block';
    fitInto(tip, left, width);
    tip.style.display = '';
  }
}

/**
 * Badges are focusable so the explanation (shown as a tooltip on hover and
 * focus) is reachable from the keyboard; the same text is their accessible
 * description.
 */
export function renderBadges(badges: readonly Badge[], ctx: RenderContext) {
  if (!badges.length) return nothing;
  return html`<section class="badges" part="badges" aria-labelledby="badges-h">
    <h3 id="badges-h">${ctx.msg.badgesHeading}</h3>
    <ul @focusin=${fitTip} @pointerover=${fitTip}>
      ${badgeTexts(badges, ctx).map(({ badge: b, name, tier, explain }) => {
        return html`<li class="badge ${b.tier}" part="badge" tabindex="0" aria-describedby=${`tip-${b.id}`} data-badge=${b.id}>
          ${emblem(b)}
          <span class="label">${name} <span class="sr-only">(${tier})</span></span>
          <span class="tip" role="tooltip" id=${`tip-${b.id}`}>${tier}: ${explain}</span>
        </li>`;
      })}
    </ul>
  </section>`;
}
