// The package as a user receives it (run `npm run build` first): the exports map
// resolves to built files, the tarball holds what it should and nothing else, and
// custom-elements.json describes the element's public API. Imports go through
// the package's own name, so Node resolves them with the real `exports` map.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

test('every target of the exports map exists', () => {
  const targets = [];
  for (const [key, value] of Object.entries(pkg.exports)) {
    if (typeof value === 'string') targets.push([key, value]);
    else for (const [cond, t] of Object.entries(value)) targets.push([`${key} (${cond})`, t]);
  }
  for (const [key, target] of targets) assert.ok(existsSync(new URL(`../../${target}`, import.meta.url)), `${key} → ${target} is missing`);
  for (const field of ['main', 'module', 'types', 'jsdelivr', 'unpkg', 'customElements']) {
    assert.ok(existsSync(new URL(`../../${pkg[field]}`, import.meta.url)), `${field} → ${pkg[field]} is missing`);
  }
});

test('the exports map has the documented entry points', () => {
  assert.deepEqual(Object.keys(pkg.exports), ['.', './define', './react', './cdn', './schema', './custom-elements.json', './package.json']);
  // CDNs serve the loader for the bare package URL; it imports the `./cdn` entry beside it.
  assert.equal(pkg.jsdelivr, './dist/cdn/index.js');
  assert.equal(pkg.unpkg, './dist/cdn/index.js');
  assert.equal(pkg.exports['./cdn'].default, './dist/cdn/k8s-contrib-card.js');
  assert.equal(pkg.exports['./cdn'].node, './dist/lib/cdn.js');
  // Only the modules that register the tag are marked as having side effects.
  assert.deepEqual(pkg.sideEffects, ['./dist/lib/define.js', './dist/lib/cdn.js', './dist/cdn/k8s-contrib-card.js', './dist/cdn/index.js']);
  assert.equal(pkg.peerDependenciesMeta.react.optional, true);
  for (const dep of ['lit', '@lit/task', 'd3-scale', 'js-yaml']) assert.ok(pkg.dependencies[dep], `${dep} is a dependency`);
});

test('the package resolves by its own name: the class, define, the schema', async () => {
  const main = await import('k8s-contrib-card');
  assert.equal(typeof main.K8sContribCard, 'function');
  assert.equal(globalThis.customElements?.get('k8s-contrib-card'), undefined, '"." has no side effect');
  const define = await import('k8s-contrib-card/define');
  assert.equal(define.K8sContribCard, main.K8sContribCard, 'one class, whichever entry');
  assert.equal(globalThis.customElements.get('k8s-contrib-card'), main.K8sContribCard);
  // The CDN bundle needs a DOM at its top level (Lit's browser build extends
  // HTMLElement); in Node (SSR, a server bundle) `/cdn` is the npm build's entry.
  const cdn = await import('k8s-contrib-card/cdn');
  assert.equal(cdn.K8sContribCard, main.K8sContribCard, '/cdn in Node: the same class, no ReferenceError');
  const schema = await import('k8s-contrib-card/schema', { with: { type: 'json' } });
  assert.equal(typeof schema.default.$schema, 'string');
  const meta = await import('k8s-contrib-card/package.json', { with: { type: 'json' } });
  assert.equal(meta.default.name, 'k8s-contrib-card');
});

