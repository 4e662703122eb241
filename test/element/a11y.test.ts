/**
 * axe-core (through chai-a11y-axe) inside the card's shadow root, in every
 * state, both themes and both languages. axe checks colour contrast too, so
 * a theme colour that drops below WCAG AA fails here.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { dataUrl, mount, slowUrl, until } from '../harness.js';

/** A card with `attrs` in a 420px container of `lang`; waits for its terminal state when `wait`. */
async function mountIn(attrs: Record<string, string>, lang: string, wait: boolean) {
  const m = await mount(attrs, { lang });
  if (wait) await m.done;
  return m;
}

/** [state, the card's attributes, whether it reaches a terminal state]. */
const states: [string, Record<string, string>, boolean][] = [
  ['full', { src: dataUrl('full.json') }, true],
  ['partial', { src: dataUrl('partial.json') }, true],
  ['under the listing thresholds', { src: dataUrl('newcomer.json') }, true],
  ['under every threshold', { src: dataUrl('below.json') }, true],
  ['a gap and a cycle under way', { src: dataUrl('cycles.json') }, true],
  ['no contributions', { src: dataUrl('zero.json') }, true],
  ['not found', { src: dataUrl('nobody.json') }, true],
  ['error', { src: dataUrl('wrong-type.json') }, true],
  ['invalid login', { user: 'not a login' }, true],
  ['loading', { src: slowUrl(3000, 'full.json') }, false],
  ['no user', {}, false],
];

describe('accessibility (axe-core)', () => {
  for (const theme of ['light', 'dark']) {
    for (const lang of ['en', 'zh-CN']) {
      for (const [name, attrs, wait] of states) {
        it(`${name}, ${theme}, ${lang}`, async () => {
          const { el } = await mountIn({ ...attrs, theme }, lang, wait);
          // Wait for the chart chunk so the focusable chart is what gets checked.
          await new Promise((r) => setTimeout(r, wait ? 100 : 0));
          await el.updateComplete;
          await expect(el).to.be.accessible();
        });
      }
    }
  }

  it('fails on a real violation (the check is live)', async () => {
    const { el } = await mountIn({ src: dataUrl('full.json'), theme: 'light' }, 'en', true);
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
  async function tabThrough(attrs: Record<string, string>, theme: string) {
    const { el } = await mountIn({ ...attrs, theme }, 'en', true);
    // The focusable chart comes with the card view.
    if (attrs.src?.includes('full')) await until(() => el.shadowRoot!.querySelector('.chart[tabindex]'), 'the chart');
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
      const { el, reached } = await tabThrough({ src: dataUrl('full.json') }, theme);
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
    const { reached } = await tabThrough({ src: dataUrl('wrong-type.json') }, 'light');
    expect(reached.map((r) => r.node.getAttribute('part'))).to.deep.equal(['retry']);
    expect(reached[0]!.visible).to.equal(true);
    expect(reached[0]!.outline).to.equal(`solid 2px ${focusColour.light}`);
  });
});

/**
 * A badge's rule shows on focus and on hover, whole: the card clips what runs
 * past its edge (`contain: content`), and an explanation hanging from the start
 * of a badge late in its row ran past it (at 420 px, "Merger"'s from 312 to 532).
 */
describe('badge explanations', () => {
  const inside = (tip: Element, card: Element, what: string) => {
    const t = tip.getBoundingClientRect();
    const c = card.getBoundingClientRect();
    expect(getComputedStyle(tip).display, `${what}: shown`).to.equal('block');
    expect(t.left, `${what}: left edge`).to.be.at.least(c.left);
    expect(t.right, `${what}: right edge`).to.be.at.most(c.right);
  };

  for (const [width, lang] of [[280, 'en'], [420, 'en'], [280, 'ar'], [420, 'zh-CN']] as const) {
    it(`shows every badge's whole rule inside the card on focus (${width} px, ${lang})`, async () => {
      const { el, done } = await mount({ src: dataUrl('full.json') }, { width, lang });
      await done;
      const card = el.shadowRoot!.querySelector('[part=card]')!;
      const badges = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part=badge]')];
      expect(badges.length, 'badges').to.be.greaterThan(3);
      for (const b of badges) {
        b.focus();
        inside(b.querySelector('.tip')!, card, b.dataset.badge!);
      }
    });
  }

  // WCAG 1.4.13: content shown on hover or focus that covers other content can be dismissed
  // without moving the pointer or focus.
  it('hides a focused badge\'s rule with Escape, focus staying; the next focus shows it again', async () => {
    const { el, done } = await mount({ src: dataUrl('full.json') });
    await done;
    const [first, second] = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part=badge]')];
    const shown = (b: HTMLElement) => getComputedStyle(b.querySelector('.tip')!).display === 'block';
    first!.focus();
    expect(shown(first!), 'shown on focus').to.equal(true);
    await sendKeys({ press: 'Escape' });
    expect(shown(first!), 'hidden by Escape').to.equal(false);
    expect(el.shadowRoot!.activeElement, 'focus stays').to.equal(first);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(second);
    expect(shown(second!), 'the next badge\'s').to.equal(true);
    // Back (a script's focus: WebKit's WebDriver cannot hold Shift).
    first!.focus();
    expect(shown(first!), 'shown again on the next focus').to.equal(true);
  });

  it('hides a hovered badge\'s rule with Escape, focus elsewhere', async () => {
    const { el, done } = await mount({ src: dataUrl('full.json') });
    await done;
    const badge = el.shadowRoot!.querySelector<HTMLElement>('[part=badge]')!;
    const tip = badge.querySelector('.tip')!;
    badge.scrollIntoView({ block: 'center' });
    await sendMouse({ type: 'move', position: [5, 5] });
    const r = badge.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
    await until(() => getComputedStyle(tip).display === 'block', 'the rule on hover');
    expect(el.shadowRoot!.activeElement, 'not focused').to.equal(null);
    await sendKeys({ press: 'Escape' });
    expect(getComputedStyle(tip).display, 'hidden by Escape').to.equal('none');
    await sendMouse({ type: 'move', position: [5, 5] });
  });

  it('shows the whole rule on hover', async () => {
    const { el, done } = await mount({ src: dataUrl('full.json') }, { width: 420 });
    await done;
    const card = el.shadowRoot!.querySelector('[part=card]')!;
    // The badge that ends furthest right: its rule would run furthest past the card's edge.
    const badge = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part=badge]')].sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right)[0]!;
    badge.scrollIntoView({ block: 'center' });
    await sendMouse({ type: 'move', position: [5, 5] });
    const r = badge.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
    const tip = badge.querySelector('.tip')!;
    await until(() => getComputedStyle(tip).display === 'block', 'the rule on hover');
    inside(tip, card, badge.dataset.badge!);
    await sendMouse({ type: 'move', position: [5, 5] });
  });
});
