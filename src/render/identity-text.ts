/**
 * The identity region's words that are not the data itself, as plain strings:
 * shared by the card's template (`identity.ts`) and the static SVG.
 */
import type { Identity } from '../model/model.js';

/** First letters of the display name (or login), shown when there is no avatar or it fails. */
export function initials(identity: Identity): string {
  const words = (identity.name ?? identity.login).split(/\s+/).filter(Boolean);
  // First two words: "Paco Xu 徐俊杰" is "PX", not "P徐".
  const letters = words.slice(0, 2);
  return letters.map((w) => Array.from(w)[0] ?? '').join('').toUpperCase() || '?';
}
