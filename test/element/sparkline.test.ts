/**
 * The sparkline as people see it: every point with a value is drawn, and
 * moving through the points changes the words under the chart but never
 * moves the rest of the card.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { K8sContribCard } from '../../src/element/k8s-contrib-card.js';
import { loadMessages } from '../../src/i18n/catalog.js';
import type { SUPPORTED_LOCALES } from '../../src/i18n/locale.js';
import { $, dataUrl, failOnPageErrors, jsonUrl, mount, until } from '../harness.js';
import { itChromiumOnly } from '../engines.js';

failOnPageErrors();

/** A card in a container `width` px wide, its chart (a chunk of its own) drawn. */
async function chartCard(src: string, { lang = 'en', width = 280, theme = 'light' } = {}): Promise<K8sContribCard> {
  const { el, done } = await mount({ src, theme, loading: 'eager' }, { lang, width });
  await done;
  await loadMessages(lang as (typeof SUPPORTED_LOCALES)[number]);
  await until(() => $(el, '.chart path.line'));
  await el.updateComplete;
  return el;
}

const line = (el: K8sContribCard) => el.shadowRoot!.querySelector<SVGPathElement>('.chart path.line')!;
/** The dots on lone points (`dot`) or the active point's marker, circles over the chart. */
const circles = (el: K8sContribCard, which: 'dot' | 'marker') =>
  [...el.shadowRoot!.querySelectorAll<SVGCircleElement>(`.pins circle${which === 'dot' ? ':not([part])' : '[part=sparkline-marker]'}`)];

/** Whether the line's stroke covers (x, y) of the chart's 300 × 56 coordinate space. */
const inked = (el: K8sContribCard, x: number, y: number) => line(el).isPointInStroke(new DOMPoint(x, y));

const key = async (el: K8sContribCard, k: string) => {
  $(el, '.chart')!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
  await el.updateComplete;
};

/**
 * Fails unless `dot` is laid out round, `size` px across, and centred on (x, y)
 * of the chart's coordinate space (`chart`: the stretched SVG it marks). The
 * chart stretches to the card's width: a mark drawn in its space comes out an
 * oval (in WebKit even a round cap of a non-scaling stroke did).
 */
function expectRoundAt(dot: Element | undefined, chart: SVGSVGElement, [x, y]: [number, number], size: number, what: string) {
  expect(dot, `${what}: drawn`).to.exist;
  const b = dot!.getBoundingClientRect();
  const c = chart.getBoundingClientRect();
  const [vw, vh] = [chart.viewBox.baseVal.width, chart.viewBox.baseVal.height];
  // Within a quarter pixel (Firefox lays a box out in sixtieths of a pixel): a stretched
  // 6 px dot is a pixel or more out of round at 280 px and at 420 px.
  const round = Math.abs(b.width - size) < 0.25 && Math.abs(b.height - size) < 0.25;
  expect(round, `${what}: round, ${size} px across (${b.width} × ${b.height})`).to.equal(true);
  const off = Math.hypot(b.left + b.width / 2 - (c.left + (x / vw) * c.width), b.top + b.height / 2 - (c.top + (y / vh) * c.height));
  expect(off, `${what}: centred on the point`).to.be.below(0.6);
}

const chartSvg = (el: K8sContribCard, sel = '.chart svg:not(.pins)') => el.shadowRoot!.querySelector<SVGSVGElement>(sel)!;

