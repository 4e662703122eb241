import { html, nothing } from 'lit';
import type { CardData } from '../model/model.js';
import type { RenderContext } from './context.js';
import { firstContributionText, footerText, noticeTexts, yearsText } from './details-text.js';

/**
 * First contribution (linked) and years active, in one muted paragraph each. A no-break space
 * keeps the "·" before the date on the line of the title, as in the role lists.
 */
export function renderHistory(data: CardData, ctx: RenderContext) {
  const first = firstContributionText(data, ctx);
  const years = yearsText(data, ctx);
  const time = first && html`<time datetime=${first.iso}>${first.date}</time>`;
  const what = first?.dateApart ? first.what : time;
  return html`${first
    ? html`<p class="first" part="first-contribution" title=${first.scope ?? nothing}>
        ${first.label}${ctx.msg.colon}${first.url ? html`<a href=${first.url} rel="noopener noreferrer" target="_blank">${what}</a>` : html`<bdi>${what}</bdi>`}${first.repositoryAside ? html`<bdi>${first.repositoryAside}</bdi>` : nothing}${first.dateApart ? html`&nbsp;· ${time}` : nothing}
      </p>`
    : nothing}
  ${years ? html`<p class="years" part="years">${years}</p>` : nothing}`;
}

/** "Data as of" and links to every source used. */
export function renderFooter(data: CardData, ctx: RenderContext) {
  const footer = footerText(data, ctx);
  return html`<footer class="footer" part="footer">
    ${footer.scope ? html`<p class="scope" part="scope">${footer.scope}</p>` : nothing}
    ${footer.asOf ? html`<span part="as-of"><time datetime=${data.asOf!}>${footer.asOf}</time></span>` : nothing}
    ${footer.sources.length
      ? html`<ul aria-label=${ctx.msg.sources} part="sources">
          ${footer.sources.map((s) => html`<li>${s.url ? html`<a href=${s.url} rel="noopener noreferrer" target="_blank">${s.name}</a>` : s.name}</li>`)}
        </ul>`
      : nothing}
  </footer>`;
}

/** The partial state: one sentence per source that failed, with when it will be back. */
export function renderNotices(data: CardData, ctx: RenderContext) {
  // The element loads the sentences before it shows a card with notices.
  if (!ctx.more) return nothing;
  const notices = noticeTexts(data, { ...ctx, more: ctx.more });
  if (!notices.length) return nothing;
  return html`<div class="notice" part="notice" role="status">
    ${notices.map((n) => html`<p>
        ${n}
      </p>`)}
  </div>`;
}
