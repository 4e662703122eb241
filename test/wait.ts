/**
 * Waiting in tests, with no side effect on import (the built-bundle tests must
 * load the card from dist/ before anything defines the tag).
 */

// Captured at load, so a test that replaces timers does not slow these waits.
const realSetTimeout = window.setTimeout.bind(window);

/** Waits `ms` on the real clock. */
export const sleep = (ms: number) => new Promise<void>((r) => realSetTimeout(r, ms));

/** Polls `read` until it gives a truthy value, which it returns; fails after `timeout` ms naming `what`. */
export async function until<T>(read: () => T | undefined | null | false, what = 'a condition', timeout = 5000): Promise<T> {
  const end = performance.now() + timeout;
  for (;;) {
    const v = read();
    if (v) return v;
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}
