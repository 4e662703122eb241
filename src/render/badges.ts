import { html, nothing } from 'lit';
import type { Badge } from '../model/model.js';
import type { RenderContext } from './context.js';
import { punctuationOf } from '../i18n/punctuation.js';
import { badgeTexts } from './badges-text.js';
import { EMBLEM_SHAPES, ringsPath } from './emblem-shapes.js';
import { fitInto } from './fit.js';

/** The badge's emblem: its shape inside one ring per tier, in the tier's material. */
function emblem(b: Badge) {
  return html`<svg class="emblem" viewBox="0 0 24 24" aria-hidden="true">
    <path class="ring" d=${ringsPath(b.tier)}></path>
    <path class="shape" d=${EMBLEM_SHAPES[b.id]}></path>
  </svg>`;
}

/** The explanation the pointer last showed: Escape hides it wherever focus is (see `hideTip`). */
let hovered: HTMLElement | undefined;

const onEscape = (e: KeyboardEvent) => e.key === 'Escape' && hovered?.classList.add('off');

/** The explanation of the badge an event came from. */
const tipOf = (e: Event) => (e.target as Element).closest('li')?.querySelector<HTMLElement>('.tip');

/**
 * A badge's explanation, shown as its badge is focused or pointed at (again
 * after Escape hid it), moved sideways into the card, which clips what runs past
 * its edge (`render/fit.ts`).
 */
function showTip(e: Event) {
  const tip = tipOf(e);
  // Once per visit: not again as the pointer moves between the badge's own parts.
  if (!tip || tip.parentElement!.contains((e as FocusEvent).relatedTarget as Node | null)) return;
  tip.classList.remove('off');
  if (e.type === 'pointerover') {
    // Listened for from the first hover on, once for the page.
    if (!hovered) addEventListener('keydown', onEscape);
    hovered = tip;
  }
  const card = tip.closest('.card')!;
  const { left, width } = card.getBoundingClientRect();
  // Shown for the measure: Firefox matches `:hover` only after the pointer event.
  tip.style.display = 'block';
  fitInto(tip, left, width);
  tip.style.display = '';
}

/**
 * Escape hides the explanation of the focused badge, which covers what is above
 * it, without moving focus (WCAG 1.4.13; one shown by the pointer, `onEscape`);
 * the key goes no further then (an inline chip's popover stays open until the
 * next Escape).
 */
function hideTip(e: KeyboardEvent) {
  const tip = tipOf(e);
  if (e.key === 'Escape' && tip && !tip.classList.contains('off')) {
    tip.classList.add('off');
    e.stopPropagation();
  }
}

/**
 * Badges are focusable so the explanation (shown as a tooltip on hover and
 * focus) is reachable from the keyboard; the same text is their accessible
 * description. The tooltip itself is hidden from assistive tech: shown on focus
 * inside the badge, it joined the badge's name, and a screen reader said the
 * explanation twice and the tier three times.
 */
export function renderBadges(badges: readonly Badge[], ctx: RenderContext) {
  if (!badges.length) return nothing;
  return html`<section class="badges" part="badges">
    <h3>${ctx.msg.badgesHeading}</h3>
    <ul @focusin=${showTip} @pointerover=${showTip} @keydown=${hideTip}>
      ${badgeTexts(badges, ctx).map(({ badge: b, name, tier, explain }) => {
        return html`<li class="badge ${b.tier}" part="badge" tabindex="0" aria-describedby=${`tip-${b.id}`} data-badge=${b.id}>
          ${emblem(b)}
          <span class="label">${name}<span class="sr-only">${punctuationOf(ctx.locale).aside(tier)}</span></span>
          <span class="tip" id=${`tip-${b.id}`} aria-hidden="true">${tier}${ctx.msg.colon}${explain}</span>
        </li>`;
      })}
    </ul>
  </section>`;
}
