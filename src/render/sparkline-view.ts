import { html, nothing, svg } from 'lit';
import type { Activity } from '../model/model.js';
import { CHART_HEIGHT, CHART_WIDTH, type SparklineController } from '../chart/controller.js';
import type { SparklineGeometry } from '../chart/sparkline.js';
import type { RenderContext } from './context.js';
import { activityText, periodLabel, pointText, valueText } from './sparkline-text.js';

/**
 * The merged-PR sparkline. Until the chart chunk has loaded, a placeholder of
 * the same size stands in; the summary and the values table (for screen
 * readers) do not need the chunk and are there from the first render.
 *
 * Under the chart, every point's readout is laid out, unseen, in the same cell
 * as the live one: the row is as tall as the tallest of them, so moving from
 * point to point never moves what is below the chart.
 */
export function renderSparkline(activity: Activity | undefined, ctx: RenderContext, ctl: SparklineController) {
  const text = activityText(activity, ctx);
  if (!activity || !text) return nothing;
  const pts = activity.points;
  // Nothing listed above zero: a flat line would say less than this sentence.
  if (text.kind === 'below') {
    return html`<section class="activity" part="activity">
      <h3 id="activity-h">${text.heading}</h3>
      <p class="activity-below">${text.sentence}</p>
    </section>`;
  }
  const summary = text.summary;
  const geo = ctl.geometryFor(pts);
  const active = ctl.active !== undefined ? geo.points[ctl.active] : undefined;
  const readout = active ? pointText(active.point, activity.unit, ctx) : '';
  // The values table is named by the heading, not captioned with the summary: the chart's name,
  // just before it, is the summary, which the caption made a screen reader say twice.
  return html`<section class="activity" part="activity">
    <h3 id="activity-h">${text.heading}</h3>
    <figure>
      <div
        class="chart"
        part="sparkline"
        role="group"
        tabindex="0"
        aria-label=${summary}
        aria-describedby="readout"
        @keydown=${ctl.onKeyDown}
        @pointermove=${ctl.onPointerMove}
        @pointerleave=${ctl.onPointerLeave}
        @blur=${ctl.onBlur}
      >
        ${renderPlot(geo, 3, active?.y !== undefined ? { x: active.x, y: active.y } : undefined)}
      </div>
      <figcaption class="readout">
        <span>${text.from}</span>
        <div class="now">
          <output id="readout" aria-live="polite">${readout}</output>
          ${pts.map((p) => html`<div>${pointText(p, activity.unit, ctx)}</div>`)}
        </div>
        <span>${text.to}</span>
      </figcaption>
      <div class="sr-only">
      <table aria-labelledby="activity-h">
        <tbody>
          ${pts.map((p) => html`<tr><th scope="row">${periodLabel(p, activity.unit, ctx)}</th><td>${valueText(p, ctx)}</td></tr>`)}
        </tbody>
      </table>
      </div>
    </figure>
  </section>`;
}

/** A position in the chart's coordinate space as a share of the chart. */
const share = (v: number, of: number) => `${(v * 100) / of}%`;

/** A circle of radius `r` px on a point of the chart; `part` names the marker. */
const pin = (p: { x: number; y: number }, r: number, part?: string) =>
  svg`<circle part=${part ?? nothing} cx=${share(p.x, CHART_WIDTH)} cy=${share(p.y, CHART_HEIGHT)} r=${r}></circle>`;

/**
 * The chart itself, for the full card and the compact one: the line and the area under it in
 * an SVG that stretches to the card's width (`preserveAspectRatio="none"`; the line keeps its
 * width by `vector-effect: non-scaling-stroke`), and over it the dots on lone points (radius
 * `dotRadius` px) and the active point's marker, as circles in an SVG of their own. A circle in
 * the stretched SVG would be an oval; so was the round cap of a zero-length stroke in WebKit,
 * which stretches caps even under `non-scaling-stroke`. The second SVG does not stretch: its
 * circles are round in every engine, placed in percentages of the chart by attributes (which a
 * strict CSP allows, where a `style` would not be).
 */
export function renderPlot(geo: SparklineGeometry, dotRadius: number, marker?: { x: number; y: number }) {
  return html`<svg viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}" preserveAspectRatio="none" aria-hidden="true">
      ${svg`<path class="area" d=${geo.area}></path><path class="line" d=${geo.line}></path>`}
    </svg>
    ${geo.dots.length || marker
      ? html`<svg class="pins" aria-hidden="true">${geo.dots.map((d) => pin(d, dotRadius))}${marker ? pin(marker, 4.5, 'sparkline-marker') : nothing}</svg>`
      : nothing}`;
}
