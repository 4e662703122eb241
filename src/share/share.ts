/**
 * The share menu (`share` attribute): copy the embed tag, copy a Markdown
 * image of the static card, download the card as SVG or PNG. A chunk of its
 * own, loaded only by cards with `share`; the SVG renderer it downloads from
 * is another, loaded on the first download.
 *
 * Keyboard use follows the WAI-ARIA menu button pattern: the button opens the
 * menu (Enter, Space, ArrowDown) with focus on the first item; arrows, Home
 * and End move; Escape closes it and returns focus to the button; Tab or a
 * click outside closes it. What happened is announced in a polite live region.
 */
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { CardData } from '../model/model.js';
import type { MoreContext, RenderContext } from '../render/context.js';
import { downloadName, embedSnippet, markdownSnippet, type CardSource } from './snippets.js';

/** What the menu needs from the element besides the data. */
export interface ShareOptions extends CardSource {
  staticBase?: string;
  theme: 'auto' | 'light' | 'dark';
}

/** The element's attributes the menu reads (the card's, so the menu lives with it). */
export interface ShareHost extends ReactiveControllerHost, HTMLElement {
  user?: string;
  src?: string;
  project?: string;
  variant?: string;
  staticBase?: string;
  theme: ShareOptions['theme'];
}

type Action = 'embed' | 'markdown' | 'svg' | 'png';

/** Longest wait for the avatar to embed in a download; the initials stand in after it. */
const AVATAR_TIMEOUT_MS = 5000;

/** Menu state and keyboard handling, one per card. */
export class ShareController implements ReactiveController {
  open = false;
  /** The last outcome, announced. */
  status = '';
  private root?: ShadowRoot;

  constructor(private readonly host: ShareHost) {
    host.addController(this);
  }

  /** The card's source and look as the snippets and downloads need them. */
  options(lang: string): ShareOptions {
    const { user, src, project, variant, staticBase, theme } = this.host;
    return { user, src, baseUrl: document.baseURI, lang, project, variant, staticBase, theme };
  }

  hostDisconnected(): void {
    this.close(false);
  }

  /**
   * A menu the card no longer draws (the page turned `share` off, the card shows another load's
   * skeleton or failure) is closed: drawn again it starts closed, not open on its own with focus
   * nowhere in it, and its listener for a press outside goes with it.
   */
  hostUpdated(): void {
    if (this.open && !this.host.shadowRoot?.querySelector('[part~=share-menu]')) this.markClosed();
  }

  /** The menu's state closed, and no listening for a press outside it. */
  private markClosed() {
    this.open = false;
    document.removeEventListener('pointerdown', this.onOutside, true);
  }

  private items(): HTMLElement[] {
    return [...(this.root?.querySelectorAll<HTMLElement>('[role=menuitem]') ?? [])];
  }

  private focusItem(i: number) {
    const items = this.items();
    if (items.length) items[(i + items.length) % items.length].focus();
  }

  private onOutside = (e: Event) => {
    if (!e.composedPath().includes(this.host)) this.close(false);
  };

