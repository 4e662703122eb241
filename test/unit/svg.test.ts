/**
 * The static SVG card (`src/static/`): a valid, self-contained document that
 * says what the web card says, in English and Chinese, in both themes; that
 * keeps every hostile string as text and inside the 420 px box; that stays
 * small; and that looks like the card (visual baselines, in Chromium only, drawn by Chromium
 * from an `<img>`, as GitHub and every page show it). Update the baselines
 * with `npx wtr --group default --files test/unit/svg.test.ts --update-visual-baseline`
 * and look at them before committing.
 */
import { formatDate } from '../../src/i18n/format.js';
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import { styles } from '../../src/element/styles.js';
import { viewStyles } from '../../src/render/view-styles.js';
import { en } from '../../src/i18n/messages/en.js';
import { zhCN } from '../../src/i18n/messages/zh-CN.js';
import { ar } from '../../src/i18n/messages/ar.js';
import { arMore } from '../../src/i18n/more/ar.js';
import { enMore } from '../../src/i18n/more/en.js';
import { zhCNMore } from '../../src/i18n/more/zh-CN.js';
import type { CardData } from '../../src/model/model.js';
import { cleanText, parseCardData } from '../../src/model/validate.js';
import { SUPPORTED_LOCALES } from '../../src/i18n/locale.js';
import { loadMessages, messagesFor } from '../../src/i18n/catalog.js';
import { loadMore } from '../../src/i18n/more-catalog.js';
import { renderCardSvg, safeAvatar, type SvgOptions } from '../../src/static/svg.js';
import { FONT_STACK, PALETTES } from '../../src/static/svg-style.js';
import { totalsText } from '../../src/render/totals-text.js';
import { charWidth, ellipsize, graphemes, HEADROOM, textWidth, wrapRuns, wrapText } from '../../src/static/text-layout.js';
import { el, escapeXml, xmlChars } from '../../src/static/xml.js';
import { firstStrongIsRtl, LTR, mirror } from '../../src/static/mirror.js';
import { CORPUS, FLAG, hostileCard } from '../hostile.js';
import { describeChromiumOnly, IS_WEBKIT } from '../engines.js';
import { charLeftIn } from '../text-geometry.js';

/** Five days after the test files' `asOf`, as in the element's visual tests. */
const NOW = Date.parse('2026-11-25T12:00:00Z');
const EN: SvgOptions = { locale: 'en', messages: en, more: enMore, theme: 'light', now: NOW };
const ZH: SvgOptions = { locale: 'zh-CN', messages: zhCN, more: zhCNMore, theme: 'light', now: NOW };
const AR: SvgOptions = { locale: 'ar', messages: ar, more: arMore, theme: 'light', now: NOW };
const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

async function card(name: string): Promise<CardData> {
  const res = await fetch(new URL(`../data/${name}`, import.meta.url));
  const r = parseCardData(await res.json());
  if (!r.ok) throw r.error;
  return r.data;
}

/** The SVG parsed as the image it is; a parse error fails the test. */
function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const error = doc.querySelector('parsererror');
  expect(error?.textContent ?? null, 'XML parse error').to.equal(null);
  expect(doc.documentElement.namespaceURI).to.equal(SVG_NS);
  return doc;
}

/** Elements the renderer writes; anything else came from data. */
const TAGS = new Set(['svg', 'title', 'desc', 'style', 'rect', 'circle', 'path', 'g', 'text', 'tspan', 'image']);
/** Attributes the renderer writes. */
const ATTRS = new Set([
  'xmlns', 'xmlns:xlink', 'width', 'height', 'viewBox', 'role', 'aria-labelledby', 'lang', 'xml:lang', 'id', 'class', 'x', 'y', 'rx',
  'cx', 'cy', 'r', 'd', 'fill-rule', 'transform', 'text-anchor', 'dx', 'dy', 'preserveAspectRatio', 'xlink:href', 'direction',
]);
const FORBIDDEN_VALUE = /url\(|https?:|javascript:|@import|@font-face|expression\(/i;

/**
 * Walks every element and attribute: only the renderer's elements and
 * attributes; no script, foreignObject, link or handler; no value that
 * reaches out (but the two namespace declarations, which name and fetch
 * nothing); an image only as a base64 `data:` image; a style sheet with no
 * reference of any kind.
 */
function assertSelfContained(doc: Document): void {
  for (const node of [doc.documentElement, ...doc.documentElement.querySelectorAll('*')]) {
    const tag = node.localName;
    expect(node.namespaceURI, `<${tag}> namespace`).to.equal(SVG_NS);
    expect(['script', 'foreignObject', 'a', 'iframe', 'use', 'animate', 'set']).to.not.include(tag);
    expect(TAGS.has(tag), `<${tag}>`).to.equal(true);
    for (const attr of node.attributes) {
      expect(/^on/i.test(attr.localName), `${tag}[${attr.name}]`).to.equal(false);
      expect(ATTRS.has(attr.name), `${tag}[${attr.name}]`).to.equal(true);
      if (attr.name === 'xmlns') expect(attr.value).to.equal(SVG_NS);
      else if (attr.name === 'xmlns:xlink') expect(attr.value).to.equal(XLINK_NS);
      else if (attr.name === 'xlink:href') expect(attr.value, 'the avatar').to.match(/^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/]+=*$/);
      else expect(attr.value, `${tag}[${attr.name}]`).to.not.match(FORBIDDEN_VALUE);
    }
    if (tag === 'style') expect(node.textContent, '<style>').to.not.match(FORBIDDEN_VALUE);
  }
}

/** Every line of text, as drawn. */
/** Each line's text, a no-break space (before a list's "·") read as a space. */
const lines = (doc: Document) => [...doc.querySelectorAll('text')].map((t) => t.textContent!.replace(/\u00A0/g, ' '));

/**
 * The SVG inline in the page, where the browser lays out its text with the same
 * fonts as when it draws it as an image: every line's box must stay inside the
 * card's content column (16 px padding and 1 px border each side), with 1 px
 * for rounding. A payload that ran would set the flag.
 */
function assertFits(svg: string): void {
  const doc = parse(svg);
  const root = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
  // Its style sheet would style the page's other SVGs; the test page has none.
  const host = document.createElement('div');
  host.append(root);
  document.body.append(host);
  try {
    expect(root.getAttribute('width')).to.equal('420');
    for (const t of root.querySelectorAll('text')) {
      const box = t.getBBox();
      const what = `"${t.textContent!.slice(0, 60)}" (${Math.round(box.x)}…${Math.round(box.x + box.width)})`;
      expect(box.x, what).to.be.at.least(17 - 1);
      expect(box.x + box.width, what).to.be.at.most(420 - 17 + 1);
    }
    expect((window as unknown as Record<string, unknown>)[FLAG], 'a payload ran').to.equal(undefined);
  } finally {
    host.remove();
  }
}

/** A PNG of random pixels (so it does not compress), `side` px square, as a data URI. */
function noiseAvatar(side: number): string {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = side;
  const c = canvas.getContext('2d')!;
  const img = c.createImageData(side, side);
  // mulberry32: the same noise every run.
  let seed = 42;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % 256;
  };
  for (let i = 0; i < img.data.length; i++) img.data[i] = i % 4 === 3 ? 255 : random();
  c.putImageData(img, 0, 0);
  return canvas.toDataURL('image/png');
}

