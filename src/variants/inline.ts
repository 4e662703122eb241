/**
 * `variant="inline"`: a chip that sits in a line of text ("as @pacoxu
 * explained…"): the avatar, `@login` and the highest role, with the full card
 * in a popover on hover or focus. The chip is a button, so the popover opens
 * from the keyboard and with a tap too; Escape closes it and leaves focus on
 * the chip. Focus alone shows the card to look at, and Tab moves on past it (a
 * reader tabbing through an article passes each chip in one step); Enter opens
 * it to use. A chunk of its own, downloaded only by pages that use it.
 */
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CardData } from '../model/model.js';
import { highestRung } from '../model/roles-order.js';
import type { MoreContext, RenderContext } from '../render/context.js';
import { renderAvatar } from '../render/identity.js';
import { fitInto } from '../render/fit.js';

/** Hover must rest this long before the popover opens, and may leave this long before it closes. */
const HOVER_OPEN_MS = 250;
const HOVER_CLOSE_MS = 300;

/** The card, as its chip's controller sees it. */
type InlineHost = ReactiveControllerHost & HTMLElement & { variant: string };

/**
 * Whether the popover is open, and how: a click or focus holds it open until
 * Escape, a click, or focus leaving; hover alone opens it after a rest and
 * closes it when the pointer leaves.
 */
export class InlineController implements ReactiveController {
  open = false;
  /**
   * Opened by keyboard focus alone: Tab then moves on past the card, which it
   * closes, instead of into it (Tab from a chip walked through every link, badge
   * and the chart of the card before it reached the rest of the page). Enter, a
   * click or the mouse opens it to use. Not `inert`: an inert card, on screen,
   * let the reader's clicks through to the page under it.
   */
  private peek = false;
  /** Opened by a click or focus, so the pointer leaving does not close it. */
  private held = false;
  private timer?: ReturnType<typeof setTimeout>;
  /**
   * A press (mouse, touch, pen) focuses the chip before its click: the click
   * decides then, or a tap would open the popover on focus and close it again on
   * click. Focus from the keyboard or a script opens it.
   */
  private pressed = false;

  constructor(private readonly host: InlineHost) {
    host.addController(this);
  }

  /** Closed without a render of its own: the card is leaving the page, or already updating. */
  private reset() {
    clearTimeout(this.timer);
    this.open = this.held = this.peek = false;
    this.listen(false);
  }

  /**
   * While open: Escape anywhere closes it (a popover the pointer opened has focus elsewhere on
   * the page, out of reach of the card's own keydown; WCAG 1.4.13), and so does a press outside
   * the card (Safari focuses no button on a click or tap, so no focusout would close it).
   */
  private listen(on: boolean) {
    if (on) {
      addEventListener('keydown', this.onPageKeyDown);
      addEventListener('pointerdown', this.onPagePointerDown);
    } else {
      removeEventListener('keydown', this.onPageKeyDown);
      removeEventListener('pointerdown', this.onPagePointerDown);
    }
  }

  hostDisconnected(): void {
    const was = this.open;
    this.reset();
    // Moved in the page, the card is not rendered again on its own: it would come back with its
    // popover shown, and nothing listening to close it.
    if (was) this.host.requestUpdate();
  }

  /** A card that stops being a chip closes its popover: back to a chip later, it starts closed. */
  hostUpdate(): void {
    if (this.host.variant !== 'inline') this.reset();
  }

  /** Moves an open popover sideways into the viewport (`render/fit.ts`). */
  hostUpdated(): void {
    const pop = this.host.shadowRoot?.querySelector<HTMLElement>('[part=popover]');
    if (pop) fitInto(pop, 0, document.documentElement.clientWidth);
  }

  private set(open: boolean, held = false, peek = false) {
    clearTimeout(this.timer);
    this.held = open && (held || this.held);
    // Not drawn: the card looks the same peeked or opened for use, so only `open` renders.
    this.peek = open && peek;
    if (open !== this.open) {
      this.open = open;
      this.listen(open);
      this.host.requestUpdate();
    }
  }

  /**
   * Escape pressed outside the card (inside, `onKeyDown` has taken it and moved focus).
   * A badge's explanation the pointer shows in the popover goes first, as it does
   * for the keyboard: that Escape hides it only (render/badges.ts).
   */
  private onPageKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented || e.isComposing) return;
    if (this.host.shadowRoot?.querySelector('.badge:hover > .tip:not(.off)')) return;
    this.set(false);
  };

  /** The last press in this card (its chip, its popover), seen on its way to the page. */
  private pressIn?: Event;
  onPressIn = (e: Event) => (this.pressIn = e);
  /**
   * A press anywhere but in this card. Told by the card's own listener, not by the event's
   * path: inside a closed shadow root the page's listener is not shown the card in it.
   */
  private onPagePointerDown = (e: PointerEvent) => {
    if (e !== this.pressIn) this.set(false);
  };

  private later(open: boolean, ms: number) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.set(open), ms);
  }

  onPointerDown = () => (this.pressed = true);
  /** Opens and holds the popover (one hover or focus opened, too), or closes one held open. */
  onClick = () => {
    this.pressed = false;
    this.set(this.peek || !this.held, true);
  };
  onFocus = () => {
    if (this.pressed) this.pressed = false;
    else if (!this.open) this.set(true, true, true);
    // Open already (hover, or Shift+Tab back from inside it): focus holds it as it is.
    else this.held = true;
  };
  onFocusOut = (e: FocusEvent) => {
    // Focus moving into the popover (its links) keeps it open.
    const to = e.relatedTarget as Node | null;
    if (!to || !(e.currentTarget as HTMLElement).contains(to)) this.set(false);
  };
  onPointerEnter = (e: PointerEvent) => {
    // A card focus showed becomes the mouse's to use: Tab from the chip then goes into it.
    if (e.pointerType !== 'mouse') return;
    if (this.peek) this.set(true);
    else this.later(true, HOVER_OPEN_MS);
  };
  onPointerLeave = (e: PointerEvent) => {
    if (e.pointerType === 'mouse' && !this.held) this.later(false, HOVER_CLOSE_MS);
  };
  onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Tab' && !e.shiftKey && this.peek) {
      // Out of the layout now, before the browser moves focus, so Tab skips it; removed by the render.
      // (`hidden` would not do: the card's `display: flex` outranks it. A style set through the
      // CSSOM is allowed under a CSP without 'unsafe-inline'.)
      const pop = this.host.shadowRoot?.querySelector<HTMLElement>('[part=popover]');
      if (pop) pop.style.display = 'none';
      this.set(false);
      return;
    }
    if (e.key === 'Escape' && this.open) {
      e.preventDefault();
      // Focus back on the chip first (from a link in the popover, that focus would open it), then closed.
      ((e.currentTarget as HTMLElement).querySelector('[part~=chip]') as HTMLElement | null)?.focus();
      this.set(false);
    }
  };
}

