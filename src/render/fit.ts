/**
 * Keeping a floating box (a badge's explanation, the inline chip's popover)
 * inside the area it may show in. Each hangs from its anchor's start edge, and
 * an anchor late in its line (early in a right-to-left one) put it past the
 * edge: a badge's explanation past the card's, which clips it (`contain:
 * content`), the popover past the viewport's, out of reach past the left one.
 */

/** Room, in CSS pixels, a box moved in keeps from the edge it was moved away from. */
export const FIT_MARGIN = 8;

/**
 * How far to move a box spanning `[left, right]` sideways so that it lies within
 * `[margin, width - margin]`, or, wider than that, starts at `margin`: positive
 * moves it right.
 */
export function shiftIntoView(left: number, right: number, width: number, margin = FIT_MARGIN): number {
  if (left < margin) return margin - left;
  if (right > width - margin) return Math.max(margin - left, width - margin - right);
  return 0;
}

/**
 * Moves `box` sideways (its `translate`) into `[left, left + width]`, measured
 * where its anchor puts it. Set through the CSSOM, which a strict `style-src`
 * allows (a `style` attribute in markup it would block).
 */
export function fitInto(box: HTMLElement, left: number, width: number): void {
  box.style.translate = '';
  const r = box.getBoundingClientRect();
  const shift = shiftIntoView(r.left - left, r.right - left, width);
  if (shift) box.style.translate = `${shift}px`;
}