const bytes = (s: string) => new Blob([s]).size;

// ---------------------------------------------------------------------------

describe('static SVG: text layout without a DOM', () => {
  it('estimates DejaVu Sans exactly for ASCII (plus the headroom), 1em for CJK, nothing for combining marks', () => {
    expect(textWidth('Paco Xu', { size: 10 })).to.be.closeTo((6.0 + 6.1 + 5.5 + 6.1 + 3.2 + 6.9 + 6.3) * HEADROOM, 0.01);
    expect(charWidth('徐')).to.equal(1);
    expect(charWidth('，')).to.equal(1);
    expect(charWidth('\u0301')).to.equal(0);
    // A spacing vowel sign takes room (it counted as nothing: Hindi lines ran past the card).
    expect(charWidth('\u093E'), 'ा').to.be.above(0);
    expect(charWidth('\u093C'), 'a nukta sits on its letter').to.equal(0);
    expect(charWidth('\u200F'), 'a right-to-left mark draws nothing').to.equal(0);
    expect(textWidth('W', { size: 10, bold: true })).to.be.greaterThan(textWidth('W', { size: 10 }));
    expect(textWidth('ab', { size: 10, spacing: 0.1 })).to.be.closeTo(textWidth('ab', { size: 10 }) + 2, 0.01);
  });

  /** Each sample's estimate, regular and bold at 14 px, is at least what the browser draws and at most `ratio` times it. */
  function estimateWithin(samples: readonly string[], ratio: number): void {
    const c = document.createElement('canvas').getContext('2d')!;
    for (const bold of [false, true]) {
      c.font = `${bold ? 'bold ' : ''}14px ${FONT_STACK}`;
      for (const s of samples) {
        const drawn = c.measureText(s).width;
        const guess = textWidth(s, { size: 14, bold });
        // WebKitGTK rounds every glyph's advance to a whole pixel (Chromium, Firefox and Safari
        // on macOS keep fractions): up to half a pixel a character more there.
        const rounding = IS_WEBKIT ? 0.5 * [...s].length : 0.5;
        expect(guess, `${s}${bold ? ' (bold)' : ''}: ${guess} vs ${drawn}`).to.be.at.least(drawn - rounding);
        expect(guess, `${s}${bold ? ' (bold)' : ''}: ${guess} vs ${drawn}`).to.be.at.most(drawn * ratio + 1);
      }
    }
  }

  it('never estimates narrower than the browser draws, nor much wider (this machine: DejaVu Sans and WenQuanYi; every engine)', () => {
    estimateWithin(['Paco Xu', 'kubernetes/kubernetes', 'WWWWMMMM', 'illlliiii', '15.8K', 'Steering Committee member', '指导委员会成员', '数据截至 2026年11月20日（5天前）', 'Ünïcödé Ça', '@first-steps-27'], 1.3);
  });

  // Arabic took 0.75em a letter, as other scripts: half as wide again as DejaVu Sans draws it, so a
  // footer's "ملفات مجتمع Kubernetes" was cut with room to spare. The estimate stays above the
  // Arabic fonts readers have (0.44–0.54em a letter in Noto Sans and Naskh Arabic, IBM Plex Sans
  // Arabic, Vazirmatn, Cairo, Tajawal; text-layout.ts), so not within DejaVu's 1.3×.
  it('estimates Arabic above the browser, and within 1.4× of DejaVu Sans (every engine)', () => {
    estimateWithin(['المساهمات', 'طلبات السحب المدموجة', 'ملفات مجتمع Kubernetes', 'عضو في Steering Committee', 'البيانات حتى 2026/11/20'], 1.4);
  });

  // Cyrillic took 0.75em a letter: a quarter wider than DejaVu Sans draws it, so "Рецензування"
  // broke inside its tile and the footer cut "Файли спільноти Kubernetes" with room to spare.
  it('estimates Russian and Ukrainian above the browser, and within 1.3× (every engine)', () => {
    estimateWithin(['Рецензування', 'Файли спільноти Kubernetes', 'Файлы сообщества Kubernetes', 'Член Steering Committee', 'Ветеран (Платина)', 'ЖУРНАЛ ЩОДЕННИК', 'щиро ваш'], 1.3);
  });

  it('wraps at spaces, between CJK characters, never before closing punctuation', () => {
    expect(wrapText('one two three four', textWidth('one two th', { size: 10 }), { size: 10 })).to.deep.equal(['one two', 'three four']);
    const cjk = wrapText('数据截至二零二六年，好', textWidth('数据截至二', { size: 10 }), { size: 10 });
    expect(cjk[0]).to.equal('数据截至二');
    expect(cjk.every((l) => !l.startsWith('，'))).to.equal(true);
    expect(cjk.join('')).to.equal('数据截至二零二六年，好');
  });

  it('breaks a word longer than the line anywhere, and ends the last line with an ellipsis', () => {
    // Not a benchmark: a bound far above the work of its lines (a few ms), far below what measuring
    // the whole word once per break would take (quadratic: minutes for 100 KB), so that a busy
    // machine (a 10 KB word's 50 ms bound failed once with two browsers running) cannot fail it.
    const word = 'W'.repeat(100 * 1024);
    const t0 = performance.now();
    const out = wrapText(word, 100, { size: 12 }, 2);
    const ms = performance.now() - t0;
    console.log(`wrapText of a 100 KB word: ${ms.toFixed(1)} ms`);
    expect(ms, 'a 100 KB word costs only its lines').to.be.below(2000);
    expect(out.length).to.equal(2);
    expect(out[1]!.endsWith('…')).to.equal(true);
    for (const l of out) expect(textWidth(l, { size: 12 })).to.be.at.most(100);
    expect(ellipsize('Paco Xu', 1000, { size: 12 })).to.equal('Paco Xu');
    const cut = ellipsize('Paco Xu and a very long company name', 60, { size: 12 });
    expect(cut.endsWith('…')).to.equal(true);
    expect(cut).to.not.match(/\s…$/);
    expect(textWidth(cut, { size: 12 })).to.be.at.most(60);
  });

  it('never breaks a line, nor cuts with "…", inside a flag, an emoji sequence or a letter with its marks', () => {
    const family = '👩‍👩‍👧‍👦';
    const flag = '🇨🇳';
    const e = 'e\u0301';
    // A "word" wider than a line is broken anywhere, and the last line cut: only between clusters.
    // (100 px holds one family and a woman of the next by the estimate, and four flags and half a fifth.)
    for (const [cluster, n] of [[family, 30], [flag, 60], [e, 200]] as const) {
      const lines = wrapText(cluster.repeat(n), 100, { size: 14 }, 3);
      expect(lines.length, cluster).to.equal(3);
      for (const line of lines) {
        const body = line.endsWith('…') ? line.slice(0, -1) : line;
        expect(body.length % cluster.length, `${JSON.stringify(line)}: whole clusters`).to.equal(0);
        expect(body.split(cluster).join(''), `${JSON.stringify(line)}: nothing but whole clusters`).to.equal('');
      }
      const cut = ellipsize(cluster.repeat(n), 110, { size: 14 });
      expect(cut.endsWith('…')).to.equal(true);
      expect(cut.slice(0, -1).split(cluster).join(''), `${JSON.stringify(cut)}: cut between clusters`).to.equal('');
    }
    expect(graphemes(`a${family}${flag}${e}`)).to.deep.equal(['a', family, flag, e]);
  });

  it('keeps styled runs apart across lines, with a run’s style on its pieces', () => {
    const { lines: out } = wrapRuns([{ text: 'Chair', bold: true, cls: 'b' }, { text: ': ' }, { text: 'SIG Node · WG Device Management' }], { max: 120, size: 12.5 });
    expect(out[0]![0]).to.deep.equal({ text: 'Chair', bold: true, cls: 'b' });
    expect(out.map((l) => l.map((r) => r.text).join('')).join(' ')).to.equal('Chair: SIG Node · WG Device Management');
  });
});

