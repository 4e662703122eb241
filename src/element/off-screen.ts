/**
 * Cards far from the viewport skip their layout and paint. A page of 100
 * cards laid every one of them out in the frame after their data arrived
 * (≈ 3.5 ms a card, 350 ms in one frame in the benchmark's trace), although
 * a reader sees two or three at a time.
 *
 * `content-visibility: auto` does that by itself, but it leaves the choice of
 * which cards to render to the engine, and WebKitGTK 2.50 left an on-screen
 * card unrendered at its placeholder size. So the engine's test never decides
 * for a card on screen: an `IntersectionObserver` (the margin `loading="lazy"`
 * uses) sets the custom state `far` only on cards well outside the viewport,
 * and clears it before they come into view; only `:host(:state(far))` has
 * `content-visibility: auto` (in the first-paint `styles.ts`, so a far card's
 * skeleton skips its layout and its pulse too). A far card stays in the
 * accessibility tree and in find-in-page, as `auto` keeps skipped content.
 *
 * The controller comes with the card view (the chunk rule in
 * `scripts/chunks.js`), so the first paint carries only that rule.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { isNear, LAZY_MARGIN } from './near-viewport.js';

/** The custom state of a card far off screen. */
const FAR = 'far';

/** The observed cards' states; one observer serves the whole page. */
const watched = new Map<Element, CustomStateSet>();
let observer: IntersectionObserver | undefined;

/** Cards connected since the last look at their boxes (see `hostConnected`). */
let unseen: Element[] = [];

/**
 * Marks the cards far off screen among those just connected. All boxes are
 * read before any state is set: setting one invalidates the layout, and
 * reading the next box would then lay the page out again, once per card.
 */
function lookAtBoxes() {
  const far = unseen.filter((el) => !isNear(el));
  unseen = [];
  for (const el of far) watched.get(el)?.add(FAR);
}

function follow(entries: IntersectionObserverEntry[]) {
  for (const e of entries) {
    const states = watched.get(e.target);
    if (e.isIntersecting) states?.delete(FAR);
    else states?.add(FAR);
  }
}


/** Adds and clears the `far` state of its host as the host moves away from and towards the viewport. */
export class OffScreenController implements ReactiveController {
  private readonly states?: CustomStateSet;

  constructor(private readonly host: ReactiveElement) {
    // Where custom states cannot be styled (before Chromium 125, Firefox 126, Safari 17.4), every
    // card is laid out, as before. (The controller only runs in a browser, and every browser the
    // ES2022 build runs in has IntersectionObserver.) The element has no other use for its
    // internals; `attachInternals` throws if a subclass took them.
    if (CSS.supports('selector(:state(far))')) {
      try {
        this.states = host.attachInternals().states;
      } catch {
        // Laid out like any card.
      }
    }
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.states) return;
    observer ??= new IntersectionObserver(follow, { rootMargin: LAZY_MARGIN });
    watched.set(this.host, this.states);
    observer.observe(this.host);
    // The observer first reports after the next frame, and a page's cards often render their
    // data before that (the view and the data arrive together): judge by the box as it is now, so
    // that frame does not lay out cards far off screen. The layout this reads is the skeletons',
    // already done for the frames they showed in; the cards connecting together are looked at
    // together. (Above or below only, as the margin: the observer corrects a card off to the
    // side a frame later.)
    if (unseen.push(this.host) === 1) queueMicrotask(lookAtBoxes);
  }

  hostDisconnected(): void {
    if (!this.states) return;
    watched.delete(this.host);
    observer?.unobserve(this.host);
    // Back in a page, it starts near until the observer says otherwise.
    this.states.delete(FAR);
  }
}
