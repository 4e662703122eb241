/**
 * axe-core (through chai-a11y-axe) inside the card's shadow root, in every
 * state, both themes and both languages. axe checks colour contrast too, so
 * a theme colour that drops below WCAG AA fails here.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { K8sContribCard } from '../../src/element/k8s-contrib-card.js';
import { emulateMediaWhereSupported } from '../media.js';
import { itChromiumOnly } from '../engines.js';
import { $, dataUrl, mount, settled, slowUrl, until } from '../harness.js';

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

describe('accessibility: what a review in three engines found', () => {
  afterEach(() => fixtureCleanup());
  const role = (n: Element | null) => (n ? (n.getAttribute('part') ?? n.localName) : 'nothing');

  /** An inline chip with `attrs` in an English sentence styled `style`, on the first screen. */
  async function chipInSentence(attrs: Record<string, string>, style = ''): Promise<K8sContribCard> {
    const card = document.createElement('k8s-contrib-card') as K8sContribCard;
    for (const [name, value] of Object.entries({ variant: 'inline', loading: 'eager', ...attrs })) card.setAttribute(name, value);
    const p = await fixture<HTMLParagraphElement>(html`<p lang="en" style=${style}>As ${card} said.</p>`);
    return p.querySelector('k8s-contrib-card') as K8sContribCard;
  }

  // The retry button went away with the error as the card loaded again: focus fell to the page's body.
  it('after "Try again", focus waits on the card, not on the page (WCAG 2.4.3)', async () => {
    const { el, done } = await mount({ src: `${dataUrl('wrong-type.json')}?retry` });
    await done;
    const button = await until(() => $(el, '[part=retry]') as HTMLButtonElement, 'the retry button');
    button.focus();
    const again = settled(el);
    await sendKeys({ press: 'Enter' });
    await again;
    expect(role(document.activeElement), 'focus in the card').to.equal('k8s-contrib-card');
    expect(role(el.shadowRoot!.activeElement), 'on the card itself').to.equal('card');
    await sendKeys({ press: 'Tab' });
    expect(role(el.shadowRoot!.activeElement), 'the next Tab reaches the new button').to.equal('retry');
  });

  // Each card added five landmarks (four named sections and a "Sources" navigation): a team page
  // of ten cards listed fifty, and axe flagged them as not unique (landmark-unique).
  it('a page of cards gets no landmarks from them; their headings and figures keep their names', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="en">
      ${['full.json', 'full.json', 'newcomer.json'].map((f) => html`<k8s-contrib-card src=${dataUrl(f)} loading="eager"></k8s-contrib-card>`)}
    </div>`);
    const cards = [...page.querySelectorAll('k8s-contrib-card')] as K8sContribCard[];
    for (const el of cards) await until(() => $(el, '[part=badges]') && $(el, '[part=sources]'), 'a loaded card');
    await expect(page).to.be.accessible();
    for (const el of cards) {
      const landmarks = [...el.shadowRoot!.querySelectorAll('nav, aside, main, form, [role=region], [role=navigation], section[aria-label]:not([role]), section[aria-labelledby]:not([role])')];
      expect(landmarks.map((l) => l.outerHTML.slice(0, 60)), 'landmarks in a card').to.deep.equal([]);
    }
    const [el] = cards;
    expect($(el!, '[part=totals]')!.getAttribute('role'), 'the figures, a named group').to.equal('group');
    expect($(el!, '[part=totals]')!.getAttribute('aria-label')).to.equal('Contributions');
    expect($(el!, '[part=sources]')!.getAttribute('aria-label'), 'the sources, a named list').to.equal('Sources');
    expect([...el!.shadowRoot!.querySelectorAll('h3')].map((h) => h.textContent), 'each region headed').to.deep.equal(['Merged PRs · per release', 'Roles', 'Badges']);
  });

  // Shown on focus inside the badge, the tooltip joined its name: the explanation twice, the tier three times.
  it('a focused badge says its name and tier, then its explanation, once each', async () => {
    const { el, done } = await mount({ src: dataUrl('full.json') });
    await done;
    const badge = await until(() => $(el, '[part=badge][data-badge=steering]') as HTMLElement, 'the Steering badge');
    badge.focus();
    await until(() => getComputedStyle(badge.querySelector('.tip')!).display !== 'none', 'its explanation shown');
    /** The text a screen reader takes the badge's content from: what is not hidden from it. */
    const spoken = (n: Node): string =>
      n.nodeType === Node.TEXT_NODE ? n.textContent! : (n as Element).getAttribute?.('aria-hidden') === 'true' ? '' : [...n.childNodes].map(spoken).join('');
    expect(spoken(badge).replace(/\s+/g, ' ').trim(), 'its content').to.equal('Steering (Platinum)');
    const described = badge.getAttribute('aria-describedby')!.split(' ').map((id) => el.shadowRoot!.getElementById(id)!.textContent).join(' ');
    expect(described, 'its description').to.equal('Platinum: Serves or served on the Kubernetes Steering Committee');
  });

  // The summary was the chart's name and its table's caption: said twice in a row.
  it('a screen reader hears the chart\'s summary once, as the chart\'s name', async () => {
    const { el, done } = await mount({ src: dataUrl('full.json') });
    await done;
    const chart = await until(() => $(el, '[part=sparkline]'), 'the chart');
    const summary = chart!.getAttribute('aria-label')!;
    expect(summary, 'the chart is named by its summary').to.match(/^Merged PRs per release: 805 in total/);
    expect(el.shadowRoot!.textContent!.includes(summary), 'not said again as text').to.equal(false);
    expect(el.shadowRoot!.querySelectorAll('.sr-only table tbody tr').length, 'every value still in the table').to.equal(12);
    const table = el.shadowRoot!.querySelector('.sr-only table')!;
    const name = el.shadowRoot!.getElementById(table.getAttribute('aria-labelledby') ?? '')?.textContent;
    expect(name, 'the table named by the chart\'s heading').to.equal('Merged PRs · per release');
  });

  // Every failed card was a `role="alert"`: a page of cards over GitHub's hourly limit
  // interrupted a screen reader once a card as the page loaded, though nobody had asked.
  it('a failure on the page\'s load is not announced; after "Try again" it is', async () => {
    const cards = await Promise.all(['nobody.json', 'wrong-type.json'].map((f) => mount({ src: `${dataUrl(f)}?announce` })));
    await Promise.all(cards.map((c) => c.done));
    for (const { el } of cards) {
      const state = $(el, '[part~=state]');
      expect(state, 'a failure state').to.exist;
      expect(state!.getAttribute('role'), `${state!.getAttribute('part')}: no alert on the page's load`).to.equal(null);
      expect(el.shadowRoot!.querySelector('[role=alert], [aria-live]'), 'no live region either').to.equal(null);
    }
    const compact = await mount({ src: `${dataUrl('wrong-type.json')}?announce-compact`, variant: 'compact' });
    await compact.done;
    await until(() => $(compact.el, '[part=retry]'), 'the compact card\'s failure');
    expect($(compact.el, '[part~=state]')!.getAttribute('role'), 'compact: no alert on the page\'s load').to.equal(null);
    for (const el of [cards[1]!.el, compact.el]) {
      ($(el, '[part=retry]') as HTMLButtonElement).focus();
      const again = settled(el);
      await sendKeys({ press: 'Enter' });
      await again;
      await el.updateComplete;
      await until(() => $(el, '[part~=state][part~=error]'), 'the failure again');
      expect($(el, '[part~=state][part~=error]')!.getAttribute('role'), `${el.variant}: the failure the reader asked about`).to.equal('alert');
    }
  });

  // In the chip's popover the failure is what the reader opened it to read, and the chip says it
  // failed: announcing it as an alert on every opening said it again, louder.
  it('an inline chip\'s failure is never an alert in its popover, before or after "Try again"', async () => {
    const el = await chipInSentence({ src: `${dataUrl('wrong-type.json')}?announce-chip` });
    const chipButton = await until(() => $(el, '[part~=chip].failed') as HTMLButtonElement, 'the failed chip');
    chipButton.focus();
    const retry = await until(() => $(el, '[part=popover] [part=retry]') as HTMLButtonElement, 'its failure in the popover');
    expect($(el, '[part=popover] [part~=state]')!.getAttribute('role'), 'opened: no alert').to.equal(null);
    retry.focus();
    const again = settled(el);
    await sendKeys({ press: 'Enter' });
    await again;
    (await until(() => $(el, '[part~=chip].failed') as HTMLButtonElement, 'the failed chip again')).focus();
    await until(() => $(el, '[part=popover] [part~=state]'), 'its failure in the popover again');
    expect($(el, '[part=popover] [part~=state]')!.getAttribute('role'), 'after "Try again": no alert').to.equal(null);
  });

  // A dark chip's failure sentence stood in the theme's light text on a light page: 1.18:1.
  it('an inline chip that failed keeps its theme\'s contrast on any page (WCAG 1.4.3)', async () => {
    const el = await chipInSentence({ theme: 'dark', src: dataUrl('nobody.json') }, 'background:#fff;color:#000');
    const failed = await until(() => $(el, '[part~=chip].failed') as HTMLButtonElement, 'the failed chip');
    await expect(el).to.be.accessible();
    failed.focus();
    await until(() => $(el, '[part=popover] .state h2'), 'its failure in the popover');
    await expect(el).to.be.accessible();
  });

  // The ring rule's 4 px corners outranked the badge's pill: focused, a badge turned into a rectangle.
  it('a focused badge keeps its pill shape, and its ring follows it', async () => {
    const { el, done } = await mount({ src: dataUrl('full.json'), loading: 'eager' });
    await done;
    const badge = await until(() => $(el, '[part=badge]') as HTMLElement, 'a badge');
    const pill = getComputedStyle(badge).borderTopLeftRadius;
    badge.focus();
    await sendKeys({ press: 'Shift' });
    expect(badge.matches(':focus-visible'), 'focus visible').to.equal(true);
    expect(getComputedStyle(badge).borderTopLeftRadius).to.equal(pill);
  });

  // The ring (2 px outline, 2 px offset) was cut by the boxes that clip a long name or login.
  for (const variant of ['full', 'compact']) {
    it(`${variant}: the profile link's focus ring is not cut off (WCAG 2.4.7)`, async () => {
      const { el, done } = await mount({ src: dataUrl('full.json'), variant, loading: 'eager' });
      await done;
      const link = await until(() => $(el, '[part=profile-link]') as HTMLElement, 'the link');
      link.focus();
      const style = getComputedStyle(link);
      const ring = Number.parseFloat(style.outlineWidth) + Number.parseFloat(style.outlineOffset);
      expect(Number.parseFloat(style.outlineWidth), 'a ring').to.be.above(0);
      const r = link.getBoundingClientRect();
      const clip = link.closest('.login, .name')!.getBoundingClientRect();
      for (const [side, cut] of Object.entries({ left: clip.left - (r.left - ring), top: clip.top - (r.top - ring), right: r.right + ring - clip.right, bottom: r.bottom + ring - clip.bottom })) {
        expect(cut, `${side}: px of the ring outside the clipping box`).to.be.at.most(0.5);
      }
    });
  }

  // `pointer-events: none`: moving onto the explanation hid it.
  it('a badge\'s explanation stays while the pointer moves onto it (WCAG 1.4.13)', async () => {
    const { el, done } = await mount({ src: dataUrl('full.json'), loading: 'eager' });
    await done;
    const badge = $(el, '[part=badge]')!;
    badge.scrollIntoView({ block: 'center' });
    const b = badge.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(b.left + 10), Math.round(b.top + b.height / 2)] });
    const tip = badge.querySelector('.tip') as HTMLElement;
    await until(() => getComputedStyle(tip).display === 'block', 'shown on hover');
    // Up across the gap, then onto the explanation.
    const t = tip.getBoundingClientRect();
    for (const y of [b.top - 3, t.top + t.height / 2]) {
      await sendMouse({ type: 'move', position: [Math.round(Math.max(t.left, b.left) + 10), Math.round(y)] });
      expect(getComputedStyle(tip).display, `still shown at y ${Math.round(y)}`).to.equal('block');
    }
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  // Escape in the menu closed the popover around it too (Chromium: focus to the page's body).
  it('Escape in the share menu inside an inline popover closes the menu only, focus back on Share (WCAG 2.4.3)', async () => {
    const el = await chipInSentence({ share: '', src: dataUrl('full.json') }, 'inline-size:600px');
    const chip = await until(() => $(el, '[part~=chip]') as HTMLButtonElement, 'the chip');
    chip.focus();
    const share = await until(() => $(el, '[part=share-button]') as HTMLButtonElement, 'Share in the popover');
    share.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, '[role=menu]'), 'the menu');
    await sendKeys({ press: 'Escape' });
    await until(() => !$(el, '[role=menu]'), 'the menu closed');
    await el.updateComplete;
    expect(!!$(el, '[part=popover]'), 'the popover still open').to.equal(true);
    expect(role(el.shadowRoot!.activeElement)).to.equal('share-button');
  });

  // The popover's header and footer were the page's banner and contentinfo landmarks, once per chip.
  it('the inline popover is an article: its header and footer are not the page\'s landmarks (WCAG 1.3.1)', async () => {
    const el = await chipInSentence({ src: dataUrl('full.json') });
    (await until(() => $(el, '[part~=chip]') as HTMLButtonElement, 'the chip')).focus();
    await until(() => $(el, '[part=popover] footer'), 'the popover');
    for (const landmark of ['header', 'footer']) expect(!!$(el, `[part=popover] ${landmark}`)!.closest('article, aside, main, nav, section'), landmark).to.equal(true);
  });

  // In forced colours (Windows' contrast themes) every background is the theme's Canvas: the
  // bones, drawn by their background alone, vanished and the skeleton was an empty box.
  itChromiumOnly('in forced colours every bone of the skeleton stays drawn, in each variant', async () => {
    await executeServerCommand('forced-colors', { active: true });
    try {
      expect(matchMedia('(forced-colors: active)').matches, 'emulated').to.equal(true);
      for (const variant of ['full', 'compact', 'inline']) {
        const { el } = await mount({ src: `${slowUrl(3000, 'full.json')}?forced-${variant}-${Date.now()}`, variant, loading: 'eager' });
        const bones = await until(() => (el.shadowRoot!.querySelector('.bone') ? [...el.shadowRoot!.querySelectorAll('.bone')] : undefined), 'the skeleton');
        for (const bone of bones) {
          const cs = getComputedStyle(bone);
          expect(`${variant} ${bone.className}: ${cs.borderTopStyle} ${cs.borderTopWidth}`).to.equal(`${variant} ${bone.className}: solid 1px`);
          expect(cs.borderTopColor, `${variant} ${bone.className}`).to.not.equal(cs.backgroundColor);
        }
        fixtureCleanup();
      }
    } finally {
      await executeServerCommand('forced-colors', { active: false });
    }
  });

  // The chip's skeleton kept pulsing: `.bone:not(.skeleton *)` outranked the reduced-motion rule.
  it('no skeleton pulses under prefers-reduced-motion, the inline chip\'s included (WCAG 2.3.3)', async () => {
    // Where the driver cannot emulate the preference (WebKit), the card follows the system's own.
    const emulated = await emulateMediaWhereSupported({ reducedMotion: 'reduce' });
    const reduce = emulated || matchMedia('(prefers-reduced-motion: reduce)').matches;
    try {
      for (const variant of ['full', 'compact', 'inline']) {
        // A URL of its own: an answer another test file left in the browser's cache would skip the skeleton.
        const { el } = await mount({ src: `${slowUrl(3000, 'full.json')}?motion-${variant}-${Date.now()}`, variant, loading: 'eager' });
        const pulsing = await until(() => el.shadowRoot!.querySelector('.skeleton, .bone') && [...el.shadowRoot!.querySelectorAll('.skeleton, .bone')].filter((b) => getComputedStyle(b).animationName !== 'none'), 'the skeleton');
        if (reduce) expect(pulsing.map((b) => b.className), variant).to.deep.equal([]);
        else expect(pulsing.length, `${variant}: the skeleton pulses when motion is not reduced`).to.be.above(0);
        fixtureCleanup();
      }
    } finally {
      if (emulated) await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});
