/**
 * One piece of work shared by every caller that asks for the same thing. A
 * page may hold fifty cards of ten people: each distinct request goes out once
 * and every card waits for the same answer. A caller that leaves (its card was
 * removed, its user changed) stops waiting without cancelling the work for the
 * others; the last one to leave cancels it, and the next caller starts afresh.
 */
import { abortReason } from './abort.js';

interface Flight {
  promise: Promise<unknown>;
  ctrl: AbortController;
  waiters: number;
  done: boolean;
}

const flights = new Map<string, Flight>();

/**
 * The result of `start` for `key`, started once while any caller waits for it.
 * `start` gets a signal that aborts when every caller has left. Rejects with
 * the caller's abort reason when `signal` aborts.
 */
export function shared<T>(key: string, start: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
  if (signal?.aborted) return Promise.reject(abortReason(signal));
  let flight = flights.get(key);
  if (!flight) {
    const ctrl = new AbortController();
    const started: Flight = { promise: start(ctrl.signal), ctrl, waiters: 0, done: false };
    flight = started;
    flights.set(key, started);
    // Settles even when every waiter has left; nobody is left to see an error then.
    started.promise
      .finally(() => {
        started.done = true;
        if (flights.get(key) === started) flights.delete(key);
      })
      .catch(() => {});
  }
  return join(key, flight, signal) as Promise<T>;
}

/** Cancels everything in flight and forgets it (for tests and pages that want a clean slate). */
export function resetShared(): void {
  for (const f of flights.values()) f.ctrl.abort();
  flights.clear();
}

/** Waits for a flight on behalf of one caller; the caller's abort only detaches that caller. */
function join(key: string, flight: Flight, signal: AbortSignal | undefined): Promise<unknown> {
  flight.waiters++;
  return new Promise((resolve, reject) => {
    let attached = true;
    const detach = () => {
      if (!attached) return false;
      attached = false;
      signal?.removeEventListener('abort', onAbort);
      flight.waiters--;
      return true;
    };
    const onAbort = () => {
      if (!detach()) return;
      if (flight.waiters === 0 && !flight.done) {
        // Last one out: stop the work, and let the next caller start afresh.
        if (flights.get(key) === flight) flights.delete(key);
        flight.ctrl.abort();
      }
      reject(abortReason(signal));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    flight.promise.then(
      (v) => detach() && resolve(v),
      (e: unknown) => detach() && reject(e),
    );
  });
}
