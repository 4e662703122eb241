// The React wrapper (`k8s-contrib-card/react`, dist/lib/react.js; run
// `npm run build` first), tested the way an app uses it:
//
// - in Chromium: a small React 18 app, bundled here with esbuild as an app's
//   bundler would, renders <K8sContribCard src=…> with react-dom; the card's
//   shadow DOM must show the contributor, and `onContribLoad` must fire.
//   (React is CommonJS, which the browser test runner serves unconverted, so
//   this test bundles the app itself and drives Debian's Chromium directly.)
// - in Node: react-dom/server renders the wrapper to the element's tag (element
//   properties are set on the client, in an effect: documented behaviour).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, CHROME_PATH } from '../chromium.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const ORIGIN = 'http://react.test';

const APP = `
import React from 'react';
import { createRoot } from 'react-dom/client';
// Through the package's exports map, as an app imports it.
import { K8sContribCard } from 'k8s-contrib-card/react';

window.events = [];
createRoot(document.getElementById('root')).render(
  React.createElement(K8sContribCard, {
    src: '/data/full.json',
    theme: 'dark',
    id: 'card',
    onContribLoad: (e) => window.events.push({ type: e.type, login: e.detail.identity.login }),
    onContribError: (e) => window.events.push({ type: e.type, detail: e.detail }),
  }),
);
`;

/** @type {import('playwright-core').Browser} */
let browser;
let appJs;

before(async () => {
  const out = await build({
    stdin: { contents: APP, resolveDir: root, sourcefile: 'react-app.js' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  appJs = out.outputFiles[0].text;
  browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });
});

after(async () => {
  await browser?.close();
});

test('react-dom renders the wrapper; the card loads and reports through onContribLoad', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const data = await readFile(new URL('../data/full.json', import.meta.url), 'utf8');
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== ORIGIN) return route.abort(); // avatars and the like: no network here
    if (url.pathname === '/') return route.fulfill({ contentType: 'text/html', body: '<!doctype html><div id="root"></div><script type="module" src="/app.js"></script>' });
    if (url.pathname === '/app.js') return route.fulfill({ contentType: 'text/javascript', body: appJs });
    if (url.pathname === '/data/full.json') return route.fulfill({ contentType: 'application/json', body: data });
    return route.fulfill({ status: 404, body: '' });
  });
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() => window.events.length > 0, null, { timeout: 10_000 });
  assert.deepEqual(await page.evaluate(() => window.events), [{ type: 'contrib-load', login: 'pacoxu' }]);

  const card = await page.evaluate(() => {
    const el = document.getElementById('card');
    return {
      tag: el?.localName,
      theme: el?.theme,
      themeAttr: el?.getAttribute('theme'),
      src: el?.src,
      name: el?.shadowRoot?.querySelector('[part~="name"]')?.textContent?.trim(),
    };
  });
  // `theme` went in as a property (the wrapper's job) and the element reflected it.
  assert.deepEqual(card, { tag: 'k8s-contrib-card', theme: 'dark', themeAttr: 'dark', src: '/data/full.json', name: 'Paco Xu' });
  // The chart's path appears once its chunk has loaded.
  await page.waitForFunction(() => !!document.getElementById('card')?.shadowRoot?.querySelector('[part~="sparkline"] path.line'), null, { timeout: 10_000 });
  assert.deepEqual(errors, []);
  await page.close();
});

test('react-dom/server renders the wrapper as the element; its properties wait for the client', async () => {
  const React = (await import('react')).default;
  const { renderToString } = await import('react-dom/server');
  const { K8sContribCard } = await import('k8s-contrib-card/react');
  const html = renderToString(React.createElement(K8sContribCard, { id: 'c', user: 'pacoxu', theme: 'light' }));
  // @lit/react sets element properties (user, theme) in an effect, so the server
  // output carries only plain HTML attributes; docs/usage.md says so.
  assert.equal(html, '<k8s-contrib-card id="c"></k8s-contrib-card>');
});
