// The static SVG renderer as the CLI runs it: the npm build (dist/lib; run
// `npm run build:lib` first) in Node, with no DOM and no shim, and its output
// accepted by resvg (@resvg/resvg-js), which draws the PNG cards. Also checks
// what the module reaches: none of Lit, only d3-scale outside the package.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const lib = fileURLToPath(new URL('../../dist/lib/', import.meta.url));
const NOW = Date.parse('2026-11-25T12:00:00Z');
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const load = async (name) => JSON.parse(await readFile(new URL(`../data/${name}`, import.meta.url), 'utf8'));

/** Draws an SVG with resvg, as the CLI's `--png` does. */
const rasterize = (svg, zoom = 1) =>
  new Resvg(svg, { fitTo: { mode: 'zoom', value: zoom }, font: { loadSystemFonts: true } }).render();

/**
 * The renderer, the validator and the English and Chinese messages, from the npm
 * build. Imported inside the tests, after the one that proves there is no DOM.
 */
async function renderer() {
  const [{ renderCardSvg }, { parseCardData }, { en }, { zhCN }, { enMore }, { zhCNMore }] = await Promise.all([
    import('../../dist/lib/static/svg.js'),
    import('../../dist/lib/model/validate.js'),
    import('../../dist/lib/i18n/messages/en.js'),
    import('../../dist/lib/i18n/messages/zh-CN.js'),
    import('../../dist/lib/i18n/more/en.js'),
    import('../../dist/lib/i18n/more/zh-CN.js'),
  ]);
  return { renderCardSvg, parseCardData, en, zhCN, enMore, zhCNMore };
}

test('Node has no DOM here (the imports below prove nothing otherwise)', () => {
  assert.equal(typeof globalThis.window, 'undefined');
  assert.equal(typeof globalThis.document, 'undefined');
  assert.equal(typeof globalThis.DOMParser, 'undefined');
});

test('the module and everything it imports stay clear of Lit: only d3-scale outside the package', async () => {
  const bare = new Set();
  const seen = new Set();
  const visit = async (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = await readFile(file, 'utf8');
    for (const m of code.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
      const spec = m[1] ?? m[2];
      if (spec.startsWith('.')) await visit(resolve(dirname(file), spec));
      else bare.add(spec);
    }
  };
  await visit(resolve(lib, 'static/svg.js'));
  assert.ok(seen.size > 5, `followed the imports (${seen.size} modules)`);
  assert.deepEqual([...bare], ['d3-scale']);
  for (const f of seen) assert.doesNotMatch(f, /[/\\](element|sources|roles)[/\\]/, `${f} is not the renderer's business`);
});

