/**
 * axe-core (through chai-a11y-axe) inside the card's shadow root, in every
 * state, both themes and both languages. axe checks colour contrast too, so
 * a theme colour that drops below WCAG AA fails here.
 */
import { expect, fixture } from '@open-wc/testing';
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