describe('sparkline: a point between gaps', () => {
  it('draws the peak of cycles.json (v1.35, a gap after it) in the line\'s colour, in both themes', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await chartCard(dataUrl('cycles.json'), { theme });
      // v1.35 = 12 is the maximum: the first point, at the top (x = y = the 3-unit padding).
      expect(inked(el, 3, 3), `${theme}: v1.35 is drawn by the line`).to.equal(true);
      const dots = circles(el, 'dot');
      expect(dots.length, `${theme}: a dot there only`).to.equal(1);
      expectRoundAt(dots[0], chartSvg(el), [3, 3], 6, `${theme}: its dot`);
      const style = getComputedStyle(line(el));
      const card = getComputedStyle($(el, '[part=card]')!);
      expect(style.stroke, `${theme}: stroked`).not.to.equal('none');
      expect(style.stroke, `${theme}: not in the card's background colour`).not.to.equal(card.backgroundColor);
      expect(getComputedStyle(dots[0]!).fill, `${theme}: the dot in the line's colour`).to.equal(style.stroke);
      expect(style.strokeWidth, `${theme}: a 2 px line`).to.equal('2px');
    }
  });

  it('draws a series of one point', async () => {
    const src = jsonUrl({
      schemaVersion: 1,
      identity: { login: 'one-month' },
      totals: { prsMerged: 4 },
      activity: { unit: 'month', points: [{ period: '2026-10', start: '2026-10-01', count: 4 }] },
      asOf: '2026-11-28T08:00:00Z',
    });
    const el = await chartCard(src);
    expect(line(el).getAttribute('d'), 'a line, not a bare move').to.match(/^M[\d.]+,[\d.]+L/);
    expect(inked(el, 150, 3), 'the point, mid-chart at the top').to.equal(true);
    expectRoundAt(circles(el, 'dot')[0], chartSvg(el), [150, 3], 6, 'with a dot');
  });

  it('marks the active point with a round marker at 280 and 420 px, and draws the compact card\'s dot round', async () => {
    for (const width of [280, 420]) {
      const el = await chartCard(dataUrl('cycles.json'), { width });
      await key(el, 'Home');
      expectRoundAt(circles(el, 'marker')[0], chartSvg(el), [3, 3], 9, `${width} px: the marker on v1.35`);
      await key(el, 'ArrowRight');
      expect(circles(el, 'marker').length, `${width} px: no marker on v1.36, which has no value`).to.equal(0);
      await key(el, 'End');
      const [x, y] = ['cx', 'cy'].map((a) => circles(el, 'marker')[0]!.getAttribute(a));
      expect(`${x} ${y}`, `${width} px: on v1.38, at the far end`).to.match(/^99(\.\d)?% \d+(\.\d)?%$/);
    }
    const { el, done } = await mount({ src: dataUrl('cycles.json'), variant: 'compact', loading: 'eager' }, { width: 420 });
    await done;
    await until(() => el.shadowRoot!.querySelector('.c-chart .pins circle'), 'the compact card\'s dot');
    expectRoundAt(el.shadowRoot!.querySelector('.c-chart .pins circle')!, chartSvg(el, '.c-chart svg:not(.pins)'), [3, 3], 5, 'compact: its dot');
  });

  itChromiumOnly('draws it in forced colours, in the text colour', async () => {
    await executeServerCommand('forced-colors', { active: true });
    try {
      const el = await chartCard(dataUrl('cycles.json'));
      expect(matchMedia('(forced-colors: active)').matches, 'emulated').to.equal(true);
      expect(inked(el, 3, 3), 'v1.35 is drawn').to.equal(true);
      const canvasText = getComputedStyle($(el, '[part=card]')!).color;
      expect(getComputedStyle(line(el)).stroke, 'the line in CanvasText').to.equal(canvasText);
      expect(getComputedStyle(circles(el, 'dot')[0]!).fill, 'the dot too').to.equal(canvasText);
    } finally {
      await executeServerCommand('forced-colors', { active: false });
    }
  });
});

describe('sparkline: the readout under the chart', () => {
  for (const lang of ['en', 'zh-CN', 'de', 'ar']) {
    it(`${lang}: keeps one height at 280 px as the keyboard moves through the points, so nothing below moves`, async () => {
      const el = await chartCard(dataUrl('cycles.json'), { lang });
      const readout = $(el, '.readout')!;
      const footer = $(el, '[part=footer]')!;
      // The readout's height and where the footer starts: both must hold still.
      const at = () => `${readout.getBoundingClientRect().height.toFixed(1)} / ${footer.getBoundingClientRect().top.toFixed(1)}`;
      const seen: Record<string, string> = { none: at() };
      $(el, '.chart')!.focus();
      await key(el, 'Home');
      for (let i = 0; i < 4; i++) {
        const words = $(el, '#readout')!.textContent!;
        expect(words, `${lang}: point ${i} is read out`).not.to.equal('');
        seen[words] = at();
        await key(el, 'ArrowRight');
      }
      await key(el, 'Escape');
      seen.after = at();
      // One height for "v1.36: not available" (one line) and "v1.38 (so far): 7 merged PRs" (three).
      expect(new Set(Object.values(seen)).size, `${lang}: ${JSON.stringify(seen)}`).to.equal(1);
    });
  }

  // Squeezed between the end labels, the readout was a column a few words wide: a monthly series
  // ending "so far" reserved up to seven lines (122 px, Ukrainian) of blank under the chart.
  for (const lang of ['en', 'de', 'uk', 'ar']) {
    it(`${lang}: reserves at most three lines for the end labels and the readout at 280 and 320 px`, async () => {
      const months = ['2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11'];
      const full = await (await fetch(dataUrl('full.json'))).json();
      const points = months.map((period, i) => ({ period, start: `${period}-01`, count: 1200 + i * 97, ...(i === 11 ? { ongoing: true } : {}) }));
      const src = jsonUrl({ ...full, activity: { unit: 'month', points } });
      for (const width of [280, 320]) {
        const el = await chartCard(src, { lang, width });
        const readout = $(el, '.readout')!;
        const style = getComputedStyle(readout);
        const line = parseFloat(style.lineHeight);
        // The labels' row, the gap between the rows, then two lines of readout.
        expect(readout.getBoundingClientRect().height, `${lang} ${width}px`).to.be.at.most(3 * line + parseFloat(style.rowGap) + 1);
        el.parentElement!.remove();
      }
    });
  }

  it('reserves the room with readouts nobody sees or hears: only the live one shows', async () => {
    const el = await chartCard(dataUrl('cycles.json'));
    const hidden = [...el.shadowRoot!.querySelectorAll('.readout :not(output, span)')].filter((e) => !e.contains($(el, '#readout')));
    expect(hidden.length, 'one per point').to.equal(4);
    expect(hidden.every((e) => getComputedStyle(e).visibility === 'hidden'), 'all hidden').to.equal(true);
    $(el, '.chart')!.focus();
    await key(el, 'End');
    expect(getComputedStyle($(el, '#readout')!).visibility).to.equal('visible');
    expect($(el, '#readout')!.getBoundingClientRect().height, 'the live readout is laid out').to.be.above(0);
  });
});