  private async show(focus: 'first' | 'last') {
    this.open = true;
    this.status = '';
    this.host.requestUpdate();
    await (this.host as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    // Not drawn after all (`hostUpdated` closed it): nothing to listen for.
    if (!this.open) return;
    document.addEventListener('pointerdown', this.onOutside, true);
    this.focusItem(focus === 'first' ? 0 : -1);
  }

  close(returnFocus: boolean): void {
    if (!this.open) return;
    this.markClosed();
    // Focus back on the button before the menu goes: a focused item that is removed blurs to
    // nowhere, which read as focus leaving an inline chip's popover and closed it too.
    if (returnFocus) this.root?.querySelector<HTMLElement>('[part~=share-button]')?.focus();
    this.host.requestUpdate();
  }

  onButtonClick = (e: Event) => {
    this.root = (e.currentTarget as HTMLElement).getRootNode() as ShadowRoot;
    if (this.open) this.close(true);
    else void this.show('first');
  };

  onButtonKeyDown = (e: KeyboardEvent) => {
    this.root = (e.currentTarget as HTMLElement).getRootNode() as ShadowRoot;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      void this.show(e.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  onMenuKeyDown = (e: KeyboardEvent) => {
    const items = this.items();
    const i = items.indexOf((this.root?.activeElement as HTMLElement) ?? (e.target as HTMLElement));
    const moves: Record<string, () => void> = {
      ArrowDown: () => this.focusItem(i + 1),
      ArrowUp: () => this.focusItem(i - 1),
      Home: () => this.focusItem(0),
      End: () => this.focusItem(-1),
      Escape: () => this.close(true),
    };
    if (e.key in moves) {
      e.preventDefault();
      // The menu's keys are the menu's: an Escape that closes it closes nothing around it (an
      // inline chip's popover stays open, with focus back on Share).
      e.stopPropagation();
      moves[e.key]();
    } else if (e.key === 'Tab') {
      this.close(false);
    }
  };

  /** Runs an action, closes the menu and announces the outcome. */
  async run(action: Action, data: CardData, ctx: MoreContext): Promise<void> {
    const o = this.options(ctx.locale);
    this.close(true);
    let ok = true;
    try {
      if (action === 'embed') await copy(embedSnippet(o));
      else if (action === 'markdown') await copy(markdownSnippet(data.identity.login, ctx.more.svgTitle(data.identity.login, data.identity.name), o.staticBase, o.baseUrl) ?? '');
      else {
        const svg = await cardSvg(data, ctx, action === 'png' ? resolvedTheme(o.theme) : o.theme);
        if (action === 'svg') save(new Blob([svg], { type: 'image/svg+xml' }), downloadName(data.identity.login, 'svg'));
        else save(await rasterize(svg), downloadName(data.identity.login, 'png'));
      }
    } catch {
      ok = false;
    }
    this.status = ok ? (action === 'embed' || action === 'markdown' ? ctx.more.copied : '') : ctx.more.shareFailed;
    this.host.requestUpdate();
  }
}

async function copy(text: string): Promise<void> {
  if (!text) throw new Error('nothing to copy');
  await navigator.clipboard.writeText(text);
}

/** `auto` as the reader sees it now: a PNG has one palette. */
function resolvedTheme(theme: ShareOptions['theme']): 'light' | 'dark' {
  if (theme !== 'auto') return theme;
  return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** The avatar as a data: URI, for an SVG that must reference nothing; undefined if it cannot be had. */
async function avatarUri(url: string | undefined): Promise<string | undefined> {
  if (!url) return undefined;
  try {
    const sized = new URL(url);
    sized.searchParams.set('s', '112');
    const res = await fetch(sized, { signal: AbortSignal.timeout(AVATAR_TIMEOUT_MS), credentials: 'omit' });
    if (!res.ok) return undefined;
    const blob = await res.blob();
    return await new Promise<string | undefined>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : undefined);
      reader.onerror = () => resolve(undefined);
      reader.readAsDataURL(blob);
    });
  } catch {
    return undefined;
  }
}

async function cardSvg(data: CardData, ctx: MoreContext, theme: ShareOptions['theme']): Promise<string> {
  const [{ renderCardSvg }, avatar] = await Promise.all([import('../static/svg.js'), avatarUri(data.identity.avatarUrl)]);
  return renderCardSvg(data, { locale: ctx.locale, messages: ctx.msg, more: ctx.more, theme, now: ctx.now, avatar });
}

/** The SVG drawn at 2× on a canvas. A page whose policy forbids `blob:` images refuses it (the caller says so). */
async function rasterize(svg: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth * 2;
    canvas.height = img.naturalHeight * 2;
    const g = canvas.getContext('2d');
    if (!g) throw new Error('no canvas');
    g.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no PNG'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // After the click has handed the file to the browser.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Each card's menu controller, made on the first render of its menu. */
const controllers = new WeakMap<ShareHost, ShareController>();

/**
 * The share menu of a card with `share`, once its sometimes-shown sentences
 * (the menu's words) are loaded; else nothing.
 */
export function renderShareOf(host: ShareHost & { share: boolean }, data: CardData, ctx: RenderContext) {
  if (!host.share || !ctx.more) return nothing;
  let ctl = controllers.get(host);
  if (!ctl) controllers.set(host, (ctl = new ShareController(host)));
  return renderShare(ctl, data, { ...ctx, more: ctx.more });
}

/** The button, the menu (when open) and the live region. */
export function renderShare(ctl: ShareController, data: CardData, ctx: MoreContext) {
  const o = ctl.options(ctx.locale);
  const item = (action: Action, label: string) =>
    html`<button role="menuitem" tabindex="-1" part="share-item" @click=${() => void ctl.run(action, data, ctx)}>${label}</button>`;
  const markdown = markdownSnippet(data.identity.login, '', o.staticBase, o.baseUrl) !== undefined;
  return html`<div class="share">
    <button
      part="share-button"
      aria-haspopup="menu"
      aria-expanded=${ctl.open ? 'true' : 'false'}
      aria-controls="share-menu"
      @click=${ctl.onButtonClick}
      @keydown=${ctl.onButtonKeyDown}
    >
      ${ctx.more.share}
    </button>
    ${ctl.open
      ? html`<div id="share-menu" role="menu" aria-label=${ctx.more.shareMenu} part="share-menu" @keydown=${ctl.onMenuKeyDown}>
          ${item('embed', ctx.more.copyEmbed)} ${markdown ? item('markdown', ctx.more.copyMarkdown) : nothing}
          ${item('svg', ctx.more.downloadSvg)} ${item('png', ctx.more.downloadPng)}
        </div>`
      : nothing}
    <span class="sr-only" role="status">${ctl.status}</span>
  </div>`;
}

export const shareStyles = css`
  .share {
    position: relative;
    display: flex;
    justify-content: flex-end;
  }
  .share [part~='share-button'] {
    font: inherit;
    font-size: 12px;
    padding: 2px 10px;
    border-radius: 999px;
    border: 1px solid var(--_border);
    background: transparent;
    color: var(--_fg);
    cursor: pointer;
  }
  [role='menu'] {
    position: absolute;
    inset-block-end: calc(100% + 4px);
    inset-inline-end: 0;
    z-index: 2;
    display: flex;
    flex-direction: column;
    min-inline-size: 190px;
    padding: 4px;
    border: 1px solid var(--_border);
    border-radius: 8px;
    background: var(--_bg);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
  }
  [role='menuitem'] {
    font: inherit;
    font-size: 13px;
    text-align: start;
    padding: 6px 10px;
    border: 0;
    border-radius: 6px;
    background: transparent;
    color: var(--_fg);
    cursor: pointer;
  }
  [role='menuitem']:hover,
  [role='menuitem']:focus-visible {
    background: var(--_accent-soft);
  }
`;
