/**
 * What the merged-PR sparkline says, as plain strings: period labels, each
 * point in words, the one-sentence summary, and whether the region draws a
 * chart or says that every period is under the listing threshold. Shared by
 * the card's template (`sparkline-view.ts`) and the static SVG.
 */
import { summarizeActivity } from '../model/activity.js';
import { formatExact, formatMonth } from '../i18n/format.js';
import type { Activity, ActivityPoint } from '../model/model.js';
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

/** One point's value alone, for a table's value column: the count, "fewer than N", or a dash. */
export function valueText(p: ActivityPoint, ctx: RenderContext): string {
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
 * The activity region in words: a chart with its heading, summary and end
 * labels; or, when nothing is listed above zero (a flat line would say less),
 * the sentence that every period is under the listing threshold; or nothing.
 */
export type ActivityText =
  | { kind: 'chart'; heading: string; summary: string; from: string; to: string }
  | { kind: 'below'; heading: string; sentence: string };

/** What the activity region shows, or undefined when it shows nothing. */
export function activityText(activity: Activity | undefined, ctx: RenderContext): ActivityText | undefined {
  if (!activity || !activity.points.length) return undefined;
  const s = summarizeActivity(activity);
  if (!s) return undefined;
  const pts = activity.points;
  const heading = `${ctx.msg.activityHeading} · ${ctx.msg.activityUnit[activity.unit]}`;
  if (!s.listed) {
    // "In each of the last N cycles" holds for the newest cycles under the threshold, up to one
    // that failed to load (or a file's exact 0): counting every point said it of cycles the
    // source never answered for.
    let n = 0;
    for (const p of pts) n = p.below === undefined ? 0 : n + 1;
    return n ? { kind: 'below', heading, sentence: ctx.msg.activityBelow(pts.at(-1)!.below!, n) } : undefined;
  }
  return {
    kind: 'chart',
    heading,
    summary: sparklineSummary(activity, ctx) ?? '',
    from: periodLabel(pts[0]!, activity.unit, ctx),
    to: periodLabel(pts[pts.length - 1]!, activity.unit, ctx),
  };
}
