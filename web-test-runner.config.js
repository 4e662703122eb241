// Browser tests run in Debian's Chromium (test tools cannot download their own
// browser here). Sources compile with the same tsconfig as the type check, and
// their templates and styles are minified as the build minifies them, so tests
// run the code the build ships.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { pageFilesPlugin } from './test/page-files.js';
import { forcedColorsPlugin } from './test/forced-colors.js';
import { failingPaths } from './test/failing-paths.js';
import { standInsPlugin } from './test/stand-ins/plugin.js';
import { CHROME_ARGS, CHROME_PATH } from './test/chromium.js';
import { parseAst } from 'vite';
import { minifyTemplates } from './scripts/minify-templates.js';

const chromeArgs = [
  ...CHROME_ARGS,
  '--headless=new',
  // test/element/reliability.test.ts forces garbage collection and reads an exact heap size.
  '--js-flags=--expose-gc',
  '--enable-precise-memory-info',
];

/** `/__slow/<ms>/<path>` serves `<path>` after a delay: in-flight states for the element tests. */
async function slowPaths(ctx, next) {
  const m = ctx.path.match(/^\/__slow\/(\d+)(\/.*)$/);
  if (m) {
    await new Promise((r) => setTimeout(r, Number(m[1])));
    ctx.url = m[2];
  }
  return next();
}

/**
 * `/__csp/page.html?src=…` is a page with a strict Content-Security-Policy (no
 * 'unsafe-inline', no 'unsafe-eval', Trusted Types required) that loads the
 * built CDN bundle and one card. `/test/csp-probe.js` records violations.
 */
/**
 * The policy, with the services a live card talks to (`?connect=` origins)
 * added to `connect-src`. `trusted-types lit-html k8s-contrib-card` is the
 * line the README gives: Lit's policy and the card's own (for its worker).
 */
function strictCsp(connect, workers = true) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' https: data:",
    `connect-src 'self'${connect.map((o) => ` ${o}`).join('')}`,
    "object-src 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html k8s-contrib-card',
    // `?worker=none`: a page that allows no worker at all (the card's main-thread fallback).
    ...(workers ? [] : ["worker-src 'none'"]),
  ].join('; ');
}

const attr = (v) => String(v).replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);

async function strictCspPage(ctx, next) {
  if (ctx.path !== '/__csp/page.html') return next();
  // `?src=` for a card fed by a file; or `?user=` with `github`, `devstats`, `raw` for a live one.
  const q = ctx.query;
  const live = ['github', 'devstats', 'raw'].filter((k) => q[k]);
  const connect = live.map((k) => new URL(String(q[k])).origin);
  const attrs = q.user
    ? `user="${attr(q.user)}" loading="eager" github-api="${attr(q.github)}" devstats-api="${attr(q.devstats)}" raw-base="${attr(q.raw)}"`
    : `src="${attr(q.src ?? '')}"`;
  ctx.set('Content-Security-Policy', strictCsp(connect, q.worker !== 'none'));
  ctx.type = 'html';
  ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script src="/test/csp-probe.js"></script>
<script type="module" src="/dist/cdn/k8s-contrib-card.js"></script></head>
<body><k8s-contrib-card ${attrs}><span slot="role">Slotted role</span></k8s-contrib-card></body></html>`;
}

/**
 * `/__jsdelivr/npm/k8s-contrib-card[@range]` answers like jsDelivr's bare
 * package URL: the `jsdelivr` file's body at that address, no redirect;
 * `/__jsdelivr/npm/k8s-contrib-card@<version>/<path>` serves the package's files.
 */
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
async function jsdelivrLike(ctx, next) {
  const m = ctx.path.match(/^\/__jsdelivr\/npm\/k8s-contrib-card(@[^/]*)?(\/.*)?$/);
  if (!m) return next();
  const [, range, file] = m;
  if (!file || file === '/') {
    ctx.type = 'application/javascript';
    ctx.set('Access-Control-Allow-Origin', '*');
    ctx.body = readFileSync(new URL(pkg.jsdelivr, new URL('./', import.meta.url)), 'utf8');
    return undefined;
  }
  if (range !== `@${pkg.version}`) {
    ctx.status = 404;
    return undefined;
  }
  ctx.url = file;
  return next();
}

/**
 * The build's template minifier (scripts/minify-templates.js, vite.config.ts)
 * on the sources the tests load, once esbuild has compiled them: the tests
 * render the templates and the styles byte for byte as the build ships them,
 * not as they are written. esbuild's inline source map describes the text
 * before the templates shrank, so it is dropped from a module that changed: a
 * stack then points into the served module instead of at a wrong source line.
 */
function minifiedTemplates() {
  return {
    name: 'minify-lit-templates',
    transform(context) {
      if (!/^\/src\/.*\.ts$/.test(context.path) || typeof context.body !== 'string') return undefined;
      const out = minifyTemplates(context.body, context.path, parseAst);
      if (out === null) return undefined;
      return { body: out.replace(/\n\/\/# sourceMappingURL=data:[^\n]*\s*$/, '\n') };
    },
  };
}

/** The roles worker is started by its built name (`worker.js`); tests serve the source. */
function workerSource(ctx, next) {
  if (ctx.path === '/src/roles/worker.js') ctx.url = '/src/roles/worker.ts';
  return next();
}

/**
 * One group per test folder, so `wtr --group unit` runs only the fast, pure
 * tests; plain `wtr` runs every group. `build` needs `npm run build` first.
 */
const groups = ['unit', 'sources', 'element', 'build'].map((name) => ({ name, files: `test/${name}/**/*.test.ts` }));

/** Paths a test can make fail or slow (`test/failing-paths.js`): the card view's module, German's, Japanese's and Korean's messages, French's rarer sentences and the compact variant, as served from the sources. */
const failing = failingPaths(['/src/render/view.ts', '/src/i18n/messages/de.ts', '/src/i18n/messages/ja.ts', '/src/i18n/messages/ko.ts', '/src/i18n/more/fr.ts', '/src/variants/compact.ts']);

export default {
  groups,
  nodeResolve: true,
  middleware: [failing.middleware, slowPaths, strictCspPage, jsdelivrLike, workerSource],
  // One file at a time: headless Chromium only runs requestAnimationFrame in
  // the front tab, and fixtures wait for a frame, so parallel files would hang.
  concurrency: 1,
  testsFinishTimeout: 300000,
  browserLogs: false,
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    // After esbuild, which hands it JavaScript.
    minifiedTemplates(),
    standInsPlugin(),
    pageFilesPlugin(),
    forcedColorsPlugin(),
    failing.plugin,
    // Baselines are test/screenshots/<name>.png; a failed run writes the new
    // screenshot and a diff under test/screenshots/failed/ (git-ignored).
    visualRegressionPlugin({
      update: process.argv.includes('--update-visual-baseline'),
      baseDir: 'test/screenshots',
      getBaselineName: ({ name }) => name,
      getFailedName: ({ name }) => path.join('failed', name),
      getDiffName: ({ name }) => path.join('failed', `${name}-diff`),
      diffOptions: { threshold: 0.2 },
      failureThreshold: 0.05,
      failureThresholdType: 'percent',
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: CHROME_PATH, args: chromeArgs },
      // Each test file gets its own browser context: no storage or cache is
      // shared between files.
      createBrowserContext: ({ browser }) => browser.createBrowserContext(),
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
};