describe('static SVG: the mirror', () => {
  it('is the identity left to right', () => {
    const m = mirror(false, 420);
    expect([m.x(17), m.x(17, 56), m.anchor('start'), m.anchor('end')]).to.deep.equal([17, 17, undefined, 'end']);
    expect(m.embed([{ text: 'a', own: true }, { text: ' b' }])).to.deep.equal([{ text: 'a', own: true }, { text: ' b' }]);
    expect(LTR.rtl).to.equal(false);
  });

  it('right to left: boxes and points mirrored, start and end swapped, the line in a right-to-left embedding, data between marks', () => {
    const m = mirror(true, 420);
    expect([m.x(17), m.x(17, 56), m.x(210), m.anchor('start'), m.anchor('middle'), m.anchor('end')]).to.deep.equal([403, 347, 210, 'end', 'middle', undefined]);
    expect(m.embed([{ text: 'رئيس: ' }, { text: 'SIG Node ', own: true }, { text: '(2027)' }]).map((p) => p.text)).to.deep.equal([
      '\u202Bرئيس: ',
      // A piece of data between marks of its direction; the space after it stays outside them.
      '\u200ESIG Node\u200E ',
      // A piece with no letter of its own (a separator, a year) between right-to-left marks.
      '\u200F(2027)\u200F\u202C',
    ]);
    // Two left-to-right groups keep the list's order right to left: the " · " between them is not theirs.
    expect(m.embed([{ text: 'kubeadm', own: true }, { text: ' · ' }, { text: 'system-validators', own: true }]).map((p) => p.text)).to.deep.equal([
      '\u202B\u200Ekubeadm\u200E',
      '\u200F · \u200F',
      '\u200Esystem-validators\u200E\u202C',
    ]);
    expect(mirror(true, 100).embed([{ text: 'x' }]).map((p) => p.text), 'one piece opens and closes the line').to.deep.equal(['\u202Bx\u202C']);
  });

  it('takes a piece’s direction from its first strong character, as dir="auto"', () => {
    expect(firstStrongIsRtl('@pacoxu')).to.equal(false);
    expect(firstStrongIsRtl('123 شارع')).to.equal(true);
    expect(firstStrongIsRtl('\u200F16/09/2026'), 'a right-to-left mark is strong').to.equal(true);
    expect(firstStrongIsRtl('שלום world')).to.equal(true);
    expect(firstStrongIsRtl('2026')).to.equal(false);
    expect(mirror(true, 420).embed([{ text: 'محمد', own: true }])[0]!.text).to.equal('\u202B\u200Fمحمد\u200F\u202C');
    expect([mirror(true, 420).lead('1.2 ألف'), mirror(false, 420).lead('1.2K')], 'a figure led by a mark').to.deep.equal(['\u200F1.2 ألف', '1.2K']);
  });
});

describe('static SVG: XML', () => {
  it('escapes the five special characters and drops what XML cannot hold', () => {
    expect(escapeXml(`<a href="x" title='y'>&amp;</a>`)).to.equal('&lt;a href=&quot;x&quot; title=&apos;y&apos;&gt;&amp;amp;&lt;/a&gt;');
    expect(xmlChars('a\u0000b\u0008c\u000Bd\u001Fe\u007Ff\u0085g\uFFFEh\uD800i\t\n\r😀')).to.equal('abcdefghi\t\n\r😀');
    expect(el('text', { x: 1.26, class: '"><script>' }, '<b>', undefined).markup).to.equal('<text x="1.3" class="&quot;&gt;&lt;script&gt;">&lt;b&gt;</text>');
    expect(() => el('a b')).to.throw();
    expect(() => el('text', { 'onload x': '1' })).to.throw();
  });

  it('takes an avatar only as a base64 PNG, JPEG or WebP data URI', () => {
    const ok = 'data:image/png;base64,iVBORw0KGgo=';
    expect(safeAvatar(ok)).to.equal(ok);
    expect(safeAvatar('data:image/jpeg;base64,/9j/4AAQ')).to.equal('data:image/jpeg;base64,/9j/4AAQ');
    for (const bad of [
      'https://avatars.githubusercontent.com/u/1',
      'data:image/svg+xml;base64,PHN2Zz4=',
      'data:text/html;base64,PHNjcmlwdD4=',
      'data:image/png,<svg onload=x>',
      'data:image/png;base64,iVBOR"/><script>',
      'javascript:alert(1)',
      ` ${ok}`,
      `data:image/png;base64,${'A'.repeat(100_000)}`,
    ]) {
      expect(safeAvatar(bad), bad.slice(0, 40)).to.equal(undefined);
    }
  });
});

