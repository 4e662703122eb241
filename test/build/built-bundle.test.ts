/**
 * The *built* CDN bundle (dist/cdn, from `vite build`) in Chromium: proves the
 * bundle loads and is self-contained, the tag is defined on import, and the
 * card view (with the chart) is fetched while the data is still on its way.
 * Nothing from src/ is imported here (not even test/harness.ts, which would
 * register the source element first and hide a broken bundle).
 */
import { expect } from '@open-wc/testing';
import { until } from '../wait.js';

type Card = HTMLElement & { updateComplete: Promise<boolean>; cardData?: { identity: { login: string } } };

/** Computed at run time so the test runner's bundler leaves the import alone. */
const bundleUrl = new URL(['', 'dist', 'cdn', 'k8s-contrib-card.js'].join('/'), location.href).href;
const dataUrl = (ms: number) => new URL(`/__slow/${ms}/test/data/full.json`, location.href).href;

let bundle: { K8sContribCard: CustomElementConstructor; tagName: string };

const resources = () => performance.getEntriesByType('resource') as PerformanceResourceTiming[];
const shadow = (el: Element) => el.shadowRoot!;


describe('built CDN bundle (dist/cdn/k8s-contrib-card.js)', () => {
  before(async () => {
    expect(customElements.get('k8s-contrib-card'), 'nothing else defined the tag').to.equal(undefined);
    bundle = await import(/* @vite-ignore */ bundleUrl);
  });

  it('defines <k8s-contrib-card> on import and exports the class', () => {
    expect(bundle.tagName).to.equal('k8s-contrib-card');
    expect(customElements.get('k8s-contrib-card')).to.equal(bundle.K8sContribCard);
  });

  it('renders a card from a card-data file, then the sparkline once the chart chunk is in', async () => {
    const el = document.createElement('k8s-contrib-card') as Card;
    el.setAttribute('lang', 'en');
    el.style.width = '420px';
    const loaded = new Promise<CustomEvent>((resolve) => el.addEventListener('contrib-load', (e) => resolve(e as CustomEvent), { once: true }));
    el.setAttribute('src', dataUrl(300));
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(shadow(el).querySelector('[part~="skeleton"]'), 'skeleton while the data is on its way').to.exist;

      const e = await loaded;
      await el.updateComplete;
      expect(e.detail.identity.login).to.equal('pacoxu');
      expect(shadow(el).querySelector('[part~="name"]')!.textContent!.trim()).to.equal('Paco Xu');
      expect(shadow(el).textContent).to.include('@pacoxu');

      const path = await until(() => shadow(el).querySelector('[part~="sparkline"] path.line'), 'the sparkline path');
      expect(path.getAttribute('d')).to.match(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+)+$/);
    } finally {
      el.remove();
    }
  });

  it('hides the light-DOM fallback of the blog snippet once the card is defined', async () => {
    const el = document.createElement('k8s-contrib-card') as Card;
    el.innerHTML = '<a href="https://github.com/pacoxu">@pacoxu on GitHub</a>';
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(el.querySelector('a')!.getClientRects().length, 'the fallback link is not rendered').to.equal(0);
    } finally {
      el.remove();
    }
  });

  it('fetched the chart chunk in parallel with the data, and no live-source chunk', () => {
    const all = resources();
    const data = all.find((r) => r.name.includes('/test/data/full.json'));
    const chart = all.find((r) => /\/dist\/cdn\/chunks\/view\.js$/.test(r.name));
    expect(data, 'the data request').to.exist;
    expect(chart, 'the chart chunk request').to.exist;
    // The data answers after 300 ms; the chart chunk was asked for before that.
    expect(chart!.startTime).to.be.below(data!.responseEnd);
    const lazy = all.filter((r) => /\/(chunks\/(live|js-yaml|share|static)|assets\/worker)\.js$/.test(r.name)).map((r) => r.name);
    expect(lazy, 'a card fed by src does not load the live sources').to.deep.equal([]);
    // The test framework brings its own Lit from node_modules; the card's code must
    // all come from dist/cdn (a bare import would not even load in a browser).
    const outside = all
      .map((r) => new URL(r.name).pathname)
      .filter((p) => p.startsWith('/src/') || /^\/node_modules\/(d3-[\w-]+|js-yaml|@lit\/task)\//.test(p));
    expect(outside, 'the bundle is self-contained').to.deep.equal([]);
  });
});
