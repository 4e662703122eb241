// Server-side safety of the npm build (dist/lib; run `npm run build` first).
// Node has no `window` or `document`: importing the package must not throw, and
// @lit-labs/ssr must render the card's first state (the loading skeleton) as
// declarative shadow DOM, so a server-rendered page shows the card's shape
// before any script runs. No DOM shim is installed: Lit's own Node build is
// all the element may rely on.
import { test } from 'node:test';
import assert from 'node:assert/strict';

test('Node has no DOM here (the imports below prove nothing otherwise)', () => {
  assert.equal(typeof globalThis.window, 'undefined');
  assert.equal(typeof globalThis.document, 'undefined');
});

test('importing the class entry has no side effect and does not throw', async () => {
  const mod = await import('../dist/lib/index.js');
  assert.equal(typeof mod.K8sContribCard, 'function');
  assert.equal(typeof mod.parseCardData, 'function');
  assert.equal(globalThis.customElements?.get('k8s-contrib-card'), undefined, 'index.js must not register the tag');
});

test('importing define registers the tag and tolerates a second import', async () => {
  const { tagName, K8sContribCard } = await import('../dist/lib/define.js');
  assert.equal(tagName, 'k8s-contrib-card');
  assert.equal(globalThis.customElements.get(tagName), K8sContribCard);
  // A copy of the module (another bundle on the same page) must not throw on define.
  await import(`../dist/lib/define.js?copy=${Date.now()}`);
});

/** Server-rendered markup of a template, with the (long) style element folded. */
async function renderToString(template) {
  const { render } = await import('@lit-labs/ssr');
  const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
  return collectResult(render(template));
}

test('@lit-labs/ssr renders the skeleton in declarative shadow DOM', async () => {
  await import('../dist/lib/define.js');
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
  await import('../dist/lib/define.js');
  const { html } = await import('lit');
  const { render } = await import('@lit-labs/ssr');
  const { collectResultSync } = await import('@lit-labs/ssr/lib/render-result.js');
  const out = collectResultSync(render(html`<k8s-contrib-card src="/cards/pacoxu.json" theme="dark"></k8s-contrib-card>`));
  assert.match(out, /theme="dark"/);
  assert.match(out, /part="skeleton"/);
});

test('without user or src the server renders the "no user" state, not a skeleton', async () => {
  await import('../dist/lib/define.js');
  const { html } = await import('lit');
  const out = await renderToString(html`<k8s-contrib-card></k8s-contrib-card>`);
  assert.doesNotMatch(out, /part="skeleton"/);
  assert.match(out, /part="state empty"/);
});
