/**
 * Figures about the activity series that both the accessible summary and the
 * tests need. Pure and free of d3 so the summary is available before the
 * chart's chunk has loaded.
 */
import type { Activity, ActivityPoint } from './model.js';

export interface ActivitySummary {
  total: number;
  peak: ActivityPoint;
  first: ActivityPoint;
  last: ActivityPoint;
  count: number;
}

/** Total, peak (the earliest of equal peaks) and period of a non-empty series. */
export function summarizeActivity(activity: Activity): ActivitySummary | undefined {
  const pts = activity.points;
  if (!pts.length) return undefined;
  let peak = pts[0];
  let total = 0;
  for (const p of pts) {
    total += p.count;
    if (p.count > peak.count) peak = p;
  }
  return { total, peak, first: pts[0], last: pts[pts.length - 1], count: pts.length };
}
