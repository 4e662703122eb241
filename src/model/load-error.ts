/**
 * The one error type that crosses from data loading into the element. Sources
 * classify every failure (HTTP status, timeout, bad JSON…) into a
 * `FailureReason` so the card can pick a sentence for it without knowing
 * which service spoke.
 */
import type { FailureReason } from './model.js';

/** Which part of loading failed: a `src` file, a live source, or the card's own code. */
export type FailedSource = 'file' | 'github' | 'devstats' | 'community' | 'contribcard' | 'card';

export class LoadError extends Error {
  constructor(
    /** Why it failed. */
    readonly reason: FailureReason,
    /** Which source failed. */
    readonly source: FailedSource,
    /** Technical detail for developers (logged in the event detail, never rendered as HTML). */
    detail = '',
    /** For `rate-limited`: when the source answers again (ISO date-time). */
    readonly retryAt?: string,
  ) {
    super(detail ? `${source}: ${reason}: ${detail}` : `${source}: ${reason}`);
    this.name = 'LoadError';
  }
}

/** Turns anything thrown while loading into a `LoadError` (abort stays `aborted`). */
export function toLoadError(e: unknown, source: FailedSource): LoadError {
  if (e instanceof LoadError) return e;
  if (e instanceof DOMException && e.name === 'AbortError') return new LoadError('aborted', source);
  if (e instanceof DOMException && e.name === 'TimeoutError') return new LoadError('timeout', source);
  if (e instanceof TypeError) return new LoadError('network', source, e.message);
  if (e instanceof SyntaxError) return new LoadError('bad-data', source, e.message);
  return new LoadError('bad-data', source, String(e));
}
