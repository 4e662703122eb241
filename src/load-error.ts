/**
 * The one error type that crosses from data loading into the element. Sources
 * classify every failure (HTTP status, timeout, bad JSON…) into a
 * `FailureReason` so the card can pick a sentence for it without knowing
 * which service spoke.
 */
import type { FailureReason } from './model.js';

export class LoadError extends Error {
  constructor(
    /** Why it failed. */
    readonly reason: FailureReason,
    /** Which source failed (`github`, `devstats`, `community`, `file`…). */
    readonly source: string,
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
export function toLoadError(e: unknown, source: string): LoadError {
  if (e instanceof LoadError) return e;
  if (e instanceof DOMException && e.name === 'AbortError') return new LoadError('aborted', source);
  if (e instanceof DOMException && e.name === 'TimeoutError') return new LoadError('timeout', source);
  if (e instanceof TypeError) return new LoadError('network', source, e.message);
  if (e instanceof SyntaxError) return new LoadError('bad-data', source, e.message);
  return new LoadError('bad-data', source, String(e));
}
