/**
 * The npm build (dist/lib, from `tsc -p tsconfig.build.json`) in Chromium, the
 * way a bundler would see it: unbundled modules, bare imports of lit & co.
 * (resolved here by the test runner, by a user's bundler in real life).
 * Nothing from src/ is imported.
 */
import { expect } from '@open-wc/testing';

type Card = HTMLElement & { updateComplete: Promise<boolean> };

const lib = (file: string) => new URL(['', 'dist', 'lib', file].join('/'), location.href).href;

describe('npm build (dist/lib)', () => {
  it('index.js exports the class without defining the tag; define.js defines it', async () => {
    const main = await import(/* @vite-ignore */ lib('index.js'));
    expect(main.K8sContribCard).to.be.a('function');
    expect(customElements.get('k8s-contrib-card')).to.equal(undefined);
    const define = await import(/* @vite-ignore */ lib('define.js'));
    expect(customElements.get('k8s-contrib-card')).to.equal(main.K8sContribCard);
    expect(define.K8sContribCard).to.equal(main.K8sContribCard);
  });

  it('renders a card from a card-data file', async () => {
    await import(/* @vite-ignore */ lib('define.js'));
    const el = document.createElement('k8s-contrib-card') as Card;
    const loaded = new Promise((resolve) => el.addEventListener('contrib-load', resolve, { once: true }));
    el.setAttribute('src', new URL('/test/data/full.json', location.href).href);
    document.body.append(el);
    try {
      await loaded;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="name"]')!.textContent!.trim()).to.equal('Paco Xu');
    } finally {
      el.remove();
    }
  });
});
