import { html, nothing, svg } from 'lit';
import { summarizeActivity } from '../model/activity.js';
import { formatExact, formatMonth } from '../i18n/format.js';
import type { Activity, ActivityPoint } from '../model/model.js';
import { CHART_HEIGHT, CHART_WIDTH, type SparklineController } from '../chart/controller.js';
import type { RenderContext } from './context.js';

/**
 * A period as people read it, the same in the summary, the readout and the
 * table: months go through Intl; a release cycle is named by the release its
 * work went into, and one still under way says so.
 */
export function periodLabel(p: ActivityPoint, unit: Activity['unit'], ctx: RenderContext): string {
  const name = unit === 'month' ? (formatMonth(p.start, ctx.locale) ?? p.period) : p.period;
  return p.ongoing ? ctx.msg.ongoing(name) : name;
}

/** One point in words: its count, "fewer than N", or that it is not available. */
export function pointText(p: ActivityPoint, unit: Activity['unit'], ctx: RenderContext): string {
  const period = periodLabel(p, unit, ctx);
  if (p.count === undefined) return ctx.msg.pointMissing(period);
  if (p.below !== undefined) return ctx.msg.pointBelow(period, p.below);
  return ctx.msg.pointLabel(period, p.count);
}

/** The value column of the hidden table. */
function valueText(p: ActivityPoint, ctx: RenderContext): string {
  if (p.count === undefined) return '—';
  return p.below !== undefined ? ctx.msg.fewerThan(p.below) : formatExact(p.count, ctx.locale);
}

/** The one-sentence summary that is the chart's accessible name. */
export function sparklineSummary(activity: Activity, ctx: RenderContext): string | undefined {
  const s = summarizeActivity(activity);
  if (!s) return undefined;
  return ctx.msg.sparklineSummary({
    atLeast: s.partial,
    total: s.total,
    peak: s.peak.count,
    peakPeriod: periodLabel(s.peak, activity.unit, ctx),
    from: periodLabel(s.first, activity.unit, ctx),
    to: periodLabel(s.last, activity.unit, ctx),
    unit: ctx.msg.activityUnit[activity.unit],
    periods: s.count,
  });
}

/**
 * The merged-PR sparkline. Until the chart chunk has loaded, a placeholder of
 * the same size stands in; the summary and the values table (for screen
 * readers) do not need the chunk and are there from the first render.
 */
export function renderSparkline(activity: Activity | undefined, ctx: RenderContext, ctl: SparklineController) {
  if (!activity || !activity.points.length) return nothing;
  const s = summarizeActivity(activity);
  if (!s) return nothing;
  const pts = activity.points;
  // Nothing listed above zero: a flat line would say less than this sentence.
  if (!s.listed) {
    const threshold = pts.find((p) => p.below !== undefined)?.below;
    if (threshold === undefined) return nothing;
    return html`<section class="activity" part="activity" aria-labelledby="activity-h">
      <h3 id="activity-h">${ctx.msg.activityHeading} · ${ctx.msg.activityUnit[activity.unit]}</h3>
      <p class="activity-below">${ctx.msg.activityBelow(threshold, pts.length)}</p>
    </section>`;
  }
  const summary = sparklineSummary(activity, ctx) ?? '';
  const geo = ctl.geometryFor(pts);
  const active = ctl.active !== undefined ? geo.points[ctl.active] : undefined;
  const readout = active ? pointText(active.point, activity.unit, ctx) : '';
  return html`<section class="activity" part="activity" aria-labelledby="activity-h">
    <h3 id="activity-h">${ctx.msg.activityHeading} · ${ctx.msg.activityUnit[activity.unit]}</h3>
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
        <svg viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}" preserveAspectRatio="none" aria-hidden="true" focusable="false">
          ${svg`<path class="area" d=${geo.area}></path><path class="line" d=${geo.line}></path>`}
          ${active?.y !== undefined
            ? // A zero-length line with round caps and a non-scaling stroke is a
              // round dot even though the SVG stretches to the card's width.
              svg`<line class="marker" part="sparkline-marker" x1=${active.x} y1=${active.y} x2=${active.x} y2=${active.y}></line>`
            : nothing}
        </svg>
      </div>
      <figcaption class="readout">
        <span>${periodLabel(pts[0], activity.unit, ctx)}</span>
        <output id="readout" aria-live="polite">${readout}</output>
        <span>${periodLabel(pts[pts.length - 1], activity.unit, ctx)}</span>
      </figcaption>
      <div class="sr-only">
      <table>
        <caption>${summary}</caption>
        <tbody>
          ${pts.map((p) => html`<tr><th scope="row">${periodLabel(p, activity.unit, ctx)}</th><td>${valueText(p, ctx)}</td></tr>`)}
        </tbody>
      </table>
      </div>
    </figure>
  </section>`;
}
