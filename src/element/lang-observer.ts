/**
 * Cards follow `lang` and `dir` changes on any ancestor, like text does. One
 * MutationObserver per document serves every card (a page with 200 cards must
 * not run 200 observers), created on first use so importing the element in
 * Node (SSR) touches no DOM.
 */

const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

/**
 * Calls `onChange` whenever a `lang` or `dir` attribute changes in the card's
 * document, or in the shadow roots it sits in (another component's, which the
 * document's subtree does not reach); returns an unsubscribe.
 */
export function watchLang(el: Element, onChange: () => void): () => void {
  observer ??= new MutationObserver(() => listeners.forEach((l) => l()));
  // Observing a node again changes nothing: each root is watched once.
  for (let root: Node = el; ; root = (root as ShadowRoot).host) {
    root = root.getRootNode();
    observer.observe(root, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
    if (!(root instanceof ShadowRoot)) break;
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
