import { html } from 'lit';
import type { LoadError } from '../model/load-error.js';
import type { RenderContext } from './context.js';
import { sourceName } from './details-text.js';

export function renderNotFound(login: string | undefined, ctx: RenderContext) {
  return html`<div class="state" part="state not-found" role="alert">
    <h2>${ctx.msg.notFoundTitle}</h2>
    <p>${login ? ctx.msg.notFound(login) : ctx.msg.notFoundData}</p>
  </div>`;
}

/** An organization or a bot account: a card is about one person, and retrying changes nothing. */
export function renderNotAPerson(kind: 'organization' | 'bot', login: string, ctx: RenderContext) {
  return html`<div class="state" part="state not-a-person" role="alert">
    <h2>${ctx.msg.notAPersonTitle}</h2>
    <p>${kind === 'organization' ? ctx.msg.organization(login) : ctx.msg.bot(login)}</p>
  </div>`;
}

/** The error state: a human sentence, the reason, and a retry button. */
export function renderError(error: LoadError, ctx: RenderContext, retry: () => void) {
  const name = sourceName(error.source, ctx);
  return html`<div class="state" part="state error" role="alert">
    <h2>${ctx.msg.errorTitle}</h2>
    <p>${ctx.msg.sourceUnavailable(name, ctx.msg.reasons[error.reason])}</p>
    ${error.reason === 'invalid-user' ? '' : html`<button part="retry" @click=${retry}>${ctx.msg.retry}</button>`}
  </div>`;
}
