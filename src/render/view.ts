/**
 * The card view: everything a card shows once loading has ended, behind one
 * dynamic import (`load-view.ts`). The element fetches it while the data is on
 * its way, so the first paint (the skeleton) and the first request wait for
 * none of it. The card-data validator and the chart's controller come with it:
 * a card needs them exactly when it needs the templates, and one module as
 * the chunk's only door keeps the chunk one request.
 */
import { html, nothing } from 'lit';
import { computeBadges } from '../model/badges.js';
import type { FailedSource, LoadError } from '../model/load-error.js';
import { chartBones, lineBone, totalsBones } from './bones.js';
import type { SupportedLocale } from '../i18n/locale.js';
import { messagesFor } from '../i18n/catalog.js';
import type { CardData } from '../model/model.js';
import type { SparklineController } from '../chart/controller.js';
import { hasNothingToCount } from '../model/state.js';
import { renderBadges } from './badges.js';
import type { MoreContext, RenderContext } from './context.js';
import { moreFor } from '../i18n/more-catalog.js';
import { renderFooter, renderHistory, renderNotices } from './details.js';
import { emptyText } from './empty-text.js';
import { renderIdentity } from './identity.js';
import { renderRoles } from './roles.js';
import { renderSparkline } from './sparkline-view.js';
import { renderError, renderInvalidLogin, renderNotAPerson, renderNotFound } from './states.js';
import { renderTotals } from './totals.js';

export { viewStyles } from './view-styles.js';
export { cardOfFile } from '../model/card-file-model.js';
export { SparklineController } from '../chart/controller.js';
export { OffScreenController } from '../element/off-screen.js';

/** The context every region renders with, or undefined until the locale's messages are loaded. */
export function contextFor(locale: SupportedLocale, now: number): RenderContext | undefined {
  const msg = messagesFor(locale);
  return msg && { locale, msg, more: moreFor(locale), now };
}

export { loadMore } from '../i18n/more-catalog.js';

/** What the card view needs from the element besides the data. */
export interface CardViewHost {
  chart: SparklineController;
  hasSlottedRoles: boolean;
  onRoleSlotChange: (e: Event) => void;
}

/**
 * A loaded card: identity, notices, totals, history, chart, roles, badges,
 * footer. While a live card fills in, `pending` names the sources still on
 * their way, and their regions show placeholders of the same size: DevStats
 * (totals, chart, badges), GitHub's search (the first merged PR), the
 * community files (roles, badges).
 */
export function renderCard(data: CardData, ctx: RenderContext, host: CardViewHost, pending: ReadonlySet<FailedSource> = NONE) {
  const counting = pending.has('devstats');
  // Nothing to count yet is not "nothing to count": that is only known at the end.
  const empty = !counting && hasNothingToCount(data);
  const history = pending.has('github') ? lineBone() : renderHistory(data, ctx);
  return html`${renderIdentity(data.identity, ctx)} ${renderNotices(data, ctx)}
    ${empty
      ? html`<p class="state" part="state empty">${emptyText(data, ctx)}</p>`
      : counting
        ? html`${totalsBones()} ${history} ${chartBones()}`
        : html`${renderTotals(data, ctx)} ${history} ${renderSparkline(data.activity, ctx, host.chart)}`}
    ${pending.has('community') ? lineBone() : renderRoles(data.roles, ctx, host.hasSlottedRoles, host.onRoleSlotChange)}
    ${empty ? nothing : counting || pending.has('community') ? lineBone(true) : renderBadges(computeBadges(data, new Date(ctx.now)), ctx)}
    ${renderFooter(data, ctx)}`;
}

const NONE: ReadonlySet<FailedSource> = new Set();

/** The card a failure is shown in: its retry loads it again. */
export interface FailureHost extends Element {
  reload(): void;
  variant: string;
}

/**
 * The cards whose reader pressed "Try again": from then on, what goes wrong in them is announced
 * (`MoreContext.alert`), the reader having shown they follow that card. Kept here, beside the
 * button that records it, so the first paint carries none of it.
 */
const asked = new WeakSet<Element>();

/**
 * A failed load: "not found" for unknown users and missing files, "not a
 * person" for organizations and bots, else the error state with a retry.
 * Announced after the reader's "Try again" only, and never in the inline chip's
 * popover, which the reader opens to read it (the chip already says it failed).
 */
export function renderFailure(error: LoadError, login: string | undefined, more: MoreContext, host: FailureHost) {
  const ctx = { ...more, alert: asked.has(host) && host.variant !== 'inline' };
  if (error.reason === 'not-found') return renderNotFound(login, ctx);
  if (error.reason === 'organization' || error.reason === 'bot') return renderNotAPerson(error.reason, login ?? '', ctx);
  // The attribute as given (cut: it is not a login, and may be any length).
  if (error.reason === 'invalid-user') return renderInvalidLogin((login ?? '').trim().slice(0, 60), ctx);
  return renderError(error, ctx, () => (asked.add(host), host.reload()));
}
