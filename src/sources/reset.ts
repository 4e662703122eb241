/**
 * A clean slate for the live sources, kept out of `live.ts`: every export of a
 * chunk loaded with `import()` is kept in the build, and this one would keep
 * the request-sharing reset in the first paint, which no card calls.
 */
import { resetCommunityState } from './community.js';
import { resetDevstatsState } from './devstats.js';
import { resetHttpState, type ResetOptions } from './net/http.js';

/**
 * Forgets page-level state: requests in flight, the memory cache, rate-limit
 * gates, the roles index, and stored entries (unless `keepStorage`). For the
 * tests, which start each case from it (the package does not export it).
 */
export function resetLiveState(options: ResetOptions = {}): void {
  resetHttpState(options);
  resetCommunityState();
  resetDevstatsState();
}
