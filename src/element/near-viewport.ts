/**
 * Waits until an element comes near the viewport, like `<img loading="lazy">`:
 * a card far down a long page fetches nothing until the reader scrolls
 * towards it. The margin is generous (a screen or two), so a card is usually
 * complete by the time it is seen.
 */

/** How far above or below the viewport a card starts loading, in CSS pixels. */
const LAZY_PX = 1200;
/** The same margin, as an observer's root margin. */
export const LAZY_MARGIN = `${LAZY_PX}px 0px`;

/**
 * True when `el` is within {@link LAZY_MARGIN} above or below the viewport, by
 * its box as laid out now. (Off to the side counts as near: the observer of
 * `nearViewport` and `off-screen.ts` corrects that a frame later.)
 */
export function isNear(el: Element): boolean {
  const { top, bottom } = el.getBoundingClientRect();
  return bottom > -LAZY_PX && top < innerHeight + LAZY_PX;
}

/**
 * `undefined` when `el` is within {@link LAZY_MARGIN} of the viewport already;
 * otherwise a promise that resolves once it comes that near, or rejects with the
 * signal's reason on abort. A card on the first screen so goes on without even a
 * microtask's wait: its first request leaves before its skeleton renders (an
 * `await` of a resolved promise let the skeleton's render, ~15–25 ms on a cold
 * page, come first).
 */
export function nearViewport(el: Element, signal: AbortSignal): Promise<void> | undefined {
  // Every browser the ES2022 build runs in has IntersectionObserver, and on a server the
  // element's load never runs. Near already (a card on the first screen)? The observer would
  // say so only after the next frame, and the card's first request would wait for it (~20 ms
  // in the benchmark's trace).
  if (isNear(el)) return;
  // (The signal cannot have fired yet: the card's load calls this as it starts.)
  return new Promise((resolve, reject) => {
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          io.disconnect();
          resolve();
        }
      },
      { rootMargin: LAZY_MARGIN },
    );
    io.observe(el);
    // Left on the signal once resolved: aborting then only finds the observer already stopped.
    signal.addEventListener(
      'abort',
      () => {
        io.disconnect();
        reject(signal.reason);
      },
      { once: true },
    );
  });
}
