/**
 * Where text is drawn, character by character: what the bidi tests compare
 * (a "@" left of its login, a day right of its year). Ranges, not
 * `getExtentOfChar`: that counts bidi controls in Chromium and WebKit, not in
 * Firefox, and ranges work the same in HTML and in SVG text.
 */

/** The text nodes under `node` that hold more than white space, in document order. */
export function textNodes(node: Node): Text[] {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.trim()) out.push(n as Text);
  return out;
}

/** The box of the character at `i` of `text`. */
function charBox(text: Text, i: number): DOMRect {
  const range = document.createRange();
  range.setStart(text, i);
  range.setEnd(text, i + 1);
  return range.getBoundingClientRect();
}

/** The left edge of the box of the character at `i` of `text`. */
export function charLeft(text: Text, i: number): number {
  return charBox(text, i).left;
}

/** The top of the box of the character at `i` of `text`: which line of a wrapped text it is on. */
export function charTop(text: Text, i: number): number {
  return charBox(text, i).top;
}

/** The same for the character at `i` of `element`'s whole text (its text nodes one after the other). */
export function charLeftIn(element: Element, i: number): number {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (i < n.data.length) return charLeft(n, i);
    i -= n.data.length;
  }
  throw new Error(`no character ${i}`);
}
