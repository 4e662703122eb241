/**
 * A page that changes its language: the card keeps the one it speaks until the new one's
 * sentences are in, also when another language's download fails on the way. Its own file: the
 * languages it asks for must not have been loaded before in this page, and in Firefox a module
 * that failed in an earlier test (chunk-failure.test.ts) stays failed for the page.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { $, assertNoJunk, dataUrl, failOnPageErrors, mount, text, until } from '../harness.js';

failOnPageErrors();

/** Japanese's messages, which the test slows down, and Korean's, which it makes fail. */
const JAPANESE = '/src/i18n/messages/ja.ts';
const KOREAN = '/src/i18n/messages/ko.ts';

describe('<k8s-contrib-card> when the page changes its language', () => {
  after(() => executeServerCommand('failing-paths:clear'));

  it('a language whose download fails on the way to another keeps the card as it is until the other is in', async () => {
    const m = await mount({ src: dataUrl('full.json'), loading: 'eager' });
    expect((await m.done).type).to.equal('contrib-load');
    const link = m.el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href]')!;
    link.focus();
    let replaced = false;
    const watch = new MutationObserver(() => (replaced ||= !!$(m.el, '[part=skeleton]') || !link.isConnected));
    watch.observe(m.el.shadowRoot!, { childList: true, subtree: true });
    await executeServerCommand('failing-paths:set', { path: KOREAN });
    // Japanese still on its way when Korean's download fails.
    await executeServerCommand('failing-paths:delay', { path: JAPANESE, ms: 500 });
    try {
      // Korean, whose download fails, then Japanese at once, neither loaded in this page: Korean's
      // failure, settling first, showed Japanese before its sentences were in (a skeleton, focus lost).
      const host = m.el.parentElement!;
      host.setAttribute('lang', 'ko');
      await Promise.resolve();
      host.setAttribute('lang', 'ja');
      await until(() => $(m.el, '[part=card]')!.getAttribute('lang') === 'ja');
      expect(await executeServerCommand<string[], undefined>('failing-paths:log'), 'Korean’s download failed (else this tests nothing)').to.include(KOREAN);
    } finally {
      watch.disconnect();
      await executeServerCommand('failing-paths:clear');
    }
    expect(replaced, 'no skeleton, nothing replaced').to.equal(false);
    expect(text(m.el)).to.include('コントリビューション');
    expect(m.el.shadowRoot!.activeElement === link, 'the same link still has focus').to.equal(true);
    assertNoJunk(m.el);
  });

});
