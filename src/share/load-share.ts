/**
 * Loads the share menu, once per page, only for a card with `share`: none of
 * it (nor the SVG renderer behind its downloads) reaches a page that does not
 * ask for it.
 */
export type ShareModule = typeof import('./share.js');

let share: Promise<ShareModule> | undefined;

export function loadShare(): Promise<ShareModule> {
  share ??= import('./share.js');
  return share;
}