// A consumer's TypeScript, against the built declarations only (the repo's own typecheck compiles
// src and test as one program, where every augmentation is seen): with `define` alone, the
// events' `detail` was untyped, and the declarations named `lit-html`, which is not a dependency
// a consumer has (a pnpm-style install: "Cannot find module 'lit-html'").
test('a consumer importing only the documented entries gets typed events and elements, with Lit as its one dependency', () => {
  const dir = mkdtempSync(join(tmpdir(), 'k8s-contrib-card-consumer-'));
  // The package as installed (its declarations and manifest), with no node_modules of its own.
  const installed = join(dir, 'node_modules', 'k8s-contrib-card');
  cpSync(join(root, 'dist', 'lib'), join(installed, 'dist', 'lib'), { recursive: true, filter: (f) => !f.endsWith('.map') });
  cpSync(join(root, 'package.json'), join(installed, 'package.json'));
  // Only what the package depends on, as a strict installer links it (a dependency's own
  // dependencies resolve beside its real path).
  // React's types are the React user's own, as React is (a peer).
  for (const dep of [...Object.keys(pkg.dependencies), 'react', '@types/react']) {
    mkdirSync(dirname(join(dir, 'node_modules', dep)), { recursive: true });
    symlinkSync(join(root, 'node_modules', dep), join(dir, 'node_modules', dep), 'dir');
  }
  writeFileSync(
    join(dir, 'page.ts'),
    [
      "import 'k8s-contrib-card/define';",
      // Every other entry's declarations too (the check reads each file they reach).
      "export * as main from 'k8s-contrib-card';",
      "export * as react from 'k8s-contrib-card/react';",
      "export * as cdn from 'k8s-contrib-card/cdn';",
      "const card = document.querySelector('k8s-contrib-card')!;",
      "card.addEventListener('contrib-load', (e) => e.detail.identity.login.toUpperCase());",
      "card.addEventListener('contrib-error', (e) => e.detail.reason satisfies string);",
      "card.variant = 'compact';",
      // Under exactOptionalPropertyTypes too: the element takes undefined (no user), as a framework's binding may set it.
      'card.src = undefined;',
      "card.user = Math.random() > 1 ? 'pacoxu' : undefined;",
      // The types the public functions take and return can be named (they were not exported).
      "import { parseCardData, computeBadges, BADGE_RULES, LoadError, type ParseResult, type BadgeRule, type BadgeId, type FailedSource } from 'k8s-contrib-card';",
      'const parsed: ParseResult = parseCardData({});',
      'const rule: BadgeRule | undefined = BADGE_RULES[0];',
      'const id: BadgeId | undefined = parsed.ok ? computeBadges(parsed.data)[0]?.id : undefined;',
      "const source: FailedSource = new LoadError('network', 'github').source;",
      'export { rule, id, source };',
    ].join('\n'),
  );
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  // `node10` ("node"), which older bundler setups still use, reads no `exports`: the subpaths'
  // types come from `typesVersions` (without it, 'k8s-contrib-card/react' had no types there).
  // Such setups have `esModuleInterop`, which @lit/react's declarations need there.
  for (const resolution of ['bundler', 'node10']) {
    const flags = ['--noEmit', '--strict', '--exactOptionalPropertyTypes', '--skipLibCheck', 'false', '--target', 'es2022', '--module', 'esnext', '--moduleResolution', resolution, ...(resolution === 'node10' ? ['--esModuleInterop'] : []), '--lib', 'es2022,dom', 'page.ts'];
    const r = spawnSync(process.execPath, [tsc, ...flags], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 0, `${resolution}: ${r.stdout}${r.stderr}`);
  }
});

test('the tarball holds the builds, the schema and the manifest, and no sources or tests', () => {
  const [{ files }] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }));
  const paths = files.map((f) => f.path);
  for (const p of ['package.json', 'dist/lib/index.js', 'dist/lib/index.d.ts', 'dist/lib/define.js', 'dist/lib/react.js', 'dist/lib/react.d.ts', 'dist/cdn/k8s-contrib-card.js', 'schema/card-data.schema.json', 'custom-elements.json']) {
    assert.ok(paths.includes(p), `${p} is in the tarball`);
  }
  assert.ok(paths.some((p) => /^dist\/cdn\/chunks\/view\.js$/.test(p)), 'the CDN chunks are in the tarball');
  assert.ok(paths.some((p) => /^dist\/cdn\/chunks\/more-zh-CN\.js$/.test(p)), 'the rarer sentences of each language are in the tarball');
  assert.ok(paths.some((p) => /^dist\/cdn\/assets\/worker\.js$/.test(p)), 'the roles worker is in the tarball');
  assert.ok(paths.includes('dist/cdn/index.js'), 'the CDN loader is in the tarball');
  const stray = paths.filter((p) => /^(src|test|demo|scripts|node_modules)\/|^dist\/cdn\/\.vite\/|^tsconfig|\.config\./.test(p));
  assert.deepEqual(stray, []);
});

