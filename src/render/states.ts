import { html, nothing } from 'lit';
import type { LoadError } from '../model/load-error.js';
import type { MoreContext } from './context.js';
import { failureText, sourceName } from './details-text.js';

/** `role="alert"` when the failure answers the reader's "Try again" ({@link MoreContext.alert}). */
const alert = (ctx: MoreContext) => (ctx.alert ? 'alert' : nothing);

/**
 * Nothing at the address asked: a GitHub user (`login`), or a `src` file. The
 * latter is a missing file, not a missing person: it is headed as a card that
 * could not load.
 */
export function renderNotFound(login: string | undefined, ctx: MoreContext) {
  return html`<div class="state" part="state not-found" role=${alert(ctx)}>
    <h2>${login ? ctx.more.notFoundTitle : ctx.more.errorTitle}</h2>
    <p>${login ? ctx.more.notFound(login) : ctx.more.notFoundData}</p>
  </div>`;
}

/** An organization or a bot account: a card is about one person, and retrying changes nothing. */
export function renderNotAPerson(kind: 'organization' | 'bot', login: string, ctx: MoreContext) {
  return html`<div class="state" part="state not-a-person" role=${alert(ctx)}>
    <h2>${ctx.more.notAPersonTitle}</h2>
    <p>${kind === 'organization' ? ctx.more.organization(login) : ctx.more.bot(login)}</p>
  </div>`;
}

/** A `user` that cannot be a GitHub login: said as such, not as a GitHub failure; no service was asked, and a retry changes nothing. */
export function renderInvalidLogin(login: string, ctx: MoreContext) {
  return html`<div class="state" part="state error" role=${alert(ctx)}>
    <h2>${ctx.more.errorTitle}</h2>
    <p>${ctx.more.invalidLogin(login)}</p>
  </div>`;
}

/**
 * The error state: a human sentence, the reason, when the source answers again (a rate limit), and a retry button.
 * The button goes away with its state as the card loads again: focus waits on the card (a place
 * in the page, `tabindex="-1"`), not dropped to the page's start, for the next state's own
 * button or links (WCAG 2.4.3).
 */
export function renderError(error: LoadError, ctx: MoreContext, retry: () => void) {
  const name = sourceName(error.source, ctx);
  const onRetry = (e: Event) => {
    const card = (e.currentTarget as Element).closest<HTMLElement>('[part=card]');
    if (card) {
      card.tabIndex = -1;
      card.focus({ preventScroll: true });
    }
    retry();
  };
  return html`<div class="state" part="state error" role=${alert(ctx)}>
    <h2>${ctx.more.errorTitle}</h2>
    <p>${failureText(name, error, ctx)}</p>
    <button part="retry" @click=${onRetry}>${ctx.more.retry}</button>
  </div>`;
}
