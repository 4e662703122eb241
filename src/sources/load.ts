/**
 * Chooses the source for a card: a `src` file when given (it *is* the data),
 * otherwise the live services. The live sources are a dynamic import so a
 * card fed by `src` never downloads them.
 */
import { LoadError } from '../model/load-error.js';
import type { CardData } from '../model/model.js';
import { loadCardFile } from './card-file.js';
import { isRequestableLogin } from '../model/login.js';
import type { LiveOptions, PartialCard } from './live.js';

export interface LoadRequest extends Omit<LiveOptions, 'signal' | 'onPartial'> {
  user?: string;
  src?: string;
}

/**
 * Starts loading the live sources. The element calls it as a live card
 * connects, beside the card view, so the chunk is not a round trip of its own
 * after the card's first render. Nothing is kept: the module map shares the
 * download with `loadCard`'s import, and a failure is `loadCard`'s to report
 * (and its retry's to try again).
 */
export function preloadLive(): void {
  import('./live.js').catch(() => undefined);
}

/** Loads one card's data. Rejects with a `LoadError`, or with the browser's `TypeError` when a chunk the load needs could not be downloaded (`loadCardFile`). */
export async function loadCard(req: LoadRequest, signal: AbortSignal, onPartial?: (p: PartialCard) => void): Promise<CardData> {
  if (req.src) return loadCardFile(req.src, signal);
  // Trimmed already: the element takes a blank `user` as unset (`willUpdate`).
  const user = req.user ?? '';
  if (!isRequestableLogin(user)) throw new LoadError('invalid-user', 'github', user.slice(0, 60));
  const { user: _u, src: _s, ...live } = req;
  let mod: typeof import('./live.js');
  try {
    mod = await import('./live.js');
  } catch (e) {
    throw new LoadError('network', 'github', `could not load the live sources: ${String(e)}`);
  }
  return mod.loadLiveCard(user, { ...live, signal, onPartial });
}
