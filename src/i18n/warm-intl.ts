/**
 * Sets up `Intl`'s date formatting ahead of need, in a task of its own after
 * the next frame. In Chromium 156 the page's first `Intl.DateTimeFormat` costs
 * ~19 ms (ICU's set-up, shared by every later formatter of any locale, number
 * formats included: the next take under 1 ms). The card-view loader calls this
 * as the view starts to download, so the set-up runs while the view and the
 * data are on their way. (Called when the view had arrived, as it was, it ran
 * between the view and the data, which arrive together, and held the first
 * render back by as much: the benchmark's trace of one `src` card.)
 */
export function warmIntl(): void {
  // After the next frame, so the skeleton drawn in this task is painted first (a task
  // queued now ran before that frame, and held the skeleton back by as much). In a hidden
  // tab the frame waits, and the card's first render pays for the set-up instead. The
  // locale, options and `new` change nothing of the set-up (measured): left out.
  // None on a server (Lit's server rendering of a card with `share` or `variant="inline"`
  // asks for the view, in `willUpdate`): a ReferenceError there ended the page's render.
  globalThis.requestAnimationFrame?.(() => setTimeout(() => Intl.DateTimeFormat().format(0)));
}
