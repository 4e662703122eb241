/**
 * What a card shows before its data: the loading skeleton, or a sentence
 * asking for a user when it has none. These are the only templates in the
 * first-paint bundle (and what server rendering produces); everything else is
 * in the card-view chunk, fetched in parallel with the data. Their sentences
 * come from the language's catalogue once it has loaded (a moment later, in
 * parallel with the data): the first paint carries English only, so adding a
 * language never grows it.
 */
import { html } from 'lit';
import { chartBones, lineBone, totalsBones } from './bones.js';

/** The skeleton's status until the page's language has loaded. */
export const LOADING_EN = 'Loading contributor card…';
/** The no-user sentence until the page's language has loaded. */
export const NO_USER_EN = 'No contributor given: set the user or src attribute.';

/** The card-unavailable sentence until the page's language has loaded (or when it could not load either). */
export const UNAVAILABLE_EN = 'The card could not load. Reload the page to try again.';

/** The card without `user` or `src`. */
export function renderNoUser(text = NO_USER_EN) {
  return html`<div class="state" part="state empty"><p>${text}</p></div>`;
}

/**
 * A card whose card view or language could not be downloaded: it has neither
 * its failure templates nor their sentences, only this one. Not announced (no
 * `role="alert"`), as a failure on the page's load is not (`MoreContext.alert`);
 * nor when a reader's "Try again" ends here, a limit kept for the first paint's
 * bytes: the record of that press is the card view's.
 */
export function renderUnavailable(text = UNAVAILABLE_EN) {
  return html`<div class="state" part="state error"><p>${text}</p></div>`;
}

/**
 * Placeholder regions at the loaded card's sizes, so nothing jumps when data lands: the
 * full card's; the compact variant's (avatar, name and role, a line of figures); the inline
 * chip's (a chip-sized bone in the line of text).
 */
export function renderSkeleton(status = LOADING_EN, variant?: string) {
  const compact = variant === 'compact';
  // No whitespace between the tags: these templates travel in the first paint, byte for byte.
  return variant === 'inline'
    ? html`<span class="bone chip-bone" part="skeleton" role="status" aria-busy="true"><span class="sr-only">${status}</span></span>`
    : html`<div class="skeleton" part="skeleton" role="status" aria-busy="true"><span class="sr-only">${status}</span><div class="identity" aria-hidden="true"><div class="bone avatar ${compact ? 'small' : ''}"></div><div class="who grow"><div class="bone line"></div><div class="bone line short"></div></div></div>${compact ? lineBone() : [totalsBones(), chartBones(), lineBone()]}</div>`;
}
