/**
 * The compact and inline variants: what each shows, axe in both themes, the
 * 280 px check (the inline chip wraps with its text), keyboard use of the
 * inline popover, and visual baselines (Chromium's, so those tests run in
 * Chromium only). A variant's chunk is loaded only by a
 * card of that variant.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import type { K8sContribCard } from '../../src/element/k8s-contrib-card.js';
import { $, assertInside, assertNoJunk, dataUrl, jsonUrl, failOnPageErrors, mount, mountSettled, settled, sleep, text, until, type MountOptions } from '../harness.js';
import { itChromiumOnly } from '../engines.js';
import { parseCardData } from '../../src/model/validate.js';
import { renderCardSvg, type SvgOptions } from '../../src/static/svg.js';
import { en } from '../../src/i18n/messages/en.js';
import { enMore } from '../../src/i18n/more/en.js';
import { zhCN } from '../../src/i18n/messages/zh-CN.js';
import { zhCNMore } from '../../src/i18n/more/zh-CN.js';
import { ar } from '../../src/i18n/messages/ar.js';
import { arMore } from '../../src/i18n/more/ar.js';

const loadedModules = () => performance.getEntriesByType('resource').map((r) => r.name);

describe('variants', () => {
  failOnPageErrors();

  it('a full card loads neither variant', async () => {
    const { done } = await mount({ src: dataUrl('full.json') });
    await done;
    expect(loadedModules().filter((n) => /\/src\/variants\/(compact|inline)\.ts/.test(n))).to.deep.equal([]);
  });

  // The event fired on the skeleton's render while the chip's code was on its way: a failed chip
  // waits for it (its failure goes in the popover).
  it('fires contrib-error once the failed chip is shown, not on its skeleton', async () => {
    const el = document.createElement('k8s-contrib-card') as K8sContribCard;
    el.setAttribute('variant', 'inline');
    el.setAttribute('user', '-not-a-login-');
    const atEvent = new Promise<boolean>((r) => el.addEventListener('contrib-error', () => r(!!$(el, '[part~=chip].failed')), { once: true }));
    await fixture(html`<p lang="en">As ${el} said.</p>`);
    expect(await atEvent, 'the failed chip at the event').to.equal(true);
  });

  // The data may be in before the variant's code (a page whose full card read the same file): the
  // event fired on the render that still showed the skeleton.
  for (const [variant, shown] of [['compact', '.c-head [part=name]'], ['inline', '[part~=chip]']] as const) {
    it(`fires contrib-load once the ${variant} card is shown, not on its skeleton`, async () => {
      const src = `${dataUrl('full.json')}?before-${variant}`;
      await (await mount({ src })).done;
      const el = document.createElement('k8s-contrib-card') as K8sContribCard;
      el.setAttribute('src', src);
      el.setAttribute('variant', variant);
      const atEvent = new Promise<boolean>((r) => el.addEventListener('contrib-load', () => r(!!$(el, shown)), { once: true }));
      await fixture(html`<div lang="en" style="width:420px">${el}</div>`);
      expect(await atEvent, `the ${variant} card at the event`).to.equal(true);
    });
  }

  describe('compact', () => {
    /** A compact card of `file`, settled and shown (its chunk arrived), 420 px wide unless `options` says otherwise. */
    async function compact(file: string, attrs: Record<string, string> = {}, options: MountOptions = {}) {
      const el = await mountSettled({ src: dataUrl(file), variant: 'compact', ...attrs }, options);
      await until(() => $(el, '.c-head'), 'the compact card');
      return el;
    }
    /** No junk text, nothing past the card's edges, no axe violation. */
    async function assertSound(el: K8sContribCard) {
      assertNoJunk(el);
      assertInside(el);
      await expect(el).to.be.accessible();
    }

    for (const theme of ['light', 'dark']) {
      it(`shows avatar, name, the highest role, three figures and the sparkline, about 120 px tall (${theme})`, async () => {
        const el = await compact('full.json', { theme });
        expect($(el, '[part=name]')!.textContent!.trim()).to.equal('Paco Xu');
        expect($(el, '[part=rung]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Steering Committee member · : Steering Committee (term ends Oct 2027)');
        expect(el.shadowRoot!.querySelectorAll('[part=total]')).to.have.length(3);
        expect($(el, '[part=sparkline] path.line')).to.not.equal(null);
        expect($(el, '[part=badges]'), 'no badges').to.equal(null);
        const height = el.getBoundingClientRect().height;
        expect(height, 'height').to.be.within(90, 150);
        await assertSound(el);
      });

      itChromiumOnly(`matches its visual baseline (${theme})`, async () => {
        await visualDiff(await compact('full.json', { theme }), `compact-${theme}`);
      });
    }

    // The static compact card (`--variant compact`) drew the full card's identity (login, company),
    // its figures as tiles, and the chart under them with its heading and end labels: 326 px tall
    // against the element's ~140 px.
    const STATIC = { en: { messages: en, more: enMore }, 'zh-CN': { messages: zhCN, more: zhCNMore }, ar: { messages: ar, more: arMore } } as const;
    for (const lang of ['en', 'zh-CN', 'ar'] as const) {
      for (const file of ['full.json', 'newcomer.json', 'partial.json', 'zero.json']) {
        it(`its static SVG is laid out as it is: ${file}, ${lang}`, async () => {
          const el = await compact(file, {}, { lang });
          const parsed = parseCardData(await (await fetch(dataUrl(file))).json());
          if (!parsed.ok) throw parsed.error;
          const options: SvgOptions = { locale: lang, ...STATIC[lang], theme: 'light', now: Date.parse('2026-11-25T12:00:00Z'), variant: 'compact' };
          const doc = new DOMParser().parseFromString(renderCardSvg(parsed.data, options), 'image/svg+xml');
          // Less the notices, whose words differ: a still card says no "back in 30 minutes" (still-text.ts).
          const svgHeight = Number(doc.documentElement.getAttribute('height')) - Number(doc.querySelector('rect.kc-warn')?.getAttribute('height') ?? 0);
          const height = el.getBoundingClientRect().height - ($(el, '[part=notice]')?.getBoundingClientRect().height ?? 0);
          // Within a line of labels: the static card gives a label a second line where its width
          // estimate, wider than any font's, says it may not fit.
          expect(svgHeight, `the SVG's height against the element's ${height} px`).to.be.within(height - 20, height + 20);
          const drawn = [...doc.querySelectorAll('text')].map((t) => t.textContent!.replace(/[\u200e\u200f\u202a-\u202e]/g, '').trim());
          expect(drawn, 'no login under the name, as the element').to.not.include(`@${parsed.data.identity.login}`);
          const shown = (sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)].map((e) => e.textContent!.replace(/\s+/g, ' ').trim());
          for (const label of shown('[part=total] dt')) expect(drawn.join(' '), `the figure "${label}"`).to.include(label);
          expect(doc.querySelectorAll('g path').length > 0, 'a chart where the element has one').to.equal(!!$(el, '[part=sparkline]'));
        });
      }
    }

    // It showed the figures it had and nothing of what failed (a GitHub search's figure standing
    // in for DevStats', or none, without a word).
    it('says which source failed, as the full card does', async () => {
      const el = await compact('partial.json');
      await until(() => $(el, '[part=notice]'), 'its notice');
      expect($(el, '[part=notice]')!.textContent).to.include('GitHub');
      await assertSound(el);
    });

    // It showed a newcomer's one merged PR, counted by GitHub search over two orgs only, as a bare
    // "1" beside DevStats' figures: the full card's mark and footnote were dropped.
    it('marks a figure of another scope and says which, as the full card does', async () => {
      const el = await compact('newcomer.json');
      await until(() => $(el, '[part=totals]'), 'its figures');
      const merged = [...el.shadowRoot!.querySelectorAll('[part=total]')].find((t) => t.querySelector('dt')!.textContent!.trim() === 'PRs merged');
      expect(merged?.querySelector('[aria-hidden=true]')?.textContent?.trim(), 'the figure and its mark').to.equal('1*');
      expect($(el, '.scope-notes')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal('* in kubernetes and kubernetes-sigs only (GitHub search)');
      await assertSound(el);
    });

    // With nothing to count it showed a name and an avatar only: not even that there is nothing yet.
    it('says there is nothing to count yet, as the full card does', async () => {
      const el = await compact('zero.json');
      expect($(el, '[part~=empty]')?.textContent?.trim()).to.equal('@brand-new-user has no Kubernetes contributions yet.');
      expect(!!$(el, '[part=totals]'), 'instead of its figures (0, 0), as the full card').to.equal(false);
      await assertSound(el);
    });

    // Cut to one line, "PRs merged" and "PRs opened" both read "PRs…" at 320 px with a reader's
    // own text spacing (WCAG 1.4.12), as German's long labels did at 280 px.
    it('shows each figure\'s whole label at 320 px with WCAG text spacing, and the numbers in one row', async () => {
      for (const lang of ['en', 'de']) {
        const el = await compact('full.json', {}, { width: 320, lang });
        const spacing = new CSSStyleSheet();
        spacing.replaceSync('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }');
        el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, spacing];
        const labels = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part=total] dt')];
        expect(labels, `${lang}: three labels`).to.have.length(3);
        for (const dt of labels) expect(dt.scrollHeight - dt.clientHeight, `${lang}: "${dt.textContent}" shown whole`).to.be.below(2);
        const tops = [...el.shadowRoot!.querySelectorAll('[part=total] dd')].map((dd) => Math.round(dd.getBoundingClientRect().top));
        expect(new Set(tops).size, `${lang}: the numbers in one row (${tops})`).to.equal(1);
        await assertSound(el);
      }
    });

    // Above the 320 px query the figures and the chart share a row: German and Arabic figures left
    // the chart less than nothing at 360 px, and the card clipped it at its edge.
    it('keeps its chart inside the card between 280 and 420 px, in German, Arabic and Ukrainian, as tall under the figures as beside them', async () => {
      const heights = new Set<number>();
      for (const lang of ['de', 'ar', 'uk']) {
        for (const width of [280, 340, 360, 380, 420]) {
          const el = await compact('full.json', {}, { width, lang });
          await until(() => $(el, '[part=sparkline] path.line'), 'the chart');
          const chart = $(el, '[part=sparkline]')!.getBoundingClientRect();
          const card = $(el, '[part=card]')!.getBoundingClientRect();
          heights.add(Math.round(chart.height));
          expect(chart.width, `${lang} ${width}px: the chart is drawn`).to.be.above(59);
          expect(chart.left >= card.left && chart.right <= card.right, `${lang} ${width}px: the chart in the card`).to.equal(true);
          assertInside(el);
          el.parentElement!.remove();
        }
      }
      // Its own line under the figures is no reason to be taller (a flex basis of 60 px made it so in the column at 280 px).
      expect([...heights], 'the chart\'s height at every width').to.have.lengthOf(1);
    });

    it('fits 280 px, in Chinese too', async () => {
      const el = await compact('full.json', {}, { width: 280, lang: 'zh-CN' });
      await until(() => text(el).includes('指导委员会成员'), 'the compact card in Chinese');
      await assertSound(el);
    });
  });

  describe('inline', () => {
    /** The chip in `p` (a fixture), loaded. */
    async function chipIn<P extends HTMLElement>(p: P) {
      const el = p.querySelector('k8s-contrib-card') as K8sContribCard;
      // Listening before the card has anything to load: on the first screen it loads at once.
      const done = settled(el);
      el.setAttribute('src', dataUrl('full.json'));
      await done;
      await until(() => $(el, '[part~=chip]'), 'the chip');
      return { p, el };
    }
    async function inParagraph(width: number, lang = 'en', theme = 'light') {
      return chipIn(
        await fixture<HTMLParagraphElement>(html`<p lang=${lang} style="inline-size:${width}px; font: 16px/1.5 sans-serif; margin: 0">
          As <k8s-contrib-card variant="inline" theme=${theme}></k8s-contrib-card> explained in the Steering
          Committee's update, the release cadence stays the same.
        </p>`),
      );
    }
    const chip = (el: K8sContribCard) => $(el, '[part~=chip]') as HTMLButtonElement;

    it('is a chip in the line of text: avatar, @login and the highest role, wrapping with the text', async () => {
      const { p, el } = await inParagraph(280);
      // The initials are decorative (aria-hidden); the name a screen reader hears is the visible text.
      expect($(el, '[part~=chip] .login')!.textContent).to.equal('@pacoxu');
      expect($(el, '[part~=chip] .chip-role')!.textContent).to.equal('Steering Committee member');
      expect(chip(el).title).to.equal('Show the contributor card of @pacoxu');
      expect(getComputedStyle(el).display).to.equal('inline');
      expect(p.scrollWidth, 'the paragraph does not overflow').to.be.at.most(p.clientWidth);
      expect(chip(el).getBoundingClientRect().right).to.be.at.most(p.getBoundingClientRect().right + 0.5);
      assertNoJunk(el);
      await expect(el).to.be.accessible();
    });

    // "@a-very-long-github-login-name-39" wrapped "Steering Committee member" into three lines of a
    // tall pill at 280 to 360 px.
    it('stays one line tall with a long login, the role giving way first', async () => {
      const full = await (await fetch(dataUrl('full.json'))).json();
      const src = jsonUrl({ ...full, identity: { ...full.identity, login: 'a-very-long-github-login-name-39' } });
      for (const width of [280, 320, 360]) {
        const p = await fixture<HTMLParagraphElement>(html`<p style="inline-size:${width}px; font: 16px/1.5 sans-serif; margin: 0">
          As <k8s-contrib-card variant="inline"></k8s-contrib-card> explained.
        </p>`);
        const el = p.querySelector('k8s-contrib-card') as K8sContribCard;
        const done = settled(el);
        el.setAttribute('src', src);
        await done;
        await until(() => $(el, '[part~=chip] .chip-role'), 'the chip');
        const c = chip(el).getBoundingClientRect();
        const role = $(el, '[part~=chip] .chip-role')!.getBoundingClientRect();
        expect(c.height, `${width}px: one line`).to.be.below(16 * 1.5 * 1.5);
        expect(c.right, `${width}px: in the paragraph`).to.be.at.most(p.getBoundingClientRect().right + 0.5);
        expect(role.width, `${width}px: some of the role shows`).to.be.above(0);
        p.remove();
      }
    });

    /**
     * Whether the popover is open, each time the card's shadow root changes, until `stop()`.
     * Other changes are recorded too (the chip's own, the popover's card finishing its render),
     * so the checks look at the order: `closedAfterOpen` (open, then closed) and
     * `openedAfterClose` (closed, then open again).
     */
    function watchOpen(el: K8sContribCard) {
      const seen: boolean[] = [];
      const obs = new MutationObserver(() => seen.push(!!$(el, '[part=popover]')));
      obs.observe(el.shadowRoot!, { childList: true, subtree: true });
      const after = (first: boolean) => (seen.includes(first) ? seen.slice(seen.indexOf(first)) : []);
      return {
        seen,
        stop: () => obs.disconnect(),
        closedAfterOpen: () => after(true).includes(false),
        openedAfterClose: () => after(false).includes(true),
      };
    }

    // A press focuses the chip before its click: opening on that focus and toggling on the click
    // closed the popover again at once, so a tap could not open it (seen: open, then closed).
    it('opens with a click and stays open, also when the pointer then leaves; a second click closes it', async () => {
      const { el } = await inParagraph(600);
      await sendMouse({ type: 'move', position: [5, 5] });
      const r = chip(el).getBoundingClientRect();
      const at = [Math.round(r.left + 10), Math.round(r.top + r.height / 2)] as [number, number];
      const w = watchOpen(el);
      await sendMouse({ type: 'click', position: at });
      await until(() => $(el, '[part=popover]'), 'open after the click');
      // Past the hover timers (open after 250 ms, close 300 ms after leaving).
      await sendMouse({ type: 'move', position: [5, 5] });
      await new Promise((r) => setTimeout(r, 500));
      w.stop();
      expect(w.closedAfterOpen(), `never closed in between (${w.seen.join(' ')})`).to.equal(false);
      expect(chip(el).getAttribute('aria-expanded')).to.equal('true');
      await sendMouse({ type: 'click', position: at });
      await until(() => !$(el, '[part=popover]'), 'closed by the second click');
      await sendMouse({ type: 'move', position: [5, 5] });
    });

    // A chip whose card failed put the failure's heading, sentence and retry button into the line:
    // the reader's sentence broke in two around a block of its own (three lines at 400 px).
    it('that failed keeps the sentence whole: @login and what went wrong, the rest in its popover', async () => {
      const p = await fixture<HTMLParagraphElement>(html`<p lang="en" style="inline-size:400px; font: 16px/1.5 sans-serif; margin: 0">
        As <k8s-contrib-card variant="inline" loading="eager" user="-bad-"></k8s-contrib-card> said.
      </p>`);
      const el = p.querySelector('k8s-contrib-card') as K8sContribCard;
      const failed = await until(() => $(el, '[part~=chip].failed') as HTMLButtonElement, 'the failed chip');
      expect(failed.textContent!.replace(/\s+/g, ' ').trim()).to.equal('@-bad- Could not load this card');
      expect(!!$(el, '.state'), 'no failure state in the line').to.equal(false);
      expect(p.getBoundingClientRect().height, 'one line of text').to.be.below(2 * 24);
      failed.focus();
      await until(() => $(el, '[part=popover] .state'), 'the failure in the popover');
      expect($(el, '[part=popover] .state p')!.textContent).to.equal('“-bad-” is not a valid GitHub login.');
      assertNoJunk(el);
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await until(() => !$(el, '[part=popover]'), 'closed by Escape');
      expect(el.shadowRoot!.activeElement === failed, 'focus on the chip').to.equal(true);
    });

    // Safari focuses no button on a click or a tap: no focusout, so a tap outside left the popover
    // open, with no Escape key on a phone to close it. (A click that does not focus stands in.)
    it('closes when the reader presses outside it, also if the chip never had focus', async () => {
      const { el } = await inParagraph(600);
      chip(el).click();
      await until(() => $(el, '[part=popover]'), 'open after the click');
      expect(el.shadowRoot!.activeElement === chip(el), 'the chip not focused').to.equal(false);
      // Inside the popover: stays open.
      const pop = $(el, '[part=popover]')!;
      pop.scrollIntoView({ block: 'center' });
      const r = pop.getBoundingClientRect();
      // Taller than the viewport: a point near its visible top.
      const y = Math.round(Math.max(r.top, 0) + 10);
      const inside = [Math.round(r.right - 6), y] as [number, number];
      const hit = el.shadowRoot!.elementFromPoint(...inside);
      expect(!!hit && pop.contains(hit), `the press lands in the popover (${hit?.className} at ${inside})`).to.equal(true);
      await sendMouse({ type: 'click', position: inside });
      await new Promise((r) => setTimeout(r, 50));
      expect(!!$(el, '[part=popover]'), 'open after a press inside it').to.equal(true);
      await sendMouse({ type: 'click', position: [Math.round(r.right + 20), y] });
      await until(() => !$(el, '[part=popover]'), 'closed by a press outside');
      expect(chip(el).getAttribute('aria-expanded')).to.equal('false');
      await sendMouse({ type: 'move', position: [5, 5] });
    });

    // The page's listener is not shown a card inside a closed shadow root in the event's path:
    // every press, the popover's own links included, would have closed it.
    it('inside a closed shadow root: a press in the popover keeps it open, one outside closes it', async () => {
      const outer = await fixture<HTMLDivElement>(html`<div lang="en" style="inline-size:600px"></div>`);
      const root = outer.attachShadow({ mode: 'closed' });
      root.innerHTML = '<p style="font: 16px/1.5 sans-serif; margin: 0">As <k8s-contrib-card variant="inline" loading="eager"></k8s-contrib-card> said.</p>';
      const { el } = await chipIn(root.querySelector('p')!);
      chip(el).click();
      const pop = await until(() => $(el, '[part=popover]'), 'open after the click');
      pop.scrollIntoView({ block: 'center' });
      const r = pop.getBoundingClientRect();
      const y = Math.round(Math.max(r.top, 0) + 10);
      await sendMouse({ type: 'click', position: [Math.round(r.right - 6), y] });
      await new Promise((r) => setTimeout(r, 50));
      expect(!!$(el, '[part=popover]'), 'open after a press inside it').to.equal(true);
      await sendMouse({ type: 'click', position: [Math.round(r.right + 20), y] });
      await until(() => !$(el, '[part=popover]'), 'closed by a press outside');
      await sendMouse({ type: 'move', position: [5, 5] });
    });

    // Moved with its popover open, the card came back showing it, aria-expanded "true", and
    // nothing listening for Escape or a press outside to close it.
    it('moved in the page, comes back closed', async () => {
      const { p, el } = await inParagraph(600);
      // Opened by a click that does not focus (Safari's): focus leaving as it moves would close it anyway.
      chip(el).click();
      await until(() => $(el, '[part=popover]'), 'open after the click');
      const other = document.createElement('div');
      p.after(other);
      other.append(el);
      await el.updateComplete;
      expect(!!$(el, '[part=popover]'), 'closed').to.equal(false);
      expect(chip(el).getAttribute('aria-expanded')).to.equal('false');
      other.remove();
    });

    /** A chip in a paragraph whose card the keyboard opened to use: focus shows it, Enter opens it. */
    async function openedByKeyboard() {
      const { el } = await inParagraph(600);
      chip(el).focus();
      await sendKeys({ press: 'Enter' });
      await until(() => $(el, '[part=popover] [part=sparkline]'), 'open with Enter, with its chart');
      return el;
    }

    it('in the popover, Escape on the chart clears its point first; the next one closes the popover', async () => {
      const el = await openedByKeyboard();
      ($(el, '[part=popover] [part=sparkline]') as HTMLElement).focus();
      await sendKeys({ press: 'ArrowRight' });
      await until(() => $(el, '[part=popover] [part=sparkline-marker]'), 'a point shown');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(!!$(el, '[part=popover] [part=sparkline-marker]'), 'the point cleared').to.equal(false);
      expect(!!$(el, '[part=popover]'), 'the popover still open').to.equal(true);
      await sendKeys({ press: 'Escape' });
      await until(() => !$(el, '[part=popover]'), 'closed by the next Escape');
      expect(el.shadowRoot!.activeElement === chip(el), 'focus back on the chip').to.equal(true);
    });

    it('closes with Escape from a link inside the popover, focus back on the chip', async () => {
      const el = await openedByKeyboard();
      ($(el, '[part=popover] [part=profile-link]') as HTMLElement).focus();
      expect(el.shadowRoot!.activeElement, 'on the link').to.equal($(el, '[part=popover] [part=profile-link]'));
      const w = watchOpen(el);
      await sendKeys({ press: 'Escape' });
      await new Promise((r) => setTimeout(r, 100));
      w.stop();
      expect(!!$(el, '[part=popover]'), 'closed').to.equal(false);
      expect(w.openedAfterClose(), `not opened again (${w.seen.join(' ')})`).to.equal(false);
      expect(chip(el).getAttribute('aria-expanded')).to.equal('false');
      expect(el.shadowRoot!.activeElement).to.equal(chip(el));
    });

    /** A chip in a paragraph whose popover the pointer opened (resting on the chip), focus left on the page. */
    async function openedByHover() {
      const { el } = await inParagraph(600);
      await sendMouse({ type: 'move', position: [5, 5] });
      const r = chip(el).getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(r.left + 10), Math.round(r.top + r.height / 2)] });
      await until(() => $(el, '[part=popover]'), 'open on hover');
      return el;
    }

    // WCAG 1.4.13: content shown on hover can be dismissed. Focus is elsewhere on the page then,
    // and Escape was heard only inside the card: the popover stayed over the text.
    it('closes with Escape when the pointer opened it and focus is elsewhere on the page', async () => {
      const el = await openedByHover();
      expect(document.activeElement === el, 'focus is not in the card').to.equal(false);
      await sendKeys({ press: 'Escape' });
      await until(() => !$(el, '[part=popover]'), 'closed by Escape');
      expect(chip(el).getAttribute('aria-expanded')).to.equal('false');
      await sendMouse({ type: 'move', position: [5, 5] });
    });

    it('Escape with the pointer on a badge in the popover hides its rule first, then closes the popover', async () => {
      const el = await openedByHover();
      await until(() => $(el, '[part=popover] [part=badge]'), 'the popover\'s badges');
      const badge = $(el, '[part=popover] [part=badge]') as HTMLElement;
      // The popover runs below the window's bottom: its badge into view, the pointer onto it at once.
      badge.scrollIntoView({ block: 'center' });
      const b = badge.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(b.left + 6), Math.round(b.top + b.height / 2)] });
      const tip = badge.querySelector('.tip')!;
      await until(() => getComputedStyle(tip).display === 'block', 'its rule shown');
      await sendKeys({ press: 'Escape' });
      expect(getComputedStyle(tip).display, 'the rule hidden').to.equal('none');
      expect(!!$(el, '[part=popover]'), 'the popover still open').to.equal(true);
      await sendKeys({ press: 'Escape' });
      await until(() => !$(el, '[part=popover]'), 'closed by the second Escape');
      await sendMouse({ type: 'move', position: [5, 5] });
    });

    it('Escape on a badge in the popover hides its rule first, then closes the popover', async () => {
      const el = await openedByKeyboard();
      const badge = $(el, '[part=popover] [part=badge]') as HTMLElement;
      badge.focus();
      const tip = badge.querySelector('.tip')!;
      expect(getComputedStyle(tip).display).to.equal('block');
      await sendKeys({ press: 'Escape' });
      expect(getComputedStyle(tip).display, 'the rule hidden').to.equal('none');
      expect(!!$(el, '[part=popover]'), 'the popover still open').to.equal(true);
      await sendKeys({ press: 'Escape' });
      await until(() => !$(el, '[part=popover]'), 'closed by the second Escape');
    });

    it('comes back from another variant as a closed chip', async () => {
      const { el } = await inParagraph(600);
      // A click without focus (a script's, or Safari's, which does not focus buttons it clicks).
      chip(el).click();
      await until(() => $(el, '[part=popover]'), 'open');
      el.variant = 'full';
      await until(() => $(el, '[part=badges]') && !$(el, '[part~=chip]'), 'the full card');
      el.variant = 'inline';
      await until(() => $(el, '[part~=chip]'), 'the chip again');
      await el.updateComplete;
      expect(!!$(el, '[part=popover]'), 'closed').to.equal(false);
      expect(chip(el).getAttribute('aria-expanded')).to.equal('false');
    });

    it('opens the full card from the keyboard and closes with Escape, focus back on the chip', async () => {
      const { el } = await inParagraph(600);
      chip(el).focus();
      await until(() => $(el, '[part=popover]'), 'the popover on focus');
      expect(chip(el).getAttribute('aria-expanded')).to.equal('true');
      expect($(el, '[part=popover] [part=badges]'), 'the full card').to.not.equal(null);
      // Enter opens the card that focus showed to use: Tab then goes into it.
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(!!$(el, '[part=popover]'), 'still open').to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(!!el.shadowRoot!.activeElement?.closest('[part=popover]'), 'Tab goes into the card').to.equal(true);
      await sendKeys({ press: 'Escape' });
      await until(() => !$(el, '[part=popover]'), 'closed');
      expect(el.shadowRoot!.activeElement).to.equal(chip(el));
      await sendKeys({ press: 'Enter' });
      await until(() => $(el, '[part=popover]'), 'reopened with Enter');
      await expect(el).to.be.accessible();
    });

    // Focus opened the popover and Tab then walked through the whole card (its name, badges,
    // chart, sources: a dozen stops) before the rest of the article, at every chip.
    it('Tab from a chip goes on to the page, past the card that focus shows', async () => {
      const p = await fixture<HTMLParagraphElement>(html`<p lang="en" style="inline-size:600px">
        As <k8s-contrib-card variant="inline"></k8s-contrib-card> explained in <a href="#next">the update</a>.
      </p>`);
      const { el } = await chipIn(p);
      chip(el).focus();
      await until(() => $(el, '[part=popover]'), 'the popover on focus');
      await sendKeys({ press: 'Tab' });
      // Booleans, not elements: chai's message for a card (its controllers, its Lit parts) never ends.
      expect(document.activeElement === p.querySelector('a'), `the next link in the text, not ${document.activeElement?.localName}`).to.equal(true);
      await until(() => !$(el, '[part=popover]'), 'closed as focus left');
    });

    // Focus on a chip the pointer had opened did not hold it: the pointer leaving closed the card
    // under the reader's focus.
    it('a popover the pointer opened stays open once the chip has focus, when the pointer leaves', async () => {
      const el = await openedByHover();
      chip(el).focus();
      await sendMouse({ type: 'move', position: [5, 5] });
      await sleep(600);
      expect(!!$(el, '[part=popover]'), 'still open').to.equal(true);
      await sendKeys({ press: 'Escape' });
      await until(() => !$(el, '[part=popover]'), 'closed by Escape');
    });

    it('opens on hover and closes when the pointer leaves', async () => {
      const { el } = await inParagraph(600);
      // The pointer starts on the page, off the chip, as a reader's does. WebKitGTK's WebDriver
      // needs it: after other tests in the same page, its first move onto an element fires no
      // pointerout / pointerleave when the pointer later leaves that element.
      await sendMouse({ type: 'move', position: [5, 5] });
      const r = chip(el).getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(r.left + 10), Math.round(r.top + r.height / 2)] });
      await until(() => $(el, '[part=popover]'), 'the popover on hover');
      await sendMouse({ type: 'move', position: [5, 5] });
      await until(() => !$(el, '[part=popover]'), 'closed after the pointer left');
    });

    // The popover hangs from the chip's start edge. A chip late in its line (early in a
    // right-to-left one) put it past the viewport's edge: in Arabic out of reach, since a page
    // cannot be scrolled past its left edge. The spacer puts the chip 360 px from the line's end.
    for (const [lang, dir] of [['en', 'ltr'], ['ar', 'rtl']] as const) {
      it(`keeps its popover inside the viewport, for a chip near the end of its line (${dir})`, async () => {
        const { el } = await chipIn(
          await fixture<HTMLParagraphElement>(html`<p lang=${lang} dir=${dir} style="inline-size: calc(100vw - 40px); margin: 0; font: 16px/1.5 sans-serif">
            <span style="display: inline-block; inline-size: calc(100vw - 400px)"></span>
            <k8s-contrib-card variant="inline"></k8s-contrib-card>
          </p>`),
        );
        const chipBox = chip(el).getBoundingClientRect();
        const room = document.documentElement.clientWidth;
        // The chip is where the test means it to be: on the spacer's line, near its end.
        expect(dir === 'ltr' ? chipBox.left : room - chipBox.right, 'the chip late in its line').to.be.above(room - 420);
        chip(el).focus();
        await until(() => $(el, '[part=popover]'), 'the popover');
        const box = $(el, '[part=popover]')!.getBoundingClientRect();
        expect(box.left, 'left edge').to.be.at.least(0);
        expect(box.right, 'right edge').to.be.at.most(room);
        expect(box.width, 'the whole card').to.be.above(250);
        // Still beside its chip: below it (give or take the chip's border), overlapping it sideways.
        expect(box.top, 'below the chip').to.be.above(chipBox.bottom - 2);
        expect(box.left < chipBox.right && box.right > chipBox.left, 'overlaps the chip sideways').to.equal(true);
        await sendKeys({ press: 'Escape' });
        await until(() => !$(el, '[part=popover]'), 'closed');
      });
    }

    for (const theme of ['light', 'dark']) {
      itChromiumOnly(`looks right in its line: visual baseline (${theme})`, async () => {
        const { p } = await inParagraph(420, 'en', theme);
        await visualDiff(p, `inline-${theme}`);
      });
    }
  });
});
