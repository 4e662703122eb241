/**
 * Abort signals and their reasons, as every request of every source uses
 * them (a `src` card's fetch included, so this module is in the first paint).
 * Waiting on shared work is in `waiting.ts`, which only the live sources use.
 */
import { LoadError } from '../../model/load-error.js';

/** The reason a signal aborted, always an Error (an AbortError DOMException by default). */
export function abortReason(signal: AbortSignal | undefined): unknown {
  return signal?.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

/** True for what `AbortController.abort()` rejects with. */
export function isAbort(e: unknown): boolean {
  return (e instanceof DOMException && e.name === 'AbortError') || (e instanceof LoadError && e.reason === 'aborted');
}

/** `AbortSignal.any`, with a fallback for browsers from before 2024. */
export function anySignal(signals: AbortSignal[]): AbortSignal {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any(signals);
  const c = new AbortController();
  for (const s of signals) {
    if (s.aborted) {
      c.abort(s.reason);
      break;
    }
    s.addEventListener('abort', () => c.abort(s.reason), { once: true });
  }
  return c.signal;
}