describe('static SVG: the card', () => {
  let full: CardData;
  before(async () => {
    full = await card('full.json');
  });

  it('is a valid, self-contained SVG document with a title and a description', () => {
    const svg = renderCardSvg(full, EN);
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).to.equal(true);
    const doc = parse(svg);
    assertSelfContained(doc);
    const root = doc.documentElement;
    expect(root.getAttribute('role')).to.equal('img');
    expect(root.id).to.match(/^kc-[0-9a-f]{8}$/);
    expect(root.getAttribute('aria-labelledby')).to.equal(`${root.id}-t ${root.id}-d`);
    expect(root.getAttribute('width')).to.equal('420');
    expect(Number(root.getAttribute('height'))).to.be.within(340, 900);
    expect(root.getAttribute('viewBox')).to.equal(`0 0 420 ${root.getAttribute('height')}`);
    expect(doc.querySelector('title')!.localName).to.equal('title');
    expect(doc.querySelector('title')!.textContent).to.equal('Paco Xu (@pacoxu) — Kubernetes contributor card');
    expect(doc.getElementById(`${root.id}-t`)!.textContent).to.equal('Paco Xu (@pacoxu) — Kubernetes contributor card');
    expect(doc.getElementById(`${root.id}-d`)!.localName).to.equal('desc');
    expect(renderCardSvg(full, EN), 'the same input gives the same bytes').to.equal(svg);
    // A rebuild the next day says the same words: the same bytes (a daily build commits no change).
    expect(renderCardSvg(full, { ...EN, now: NOW + 86_400_000 }), 'rebuilt a day later').to.equal(svg);
  });

  it('shows every region of the web card, in English', () => {
    const doc = parse(renderCardSvg(full, { ...EN, extraRoles: [{ label: 'KubeCon China 2024 co-chair', url: 'https://example.com/kubecon' }] }));
    const text = lines(doc);
    // A label may wrap: read the lines as one text.
    const all = text.join(' ');
    for (const expected of [
      'Paco Xu', '@pacoxu', 'DaoCloud', // identity
      '15.8K', 'Contributions', '1.2K', 'PRs merged', '1.4K', 'PRs opened', '5.2K', 'Reviews', '310', 'Issues', '1.5K', 'Commits', // totals
      'First contribution: fix typo in kubeadm docs', '9 years active, since 2018', // history
      'MERGED PRS · PER RELEASE', 'v1.24', 'v1.35', // activity
      'ROLES', 'Steering Committee member · Steering Committee', 'Chair: WG Device Management', 'Tech lead: SIG Node', // roles
      "Added by the card's maker", 'KubeCon China 2024 co-chair',
      'BADGES', 'Steering (Platinum)', 'Leader (Silver)', 'Veteran (Platinum)', // badges
      'Data as of Nov 20, 2026', 'CNCF DevStats · GitHub', // footer
    ]) {
      expect(all, expected).to.include(expected);
    }
    expect(all).to.include('(term ends Oct 2027)');
    expect(text.filter((t) => t === 'PX'), 'the initials, no avatar given').to.have.length(1);
    expect(doc.querySelectorAll('image')).to.have.length(0);
    expect(doc.querySelectorAll('path.kc-line')).to.have.length(1);
    expect(doc.querySelector('path.kc-line')!.getAttribute('d')).to.match(/^M3,[\d.]+(L[\d.]+,[\d.]+){11}$/);
    expect(doc.documentElement.outerHTML, 'the role’s link is not shown').to.not.include('example.com');
    const desc = doc.querySelector('desc')!.textContent!;
    expect(desc, 'each figure names itself once').not.to.contain('Contributions: Contributions');
    for (const expected of ['Paco Xu (@pacoxu), DaoCloud.', 'Contributions: 15,812; PRs merged: 1,203; PRs opened: 1,390; Reviews: 5,230; Issues: 310; Commits: 1,500.', 'Steering Committee member: Steering Committee (term ends Oct 2027)', 'Chair: WG Device Management', 'Tech lead: SIG Node', "Added by the card's maker: KubeCon China 2024 co-chair.", 'Merged PRs per release: 805 in total', 'Steering (Platinum)', 'Data as of Nov 20, 2026.']) {
      expect(desc, expected).to.include(expected);
    }
  });

  it('shows every region of the web card, in Chinese', () => {
    const doc = parse(renderCardSvg(full, { ...ZH, extraRoles: [{ label: 'KubeCon China 2024 联合主席' }] }));
    const all = lines(doc).join('\n');
    for (const expected of ['Paco Xu', '@pacoxu', 'DaoCloud', '1.6万', '贡献', '已合并 PR', '首次贡献', '活跃 9 年，始于 2018', '已合并 PR · 每个版本', '角色', '指导委员会成员 · 指导委员会', '主席：WG Device Management', '技术负责人：SIG Node', '由卡片制作者添加', 'KubeCon China 2024 联合主席', '徽章', '指导委员会（铂金）', '（kubernetes/kubernetes）', '（任期至 2027年', '数据截至 2026年11月20日']) {
      expect(all, expected).to.include(expected);
    }
    expect(all, 'Chinese headings are not uppercased').to.not.include('MERGED');
    expect(doc.documentElement.getAttribute('lang')).to.equal('zh-CN');
    expect(doc.querySelector('title')!.textContent).to.equal('Paco Xu（@pacoxu）的 Kubernetes 贡献者卡片');
    expect(doc.querySelector('desc')!.textContent).to.include('贡献：15,812；已合并 PR：1,203；');
  });

  it('shows below-threshold figures, footnoted scopes, the scope line and the "below" sentence like the web card', async () => {
    const doc = parse(renderCardSvg(await card('newcomer.json'), EN));
    const all = lines(doc).join(' ');
    for (const expected of ['<30', 'Contributions', '1*', '<2', '* in kubernetes and kubernetes-sigs only (GitHub search)', 'First merged PR: Fix a typo', 'Fewer than 2 merged PRs in each of the last 3 release cycles.', 'Figures: the 17 Kubernetes GitHub organizations, as counted by', 'First PR (Bronze)']) {
      expect(all, expected).to.include(expected);
    }
    expect(doc.querySelector('tspan.kc-mark')!.textContent).to.equal('*');
    expect(doc.querySelector('desc')!.textContent).to.include('Contributions: fewer than 30; PRs merged: 1, in kubernetes and kubernetes-sigs only (GitHub search);');
  });

  it('says "nothing to count yet" and a failed source, like the web card', async () => {
    const below = parse(renderCardSvg(await card('below.json'), EN));
    expect(lines(below).join(' ')).to.include('@first-steps-27: fewer than 30 contributions in CNCF DevStats so far.');
    expect(below.querySelectorAll('rect.kc-soft'), 'no totals').to.have.length(0);
    expect(below.querySelector('[class^="kc-bronze"]'), 'no badges').to.equal(null);
    const partial = parse(renderCardSvg(await card('partial.json'), EN));
    expect(lines(partial).join(' ')).to.include('GitHub unavailable (rate limit reached).');
    expect(partial.querySelectorAll('rect.kc-warn')).to.have.length(1);
    // Nothing counted because DevStats failed is not "nothing to count", in the SVG either.
    const failed = { ...(await card('zero.json')), totals: {}, notices: [{ source: 'devstats', reason: 'http' as const }] };
    const doc = parse(renderCardSvg(failed, EN));
    expect(lines(doc).join(' ')).to.include('CNCF DevStats unavailable');
    expect(lines(doc).join(' ')).not.to.include('no Kubernetes contributions');
    expect(doc.querySelector('desc')!.textContent).not.to.include('no Kubernetes contributions');
  });

  // A long title (GitHub allows 256 characters) pushed the repository and the date out of the
  // paragraph's three lines: the card lost when the first contribution was.
  it('keeps the first contribution\'s repository and date whatever the title\'s length, cutting the title', async () => {
    const full = await card('full.json');
    const title = `${'Promote the kubelet credential provider plugin API to general availability '.repeat(3)}end`.slice(0, 256);
    for (const o of [EN, ZH, AR]) {
      // As this engine's Intl writes it (WebKit gives Arabic its own digits).
      const date = formatDate('2018-03-05', o.locale)!.replace(/\s+/g, '');
      const data = { ...full, firstContribution: { ...full.firstContribution!, title } };
      const svg = renderCardSvg(data, o);
      const doc = parse(svg);
      const drawn = lines(doc).join('').replace(/\s+/g, '');
      expect(drawn, `${o.locale}: the repository`).to.include('kubernetes/kubernetes');
      expect(drawn, `${o.locale}: the date`).to.include(date);
      expect(drawn, `${o.locale}: the title's start`).to.include('Promotethekubeletcredential');
      expect(drawn, `${o.locale}: cut`).to.include('…');
      expect(doc.querySelector('desc')!.textContent, `${o.locale}: the description keeps the whole title`).to.include(title);
      assertFits(svg);
    }
  });

  // A built card said "Data as of Dec 1, 2026 (this minute)" for as long as a README showed it.
  it('says no time relative to when it was built: dates, in English and Chinese', async () => {
    const built = Date.parse('2026-11-20T08:00:00Z');
    const data = {
      ...(await card('partial.json')),
      notices: [
        { source: 'github', reason: 'rate-limited' as const, retryAt: '2026-11-20T08:30:00Z', staleSince: '2026-11-18T10:00:00Z' },
      ],
    };
    for (const [o, asOf, saved] of [
      [EN, 'Data as of Nov 20, 2026', 'Showing its data saved on Nov 18, 2026.'],
      [ZH, '数据截至 2026年11月20日', '显示2026年11月18日保存的数据。'],
    ] as const) {
      const svg = renderCardSvg(data, { ...o, now: built });
      const doc = parse(svg);
      const all = lines(doc).join(' ');
      const desc = doc.querySelector('desc')!.textContent!;
      // (The drawn lines are read without their spaces: a sentence may wrap inside a date.)
      const squeeze = (t: string) => t.replace(/\s+/g, '');
      for (const words of [all, desc]) {
        expect(squeeze(words), `${o.locale}: the date alone`).to.include(squeeze(asOf));
        expect(squeeze(words), `${o.locale}: the saved copy's date`).to.include(squeeze(saved));
      }
      expect(desc, `${o.locale}: the description, word for word`).to.include(saved);
      // No relative time anywhere: "(this minute)", "in 30 minutes", "2 days ago".
      for (const relative of ['minute', 'ago', 'Back', '分钟', '天前', '恢复']) expect(`${all} ${desc}`, `${o.locale}: ${relative}`).not.to.include(relative);
      assertFits(svg);
    }
  });

  it('embeds a given avatar as its data URI, rounded without any reference, and stays under 40 KB with a ~10 KB one', () => {
    const avatar = noiseAvatar(46);
    expect(avatar.length, 'the fake avatar is about 10 KB').to.be.within(8_500, 12_000);
    const sizes: Record<string, number> = {};
    for (const [name, o] of [['en', EN], ['zh-CN', ZH]] as const) {
      for (const theme of ['auto', 'light', 'dark'] as const) {
        const plain = renderCardSvg(full, { ...o, theme });
        const svg = renderCardSvg(full, { ...o, theme, avatar });
        sizes[`${name} ${theme}`] = bytes(plain);
        sizes[`${name} ${theme} + avatar`] = bytes(svg);
        expect(bytes(svg), `${name} ${theme}`).to.be.at.most(40 * 1024);
        const doc = parse(svg);
        assertSelfContained(doc);
        expect(doc.querySelector('image')!.getAttribute('xlink:href')).to.equal(avatar);
        expect(doc.documentElement.getAttribute('xmlns:xlink')).to.equal(XLINK_NS);
      }
    }
    console.log(`static SVG sizes for full.json, bytes (avatar URI ${avatar.length}): ${JSON.stringify(sizes)}`);
  });

  it('theme auto carries both palettes under prefers-color-scheme; light and dark only their own', () => {
    const style = (theme: SvgOptions['theme']) => parse(renderCardSvg(full, { ...EN, theme })).querySelector('style')!.textContent!;
    const only = (p: (typeof PALETTES)['light'], other: (typeof PALETTES)['light']) => Object.values(p).filter((c) => !Object.values(other).includes(c));
    const auto = style('auto');
    expect(auto).to.include('@media (prefers-color-scheme: dark){');
    for (const c of [...Object.values(PALETTES.light), ...Object.values(PALETTES.dark)]) expect(auto).to.include(c);
    const light = style('light');
    const dark = style('dark');
    for (const [css, own, other] of [[light, PALETTES.light, PALETTES.dark], [dark, PALETTES.dark, PALETTES.light]] as const) {
      expect(css).to.not.include('@media');
      for (const c of Object.values(own)) expect(css).to.include(c);
      for (const c of only(other, own)) expect(css).to.not.include(c);
    }
    expect(auto, 'fonts by name only').to.include(`font-family:${FONT_STACK}`);
    expect(auto).to.not.match(/@font-face|@import|url\(|var\(/);
  });

  it('pasted inline into a page, two cards keep their own names and colours and leave the page’s SVG alone', async () => {
    const other = structuredClone(full);
    other.identity = { ...other.identity, login: 'someone-else', name: 'Someone Else' };
    const host = document.createElement('div');
    // A page's own SVG text, before and after the cards: a card's style sheet is the page's once inlined.
    host.innerHTML = '<svg id="page-svg"><text id="page-text">page</text></svg>';
    for (const [data, theme] of [[full, 'light'], [other, 'dark'], [full, 'dark']] as const) {
      host.append(document.importNode(parse(renderCardSvg(data, { ...EN, theme })).documentElement, true));
    }
    document.body.append(host);
    try {
      const [a, b, c] = [...host.querySelectorAll<SVGSVGElement>('svg[role="img"]')];
      expect(new Set([a!.id, b!.id, c!.id]).size, 'one id per card').to.equal(3);
      const named = (svg: SVGSVGElement) => svg.getAttribute('aria-labelledby')!.split(' ').map((id) => document.getElementById(id)!);
      expect(named(b!).every((n) => b!.contains(n)), 'the second card names itself, not the first').to.equal(true);
      expect(named(b!)[0]!.textContent).to.include('Someone Else');
      expect(named(c!).every((n) => c!.contains(n))).to.equal(true);
      const fill = (svg: Element) => getComputedStyle(svg.querySelector('.kc-card')!).fill;
      const hex = (rgb: string) => `#${rgb.match(/\d+/g)!.slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
      expect(hex(fill(a!)), 'the light card stays light beside dark ones').to.equal(PALETTES.light.bg);
      expect(hex(fill(b!))).to.equal(PALETTES.dark.bg);
      expect(hex(fill(c!)), 'the same person in dark, after the light one').to.equal(PALETTES.dark.bg);
      const pageText = document.getElementById('page-text')!;
      expect(getComputedStyle(pageText).fontSize, 'the page’s own SVG text keeps its size').to.not.equal('14px');
      expect(getComputedStyle(pageText).fontFamily).to.not.include('DejaVu Sans');
    } finally {
      host.remove();
    }
  });

  it('uses the web card’s palettes (src/element/styles.ts, and render/view-styles.ts for tiers and notices)', () => {
    const css = styles.cssText + viewStyles.cssText;
    // The styles as the build ships them (and the tests serve them): minified, `#ffffff` as `#fff`.
    const long = (hex: string) => (hex.length === 4 ? `#${[...hex.slice(1)].map((d) => d + d).join('')}` : hex);
    const pair = (name: string) => {
      const m = new RegExp(`--_${name}:[^;]*?light-dark\\((#[0-9a-f]{6}|#[0-9a-f]{3}),\\s*(#[0-9a-f]{6}|#[0-9a-f]{3})\\)`).exec(css);
      expect(m, `--_${name}`).to.not.equal(null);
      return [long(m![1]), long(m![2])];
    };
    const names: [keyof (typeof PALETTES)['light'], string][] = [
      ['bg', 'bg'], ['fg', 'fg'], ['muted', 'muted'], ['accent', 'accent'], ['accentSoft', 'accent-soft'], ['border', 'border'],
      ['warnBg', 'warn-bg'], ['warnFg', 'warn-fg'], ['bronze', 'tier-bronze'], ['silver', 'tier-silver'], ['gold', 'tier-gold'], ['platinum', 'tier-platinum'],
    ];
    for (const [key, name] of names) expect([PALETTES.light[key], PALETTES.dark[key]], name).to.deep.equal(pair(name));
  });

  it('never starts a wrapped line of a list with its "·": the dot stays with the item before it', async () => {
    // The mechanism: a no-break space glues the dot to the item before it, and the line breaks after it.
    const font = { size: 12 };
    const max = textWidth('SIG Architecture', font) + 1;
    const lineTexts = (sep: string) => wrapRuns([{ text: 'SIG Architecture' }, { text: sep }, { text: 'SIG Node' }], { max, size: 12 }).lines.map((l) => l.map((r) => r.text).join(''));
    expect(lineTexts(' · ').some((l) => l.startsWith('·')), 'with a plain space, a line began with the dot').to.equal(true);
    expect(lineTexts('\u00A0· ').some((l) => l.trimStart().startsWith('·'))).to.equal(false);
    // Also after a CJK character, itself a break opportunity ("指导委员会成员 · 指导委员会", the Chinese rung).
    const cjk = wrapRuns([{ text: '指导委员会成员' }, { text: '\u00A0· ' }, { text: '指导委员会' }], { max: textWidth('指导委员会成员', font) + 1, size: 12 }).lines;
    expect(cjk.map((l) => l.map((r) => r.text).join('')).some((l) => l.trimStart().startsWith('·')), 'after a CJK character').to.equal(false);
    // The card's lists use it: between groups, between sources, after the highest rung's title.
    await loadMessages('uk');
    const uk: SvgOptions = { locale: 'uk', messages: messagesFor('uk')!, more: await loadMore('uk'), theme: 'light', now: NOW };
    const groups = ['SIG Architecture', 'SIG Testing', 'SIG Scheduling', 'SIG Node', 'SIG Release', 'Code of Conduct Committee', 'WG Device Management'];
    const data = { ...full, roles: groups.map((group) => ({ kind: 'steering-liaison' as const, group })) };
    const texts = [...parse(renderCardSvg(data, uk)).querySelectorAll('text')].map((t) => t.textContent!.replace(/[\u200e\u200f\u202a-\u202e]/g, ''));
    const listed = texts.filter((t) => t.includes('·') && (groups.some((g) => t.includes(g)) || t.includes('GitHub')));
    expect(listed.length, 'lists to look at').to.be.above(1);
    for (const t of listed) expect(t, 'every dot after a no-break space, and none at the start of a line').to.not.match(/(^|[^\u00A0])·|^\s*·/u);
  });

  it('ends each sentence of the description with one full stop, also after a date that ends in one', async () => {
    // Russian, Ukrainian and Korean dates end in a full stop ("6 мар. 2018 г.", "2018. 3. 6."):
    // the list's own full stop after them read "г..".
    for (const locale of SUPPORTED_LOCALES) {
      await loadMessages(locale);
      const opts: SvgOptions = { locale, messages: messagesFor(locale)!, more: await loadMore(locale), theme: 'light', now: NOW };
      const desc = parse(renderCardSvg(full, opts)).querySelector('desc')!.textContent!;
      expect(desc, locale).to.not.match(/(^|[^.])\.\.($|[^.])/mu);
      if (locale === 'ru') expect(desc, 'the date and its sentence keep one full stop').to.match(/г\.$/mu);
    }
  });

  it('keeps every figure’s label whole in every language, a long one on two lines (as the web card)', async () => {
    // "Zusammengeführte PRs", "コントリビューション" and two Arabic labels ended in "…".
    const bare = (t: string) => t.replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
    let wrapped = 0;
    for (const locale of SUPPORTED_LOCALES) {
      await loadMessages(locale);
      const opts: SvgOptions = { locale, messages: messagesFor(locale)!, more: await loadMore(locale), theme: 'light', now: NOW };
      for (const variant of ['full', 'compact'] as const) {
        const doc = parse(renderCardSvg(full, { ...opts, variant }));
        const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
        const all = bare(texts.join(''));
        const { tiles } = totalsText(full, { locale, msg: opts.messages, now: NOW });
        for (const t of (variant === 'compact' ? tiles.slice(0, 3) : tiles)) {
          expect(all, `${locale} ${variant}: ${t.label}`).to.include(bare(t.label));
          if (!texts.includes(t.label)) wrapped++;
        }
        const root = doc.documentElement;
        // The tiles' bottoms and every line's baseline (the compact card has no tiles: over no rects,
        // the maximum was -Infinity, and the check could not fail).
        const rects = [...doc.querySelectorAll('rect.kc-soft')].map((r) => Number(r.getAttribute('y')) + Number(r.getAttribute('height')));
        const baselines = [...doc.querySelectorAll('text')].map((t) => Number(t.getAttribute('y')));
        expect(baselines.length, `${locale} ${variant}: lines to measure`).to.be.above(3);
        expect(Math.max(...rects, ...baselines), `${locale} ${variant}: the tiles and lines inside the card`).to.be.below(Number(root.getAttribute('height')) - 4);
      }
    }
    expect(wrapped, 'some labels took two lines').to.be.above(0);
  });

  it('keeps long names, companies and roles inside the card, in both languages', () => {
    const long = structuredClone(full);
    long.identity.name = 'Maximiliana Alexandrina Konstantinopoulou-Featherstonehaugh von Hohenzollern-Sigmaringen';
    long.identity.company = 'The Extraordinarily Long-Named International Consortium for Cloud Native Computing Research';
    long.roles.push({ kind: 'reviewer', group: 'kubernetes-sigs/cluster-api-provider-aws-and-some-more-words', term: '2024–2026' });
    long.roles.push({ kind: 'other', group: '超长的工作组名称'.repeat(8), label: '特别角色' });
    for (const o of [EN, ZH]) {
      const svg = renderCardSvg(long, { ...o, extraRoles: [{ label: 'Very long page-supplied role label '.repeat(8) }] });
      assertSelfContained(parse(svg));
      assertFits(svg);
    }
    assertFits(renderCardSvg(full, EN));
    assertFits(renderCardSvg(full, ZH));
  });
});

describe('static SVG: hostile data', () => {
  /** The same card, unvalidated: a caller that skips `parseCardData` must not break the SVG either. */
  const raw = (v: string) => {
    const c = hostileCard(v) as unknown as CardData;
    c.identity.avatarUrl = undefined;
    return c;
  };

  it('the checks are live: they catch a link, a handler, a reference, a script and a line too long', () => {
    const doc = (body: string, style = '') => `<svg xmlns="${SVG_NS}" width="420" height="100"><style>${style}</style>${body}</svg>`;
    for (const [what, svg] of [
      ['<a>', doc('<a><text x="20" y="20">x</text></a>')],
      ['<script>', doc('<script>x()</script>')],
      ['<foreignObject>', doc('<foreignObject/>')],
      ['a handler', doc('<rect onclick="x()"/>')],
      ['an http reference', doc(`<image xmlns:xlink="${XLINK_NS}" xlink:href="https://example.com/a.png"/>`)],
      ['a url() reference', doc('<rect class="a" clip-path="url(#c)"/>')],
      ['an @import', doc('', '@import "https://example.com/x.css";')],
      ['a javascript: value', doc('<rect class="javascript:x()"/>')],
    ] as const) {
      expect(() => assertSelfContained(parse(svg)), what).to.throw();
    }
    expect(() => assertFits(doc(`<text x="17" y="20">${'W'.repeat(100)}</text>`)), 'a long line').to.throw();
    expect(() => assertFits(doc('<text x="5" y="20">x</text>')), 'left of the padding').to.throw();
    expect(() => parse('<svg xmlns="http://www.w3.org/2000/svg"><text>&</text></svg>'), 'a parse error').to.throw();
  });

  it('the checks are live: a benign card passes them and its text is found', () => {
    const r = parseCardData(hostileCard('Plain Text'));
    expect(r.ok).to.equal(true);
    const svg = renderCardSvg(r.ok ? r.data : raw('x'), EN);
    assertSelfContained(parse(svg));
    assertFits(svg);
    expect(lines(parse(svg))).to.include('Plain Text');
  });

  for (const [name, value] of CORPUS) {
    it(`${name}: in every text field and as an extra role, only text, inside the card`, () => {
      const r = parseCardData(hostileCard(value));
      expect(r.ok, 'the validator takes it').to.equal(true);
      const shown = cleanText(value).replace(/\s+/g, ' ');
      for (const data of [r.ok ? r.data : raw(value), raw(value)]) {
        for (const o of [EN, ZH]) {
          const svg = renderCardSvg(data, { ...o, theme: 'auto', extraRoles: [{ label: value, url: value }], avatar: value });
          const doc = parse(svg);
          assertSelfContained(doc);
          expect(doc.querySelectorAll('image'), 'no avatar from a hostile value').to.have.length(0);
          assertFits(svg);
          // The name's lines, without the ellipsis, are the start of the value as cleaned: text, not markup.
          const nameLines = [...doc.querySelectorAll('text.kc-name')].map((t) => t.textContent!.replace(/…$/, ''));
          expect(nameLines.length).to.be.within(shown ? 1 : 0, 2);
          expect(shown.replace(/ /g, '').startsWith(nameLines.join('').replace(/ /g, '')), `${nameLines.join('|')} starts ${shown.slice(0, 40)}`).to.equal(true);
          if (shown.length > 0 && shown.length < 100) expect(doc.querySelector('desc')!.textContent).to.include(shown);
          expect(bytes(svg), 'bounded output').to.be.below(200 * 1024);
        }
      }
    });
  }
});

describe('static SVG: the compact and inline variants', () => {
  it('are self-contained, say who it is, and keep to their content', async () => {
    const data = await card('full.json');
    const compact = parse(renderCardSvg(data, { ...EN, variant: 'compact' }));
    assertSelfContained(compact);
    // What is drawn (the <desc> describes the whole card in words, as for any variant).
    const words = [...compact.querySelectorAll('text')].map((t) => t.textContent).join(' ');
    expect(words).to.include('Paco Xu').and.include('Steering Committee member').and.include('Contributions');
    expect(words, 'no badges or footer').to.not.include('BADGES').and.not.include('Data as of');
    const full = parse(renderCardSvg(data, EN));
    expect(Number(compact.documentElement.getAttribute('height')), 'shorter than the full card').to.be.below(Number(full.documentElement.getAttribute('height')) / 2);
    const chip = parse(renderCardSvg(data, { ...EN, variant: 'inline' }));
    assertSelfContained(chip);
    expect(chip.documentElement.textContent).to.include('@pacoxu').and.include('Steering Committee member');
    expect(Number(chip.documentElement.getAttribute('height'))).to.equal(28);
    // With an avatar, the chip shows it (it drew the initials only), inside the chip's rounded end.
    const avatar = noiseAvatar(20);
    const withAvatar = parse(renderCardSvg(data, { ...EN, variant: 'inline', avatar }));
    assertSelfContained(withAvatar);
    const image = withAvatar.querySelector('image')!;
    expect(image.getAttributeNS(XLINK_NS, 'href')).to.equal(avatar);
    const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => Number(image.getAttribute(a)));
    // Every corner of the image within the chip's end, a circle of radius 13.5 around (14, 14).
    for (const [cx, cy] of [[x!, y!], [x! + w!, y!], [x!, y! + h!], [x! + w!, y! + h!]]) expect(Math.hypot(cx! - 14, cy! - 14)).to.be.below(13.5);
  });

  // Cut at 220 px ("@kubernetes-sig-contributor-…"), where the element's chip shows the whole login.
  it('inline: shows the longest login GitHub allows whole', async () => {
    const data = await card('full.json');
    for (const login of ['kubernetes-sig-contributor-experience12', 'W'.repeat(39)]) {
      expect(login.length, 'GitHub allows 39 characters').to.equal(39);
      const chip = parse(renderCardSvg({ ...data, identity: { ...data.identity, login } }, { ...EN, variant: 'inline' }));
      const texts = [...chip.querySelectorAll('text')].map((t) => t.textContent);
      expect(texts).to.include(`@${login}`);
    }
  });

  it('compact: says which source failed, as the full card does', async () => {
    const words = [...parse(renderCardSvg(await card('partial.json'), { ...EN, variant: 'compact' })).querySelectorAll('text')].map((t) => t.textContent).join(' ');
    expect(words).to.include('GitHub');
    expect(words).to.match(/rate limit/i);
  });

  it('compact: says there is nothing to count yet, as the full card does', async () => {
    const words = [...parse(renderCardSvg(await card('zero.json'), { ...EN, variant: 'compact' })).querySelectorAll('text')].map((t) => t.textContent).join(' ');
    expect(words).to.include('has no Kubernetes contributions yet');
  });

  // A newcomer's figures are mostly under DevStats' listing thresholds: the compact SVG drew all six.
  it('compact: the first three figures, as the web’s compact card, thresholds included', async () => {
    const data = await card('newcomer.json');
    const ctx = { locale: 'en' as const, msg: en, more: enMore, now: NOW };
    const labels = totalsText(data, ctx).tiles.map((t) => t.label);
    expect(labels.length, 'more than three figures to choose from').to.be.above(3);
    const words = [...parse(renderCardSvg(data, { ...EN, variant: 'compact' })).querySelectorAll('text')].map((t) => t.textContent!.trim());
    for (const label of labels.slice(0, 3)) expect(words, label).to.include(label);
    for (const label of labels.slice(3)) expect(words, label).to.not.include(label);
  });
});

describe('static SVG: right to left (Arabic)', () => {
  /** Runs `check` on the SVG inline in the page, where the browser lays out its text as it draws it. */
  function laidOut(svg: string, check: (root: SVGSVGElement) => void): void {
    const root = document.importNode(parse(svg).documentElement, true) as unknown as SVGSVGElement;
    const host = document.createElement('div');
    host.append(root);
    document.body.append(host);
    try {
      check(root);
    } finally {
      host.remove();
    }
  }
  const textWith = (root: SVGSVGElement, s: string) => [...root.querySelectorAll('text')].find((t) => t.textContent!.includes(s))!;
  const right = (t: SVGTextElement) => t.getBBox().x + t.getBBox().width;

  it('mirrors the layout: the avatar, every line and the first figure at the right; the chart still runs left to right', async () => {
    const data = await card('full.json');
    const svg = renderCardSvg(data, AR);
    assertSelfContained(parse(svg));
    assertFits(svg);
    laidOut(svg, (root) => {
      expect(root.querySelector('circle')!.getAttribute('cx'), 'the avatar at the right').to.equal(String(420 - 17 - 28));
      // Lines end at the right edge of their column: the name beside the avatar, a heading and the first tile's label.
      expect(right(textWith(root, 'Paco Xu')), 'the name, right-aligned beside the avatar').to.be.closeTo(420 - 17 - 56 - 12, 1.5);
      expect(right(textWith(root, ar.rolesHeading)), 'a heading').to.be.closeTo(420 - 17, 1.5);
      expect(right(textWith(root, ar.totals.contributions)), 'the first figure’s label, in the rightmost tile').to.be.closeTo(420 - 17 - 8, 1.5);
      // Time runs left to right, as on the web card: the same chart as in English, the first release at the left.
      const english = parse(renderCardSvg(data, EN));
      expect(root.querySelector('path.kc-line')!.getAttribute('d')).to.equal(english.querySelector('path.kc-line')!.getAttribute('d'));
      expect(textWith(root, 'v1.24').getBBox().x, 'the first release at the left').to.be.closeTo(17, 1.5);
    });
    // Every line drawn, inside the card: a figure with a footnote mark ("1*") was drawn as nothing
    // by WebKit while a right-to-left embedding spanned the figure and its raised mark.
    for (const file of ['newcomer.json', 'below.json', 'cycles.json']) {
      const other = renderCardSvg(await card(file), AR);
      assertFits(other);
      laidOut(other, (root) => {
        for (const t of root.querySelectorAll('text')) {
          if (t.textContent!.replace(/[\u200E\u200F\u202A-\u202E]/g, '').trim()) expect(t.getBBox().width, `${file}: "${t.textContent}" drawn`).to.be.above(0);
        }
      });
    }
    // The chip too: its avatar at its right end.
    const chip = renderCardSvg(data, { ...AR, variant: 'inline' });
    laidOut(chip, (root) => {
      expect(Number(root.querySelector('circle')!.getAttribute('cx'))).to.equal(Number(root.getAttribute('width')) - 14);
      expect(right(textWith(root, 'pacoxu')), 'the login beside it').to.be.closeTo(Number(root.getAttribute('width')) - 30, 1.5);
    });
  });

  it('orders each line right to left, and keeps a login, a group and a date whole inside it', async () => {
    const base = await card('full.json');
    laidOut(renderCardSvg(await card('full.json'), AR), (root) => {
      // "رئيس: WG Device Management": the kind first, at the right; the group after it, to its left.
      const chair = textWith(root, 'WG Device Management');
      const text = chair.textContent!;
      expect(charLeftIn(chair, text.indexOf(ar.roles.chair)), 'the kind right of its group').to.be.above(charLeftIn(chair, text.indexOf('WG')));
      // And "@pacoxu" with its "@" first (an isolate of the card's direction drew "pacoxu@").
      const login = textWith(root, 'pacoxu');
      expect(charLeftIn(login, login.textContent!.indexOf('@'))).to.be.below(charLeftIn(login, login.textContent!.indexOf('p')));
    });
    // A title that ends in Latin words ("عضو في Steering Committee") ran on into the Latin group after
    // it: drawn "Steering Committee · Steering عضو في", the title split around the group.
    for (const kind of ['steering-member', 'steering-liaison'] as const) {
      const data = { ...base, roles: [{ kind, group: kind === 'steering-member' ? 'Steering Committee' : 'SIG CLI' }, { kind: 'chair' as const, group: 'SIG Apps' }] };
      laidOut(renderCardSvg(data, AR), (root) => {
        const title = ar.roles[kind];
        const line = textWith(root, title.split(' ')[0]!);
        const text = line.textContent!;
        const [arabic, latin] = [text.indexOf(title.split(' ')[0]!), text.indexOf('Steering')];
        // The first letter after the title: its group's (on this line in both cases).
        const after = latin + 'Steering Committee'.length;
        const group = after + text.slice(after).search(/\p{L}/u);
        expect(group, `${kind}: the group on the title's line`).to.be.above(after);
        expect(charLeftIn(line, arabic), `${kind}: the title's Arabic right of its Latin words`).to.be.above(charLeftIn(line, latin));
        expect(charLeftIn(line, latin), `${kind}: the whole title right of its group`).to.be.above(charLeftIn(line, group));
      });
    }
    // A date after a Latin title: "16‏/09‏/2026" drawn as one date, its day right of its year (not taken into the title's run).
    laidOut(renderCardSvg(await card('newcomer.json'), AR), (root) => {
      // (Arabic-Indic digits in WebKit, whose Intl formats Arabic dates with them.)
      const line = [...root.querySelectorAll('text')].find((t) => /kubernetes\/website.*\p{Nd}/u.test(t.textContent!))!;
      const text = line.textContent!;
      const numbers = [...text.matchAll(/\p{Nd}+/gu)].filter((m) => m.index! > text.indexOf('kubernetes/website'));
      const day = numbers[0]!.index!;
      const year = numbers.at(-1)!.index!;
      expect(charLeftIn(line, day), 'the day right of the year').to.be.above(charLeftIn(line, year));
      expect(charLeftIn(line, day) - charLeftIn(line, year), 'and next to it').to.be.below(80);
      // "(kubernetes/website)" whole, on the line where the title wrapped (it read "(task page (kubernetes/website").
      const open = text.indexOf('(');
      const close = text.indexOf(')');
      const repo = text.indexOf('kubernetes/website');
      expect(charLeftIn(line, open), '"(" before the repository').to.be.below(charLeftIn(line, repo));
      expect(charLeftIn(line, close), '")" after it').to.be.above(charLeftIn(line, repo + 'kubernetes/website'.length - 1));
    });
  });
});

describeChromiumOnly('static SVG: visual baselines (drawn by Chromium as an <img>)', () => {
  before(async () => {
    await emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
  });
  after(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  /** The SVG as an image on the page, decoded. */
  async function image(svg: string): Promise<HTMLElement> {
    const wrap = document.createElement('div');
    wrap.style.cssText = 'display:inline-block;padding:0;margin:0;line-height:0;background:#fff';
    const img = document.createElement('img');
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    img.alt = '';
    wrap.append(img);
    document.body.append(wrap);
    await img.decode();
    expect(img.naturalWidth).to.be.at.most(420);
    return wrap;
  }

  for (const [name, options] of [
    ['svg-full-light-en', EN],
    ['svg-full-dark-zh-CN', { ...ZH, theme: 'dark' }],
    ['svg-compact-light-en', { ...EN, variant: 'compact' }],
    ['svg-inline-dark-en', { ...EN, theme: 'dark', variant: 'inline' }],
    ['svg-full-light-ar', AR],
    ['svg-compact-dark-ar', { ...AR, theme: 'dark', variant: 'compact' }],
    ['svg-inline-light-ar', { ...AR, variant: 'inline' }],
  ] as const) {
    it(name, async () => {
      const el = await image(renderCardSvg(await card('full.json'), options));
      try {
        await visualDiff(el, name);
      } finally {
        el.remove();
      }
    });
  }
});
