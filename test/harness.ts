/**
 * The one way browser tests mount a card, wait for it and look inside it, so
 * each test reads as the behaviour it checks, not as setup copied from the last
 * file. Stand-in services have their own handle (`stand-ins/client.ts`).
 */
import { expect, fixture } from '@open-wc/testing';
import '../src/define.js';
import type { ContribErrorEvent, ContribLoadEvent } from '../src/element/events.js';
import type { K8sContribCard } from '../src/element/k8s-contrib-card.js';

/** URL of a card-data file in test/data/. */
export const dataUrl = (name: string) => new URL(`./data/${name}`, import.meta.url).href;

/** A card-data value as a `blob:` URL, which `src` reads like any file (for a card a test makes up). */
export const jsonUrl = (value: unknown) => URL.createObjectURL(new Blob([JSON.stringify(value)], { type: 'application/json' }));

/** The same file, answered only after `ms` milliseconds (the test server's `/__slow/` prefix). */
export const slowUrl = (ms: number, name: string) => new URL(`/__slow/${ms}${new URL(dataUrl(name)).pathname}`, location.href).href;

/** How a card ended: loaded, or failed. */
export type Settled = ContribLoadEvent | ContribErrorEvent;

/** Resolves when the card has rendered a terminal state (loaded or failed). */
export function settled(el: K8sContribCard): Promise<Settled> {
  return new Promise((resolve) => {
    const done = (e: Settled) => {
      el.removeEventListener('contrib-load', done);
      el.removeEventListener('contrib-error', done);
      // Let Lit render the state the task just reached.
      el.updateComplete.then(() => resolve(e));
    };
    el.addEventListener('contrib-load', done);
    el.addEventListener('contrib-error', done);
  });
}

/** The event, which must be `contrib-load` (the assertion fails otherwise). */
export function loaded(e: Settled): ContribLoadEvent {
  if (e.type !== 'contrib-load') throw new Error(`expected contrib-load, got ${e.type}: ${JSON.stringify(e.detail)}`);
  return e as ContribLoadEvent;
}

/** The event, which must be `contrib-error` (the assertion fails otherwise). */
export function failed(e: Settled): ContribErrorEvent {
  if (e.type !== 'contrib-error') throw new Error(`expected contrib-error, got ${e.type}`);
  return e as ContribErrorEvent;
}

/** Options of {@link mount}. */
export interface MountOptions {
  /** `lang` of the card's container (default `en`). */
  lang?: string;
  /** Width of the container in px (default 420). */
  width?: number;
  /** Light-DOM content of the card (a slotted role). */
  inner?: string;
  /** Content placed above the card in its container (a tall spacer puts it far below the fold). */
  before?: HTMLElement;
}

/** A mounted card and the promise of its first terminal state. */
export interface Mounted {
  el: K8sContribCard;
  done: Promise<Settled>;
}

/**
 * A card with `attrs` in a container, connected to the page. `done` is
 * listened for before the card connects: a cached file can load within the
 * same task.
 */
export async function mount(attrs: Record<string, string | undefined>, options: MountOptions = {}): Promise<Mounted> {
  const wrapper = document.createElement('div');
  wrapper.lang = options.lang ?? 'en';
  wrapper.style.width = `${options.width ?? 420}px`;
  const el = document.createElement('k8s-contrib-card');
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) el.setAttribute(k, v);
  if (options.inner) el.innerHTML = options.inner;
  if (options.before) wrapper.append(options.before);
  wrapper.append(el);
  const done = settled(el);
  await fixture(wrapper);
  return { el, done };
}

/** {@link mount}, then wait for the terminal state. */
export async function mountSettled(attrs: Record<string, string | undefined>, options: MountOptions = {}): Promise<K8sContribCard> {
  const { el, done } = await mount(attrs, options);
  await done;
  return el;
}

export { sleep, until } from './wait.js';
import { sleep } from './wait.js';

/** Text of the card's shadow root, whitespace folded. */
export function text(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Every link target in the shadow root. */
export function hrefs(el: Element): string[] {
  return [...(el.shadowRoot?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href') ?? '');
}

/** An element inside the card's shadow root. */
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
    await sleep(20);
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

/** The part of an element not clipped by an ancestor (below `stop`) that hides overflow. */
function visibleBox(n: Element, stop: Element): { left: number; right: number } {
  const r = n.getBoundingClientRect();
  let { left, right } = r;
  for (let a = n.parentElement; a && a !== stop; a = a.parentElement) {
    if (getComputedStyle(a).overflowX !== 'visible') {
      const b = a.getBoundingClientRect();
      left = Math.max(left, b.left);
      right = Math.min(right, b.right);
    }
  }
  return { left, right };
}

/**
 * Nothing of the card sticks out of it, on either side (a right-to-left card
 * overflows on the left): no horizontal scroll inside, no visible element
 * past its edges, no overflow of its container.
 */
export function assertInside(el: Element): void {
  const card = el.shadowRoot!.querySelector('.card') as HTMLElement;
  expect(card.scrollWidth, 'horizontal overflow inside the card').to.be.at.most(card.clientWidth);
  const box = card.getBoundingClientRect();
  const out = [...card.querySelectorAll('*')]
    .filter((n) => !n.closest('.sr-only') && !['none', 'contents'].includes(getComputedStyle(n).display))
    .filter((n) => {
      const r = n.getBoundingClientRect();
      if (!r.width && !r.height) return false;
      const v = visibleBox(n, card);
      return v.right > box.right + 0.5 || v.left < box.left - 0.5;
    });
  expect(out.map((n) => n.outerHTML.slice(0, 80)), 'elements past the card\'s edges').to.deep.equal([]);
  const wrapper = el.parentElement!;
  expect(wrapper.scrollWidth, 'overflow of the container').to.be.at.most(wrapper.clientWidth);
}
