/**
 * Waits until an element comes near the viewport, like `<img loading="lazy">`:
 * a card far down a long page fetches nothing until the reader scrolls
 * towards it. The margin is generous (a screen or two), so a card is usually
 * complete by the time it is seen.
 */

/** How far outside the viewport a card starts loading. */
export const LAZY_MARGIN = '1200px 0px';

/** Resolves once `el` is within {@link LAZY_MARGIN} of the viewport; rejects with the signal's reason on abort. */
export function nearViewport(el: Element, signal: AbortSignal): Promise<void> {
  // No observer (a server, an old browser): load at once.
  if (typeof IntersectionObserver !== 'function') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const stop = () => {
      io.disconnect();
      signal.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      stop();
      reject(signal.reason);
    };
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          stop();
          resolve();
        }
      },
      { rootMargin: LAZY_MARGIN },
    );
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    io.observe(el);
  });
}
