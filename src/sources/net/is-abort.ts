/**
 * Telling a cancellation from a failure, which only the live sources need (a
 * source that was aborted is not a source that failed). Apart from `abort.ts`
 * so that it stays out of the first paint, where a `src` card's fetch needs
 * only the signals.
 */
import { LoadError } from '../../model/load-error.js';

/** True for what `AbortController.abort()` rejects with. */
export function isAbort(e: unknown): boolean {
  return (e instanceof DOMException && e.name === 'AbortError') || (e instanceof LoadError && e.reason === 'aborted');
}
