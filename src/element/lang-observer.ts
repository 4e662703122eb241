/**
 * Cards follow `lang` and `dir` changes on any ancestor, like text does. One
 * MutationObserver per document serves every card (a page with 200 cards must
 * not run 200 observers), created on first use so importing the element in
 * Node (SSR) touches no DOM.
 */

const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

/** Calls `onChange` whenever a `lang` or `dir` attribute changes in the card's document; returns an unsubscribe. */
export function watchLang(el: Element, onChange: () => void): () => void {
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((l) => l()));
    observer.observe(el.ownerDocument.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
  }
  listeners.add(onChange);
  return () => {
    listeners.delete(onChange);
    if (!listeners.size) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
