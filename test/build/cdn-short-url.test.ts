/**
 * The README's snippet uses the bare package URL
 * (`https://cdn.jsdelivr.net/npm/k8s-contrib-card`), which jsDelivr serves
 * without a redirect. Against a stand-in that answers the same way, the
 * built loader must find its chunks and render a card.
 */
import { expect } from '@open-wc/testing';

describe('CDN bare package URL', () => {
  it('loads the built bundle through the loader and renders a card', async () => {
    // Imported by a URL computed at run time, so the test loads the built files, not the sources.
    const url = new URL('/__jsdelivr/npm/k8s-contrib-card', location.href).href;
    await import(/* @vite-ignore */ url);
    const el = document.createElement('k8s-contrib-card');
    const done = new Promise<Event>((r) => {
      el.addEventListener('contrib-load', r);
      el.addEventListener('contrib-error', r);
    });
    el.setAttribute('src', new URL('../data/full.json', import.meta.url).href);
    // The loader imports the entry asynchronously; wait for the definition.
    await customElements.whenDefined('k8s-contrib-card');
    document.body.append(el);
    expect((await done).type).to.equal('contrib-load');
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot!.querySelector('[part=name]')!.textContent).to.equal('Paco Xu');
    // Every module came from the versioned folder, none from /npm/chunks/.
    const modules = performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.includes('/__jsdelivr/'));
    expect(modules.some((n) => /k8s-contrib-card@[\d.]+\/dist\/cdn\/chunks\/view\.js$/.test(n))).to.equal(true);
    expect(modules.filter((n) => n.includes('/npm/chunks/'))).to.deep.equal([]);
    el.remove();
  });
});
