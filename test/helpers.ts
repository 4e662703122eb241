/** Shared helpers for the element's browser tests. */
import '../src/define.js';
import type { K8sContribCard } from '../src/k8s-contrib-card.js';

/** Resolves when the card has rendered a terminal state (loaded or failed). */
export function settled(el: K8sContribCard): Promise<CustomEvent> {
  return new Promise((resolve) => {
    const done = (e: Event) => {
      el.removeEventListener('contrib-load', done);
      el.removeEventListener('contrib-error', done);
      // Let Lit render the state the task just reached.
      el.updateComplete.then(() => resolve(e as CustomEvent));
    };
    el.addEventListener('contrib-load', done);
    el.addEventListener('contrib-error', done);
  });
}

/** Text of the card's shadow root, whitespace folded. */
export function text(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Every link target in the shadow root. */
export function hrefs(el: Element): string[] {
  return [...(el.shadowRoot?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href') ?? '');
}

export function $(el: Element, sel: string): HTMLElement | null {
  return el.shadowRoot!.querySelector(sel);
}

/** Fails on text no card should ever show. */
export function assertNoJunk(el: Element): void {
  const t = text(el);
  for (const bad of ['undefined', 'NaN', '[object Object]', 'null']) {
    if (t.includes(bad)) throw new Error(`card shows "${bad}": ${t}`);
  }
}
