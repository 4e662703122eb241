/**
 * Loads a card variant's templates, once per page, only when a card asks for
 * that variant: a page of full cards downloads neither the compact nor the
 * inline one.
 */
import { loadOnce } from '../load-once.js';

export type CompactModule = typeof import('./compact.js');
export type InlineModule = typeof import('./inline.js');

/** The compact variant's templates and styles. */
export const loadCompact: () => Promise<CompactModule> = loadOnce(() => import('./compact.js'));

/** The inline chip's templates, styles and popover controller. */
export const loadInline: () => Promise<InlineModule> = loadOnce(() => import('./inline.js'));
