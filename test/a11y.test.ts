/**
 * axe-core (through chai-a11y-axe) inside the card's shadow root, in every
 * state, both themes and both languages. axe checks colour contrast too, so
 * a theme colour that drops below WCAG AA fails here.
 */
import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { K8sContribCard } from '../src/k8s-contrib-card.js';
import { settled } from './helpers.js';

const data = (name: string) => new URL(`./data/${name}`, import.meta.url).href;
const slow = (ms: number, name: string) => new URL(`/__slow/${ms}${new URL(data(name)).pathname}`, location.href).href;

async function mount(attrs: string, lang: string, wait: boolean) {
  const wrapper = document.createElement('div');
  wrapper.lang = lang;
  wrapper.style.width = '420px';
  wrapper.innerHTML = `<k8s-contrib-card ${attrs}></k8s-contrib-card>`;
  const el = wrapper.firstElementChild as K8sContribCard;
  const done = settled(el);
  await fixture(wrapper);
  if (wait) await done;
  return { el, done };
}

const states: [string, string, boolean][] = [
  ['full', `src="${data('full.json')}"`, true],
  ['partial', `src="${data('partial.json')}"`, true],
  ['under the listing thresholds', `src="${data('newcomer.json')}"`, true],
  ['under every threshold', `src="${data('below.json')}"`, true],
  ['a gap and a cycle under way', `src="${data('cycles.json')}"`, true],
  ['no contributions', `src="${data('zero.json')}"`, true],
  ['not found', `src="${data('nobody.json')}"`, true],
  ['error', `src="${data('wrong-type.json')}"`, true],
  ['invalid login', `user="not a login"`, true],
  ['loading', `src="${slow(3000, 'full.json')}"`, false],
  ['no user', '', false],
];

describe('accessibility (axe-core)', () => {
  for (const theme of ['light', 'dark']) {
    for (const lang of ['en', 'zh-CN']) {
      for (const [name, attrs, wait] of states) {
        it(`${name}, ${theme}, ${lang}`, async () => {
          const { el } = await mount(`${attrs} theme="${theme}"`, lang, wait);
          // Wait for the chart chunk so the focusable chart is what gets checked.
          await new Promise((r) => setTimeout(r, wait ? 100 : 0));
          await el.updateComplete;
          await expect(el).to.be.accessible();
        });
      }
    }
  }

  it('fails on a real violation (the check is live)', async () => {
    const { el } = await mount(`src="${data('full.json')}" theme="light"`, 'en', true);
    // Break contrast on purpose: near-white text on white.
    el.style.setProperty('--k8s-card-fg', '#fafafa');
    el.style.setProperty('--k8s-card-muted', '#fafafa');
    let failed = false;
    try {
      await expect(el).to.be.accessible();
    } catch {
      failed = true;
    }
    expect(failed).to.equal(true);
  });
});

/**
 * Tab from a button before the card to a button after it: every link, every
 * badge and the chart are reached, in document order, each with a visible
 * focus ring (`:focus-visible` and a 2px solid outline in the focus colour).
 */
describe('keyboard', () => {
  async function tabThrough(attrs: string, theme: string) {
    const { el } = await mount(`${attrs} theme="${theme}"`, 'en', true);
    // The focusable chart comes with the chart chunk.
    for (let i = 0; i < 100 && attrs.includes('full') && !el.shadowRoot!.querySelector('.chart[tabindex]'); i++) {
      await new Promise((r) => setTimeout(r, 20));
    }
    const before = document.createElement('button');
    before.textContent = 'before';
    const after = document.createElement('button');
    after.textContent = 'after';
    el.before(before);
    el.after(after);
    before.focus();
    const reached: { node: Element; visible: boolean; outline: string }[] = [];
    for (let i = 0; i < 60; i++) {
      await sendKeys({ press: 'Tab' });
      if (document.activeElement !== el) break;
      const node = el.shadowRoot!.activeElement!;
      const cs = getComputedStyle(node);
      reached.push({ node, visible: node.matches(':focus-visible'), outline: `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}` });
    }
    expect(document.activeElement, 'Tab leaves the card for the next control').to.equal(after);
    return { el, reached };
  }

  const focusColour = { light: 'rgb(9, 105, 218)', dark: 'rgb(68, 147, 248)' } as const;

  for (const theme of ['light', 'dark'] as const) {
    it(`reaches every link, badge and the chart by Tab, each visibly focused (${theme})`, async () => {
      const { el, reached } = await tabThrough(`src="${data('full.json')}"`, theme);
      const expected = [...el.shadowRoot!.querySelectorAll('a[href], [part=badge], [part=sparkline]')];
      expect(expected.filter((n) => n.matches('[part=badge]')).length, 'badges present').to.be.greaterThan(0);
      expect(expected.filter((n) => n.matches('[part=sparkline]')).length, 'chart present').to.equal(1);
      expect(expected.filter((n) => n.matches('a')).length, 'links present').to.be.greaterThan(3);
      const describe = (n: Element) => `${n.localName}.${n.getAttribute('part') ?? n.getAttribute('href')}`;
      expect(reached.map((r) => describe(r.node))).to.deep.equal(expected.map(describe));
      for (const r of reached) {
        expect(r.visible, `${describe(r.node)} matches :focus-visible`).to.equal(true);
        expect(r.outline, `${describe(r.node)} outline`).to.equal(`solid 2px ${focusColour[theme]}`);
      }
    });
  }

  it('reaches the retry button of the error state, visibly focused', async () => {
    const { reached } = await tabThrough(`src="${data('wrong-type.json')}"`, 'light');
    expect(reached.map((r) => r.node.getAttribute('part'))).to.deep.equal(['retry']);
    expect(reached[0]!.visible).to.equal(true);
    expect(reached[0]!.outline).to.equal(`solid 2px ${focusColour.light}`);
  });
});
