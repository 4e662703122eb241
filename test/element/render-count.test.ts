/**
 * How often a card renders on its way to loaded. Its own file: it needs a page
 * where no card has loaded the card view yet (the view is loaded once a page).
 */
import { expect } from '@open-wc/testing';
import type { K8sContribCard } from '../../src/element/k8s-contrib-card.js';
import { loadMessages } from '../../src/i18n/catalog.js';
import { loadView } from '../../src/render/load-view.js';
import { $, failOnPageErrors, mount, slowUrl } from '../harness.js';

failOnPageErrors();

describe('<k8s-contrib-card> render count', () => {
  it('does not render its skeleton again when the card view arrives while its data is on its way', async () => {
    // The page's language is loaded first: its arrival re-renders too, and is not what this looks at.
    await loadMessages('en');
    const Card = customElements.get('k8s-contrib-card') as unknown as { prototype: { render(): unknown } };
    const render = Card.prototype.render;
    let renders = 0;
    Card.prototype.render = function (this: K8sContribCard) {
      if (this.src?.endsWith('?renders')) renders++;
      return render.call(this);
    };
    try {
      const { el, done } = await mount({ src: `${slowUrl(800, 'full.json')}?renders`, loading: 'eager' }, { lang: 'en' });
      // The card asked for the view as it connected; the view arrives while the data does not.
      await loadView();
      await new Promise((r) => setTimeout(r, 100));
      expect($(el, '[part=skeleton]'), 'still loading').to.not.equal(null);
      expect(renders, 'the skeleton, once: none for the view alone').to.equal(1);
      await done;
      expect($(el, '[part=name]')!.textContent).to.equal('Paco Xu');
      expect(renders, 'and the loaded card').to.equal(2);
    } finally {
      Card.prototype.render = render;
    }
  });
});
