/**
 * Abort signals and their reasons, as every request of every source uses
 * them (a `src` card's fetch included, so this module is in the first paint).
 * Telling an abort from a failure is in `is-abort.ts`, and waiting on shared
 * work in `waiting.ts`: only the live sources use those.
 */

/** The reason a signal aborted, always an Error (an AbortError DOMException by default). */
export function abortReason(signal: AbortSignal | undefined): unknown {
  // Only without a signal: an aborted one always has its reason. The short message is 10 B of the first paint.
  return signal?.reason ?? new DOMException('Aborted', 'AbortError');
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
