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
