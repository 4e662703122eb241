// Server-side safety of the npm build (dist/lib; run `npm run build` first).
// Node has no `window` or `document`: importing the package must not throw, and
// @lit-labs/ssr must render the card's first state (the loading skeleton) as
// declarative shadow DOM, so a server-rendered page shows the card's shape
// before any script runs. No DOM shim is installed: Lit's own Node build is
// all the element may rely on. The last test hydrates that markup in Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

test('Node has no DOM here (the imports below prove nothing otherwise)', () => {
  assert.equal(typeof globalThis.window, 'undefined');
  assert.equal(typeof globalThis.document, 'undefined');
});

test('importing the class entry has no side effect and does not throw', async () => {
  const mod = await import('../../dist/lib/index.js');
  assert.equal(typeof mod.K8sContribCard, 'function');
  assert.equal(typeof mod.parseCardData, 'function');
  assert.equal(globalThis.customElements?.get('k8s-contrib-card'), undefined, 'index.js must not register the tag');
});

test('importing define registers the tag and tolerates a second import', async () => {
  const { tagName, K8sContribCard } = await import('../../dist/lib/define.js');
  assert.equal(tagName, 'k8s-contrib-card');
  assert.equal(globalThis.customElements.get(tagName), K8sContribCard);
  // A copy of the module (another bundle on the same page) must not throw on define.
  await import(`../../dist/lib/define.js?copy=${Date.now()}`);
});

/** Server-rendered markup of a template, with the (long) style element folded. */
async function renderToString(template) {
  const { render } = await import('@lit-labs/ssr');
  const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
  return collectResult(render(template));
}

// A card with `share` or `variant="inline"` asks for the view (their words) as it updates, and
// the view's loader set up `Intl` after the next frame: `requestAnimationFrame` is not defined
// in Node, and the ReferenceError ended the server's render of the whole page.
test('@lit-labs/ssr renders a card with share, and an inline chip, without throwing', async () => {
  await import('../../dist/lib/define.js');
  const { html } = await import('lit');
  for (const template of [html`<k8s-contrib-card user="pacoxu" share></k8s-contrib-card>`, html`<p>As <k8s-contrib-card user="pacoxu" variant="inline"></k8s-contrib-card> said.</p>`]) {
    const out = await renderToString(template);
    assert.match(out, /<template shadowroot="open" shadowrootmode="open">/);
    assert.match(out, /part="skeleton"|class="bone/, 'its loading state');
    assert.doesNotMatch(out, /undefined|NaN|\[object Object\]/);
  }
});

test('@lit-labs/ssr renders the skeleton in declarative shadow DOM', async () => {
  await import('../../dist/lib/define.js');
  const { html } = await import('lit');
  const out = await renderToString(html`<k8s-contrib-card user="pacoxu"></k8s-contrib-card>`);
  assert.match(out, /<k8s-contrib-card\s+user="pacoxu"/);
  assert.match(out, /<template shadowroot="open" shadowrootmode="open">/, 'declarative shadow root');
  const shadow = out.slice(out.indexOf('<template'), out.lastIndexOf('</template>'));
  assert.match(shadow, /<style>[\s\S]*--k8s-card-bg[\s\S]*<\/style>/, 'the styles travel with the markup');
  assert.match(shadow, /part="card"/);
  assert.match(shadow, /part="skeleton"/, 'the loading skeleton');
  assert.match(shadow, /Loading contributor card/, 'an accessible loading text');
  assert.doesNotMatch(shadow, /undefined|NaN|\[object Object\]/);
});

test('a card fed by src renders the skeleton too, synchronously', async () => {
  await import('../../dist/lib/define.js');
  const { html } = await import('lit');
  const { render } = await import('@lit-labs/ssr');
  const { collectResultSync } = await import('@lit-labs/ssr/lib/render-result.js');
  const out = collectResultSync(render(html`<k8s-contrib-card src="/cards/pacoxu.json" theme="dark"></k8s-contrib-card>`));
  assert.match(out, /theme="dark"/);
  assert.match(out, /part="skeleton"/);
});

test('without user or src the server renders the "no user" state, not a skeleton', async () => {
  await import('../../dist/lib/define.js');
  const { html } = await import('lit');
  const out = await renderToString(html`<k8s-contrib-card></k8s-contrib-card>`);
  assert.doesNotMatch(out, /part="skeleton"/);
  assert.match(out, /part="state empty"/);
});

test('Chromium hydrates the server markup: one card, then the loaded data', async () => {
  const [{ build }, { chromium }] = await Promise.all([import('esbuild'), import('playwright-core')]);
  await import('../../dist/lib/define.js');
  const { html } = await import('lit');
  const markup = await renderToString(html`<k8s-contrib-card src="/data/full.json"></k8s-contrib-card>`);
  // What a page's bundle would hold: Lit's hydration support first, then the element.
  const app = await build({
    stdin: {
      contents: "import '@lit-labs/ssr-client/lit-element-hydrate-support.js'; import './dist/lib/define.js';",
      resolveDir: fileURLToPath(new URL('../../', import.meta.url)),
    },
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const data = await readFile(new URL('../data/full.json', import.meta.url), 'utf8');
  const { CHROME_ARGS, CHROME_PATH } = await import('../chromium.js');
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== 'http://ssr.test') return route.abort();
      if (url.pathname === '/') return route.fulfill({ contentType: 'text/html', body: `<!doctype html><body>${markup}<script type="module" src="/app.js"></script>` });
      if (url.pathname === '/app.js') return route.fulfill({ contentType: 'text/javascript', body: app.outputFiles[0].text });
      if (url.pathname === '/data/full.json') return route.fulfill({ contentType: 'application/json', body: data });
      return route.fulfill({ status: 404, body: '' });
    });
    await page.goto('http://ssr.test/');
    await page.waitForFunction(() => document.querySelector('k8s-contrib-card')?.shadowRoot?.querySelector('[part~="name"]'), null, { timeout: 10_000 });
    const card = await page.evaluate(() => {
      const root = document.querySelector('k8s-contrib-card').shadowRoot;
      return { name: root.querySelector('[part~="name"]').textContent.trim(), cards: root.querySelectorAll('[part~="card"]').length };
    });
    assert.deepEqual(card, { name: 'Paco Xu', cards: 1 }, 'hydrated in place, not rendered twice');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});
