import { html, nothing } from 'lit';
import { formatDate, formatRelative } from '../i18n/format.js';
import type { CardData } from '../model/model.js';
import { isPartial } from '../model/state.js';
import type { RenderContext } from './context.js';
import { scopeText } from './totals.js';

/**
 * A source's display name. Ids come from data (a card file's `sources[].id`,
 * `notices[].source`), so only the table's own entries count: an id such as
 * `constructor` must not read `Object.prototype` and show a function.
 */
export function sourceName(id: string, ctx: RenderContext): string {
  return Object.hasOwn(ctx.msg.sourceNames, id) ? ctx.msg.sourceNames[id] : id;
}

/** First contribution (linked) and years active, in one muted paragraph each. */
export function renderHistory(data: CardData, ctx: RenderContext) {
  const first = data.firstContribution;
  const years = data.yearsActive;
  const firstDate = first && formatDate(first.date, ctx.locale);
  const what = first ? first.title ?? first.repository ?? firstDate : undefined;
  // A GitHub search finds merged PRs only, in the orgs it names: say so rather than "first contribution".
  const firstScope = data.scopes?.firstContribution;
  const firstLabel = firstScope?.source === 'github' ? ctx.msg.firstMergedPr : ctx.msg.firstContribution;
  return html`${first && firstDate
    ? html`<p class="first" part="first-contribution" title=${firstScope ? scopeText(firstScope, ctx) : nothing}>
        ${firstLabel}:
        ${first.url ? html`<a href=${first.url} rel="noopener noreferrer" target="_blank">${what}</a>` : what}
        ${first.repository && first.title ? html`(${first.repository})` : nothing} · <time datetime=${first.date}>${firstDate}</time>
      </p>`
    : nothing}
  ${years?.length
    ? html`<p class="years" part="years">${ctx.msg.yearsActive(years.length, years[0]!)}</p>`
    : nothing}`;
}

/** "Data as of" and links to every source used. */
export function renderFooter(data: CardData, ctx: RenderContext) {
  const asOf = data.asOf && formatDate(data.asOf, ctx.locale);
  const rel = data.asOf && formatRelative(data.asOf, ctx.now, ctx.locale);
  return html`<footer class="footer" part="footer">
    ${data.scope ? html`<p class="scope" part="scope">${ctx.msg.figuresScope(scopeText(data.scope, ctx))}</p>` : nothing}
    ${asOf && rel ? html`<span part="as-of"><time datetime=${data.asOf!}>${ctx.msg.asOf(asOf, rel)}</time></span>` : nothing}
    ${data.sources.length
      ? html`<nav aria-label=${ctx.msg.sources} part="sources">
          <ul>
            ${data.sources.map((s) => {
              const name = Object.hasOwn(ctx.msg.sourceNames, s.id) ? ctx.msg.sourceNames[s.id] : s.name;
              return html`<li>${s.url ? html`<a href=${s.url} rel="noopener noreferrer" target="_blank">${name}</a>` : name}</li>`;
            })}
          </ul>
        </nav>`
      : nothing}
  </footer>`;
}

/** The partial state: one sentence per source that failed, with when it will be back. */
export function renderNotices(data: CardData, ctx: RenderContext) {
  if (!isPartial(data)) return nothing;
  return html`<div class="notice" part="notice" role="status">
    ${data.notices!.map((n) => {
      const name = sourceName(n.source, ctx);
      // A reset time already past says nothing useful ("back 3 days ago").
      const back = n.retryAt && Date.parse(n.retryAt) > ctx.now ? formatRelative(n.retryAt, ctx.now, ctx.locale) : undefined;
      const saved = n.staleSince && formatRelative(n.staleSince, ctx.now, ctx.locale);
      return html`<p>
        ${ctx.msg.sourceUnavailable(name, ctx.msg.reasons[n.reason])}${saved ? ` ${ctx.msg.savedCopy(saved)}` : ''}${back
          ? ` ${ctx.msg.backAt(back)}`
          : ''}
      </p>`;
    })}
  </div>`;
}