test('custom-elements.json documents the public API', () => {
  const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
  const decls = manifest.modules.flatMap((m) => m.declarations ?? []);
  const el = decls.find((d) => d.customElement && d.tagName === 'k8s-contrib-card');
  assert.ok(el, 'the element is declared with its tag name');
  const attrs = el.attributes.map((a) => a.name);
  // Exactly the public attributes: no private state (hasSlottedRoles, lang_, view…) leaks into the API.
  assert.deepEqual(attrs.sort(), ['cache-ttl', 'contribcard-base', 'devstats-api', 'github-api', 'loading', 'project', 'raw-base', 'roles-src', 'share', 'src', 'static-base', 'theme', 'user', 'variant']);
  for (const a of ['user', 'src', 'theme', 'project', 'github-api', 'devstats-api', 'raw-base', 'contribcard-base', 'cache-ttl']) {
    assert.ok(attrs.includes(a), `attribute ${a}`);
  }
  // Each attribute's type lists the values it takes, as an editor shows them: an alias
  // (`CardTheme`) names nothing a reader of the manifest can look up, and no union repeats
  // a member (an optional property typed `… | undefined` came out "string | undefined | undefined").
  const typeOf = Object.fromEntries(el.attributes.map((a) => [a.name, a.type?.text]));
  assert.equal(typeOf.theme, "'auto' | 'light' | 'dark'");
  assert.equal(typeOf.variant, "'full' | 'compact' | 'inline'");
  assert.equal(typeOf.loading, "'lazy' | 'eager'");
  assert.equal(typeOf.user, 'string | undefined');
  assert.equal(typeOf['cache-ttl'], 'number | undefined');
  for (const [name, text] of Object.entries(typeOf)) {
    const union = text.split(' | ');
    assert.equal(new Set(union).size, union.length, `${name}: ${text}`);
  }
  const members = el.members.filter((m) => m.privacy !== 'private' && m.privacy !== 'protected').map((m) => m.name);
  for (const m of ['user', 'src', 'theme', 'githubApi', 'cacheTtl', 'cardData', 'reload']) assert.ok(members.includes(m), `member ${m}`);
  assert.deepEqual(el.events.map((e) => e.name).sort(), ['contrib-error', 'contrib-load']);
  assert.deepEqual(el.slots.map((s) => s.name), ['role']);
  const parts = el.cssParts.map((p) => p.name);
  for (const p of ['card', 'skeleton', 'sparkline', 'badge', 'retry']) assert.ok(parts.includes(p), `part ${p}`);
  const props = el.cssProperties.map((p) => p.name);
  for (const p of ['--k8s-card-bg', '--k8s-card-accent', '--k8s-card-width']) assert.ok(props.includes(p), `custom property ${p}`);
  // Paths point at the published build, not at sources a user does not receive.
  const define = manifest.modules.flatMap((m) => m.exports ?? []).find((e) => e.kind === 'custom-element-definition');
  assert.equal(define.name, 'k8s-contrib-card');
  assert.equal(define.declaration.module, 'dist/lib/element/k8s-contrib-card.js');
  for (const m of manifest.modules) assert.ok(existsSync(new URL(`../../${m.path}`, import.meta.url)), `${m.path} exists`);
});

test('the CDN build’s source maps point at the right lines, also in chunks that carry the bundler’s helper', async () => {
  const { SourceMapConsumer } = await import('source-map-js');
  // A chunk that needs the bundler's helper gets a copy of it on a line of its
  // own above its code (vite.config.ts, inlineBundlerRuntime): its map must
  // gain that line too, or every position of the chunk maps one line off.
  const file = (p) => readFileSync(new URL(`../../dist/cdn/${p}`, import.meta.url), 'utf8');
  const code = file('chunks/view.js');
  // Two lines above its code: V8's compile hint (compileHints), then the helper.
  assert.match(code, /^\/\/# allFunctionsCalledOnLoad\nvar __k8sRt=/, 'the view chunk carries the hint and the helper (else this test checks nothing)');
  const map = new SourceMapConsumer(JSON.parse(file('chunks/view.js.map')));
  const lines = code.split('\n');
  const line = lines.findIndex((l) => l.includes('new Intl.DateTimeFormat'));
  const column = lines[line].indexOf('new Intl.DateTimeFormat');
  const at = map.originalPositionFor({ line: line + 1, column });
  assert.match(at.source ?? '', /src\/i18n\/format\.ts$/);
  const source = readFileSync(new URL('../../src/i18n/format.ts', import.meta.url), 'utf8').split('\n');
  assert.match(source[at.line - 1], /new Intl\.DateTimeFormat/, `format.ts line ${at.line} is where the formatter is made`);
});

test('the chunks a card runs as they arrive (the view, each language) ask V8 to compile all their code as it streams in; no other file does', () => {
  // vite.config.ts, compileHints: the comment must open the file, and the entry
  // and the chunks a card may never run (live, share, static…) stay lazily compiled.
  const dir = new URL('../../dist/cdn/', import.meta.url);
  const manifest = JSON.parse(readFileSync(new URL('.vite/manifest.json', dir), 'utf8'));
  const languages = Object.entries(manifest).filter(([src]) => /^src\/i18n\/messages\/[^/]+\.ts$/.test(src)).map(([, c]) => c.file);
  assert.ok(languages.length >= 2 && languages.includes('chunks/en.js') && languages.includes('chunks/zh-CN.js'), `languages: ${languages}`);
  const hinted = new Set(['chunks/view.js', ...languages]);
  const js = Object.values(manifest).map((c) => c.file).filter((f) => f.endsWith('.js'));
  assert.ok(js.includes('k8s-contrib-card.js') && js.includes('chunks/live.js'), 'the manifest lists the entry and the other chunks');
  for (const f of js) {
    const head = readFileSync(new URL(f, dir), 'utf8').slice(0, 40);
    assert.equal(head.startsWith('//# allFunctionsCalledOnLoad\n'), hinted.has(f), `${f}: ${hinted.has(f) ? 'hinted' : 'not hinted'}`);
  }
});