/** Each card's popover controller, made on the first render of its chip. */
const controllers = new WeakMap<HTMLElement, InlineController>();

/** The chip's popover controller for `host`, made on the first render of its chip. */
function controllerOf(host: InlineHost): InlineController {
  let ctl = controllers.get(host);
  if (!ctl) controllers.set(host, (ctl = new InlineController(host)));
  return ctl;
}

/** A chip (`content`) that opens `popover`, in an `<article>` named `label` when open. */
function chip(host: InlineHost, content: TemplateResult, title: string | undefined, label: string, popover: () => TemplateResult, failed = false) {
  const ctl = controllerOf(host);
  return html`<span
    class="inline"
    @pointerdown=${ctl.onPressIn}
    @pointerenter=${ctl.onPointerEnter}
    @pointerleave=${ctl.onPointerLeave}
    @focusout=${ctl.onFocusOut}
    @keydown=${ctl.onKeyDown}
  >
    <button
      class="chip${failed ? ' failed' : ''}"
      part="chip"
      aria-expanded=${ctl.open ? 'true' : 'false'}
      aria-controls="popover"
      title=${title ?? nothing}
      @pointerdown=${ctl.onPointerDown}
      @click=${ctl.onClick}
      @focus=${ctl.onFocus}
    >
      ${content}
    </button>
    ${ctl.open ? html`<article id="popover" class="popover card" part="popover" aria-label=${label}>${popover()}</article>` : nothing}
  </span>`;
}

/**
 * The chip, and the full card (`full`, rendered by the card view) when open, in an
 * `<article>`: its header and footer are then the card's, not one more pair of banner
 * and contentinfo landmarks on the page for every chip.
 */
export function renderVariant(data: CardData, ctx: RenderContext, host: InlineHost, _chart: unknown, full: () => TemplateResult) {
  const top = highestRung(data.roles);
  const content = html`${renderAvatar(data.identity, 20)}<span class="login" dir="ltr">@${data.identity.login}</span>${top
    ? html` <span class="chip-role">${ctx.msg.roles[top.kind]}</span>`
    : nothing}`;
  return chip(host, content, ctx.more?.openCard(data.identity.login), data.identity.name ?? data.identity.login, full);
}

/**
 * A chip whose card could not load: `@login` (a `src` card has none) and "Could not load
 * this card", the failure's own heading, sentence and retry in the popover. The state in the
 * line broke the reader's sentence in two around a heading and a button.
 */
export function renderFailure(login: string | undefined, ctx: MoreContext, host: InlineHost, failure: () => TemplateResult) {
  const title = ctx.more.errorTitle;
  const content = html`${login ? html`<span class="login" dir="ltr">@${login}</span> ` : nothing}<span class="chip-role">${title}</span>`;
  return chip(host, content, undefined, title, failure, true);
}

export const variantStyles = css`
  :host([variant='inline']) {
    display: inline;
    inline-size: auto;
    min-inline-size: 0;
    max-inline-size: none;
    contain: none;
  }
  .inline {
    position: relative;
    display: inline;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    max-inline-size: 100%;
    padding: 1px 2px;
    padding-inline-end: 8px;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
    font-size: 0.95em;
    line-height: 1.4;
    vertical-align: baseline;
    cursor: pointer;
    white-space: normal;
  }
  .chip .avatar {
    inline-size: 20px;
    block-size: 20px;
    font-size: 9px;
    /* Initials this small need the text colour for AA contrast on the tint. */
    color: var(--_fg);
  }
  .chip .login {
    color: var(--_accent);
    unicode-bidi: isolate;
  }
  /* One line, whatever the login's length: a login too long for the line wrapped the role into
     three lines, a tall pill with the text against its rounded ends. The role gives way first
     (its weight is ten times the login's), then both end in "…" (the title names the login in
     full, and the card it opens says the role). */
  .chip .login {
    min-inline-size: 4em;
  }
  .chip-role {
    color: var(--_muted);
    font-size: 0.9em;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    flex: 0 10 auto;
    min-inline-size: 0;
  }
  .chip.failed {
    padding-inline-start: 8px;
    border-style: dashed;
  }
  .popover {
    position: absolute;
    inset-block-start: calc(100% + 6px);
    inset-inline-start: 0;
    z-index: 10;
    inline-size: min(420px, 90vw);
    min-block-size: 0;
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.2);
    text-align: start;
    white-space: normal;
  }
`;
