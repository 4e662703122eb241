/**
 * GitHub's rate limits, as gates shared by every card on the page (and, through
 * localStorage, by other tabs): once GitHub says a bucket (core or search) is
 * spent, no call goes out on it until its reset time.
 */
import { GATE_PREFIX, STORAGE_PREFIX, storage } from './cache.js';

/** When a rate-limited answer gives no reset time, wait this long (GitHub's secondary limits ask for ~1 min). */
const DEFAULT_BACKOFF_MS = 60_000;

const gates = new Map<string, number>();

/**
 * When GitHub refuses for rate limit, the time (ms) it answers again. GitHub
 * signals it with 403 or 429 and `x-ratelimit-remaining: 0` plus a reset time;
 * secondary limits use `retry-after` (not always readable cross-origin) or only
 * say so in the message, so those get a fixed back-off.
 */
export function rateLimitReset(res: Response, message: string | undefined): number | undefined {
  if (res.status !== 403 && res.status !== 429) return undefined;
  if (res.headers.get('x-ratelimit-remaining') === '0') {
    return epochSecondsToMs(res.headers.get('x-ratelimit-reset')) ?? Date.now() + DEFAULT_BACKOFF_MS;
  }
  const retryAfter = Number(res.headers.get('retry-after') ?? NaN);
  if (Number.isFinite(retryAfter) && retryAfter >= 0) return Date.now() + retryAfter * 1000;
  if (res.status === 429 || /rate limit/i.test(message ?? '')) return Date.now() + DEFAULT_BACKOFF_MS;
  return undefined;
}

/**
 * An answer that used the last call closes the gate before the next call is
 * refused. A 304 counts: it is free only for requests with an Authorization
 * header (GitHub REST docs, "Best practices": conditional requests), and this
 * card never sends one.
 */
export function noteRateLimit(bucket: string, res: Response): void {
  if ((res.ok || res.status === 304) && res.headers.get('x-ratelimit-remaining') === '0') {
    const reset = epochSecondsToMs(res.headers.get('x-ratelimit-reset'));
    if (reset !== undefined) closeGate(bucket, reset);
  }
}

/** The furthest reset time trusted, from a header or from storage: GitHub's limits reset hourly. */
const MAX_RESET_MS = 24 * 3600_000;

function epochSecondsToMs(value: string | null): number | undefined {
  const n = Number(value ?? NaN);
  // A reset in the past or absurdly far (bad clock, bad header) is not trusted.
  if (!Number.isFinite(n) || n <= 0) return undefined;
  const ms = n * 1000;
  return ms > Date.now() + MAX_RESET_MS ? undefined : ms;
}

export function closeGate(bucket: string, resetMs: number): void {
  gates.set(bucket, resetMs);
  const s = storage();
  try {
    s?.setItem(STORAGE_PREFIX + GATE_PREFIX + bucket, String(resetMs));
  } catch {
    // The gate still holds for this page.
  }
}

/** The reset time of a closed gate, or undefined when calls may go out. Other tabs' gates count too. */
export function gateReset(bucket: string): number | undefined {
  let reset = gates.get(bucket);
  if (reset === undefined) {
    try {
      const stored = Number(storage()?.getItem(STORAGE_PREFIX + GATE_PREFIX + bucket) ?? NaN);
      // Storage is the page's to change: a gate further off than any reset is not ours, and closes nothing.
      if (Number.isFinite(stored) && stored <= Date.now() + MAX_RESET_MS) reset = stored;
    } catch {
      reset = undefined;
    }
  }
  if (reset === undefined || reset <= Date.now()) {
    if (reset !== undefined) {
      gates.delete(bucket);
      try {
        storage()?.removeItem(STORAGE_PREFIX + GATE_PREFIX + bucket);
      } catch {
        // Harmless: an expired gate reads as open.
      }
    }
    return undefined;
  }
  gates.set(bucket, reset);
  return reset;
}

/** Opens every gate this page knows of (stored gates are removed with the cache). */
export function resetGates(): void {
  gates.clear();
}
