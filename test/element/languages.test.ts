/**
 * Every language the card speaks: the loaded card and its failure states pass
 * axe, show no junk, keep every word inside the card at 280 px (the longest
 * words of each language), and Arabic runs right to left — unless the page
 * says otherwise with `dir`.
 */
import { expect } from '@open-wc/testing';
import { SUPPORTED_LOCALES } from '../../src/i18n/locale.js';
import { loadMessages, messagesFor } from '../../src/i18n/catalog.js';
import { loadMore } from '../../src/i18n/more-catalog.js';
import { $, assertInside, assertNoJunk, dataUrl, failOnPageErrors, mount, until } from '../harness.js';

/** The card in `lang`, once its sentences are that language's (they load a moment after the skeleton). */
async function cardIn(lang: string, attrs: Record<string, string>, width = 280) {
  const m = await mount(attrs, { lang, width });
  await m.done;
  await loadMessages(lang as (typeof SUPPORTED_LOCALES)[number]);
  await m.el.updateComplete;
  await new Promise((r) => setTimeout(r, 50));
  return m.el;
}

/** The text nodes under `node` that hold more than white space. */
function textNodes(node: Node): Text[] {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.trim()) out.push(n as Text);
  return out;
}

/** Where the character at `i` of `text` is drawn: its box's left edge. */
function charLeft(text: Text, i: number): number {
  const range = document.createRange();
  range.setStart(text, i);
  range.setEnd(text, i + 1);
  return range.getBoundingClientRect().left;
}

describe('every language', () => {
  failOnPageErrors();

  for (const lang of SUPPORTED_LOCALES) {
    it(`${lang}: the full card and the partial one pass axe, show no junk and fit 280 px`, async () => {
      for (const file of ['full.json', 'partial.json', 'newcomer.json']) {
        const el = await cardIn(lang, { src: dataUrl(file) });
        const msg = messagesFor(lang)!;
        expect($(el, '[part=card]')!.getAttribute('lang')).to.equal(lang);
        expect($(el, '[part=card]')!.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        if (file === 'full.json') expect($(el, '[part=roles] h3')!.textContent).to.equal(msg.rolesHeading);
        assertNoJunk(el);
        assertInside(el);
        await expect(el).to.be.accessible();
      }
    });

    it(`${lang}: not found, error and no user are in the language and pass axe`, async () => {
      await loadMessages(lang);
      const msg = { ...messagesFor(lang)!, ...(await loadMore(lang)) };
      const notFound = await cardIn(lang, { src: dataUrl('nobody.json') });
      expect($(notFound, '[part~=state]')!.textContent).to.include(msg.notFoundTitle);
      const error = await cardIn(lang, { src: dataUrl('wrong-type.json') });
      expect($(error, '[part~=error]')!.textContent).to.include(msg.errorTitle);
      const { el: none } = await mount({}, { lang, width: 280 });
      await until(() => $(none, '[part~=state]')?.textContent?.includes(msg.noUser), 'the no-user sentence in the language');
      for (const el of [notFound, error, none]) {
        assertNoJunk(el);
        assertInside(el);
        await expect(el).to.be.accessible();
      }
    });
  }

  // Another component's shadow root: the document's observer does not reach into it.
  it('follows lang and dir changed inside another component\'s shadow root', async () => {
    const outer = document.createElement('div');
    document.body.append(outer);
    try {
      const root = outer.attachShadow({ mode: 'open' });
      const inner = document.createElement('div');
      const innerRoot = inner.attachShadow({ mode: 'open' });
      const wrap = document.createElement('div');
      wrap.lang = 'en';
      const el = document.createElement('k8s-contrib-card');
      el.setAttribute('src', dataUrl('full.json'));
      wrap.append(el);
      innerRoot.append(wrap);
      root.append(inner);
      await until(() => $(el, '[part=name]'), 'loaded');
      wrap.lang = 'zh-CN';
      await until(() => $(el, '[part=card]')!.getAttribute('lang') === 'zh-CN', 'Chinese, from a lang two shadow roots down');
      wrap.dir = 'rtl';
      await until(() => $(el, '[part=card]')!.getAttribute('dir') === 'rtl', 'the dir too');
      // And a change in the outer shadow root, between the two.
      wrap.removeAttribute('lang');
      wrap.removeAttribute('dir');
      inner.lang = 'de';
      await until(() => $(el, '[part=card]')!.getAttribute('lang') === 'de', 'German, from the outer shadow root');
    } finally {
      outer.remove();
    }
  });

  it('ar: a login keeps its "@" before it, and a Latin PR title does not split the date after it (bidi order, as drawn)', async () => {
    const el = await cardIn('ar', { src: dataUrl('newcomer.json') }, 600);
    for (const [variant, selector] of [['full', 'p.login'], ['inline', '.chip .login']]) {
      el.setAttribute('variant', variant!);
      await until(() => $(el, selector!), `${variant}: the login`);
      const login = $(el, selector!)!;
      // "@" and "kube-newbie-2026" are two text nodes (Lit's binding between them).
      const texts = textNodes(login);
      const at = texts.find((t) => t.data === '@')!;
      const name = texts[texts.indexOf(at) + 1]!;
      expect(charLeft(at, 0), `${variant}: "@" drawn left of the login`).to.be.below(charLeft(name, 0));
    }
    el.setAttribute('variant', 'full');
    await until(() => $(el, 'time'), 'the full card');
    // The date is "16‏/09‏/2026" (with right-to-left marks; Arabic-Indic digits in WebKit): right to left,
    // the day is drawn at the right of the year.
    const time = $(el, '[part=first-contribution] time')!;
    const date = textNodes(time)[0]!;
    const numbers = [...date.data.matchAll(/\p{Nd}+/gu)];
    const day = numbers[0]!.index!;
    const year = numbers.at(-1)!.index!;
    expect(day, 'the day comes first in the date').to.be.at.least(0).and.below(year);
    // Unisolated, the day joined the title's left-to-right run: drawn right of the title, the year far to its left.
    expect(charLeft(date, day), 'the day is drawn right of the year').to.be.above(charLeft(date, year));
    expect(charLeft(date, day) - charLeft(date, year), 'and next to it').to.be.below(80);
  });

  it('follows an explicit dir on the page over the language\'s own', async () => {
    const wrapper = document.createElement('div');
    wrapper.setAttribute('dir', 'ltr');
    document.body.append(wrapper);
    try {
      const { el, done } = await mount({ src: dataUrl('full.json') }, { lang: 'ar' });
      await done;
      // The container (lang="ar") sets the language; a closer dir on the card itself wins.
      el.setAttribute('dir', 'ltr');
      await until(() => $(el, '[part=card]')!.getAttribute('dir') === 'ltr', 'dir from the card');
      el.removeAttribute('dir');
      await until(() => $(el, '[part=card]')!.getAttribute('dir') === 'rtl', 'back to Arabic\'s own direction');
    } finally {
      wrapper.remove();
    }
  });
});
