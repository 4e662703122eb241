/**
 * The share menu (`share`): opened and used from the keyboard, in both
 * languages; it copies the embed tag and a Markdown image, and downloads the
 * card as SVG and PNG; a card without `share` downloads none of it.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { K8sContribCard } from '../../src/element/k8s-contrib-card.js';
import { $, dataUrl, failOnPageErrors, mountSettled, settled, until } from '../harness.js';

/** Clipboard writes and downloads, captured instead of done. */
function capture() {
  const copied: string[] = [];
  const downloads: { name: string; href: string }[] = [];
  const writeText = navigator.clipboard.writeText;
  const click = HTMLAnchorElement.prototype.click;
  navigator.clipboard.writeText = async (text: string) => void copied.push(text);
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) downloads.push({ name: this.download, href: this.href });
    else click.call(this);
  };
  return {
    copied,
    downloads,
    restore() {
      navigator.clipboard.writeText = writeText;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

const button = (el: K8sContribCard) => $(el, '[part~=share-button]') as HTMLButtonElement | null;
const items = (el: K8sContribCard) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role=menuitem]')];
const active = (el: K8sContribCard) => el.shadowRoot!.activeElement as HTMLElement | null;

describe('share menu', () => {
  failOnPageErrors();
  let cap: ReturnType<typeof capture>;
  beforeEach(() => (cap = capture()));
  afterEach(() => cap.restore());

  it('is not there, and nothing of it is downloaded, without the share attribute', async () => {
    const el = await mountSettled({ src: dataUrl('full.json') });
    expect(button(el)).to.equal(null);
    const loaded = performance.getEntriesByType('resource').map((r) => r.name);
    expect(loaded.some((n) => /\/src\/(share\/share|static\/)/.test(n)), loaded.join('\n')).to.equal(false);
  });

  it('opens from the keyboard, moves with the arrows, closes with Escape back on its button', async () => {
    const el = await mountSettled({ src: dataUrl('full.json'), share: '' });
    const b = await until(() => button(el), 'the share button');
    expect(b.getAttribute('aria-haspopup')).to.equal('menu');
    expect(b.getAttribute('aria-expanded')).to.equal('false');
    b.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => items(el).length === 3, 'the menu');
    expect(b.getAttribute('aria-expanded')).to.equal('true');
    // No static-base: no Markdown item.
    expect(items(el).map((i) => i.textContent!.trim())).to.deep.equal(['Copy embed code', 'Download SVG', 'Download PNG']);
    expect(active(el)?.textContent?.trim()).to.equal('Copy embed code');
    await sendKeys({ press: 'ArrowDown' });
    expect(active(el)?.textContent?.trim()).to.equal('Download SVG');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(active(el)?.textContent?.trim(), 'wraps around').to.equal('Download PNG');
    await sendKeys({ press: 'Escape' });
    await until(() => items(el).length === 0, 'closed');
    expect(active(el)).to.equal(b);
    expect(b.getAttribute('aria-expanded')).to.equal('false');
  });

  it('copies the embed tag and a Markdown image, and says so', async () => {
    const el = await mountSettled({ src: dataUrl('full.json'), share: '', 'static-base': 'https://cards.example.org/k8s/' });
    const b = await until(() => button(el), 'the share button');
    b.click();
    await until(() => items(el).length === 4, 'the menu with the Markdown item');
    items(el)[0].click();
    await until(() => cap.copied.length === 1, 'a copy');
    expect(cap.copied[0]).to.equal(
      `<script type="module" src="https://cdn.jsdelivr.net/npm/k8s-contrib-card"></script>\n<k8s-contrib-card src="${dataUrl('full.json')}"></k8s-contrib-card>`,
    );
    await until(() => $(el, '.share [role=status]')?.textContent === 'Copied to the clipboard', 'the announcement');
    b.click();
    await until(() => items(el).length === 4, 'the menu again');
    items(el)[1].click();
    await until(() => cap.copied.length === 2, 'a second copy');
    expect(cap.copied[1]).to.equal(
      "[![Paco Xu's Kubernetes contributor card](https://cards.example.org/k8s/pacoxu.svg)](https://github.com/pacoxu)".replace(
        "Paco Xu's Kubernetes contributor card",
        'Paco Xu (@pacoxu) — Kubernetes contributor card',
      ),
    );
  });

  it('downloads the card as SVG and as PNG', async () => {
    const el = await mountSettled({ src: dataUrl('full.json'), share: '' });
    const b = await until(() => button(el), 'the share button');
    b.click();
    await until(() => items(el).length === 3, 'the menu');
    items(el)[1].click();
    await until(() => cap.downloads.length === 1, 'the SVG download', 8000);
    expect(cap.downloads[0].name).to.equal('pacoxu.svg');
    const svg = await (await fetch(cap.downloads[0].href)).text();
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.documentElement.textContent).to.include('Paco Xu');
    b.click();
    await until(() => items(el).length === 3, 'the menu again');
    items(el)[2].click();
    await until(() => cap.downloads.length === 2, 'the PNG download', 8000);
    expect(cap.downloads[1].name).to.equal('pacoxu.png');
    const png = new Uint8Array(await (await fetch(cap.downloads[1].href)).arrayBuffer());
    expect([...png.subarray(0, 4)]).to.deep.equal([0x89, 0x50, 0x4e, 0x47]);
  });

  it('speaks Chinese', async () => {
    const el = await mountSettled({ src: dataUrl('full.json'), share: '' }, { lang: 'zh-CN' });
    const b = await until(() => button(el), 'the share button');
    expect(b.textContent!.trim()).to.equal('分享');
    b.click();
    await until(() => items(el).length === 3, 'the menu');
    expect(items(el).map((i) => i.textContent!.trim())).to.deep.equal(['复制嵌入代码', '下载 SVG', '下载 PNG']);
    expect($(el, '[role=menu]')!.getAttribute('aria-label')).to.equal('分享此卡片');
  });

  // The menu's open state outlived the menu: taken away (`share` off, the card loading another
  // person), it came back open on its own, and its listener for a press outside stayed on the page.
  it('a menu open when the page turns share off, or shows another card, comes back closed', async () => {
    let listening = 0;
    const [add, remove] = [document.addEventListener, document.removeEventListener];
    const counting = (real: typeof add, n: number) =>
      function (this: Document, type: string, ...rest: unknown[]) {
        if (type === 'pointerdown') listening += n;
        return (real as (...a: unknown[]) => void).call(this, type, ...rest);
      } as typeof add;
    const el = await mountSettled({ src: dataUrl('full.json'), share: '' });
    const open = async () => {
      (await until(() => button(el), 'the share button')).click();
      await until(() => items(el).length === 3, 'the menu');
    };
    const state = () => `expanded ${button(el)?.getAttribute('aria-expanded')}, ${items(el).length} items, ${listening} outside listeners`;
    document.addEventListener = counting(add, 1);
    document.removeEventListener = counting(remove, -1);
    try {
      await open();
      el.share = false;
      await el.updateComplete;
      el.share = true;
      await until(() => button(el), 'the share button again');
      expect(state(), 'share turned off and on').to.equal('expanded false, 0 items, 0 outside listeners');
      await open();
      const done = settled(el);
      el.src = dataUrl('zero.json');
      await done;
      await until(() => button(el), 'the new card\'s share button');
      expect(state(), 'another card').to.equal('expanded false, 0 items, 0 outside listeners');
    } finally {
      document.addEventListener = add;
      document.removeEventListener = remove;
    }
  });
});
