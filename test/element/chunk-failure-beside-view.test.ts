/**
 * A card whose view loaded but a chunk beside it cannot be downloaded (a CDN
 * edge answering 503): its variant's, or its language's rarer sentences
 * (`more/<lang>`, which a failure state needs). Its own file, apart from
 * chunk-failure.test.ts: that one makes the card view fail, and Firefox keeps a
 * failed module for the page's life.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { $, assertNoJunk, dataUrl, failOnPageErrors, mount, text, until } from '../harness.js';

failOnPageErrors();

/** The compact variant (src/variants/load-variant.ts imports `./compact.js`), as the test server serves it. */
const COMPACT = '/src/variants/compact.ts';
/** French's rarer sentences (src/i18n/more-catalog.ts imports `./more/fr.js`). */
const MORE_FRENCH = '/src/i18n/more/fr.ts';

describe('<k8s-contrib-card> when a chunk beside its card view cannot be downloaded', () => {
  after(() => executeServerCommand('failing-paths:clear'));

  it('says so when its variant cannot be downloaded, instead of keeping the variant’s placeholder', async () => {
    await executeServerCommand('failing-paths:set', { path: COMPACT });
    const compact = await mount({ src: dataUrl('full.json'), loading: 'eager', variant: 'compact' });
    // The data loaded: the event says so, and the card says what it cannot show.
    expect((await compact.done).type).to.equal('contrib-load');
    expect((await executeServerCommand<string[], undefined>('failing-paths:log')), 'the variant’s download failed').to.include(COMPACT);
    await until(() => $(compact.el, '[part~=state][part~=error]'), 'the failure state');
    expect($(compact.el, '[part~=state][part~=error]')!.getAttribute('role')).to.equal('alert');
    expect(text(compact.el)).to.equal('The card could not load. Reload the page to try again.');
    expect($(compact.el, '[part=skeleton]')).to.equal(null);
    assertNoJunk(compact.el);
    await expect(compact.el).to.be.accessible();
  });

  it('says so, in the page’s language, when a failed card’s sentences cannot be downloaded, instead of keeping its skeleton', async () => {
    await executeServerCommand('failing-paths:set', { path: MORE_FRENCH });
    const fr = await mount({ src: dataUrl('nobody.json') }, { lang: 'fr' });
    const outcome = await fr.done;
    // The event still says what went wrong; the card cannot, without its sentences.
    expect(outcome.type).to.equal('contrib-error');
    expect((outcome as CustomEvent<{ reason: string }>).detail.reason).to.equal('not-found');
    expect((await executeServerCommand<string[], undefined>('failing-paths:log')), 'the sentences’ download failed').to.include(MORE_FRENCH);
    expect($(fr.el, '[part~=state][part~=error]')!.getAttribute('role')).to.equal('alert');
    expect(text(fr.el)).to.equal('Impossible de charger la carte. Rechargez la page pour réessayer.');
    expect($(fr.el, '[part=skeleton]')).to.equal(null);
    assertNoJunk(fr.el);
  });
});