test('renders full.json in English and Chinese, in every theme, without a DOM', async () => {
  const { renderCardSvg, parseCardData, en, zhCN, enMore, zhCNMore } = await renderer();
  const r = parseCardData(await load('full.json'));
  assert.ok(r.ok);
  for (const [locale, messages, more, name] of [['en', en, enMore, 'Paco Xu'], ['zh-CN', zhCN, zhCNMore, 'Paco Xu']]) {
    for (const theme of ['light', 'dark', 'auto']) {
      const svg = renderCardSvg(r.data, { locale, messages, more, theme, now: NOW });
      assert.match(svg, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      assert.match(svg, /<title id="kc-[0-9a-f]{8}-t">Paco Xu/);
      assert.ok(svg.includes(`>${name}</text>`));
      assert.doesNotMatch(svg, /<script|<a[\s>]|<foreignObject|\son\w+=|url\(|https:\/\/|javascript:/i);
      assert.doesNotMatch(svg, /undefined|NaN|\[object Object\]/);
    }
  }
});

test('resvg draws the cards: PNG bytes, at the card’s size, not blank', async () => {
  const { renderCardSvg, parseCardData, en, zhCN, enMore, zhCNMore } = await renderer();
  // A real avatar: a small PNG resvg makes itself.
  const avatarPng = rasterize('<svg xmlns="http://www.w3.org/2000/svg" width="112" height="112"><rect width="112" height="112" fill="#2456c7"/><circle cx="56" cy="44" r="24" fill="#fff"/></svg>').asPng();
  const avatar = `data:image/png;base64,${Buffer.from(avatarPng).toString('base64')}`;
  for (const file of ['full.json', 'newcomer.json', 'partial.json', 'below.json']) {
    const r = parseCardData(await load(file));
    assert.ok(r.ok, file);
    for (const [locale, messages, more, theme] of [['en', en, enMore, 'light'], ['zh-CN', zhCN, zhCNMore, 'dark'], ['en', en, enMore, 'auto']]) {
      const svg = renderCardSvg(r.data, { locale, messages, more, theme, now: NOW, avatar, extraRoles: [{ label: 'KubeCon China 2024 co-chair' }] });
      const height = Number(/height="(\d+)"/.exec(svg)[1]);
      const image = rasterize(svg, 2);
      assert.equal(image.width, 840, `${file} ${locale}`);
      assert.equal(image.height, height * 2, `${file} ${locale}`);
      const png = image.asPng();
      assert.ok(png.length > 1000, `${file} ${locale}: ${png.length} bytes`);
      assert.deepEqual([...png.subarray(0, 8)], PNG_SIGNATURE);
      // Not blank: the pixels are not all one colour.
      const pixels = image.pixels;
      let differ = 0;
      for (let i = 4; i < pixels.length; i += 4 * 97) if (pixels.readUInt32LE(i) !== pixels.readUInt32LE(0)) differ++;
      assert.ok(differ > 50, `${file} ${locale} ${theme}: ${differ} sampled pixels differ from the corner`);
      // The style sheet reached resvg (its rules are scoped under the SVG's id): the card's
      // own background, 4 px inside its left edge halfway down, is the theme's (a rasterizer
      // without media queries draws `auto` light). Unstyled, the card's rect would be black.
      const at = (4 * 2 + height * 840) * 4;
      const rgb = `#${[...pixels.subarray(at, at + 3)].map((n) => n.toString(16).padStart(2, '0')).join('')}`;
      assert.equal(rgb, theme === 'dark' ? '#161b22' : '#ffffff', `${file} ${locale} ${theme}: the card's background`);
    }
  }
});

test('resvg draws an Arabic card right to left: the avatar at the right, the name right-aligned beside it', async () => {
  const { renderCardSvg, parseCardData } = await renderer();
  const [{ ar }, { arMore }] = await Promise.all([import('../../dist/lib/i18n/messages/ar.js'), import('../../dist/lib/i18n/more/ar.js')]);
  const r = parseCardData(await load('full.json'));
  assert.ok(r.ok);
  const image = rasterize(renderCardSvg(r.data, { locale: 'ar', messages: ar, more: arMore, theme: 'light', now: NOW }));
  const { pixels, width } = image;
  const rgb = (x, y) => [...pixels.subarray((y * width + x) * 4, (y * width + x) * 4 + 3)];
  // The avatar's circle (no image given: the initials on the accent's tint) is at the right, 17 px in;
  // the left, where a left-to-right card has it, is the card's white.
  assert.notDeepEqual(rgb(420 - 17 - 8, 48), [255, 255, 255], 'the avatar at the right');
  assert.deepEqual(rgb(17 + 8, 48), [255, 255, 255], 'nothing at the left');
  // The name's dark ink (#1b1f24), in the band of its line: ending where the column beside the avatar ends.
  let min = width;
  let max = -1;
  for (let y = 17; y < 40; y++) {
    for (let x = 0; x < width; x++) {
      const [red, green, blue] = rgb(x, y);
      if (red < 80 && green < 80 && blue < 80) [min, max] = [Math.min(min, x), Math.max(max, x)];
    }
  }
  assert.ok(max >= 420 - 17 - 56 - 12 - 6 && max <= 420 - 17 - 56 - 12, `the name ends at ${max}`);
  assert.ok(min > 200, `the name starts at ${min}: right-aligned, not at the left`);
});

test('a hostile card still gives an SVG resvg accepts', async () => {
  const { renderCardSvg, en, enMore } = await renderer();
  const v = `"><svg onload="x()"><a x="\u0000\u202E${'W'.repeat(10 * 1024)}`;
  const data = {
    schemaVersion: 1,
    identity: { login: 'hostile-user', name: v, company: v },
    totals: { contributions: 1234 },
    roles: [{ kind: 'other', group: v, label: v }],
    sources: [{ id: v, name: v }],
    asOf: '2026-11-20T08:00:00Z',
  };
  const svg = renderCardSvg(data, { locale: 'en', messages: en, more: enMore, theme: 'auto', now: NOW, extraRoles: [{ label: v }] });
  assert.doesNotMatch(svg, /<svg onload|<a x|\u0000|\u202E/);
  assert.ok(svg.length < 60_000, `${svg.length} characters`);
  const png = rasterize(svg).asPng();
  assert.deepEqual([...png.subarray(0, 8)], PNG_SIGNATURE);
});
