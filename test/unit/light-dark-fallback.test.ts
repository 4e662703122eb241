/**
 * The card's colours where CSS `light-dark()` is unknown (`src/render/light-dark-fallback.ts`).
 * No browser under test lacks it, so such a browser is stood in for by the same
 * styles with every `light-dark(` renamed to a function no engine knows: a custom
 * property keeps it as written and it is invalid where used, exactly what a
 * browser without `light-dark()` does (CSS Variables 1, §3.1 "invalid at
 * computed-value time"). The control (no fallback) shows that stand-in loses the colours.
 */
import { expect } from '@open-wc/testing';
import { css, unsafeCSS, type CSSResult } from 'lit';
import { styles } from '../../src/element/styles.js';
import { viewStyles } from '../../src/render/view-styles.js';
import { lightDarkFallback } from '../../src/render/light-dark-fallback.js';
import { PALETTES } from '../../src/static/svg-style.js';

const ALL = styles.cssText + viewStyles.cssText;

/** A shadow host with `sheets` adopted and one element painted with the card's variables. */
function host(sheets: CSSResult[], theme?: string): { box: HTMLElement; remove: () => void } {
  const el = document.createElement('div');
  if (theme) el.setAttribute('theme', theme);
  const root = el.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets.map((s) => s.styleSheet!);
  const box = document.createElement('div');
  box.className = 'probe';
  root.append(box);
  document.body.append(el);
  return { box, remove: () => el.remove() };
}

const probe = css`
  .probe {
    background-color: var(--_bg);
    color: var(--_accent);
    border: 1px solid var(--_tier-gold);
  }
`;
const unknown = unsafeCSS(ALL.replaceAll('light-dark(', 'no-such-light-dark('));
const hex = (rgb: string) => `#${rgb.match(/\d+/g)!.slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;

describe('light-dark() fallback', () => {
  it('resolves every pair of the card’s styles, light on the host and dark where the card is dark', () => {
    const out = lightDarkFallback(ALL);
    expect(out).to.not.include('light-dark');
    const pairs = [...ALL.matchAll(/(--_[\w-]+)\s*:[^;{}]*light-dark\(\s*([^,()]+?)\s*,\s*([^,()]+?)\s*\)/g)];
    expect(pairs.length, 'the colour variables of both style sheets').to.be.at.least(14);
    const [light, dark, media] = out.split('}').filter(Boolean);
    expect(light!.startsWith(':host{')).to.equal(true);
    expect(dark!.startsWith(':host([theme=dark]){')).to.equal(true);
    expect(media!.startsWith('@media (prefers-color-scheme:dark){:host(:not([theme=light])){')).to.equal(true);
    for (const [, name, l, d] of pairs) {
      expect(light, name).to.match(new RegExp(`${name}:[^;]*${l}`));
      expect(dark, name).to.match(new RegExp(`${name}:[^;]*${d}`));
      expect(media, name).to.match(new RegExp(`${name}:[^;]*${d}`));
    }
    // A page's own value still comes first.
    expect(light).to.match(/--_bg:var\(--k8s-card-bg,\s*#fff(fff)?\)/);
    expect(lightDarkFallback('.a{color:red}')).to.equal('');
  });

  it('gives a browser without light-dark() the card’s colours in either theme, and a page’s own colour still wins', async () => {
    const fallback = unsafeCSS(lightDarkFallback(ALL));
    const cases: [string | undefined, CSSResult[], string, string, string][] = [
      ['light', [unknown, fallback, probe], PALETTES.light.bg, PALETTES.light.accent, PALETTES.light.gold],
      ['dark', [unknown, fallback, probe], PALETTES.dark.bg, PALETTES.dark.accent, PALETTES.dark.gold],
    ];
    for (const [theme, sheets, bg, accent, gold] of cases) {
      const { box, remove } = host(sheets, theme);
      const cs = getComputedStyle(box);
      expect(hex(cs.backgroundColor), `${theme}: background`).to.equal(bg);
      expect(hex(cs.color), `${theme}: accent`).to.equal(accent);
      expect(hex(cs.borderTopColor), `${theme}: a badge tier`).to.equal(gold);
      remove();
    }
    // The control: the stand-in for such a browser, without the fallback, has no background.
    const bare = host([unknown, probe], 'light');
    expect(getComputedStyle(bare.box).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    bare.remove();
    const themed = host([unknown, unsafeCSS(`:host{--k8s-card-bg:#123456}`), fallback, probe], 'dark');
    expect(hex(getComputedStyle(themed.box).backgroundColor), '--k8s-card-bg').to.equal('#123456');
    themed.remove();
  });

  it('is adopted only where light-dark() is unknown', async () => {
    expect(CSS.supports('color', 'light-dark(#000,#fff)'), 'the engines under test know it').to.equal(true);
    expect(viewStyles.cssText).to.not.include('prefers-color-scheme:dark){:host(:not([theme=light]))');
    const original = CSS.supports;
    const supports = CSS.supports.bind(CSS) as (property: string, value: string) => boolean;
    CSS.supports = ((property: string, value: string) => (String(value).startsWith('light-dark') ? false : supports(property, value))) as unknown as typeof CSS.supports;
    try {
      // A second instance of the module (another URL), evaluated as in such a browser.
      // The source's own name: the test server resolves '.js' only in imports it can read.
      const url = '../../src/render/view-styles.ts?without-light-dark';
      const again = (await import(url)) as typeof import('../../src/render/view-styles.js');
      expect(again.viewStyles.cssText.startsWith(viewStyles.cssText), 'the card’s own styles first').to.equal(true);
      expect(again.viewStyles.cssText.endsWith(lightDarkFallback(ALL)), 'then the fallback').to.equal(true);
    } finally {
      CSS.supports = original;
    }
  });
});
