/**
 * Figures about the activity series that both the accessible summary and the
 * tests need. Pure and free of d3 so the summary is available before the
 * chart's chunk has loaded.
 */
import type { Activity, ActivityPoint } from './model.js';

export interface ActivitySummary {
  /** Sum of the counts the series knows (a lower bound when `partial`). */
  total: number;
  /** The period with the most merged PRs (the earliest of equal peaks), among known counts. */
  peak: ActivityPoint & { count: number };
  first: ActivityPoint;
  last: ActivityPoint;
  count: number;
  /** True when some point is a gap or only bounded (`below`): the total is "at least". */
  partial: boolean;
  /** True when some point has a listed count above zero: a chart is worth drawing. */
  listed: boolean;
}

/** True for a point whose count is known exactly. */
export function isExact(p: ActivityPoint): p is ActivityPoint & { count: number } {
  return p.count !== undefined && p.below === undefined;
}

/** Total, peak and period of a series; undefined when it has no point with a count. */
export function summarizeActivity(activity: Activity): ActivitySummary | undefined {
  const pts = activity.points;
  const counted = pts.filter((p): p is ActivityPoint & { count: number } => p.count !== undefined);
  if (!counted.length) return undefined;
  let peak = counted[0]!;
  let total = 0;
  for (const p of counted) {
    total += p.count;
    if (p.count > peak.count) peak = p;
  }
  return {
    total,
    peak,
    first: pts[0]!,
    last: pts[pts.length - 1]!,
    count: pts.length,
    partial: pts.some((p) => !isExact(p)),
    listed: pts.some((p) => isExact(p) && p.count > 0),
  };
}
