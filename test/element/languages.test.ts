/**
 * Every language the card speaks: the loaded card and its failure states pass
 * axe, show no junk, keep every word inside the card at 280 px (the longest
 * words of each language) and every figure's label whole, and Arabic runs right to left — unless the page
 * says otherwise with `dir`.
 */
import { expect } from '@open-wc/testing';
import { SUPPORTED_LOCALES } from '../../src/i18n/locale.js';
import { loadMessages, messagesFor } from '../../src/i18n/catalog.js';
import { loadMore } from '../../src/i18n/more-catalog.js';
import { sendKeys } from '@web/test-runner-commands';
import { $, assertInside, assertNoJunk, dataUrl, failOnPageErrors, jsonUrl, mount, text, until } from '../harness.js';
import { formatYear } from '../../src/i18n/format.js';
import { charLeft, textNodes } from '../text-geometry.js';

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
        if (file === 'full.json') {
          expect($(el, '[part=roles] h3')!.textContent).to.equal(msg.rolesHeading);
          // The first year in the language's digits, as its counts are (Arabic, Bengali, Hindi…).
          expect(text(el), 'years active').to.include(msg.yearsActive(9, formatYear(2018, lang)));
        }
        assertNoJunk(el);
        assertInside(el);
        // No figure's label cut short: "Zusammengeführte PRs", "コントリビューション" and two
        // Arabic labels ended in "…" at 280 and 420 px. A label too long for its tile wraps.
        for (const dt of el.shadowRoot!.querySelectorAll('.total dt')) {
          expect(`${dt.textContent}: ${dt.scrollWidth > dt.clientWidth ? 'cut' : 'whole'}`).to.equal(`${dt.textContent}: whole`);
        }
        await expect(el).to.be.accessible();
      }
    });

    it(`${lang}: not found, error and no user are in the language and pass axe`, async () => {
      await loadMessages(lang);
      const msg = { ...messagesFor(lang)!, ...(await loadMore(lang)) };
      const notFound = await cardIn(lang, { src: dataUrl('nobody.json') });
      // A missing file is no missing user: headed as a card that could not load.
      expect($(notFound, '[part~=state] h2')!.textContent).to.equal(msg.errorTitle);
      expect($(notFound, '[part~=state] p')!.textContent).to.equal(msg.notFoundData);
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

  it('ar: a name, a company and a login read in their own direction, aligned with the card, cut at their end', async () => {
    const full = await (await fetch(dataUrl('full.json'))).json();
    const login = `a${'bcdefghij-'.repeat(3)}xyz`.slice(0, 39);
    const data = { ...full, identity: { ...full.identity, login, name: 'Paco Xu Jr.', company: '@DaoCloud' } };
    const el = await cardIn('ar', { src: jsonUrl(data), loading: 'eager' });
    const card = $(el, '[part=card]')!.getBoundingClientRect();
    for (const [selector, before, after] of [['[part=name]', 'r', '.'], ['[part=company]', '@', 'D']] as const) {
      const node = textNodes($(el, selector)!)[0]!;
      // "Paco Xu Jr.": its "." after the "r" (a right-to-left run put it before "Paco"); "@DaoCloud" with its "@" first.
      expect(charLeft(node, node.data.indexOf(before)), `${selector}: "${before}" left of "${after}"`).to.be.below(charLeft(node, node.data.lastIndexOf(after)));
    }
    // Aligned as the card is: a left-to-right name still ends at the card's right, beside the avatar on the right.
    const name = $(el, '[part=name]')!;
    const range = document.createRange();
    range.selectNodeContents(name);
    expect(range.getBoundingClientRect().right, 'the name at the right').to.be.closeTo(name.getBoundingClientRect().right, 1);
    // A login too long for 280 px keeps its beginning ("@abcd…"), cut with "…" at its end.
    const at = textNodes($(el, 'p.login')!).find((t) => t.data === '@')!;
    expect(charLeft(at, 0), 'the "@" is inside the card').to.be.at.least(card.left);
    // The badges' pills: the emblem's narrow side at the start (right), the wide one after the name.
    const badge = $(el, '[part=badge]')!.getBoundingClientRect();
    const emblem = $(el, '[part=badge] .emblem')!.getBoundingClientRect();
    expect(badge.right - emblem.right, 'the emblem 2 px from the pill\'s start').to.be.below(4);
  });

  it('ar: sentences with a login keep its "@" before it', async () => {
    const zero = await (await fetch(dataUrl('zero.json'))).json();
    const el = await cardIn('ar', { src: jsonUrl(zero), loading: 'eager' });
    const sentence = textNodes($(el, '[part=card]')!).find((t) => t.data.includes(`@${zero.identity.login}`))!;
    const i = sentence.data.indexOf('@');
    expect(charLeft(sentence, i), '"@" left of the login').to.be.below(charLeft(sentence, i + 1));
  });

  it('ar: the chart\'s readout reads right to left; its end labels are never broken, in any language', async () => {
    for (const lang of ['ar', 'de', 'en']) {
      const el = await cardIn(lang, { src: dataUrl('cycles.json'), loading: 'eager' });
      ($(el, '.chart') as HTMLElement).focus();
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      for (const span of el.shadowRoot!.querySelectorAll('.readout span')) {
        const range = document.createRange();
        range.selectNodeContents(span);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        expect(tops.size, `${lang}: "${span.textContent}" on one line`).to.equal(1);
      }
      if (lang !== 'ar') continue;
      // "v1.38: … طلب سحب مدموجًا": the release first, at the right of the words after it.
      const output = textNodes($(el, '.readout output')!)[0]!;
      const arabic = output.data.search(/\p{Script=Arabic}/u);
      expect(charLeft(output, 0), 'the release at the right').to.be.above(charLeft(output, arabic));
    }
  });

  // Firefox broke "(kubernetes/kubernetes)" after its "/" and, in Arabic, drew the halves as
  // "kubernetes/)" … "(kubernetes"; and a date broke inside itself at 280 px ("2018年3" over "月5日").
  it('keeps the first contribution\'s repository in its brackets and its date in one piece', async () => {
    const box = (t: Text, i: number) => {
      const r = document.createRange();
      r.setStart(t, i);
      r.setEnd(t, i + 1);
      return r.getBoundingClientRect();
    };
    for (const [lang, width] of [['ar', 420], ['ar', 280], ['zh-CN', 280], ['en', 280]] as const) {
      const el = await cardIn(lang, { src: dataUrl('full.json'), loading: 'eager' }, width);
      // Below the earlier cards: a far card skips its layout, and its text has no boxes.
      el.scrollIntoView();
      await until(() => !el.matches(':state(far)'), 'the card near');
      await new Promise(requestAnimationFrame);
      const first = $(el, '[part=first-contribution]')!;
      const aside = textNodes(first).find((t) => t.data.includes('kubernetes/kubernetes'))!;
      const open = aside.data.search(/[(（]/);
      const close = aside.data.search(/[)）]/);
      expect(open >= 0 && close > open, `${lang}: brackets in "${aside.data}"`).to.equal(true);
      const [o, after, before, c] = [box(aside, open), box(aside, open + 1), box(aside, close - 1), box(aside, close)];
      expect(Math.abs(o.top - after.top) < 2 && o.left < after.left, `${lang} ${width}: "(" just left of its text`).to.equal(true);
      expect(Math.abs(c.top - before.top) < 2 && c.left > before.left, `${lang} ${width}: ")" just right of its text`).to.equal(true);
      const time = first.querySelector('time')!;
      const tops = [...time.getClientRects()].map((r) => Math.round(r.top));
      expect(new Set(tops).size, `${lang} ${width}: "${time.textContent}" on one line`).to.equal(1);
    }
  });

  it('uses each language\'s colon: "首次贡献：", "Première contribution :"', async () => {
    for (const lang of ['zh-CN', 'ja', 'fr', 'en'] as const) {
      const el = await cardIn(lang, { src: dataUrl('full.json'), loading: 'eager' });
      const msg = messagesFor(lang)!;
      const first = $(el, '[part=first-contribution]')!.textContent!.replace(/\s+/g, ' ').trim();
      expect(first, lang).to.match(new RegExp(`^${msg.firstContribution}${msg.colon.replace(/\s+/g, ' ')}\\S`));
      const badge = $(el, '[part=badge] .tip')!.textContent!;
      expect(badge, `${lang}: a badge's rule`).to.include(msg.colon.trim());
    }
  });

  // German "15.812" broke into "15.81" over "2" (all engines), Arabic inside "ألف", Russian before its "." (WebKit).
  it('de, ar, ru: the compact card\'s three figures fit 280 px, each number on one line, each label on two at most', async () => {
    for (const lang of ['de', 'ar', 'ru', 'en']) {
      const el = await cardIn(lang, { src: dataUrl('full.json'), variant: 'compact', loading: 'eager' });
      await until(() => $(el, '.c-figs'), 'the compact card');
      assertInside(el);
      for (const fig of el.shadowRoot!.querySelectorAll('.c-fig')) {
        const r = fig.getBoundingClientRect();
        const c = $(el, '[part=card]')!.getBoundingClientRect();
        expect(r.left >= c.left - 0.5 && r.right <= c.right + 0.5, `${lang}: "${fig.textContent!.trim()}" inside`).to.equal(true);
        const shown = fig.querySelector('dd [aria-hidden=true]')!;
        // One box per bidi run ("15.8" and "ألف"), all on one line.
        const tops = [...shown.getClientRects()].map((b) => Math.round(b.top));
        expect(new Set(tops).size, `${lang}: "${shown.textContent}" on one line (${tops})`).to.equal(1);
        const label = fig.querySelector('dt')!;
        // Two lines at most, then cut with "…" (compact.ts): one cut German's label to "Zusammengefüh…".
        const lines = label.getBoundingClientRect().height / Number.parseFloat(getComputedStyle(label).lineHeight);
        expect(lines, `${lang}: "${label.textContent}" on two lines at most`).to.be.at.most(2.05);
      }
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
