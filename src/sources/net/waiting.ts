/**
 * Waiting with a way out. A card can leave (removed from the page, its user
 * changed) while what it waits for is shared with other cards and must go on:
 * these helpers let one waiter leave without cancelling the work for the rest,
 * and turn optional work into values so no rejection goes unhandled.
 */
import { abortReason } from './abort.js';

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
