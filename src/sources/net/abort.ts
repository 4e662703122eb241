/**
 * Waiting with a way out. A card can leave (removed from the page, its user
 * changed) while what it waits for is shared with other cards and must go on:
 * these helpers let one waiter leave without cancelling the work for the rest.
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

/**
 * Waits for a shared promise on behalf of one caller, who leaves (with the
 * signal's reason) when its signal aborts; the promise goes on for the others.
 */
export function untilAborted<T>(p: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return p;
  if (signal.aborted) return Promise.reject(abortReason(signal));
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

/** How an optional promise ended, or `undefined` when there was none. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown } | undefined;

/** Never rejects: the outcome of an optional promise, so no rejection goes unhandled. */
export function settle<T>(p: Promise<T> | undefined): Promise<Outcome<T>> {
  if (!p) return Promise.resolve(undefined);
  return p.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}
