/**
 * The built bundle on a page with a strict Content-Security-Policy and
 * Trusted Types required: the card renders completely (styles, chart, slot)
 * and the page records no violation and no error.
 */
import { expect } from '@open-wc/testing';
import { until } from '../wait.js';
import { standIns } from '../stand-ins/client.js';
import { useStandIns } from '../stand-ins/live-setup.js';

interface ProbeWindow extends Window {
  __violations: string[];
  __errors: string[];
}


function openPage(src: string | Record<string, string>): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '480px';
  frame.style.height = '700px';
  frame.src = `/__csp/page.html?${new URLSearchParams(typeof src === 'string' ? { src } : src)}`;
  document.body.append(frame);
  return new Promise((r) => frame.addEventListener('load', () => r(frame), { once: true }));
}

describe('strict CSP and Trusted Types', () => {
  it('the page really enforces the policy (an inline style attribute is blocked)', async () => {
    const frame = await openPage('/test/data/full.json');
    const win = frame.contentWindow as ProbeWindow;
    const doc = frame.contentDocument!;
    const div = doc.createElement('div');
    div.setAttribute('style', 'color: red');
    doc.body.append(div);
    await until(() => win.__violations.length > 0, 'a violation report', 8000);
    expect(win.__violations.join()).to.include('style-src');
    // Trusted Types: a raw string into innerHTML throws.
    expect(() => {
      div.innerHTML = '<b>x</b>';
    }).to.throw();
    frame.remove();
  });

  it('renders the card completely with no violation and no error', async () => {
    const frame = await openPage('/test/data/full.json');
    const win = frame.contentWindow as ProbeWindow;
    const card = frame.contentDocument!.querySelector('k8s-contrib-card')!;
    const root = await until(() => card.shadowRoot?.querySelector('.chart path.line') && card.shadowRoot, 'the chart', 8000);
    expect(root.querySelector('[part=name]')!.textContent).to.equal('Paco Xu');
    // Styles applied (constructable stylesheets are allowed under style-src 'self').
    expect(win.getComputedStyle(root.querySelector('.card')!).borderTopLeftRadius).to.equal('12px');
    // The pointer moves the marker (an SVG element placed by attributes, which CSP allows).
    const chart = root.querySelector('[part=sparkline]') as HTMLElement;
    const box = chart.getBoundingClientRect();
    chart.dispatchEvent(new PointerEvent('pointermove', { clientX: box.left + box.width / 2, clientY: box.top + 5, bubbles: true }));
    const marker = await until(() => root.querySelector('[part=sparkline-marker]'), 'the marker', 8000);
    expect(parseFloat(marker.getAttribute('cx')!), 'mid-chart, in % of its width').to.be.within(33, 67);
    // A badge's explanation is moved into the card through the CSSOM (its `translate`), which the
    // policy allows: at least one needs it in a 420 px card, and none leaves the card.
    const cardBox = root.querySelector('.card')!.getBoundingClientRect();
    const moved = [...root.querySelectorAll<HTMLElement>('[part=badge]')].filter((b) => {
      b.focus();
      const tip = b.querySelector<HTMLElement>('.tip')!;
      const r = tip.getBoundingClientRect();
      expect(r.left >= cardBox.left && r.right <= cardBox.right, `${b.dataset.badge} inside the card`).to.equal(true);
      return tip.style.translate !== '';
    });
    expect(moved.length, 'explanations moved').to.be.greaterThan(0);
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
    frame.remove();
  });
});

describe('strict CSP and Trusted Types: a live card and its roles worker', () => {
  const t = useStandIns();

  it('builds the roles in its worker through the k8s-contrib-card policy, with no violation report', async () => {
    const frame = await openPage({ user: 'pacoxu', github: t.urls.github, devstats: t.urls.devstats, raw: t.urls.raw });
    const win = frame.contentWindow as ProbeWindow;
    const card = frame.contentDocument!.querySelector('k8s-contrib-card')!;
    const root = await until(() => card.shadowRoot?.querySelector('[part=rung]') && card.shadowRoot, 'the roles', 15000);
    expect(root.querySelector('[part=rung]')!.textContent).to.include('Steering Committee member');
    // The worker script was fetched: the worker ran (a fallback would have parsed on the page).
    const worker = win.performance.getEntriesByType('resource').find((e) => e.name.endsWith('/dist/cdn/assets/worker.js'));
    expect(worker, 'the worker script').to.exist;
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
    expect((await standIns.log({ service: 'raw' })).length).to.equal(8);
    frame.remove();
  });

  it("on a page that allows no worker (worker-src 'none'), builds the same roles on the main thread from the roles-build chunk", async () => {
    const frame = await openPage({ user: 'pacoxu', github: t.urls.github, devstats: t.urls.devstats, raw: t.urls.raw, worker: 'none' });
    const win = frame.contentWindow as ProbeWindow;
    const card = frame.contentDocument!.querySelector('k8s-contrib-card')!;
    const root = await until(() => card.shadowRoot?.querySelector('[part=rung]') && card.shadowRoot, 'the roles', 15000);
    expect(root.querySelector('[part=rung]')!.textContent).to.include('Steering Committee member');
    const loaded = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    // The builder and the parser came as chunks of the page; the worker never started.
    expect(loaded).to.include('/dist/cdn/chunks/roles-build.js');
    expect(loaded).to.include('/dist/cdn/chunks/js-yaml.js');
    expect(loaded).to.not.include('/dist/cdn/assets/worker.js');
    // The only reports are the policy refusing the worker: nothing else was blocked.
    expect(win.__violations.filter((v) => !/worker-src/.test(v)), 'other violations').to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
    frame.remove();
  });
});
