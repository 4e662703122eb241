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

// Captured at load, so a test that spies on timers does not count these waits.
const realSetTimeout = window.setTimeout.bind(window);

/**
 * Installs mocha hooks that fail a test which leaves an uncaught error or an
 * unhandled rejection behind (rejections are reported a task later, so the
 * check waits one).
 */
export function failOnPageErrors(): void {
  let pageErrors: unknown[] = [];
  const onError = (e: ErrorEvent) => pageErrors.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => pageErrors.push(e.reason);
  beforeEach(() => {
    pageErrors = [];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(async () => {
    await new Promise((r) => realSetTimeout(r, 20));
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    if (pageErrors.length) throw new Error(`uncaught errors or unhandled rejections: ${pageErrors.map(String).join('; ')}`);
  });
}

/** Records every `fetch` the page makes until `restore()`; requests still go out. */
export function spyOnFetch() {
  const calls: { url: string; init?: RequestInit }[] = [];
  const orig = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init });
    return orig(input, init);
  };
  return {
    calls,
    urls: () => calls.map((c) => c.url),
    restore: () => {
      window.fetch = orig;
    },
  };
}
