/**
 * `variant="compact"`, for sidebars and speaker grids: the avatar, the name,
 * the highest role, three figures and the sparkline, about 120 px tall (and
 * the partial card's notices, as the full card says them: figures from another
 * source, or none, are not shown without saying why). A chunk of its own: a
 * page that shows only full cards never downloads it.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { SparklineController } from '../chart/controller.js';
import type { CardData } from '../model/model.js';
import { highestRung } from '../model/roles-order.js';
import type { RenderContext } from '../render/context.js';
import { renderNotices } from '../render/details.js';
import { renderAvatar } from '../render/identity.js';
import { renderRung } from '../render/roles.js';
import { activityText } from '../render/sparkline-text.js';
import { renderPlot } from '../render/sparkline-view.js';
import { totalsText } from '../render/totals-text.js';
import { renderFigure, renderScopeNotes } from '../render/totals.js';
import { emptyText } from '../render/empty-text.js';
import { hasNothingToCount } from '../model/state.js';

/** How many figures the compact card shows: the first three the full card would. */
const FIGURES = 3;

/**
 * The compact card (`share`: the share menu, when the card has one). The variants'
 * modules answer to one name, so the element needs no case for each.
 */
export function renderVariant(data: CardData, ctx: RenderContext, _host: unknown, chart: SparklineController, _full: unknown, share: unknown) {
  const top = highestRung(data.roles);
  const empty = hasNothingToCount(data);
  const totals = totalsText(data, ctx);
  const tiles = totals.tiles.slice(0, FIGURES);
  // A figure counted over another scope keeps its mark and footnote, as on the full card and the
  // static compact card: "1*" alone would read as DevStats' count.
  const notes = totals.notes.filter((n) => tiles.some((t) => t.mark === n.mark));
  const text = activityText(data.activity, ctx);
  const activity = text?.kind === 'chart' ? text : undefined;
  const points = data.activity?.points ?? [];
  const geo = activity && points.length ? chart.geometryFor(points) : undefined;
  const profile = data.identity.profileUrl ?? `https://github.com/${data.identity.login}`;
  return html`<div class="compact">
    <header class="c-head" part="identity">
      ${renderAvatar(data.identity, 40)}
      <div class="who">
        <h2 class="name" part="name" dir="auto">
          <a href=${profile} part="profile-link" rel="noopener noreferrer" target="_blank" title=${ctx.msg.profileLink(data.identity.login)}
            >${data.identity.name ?? data.identity.login}</a
          >
        </h2>
        ${top ? renderRung(top, ctx) : nothing}
      </div>
    </header>
    ${renderNotices(data, ctx)}
    ${empty
      ? // As the full card says it, instead of its figures: a name alone says nothing of the person's work, not even that there is none yet.
        html`<p class="c-empty" part="state empty">${emptyText(data, ctx)}</p>`
      : nothing}
    ${empty ? nothing : html`<div class="c-body">
      ${tiles.length
        ? html`<dl class="c-figs" part="totals">
            ${tiles.map((t) => renderFigure(t, ctx, 'c-fig'))}
          </dl>`
        : nothing}
      ${geo && activity
        ? html`<div class="c-chart" part="sparkline" role="img" aria-label=${activity.summary}>
            ${renderPlot(geo, 2.5)}
          </div>`
        : nothing}
    </div>`}
    ${empty ? nothing : renderScopeNotes(notes)}
  </div>${share}`;
}

/** A compact card that failed shows the failure as the full card does. */
export function renderFailure(_login: unknown, _ctx: unknown, _host: unknown, failure: () => TemplateResult) {
  return failure();
}

export const variantStyles = css`
  :host([variant='compact']) {
    --_min-height: var(--k8s-card-min-height, 0px);
  }
  .compact {
    display: flex;
    flex-direction: column;
    gap: 8px;
  }
  .c-head {
    display: flex;
    gap: 10px;
    align-items: center;
    min-inline-size: 0;
  }
  .c-head .avatar {
    inline-size: 40px;
    block-size: 40px;
    font-size: 15px;
    /* Initials this small need the text colour for AA contrast on the tint. */
    color: var(--_fg);
  }
  .c-head .name {
    font-size: 15px;
    -webkit-line-clamp: 1;
  }
  .c-head .name a {
    color: inherit;
    text-decoration: none;
  }
  .c-head .rung {
    margin: 0;
    font-size: 12.5px;
  }
  /* The chart goes under the figures when less than its 60 px (its minimum width, by which a
     wrapping row measures it) is left beside them: German and Arabic labels at 360 px pushed it
     past the card's edge, where the card clipped it. */
  .c-body {
    display: flex;
    flex-wrap: wrap;
    gap: 10px;
    align-items: flex-end;
  }
  .c-empty {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .c-figs {
    display: flex;
    gap: 10px;
    flex: none;
    max-inline-size: 100%;
  }
  /* A figure shrinks down to its number, never into it ("15.81" over "2" in German at 280 px):
     the label gives way first, on two lines at most, then cut with "…" (its whole text in the
     title). One line cut "PRs merged" and "PRs opened" alike to "PRs…" with a reader's own
     text spacing (WCAG 1.4.12) at 320 px. */
  .c-fig {
    display: flex;
    flex-direction: column-reverse;
    /* The numbers in one row at the top, whichever labels take two lines. */
    justify-content: flex-end;
  }
  .c-fig dt {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
    font-size: 11px;
    color: var(--_muted);
  }
  .c-fig .mark {
    font-size: 10px;
    font-weight: 400;
    color: var(--_muted);
  }
  .compact .scope-notes {
    margin: 0;
    font-size: 11px;
  }
  .c-fig dd {
    white-space: nowrap;
    font-size: 15px;
    font-weight: 650;
    font-variant-numeric: tabular-nums;
  }
  .c-chart {
    position: relative;
    flex: 1;
    min-inline-size: 60px;
    direction: ltr;
  }
  .c-chart svg {
    display: block;
    inline-size: 100%;
    block-size: 32px;
    overflow: visible;
  }
  .c-chart .area {
    fill: var(--_accent-soft);
  }
  .c-chart .line {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2;
    vector-effect: non-scaling-stroke;
  }
  /* A lone point's dot, in an SVG that does not stretch (as the full card's). */
  .c-chart .pins {
    position: absolute;
    inset: 0;
  }
  .c-chart circle {
    fill: var(--_accent);
  }
  @media (forced-colors: active) {
    .c-chart .line {
      stroke: CanvasText;
    }
    .c-chart circle {
      fill: CanvasText;
    }
    .c-chart .area {
      fill: none;
    }
  }
  @container (max-width: 320px) {
    .c-body {
      flex-direction: column;
      align-items: stretch;
    }
    /* Three long labels (German, Arabic) do not fit 280 px: they shrink to "…", as the full
       card's do, the whole label in the figure's title. */
    .c-figs {
      flex: initial;
      min-inline-size: 0;
    }
  }
`;
