/**
 * Loads the share menu, once per page, only for a card with `share`: none of
 * it (nor the SVG renderer behind its downloads) reaches a page that does not
 * ask for it.
 */
import { loadOnce } from '../load-once.js';

export type ShareModule = typeof import('./share.js');

/** The share menu's templates, styles and controller. */
export const loadShare: () => Promise<ShareModule> = loadOnce(() => import('./share.js'));
