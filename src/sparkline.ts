/**
 * Geometry of the merged-PR sparkline: pure, and the only module that imports
 * d3-scale. The element loads it with a dynamic import, in parallel with the
 * data, so the scales never delay the skeleton or the first request.
 */
import { scaleLinear } from 'd3-scale';
import type { ActivityPoint } from './model.js';

export interface SparklinePoint {
  x: number;
  y: number;
  point: ActivityPoint;
}

export interface SparklineGeometry {
  /** SVG path of the line. */
  line: string;
  /** SVG path of the area under the line (closed along the baseline). */
  area: string;
  points: SparklinePoint[];
}

/** Rounds to 0.1 px: enough for a sparkline, and keeps the SVG short. */
const r = (n: number) => Math.round(n * 10) / 10;

/**
 * Lays out points left to right by index (periods are equal-width: a month or
 * a release) and bottom to top by count, inside `width × height` with `pad`
 * pixels kept free so end dots are not clipped.
 */
export function sparklineGeometry(points: readonly ActivityPoint[], width: number, height: number, pad = 3): SparklineGeometry {
  if (!points.length) return { line: '', area: '', points: [] };
  const max = Math.max(1, ...points.map((p) => p.count));
  const x = scaleLinear().domain([0, Math.max(1, points.length - 1)]).range([pad, width - pad]);
  const y = scaleLinear().domain([0, max]).range([height - pad, pad]);
  const laid = points.map((point, i) => ({ x: r(points.length === 1 ? width / 2 : x(i)), y: r(y(point.count)), point }));
  const line = laid.map((p, i) => `${i ? 'L' : 'M'}${p.x},${p.y}`).join('');
  const base = r(y(0));
  const area = `${line}L${laid[laid.length - 1].x},${base}L${laid[0].x},${base}Z`;
  return { line, area, points: laid };
}

/** Index of the point nearest to a horizontal pixel position. */
export function nearestIndex(geometry: SparklineGeometry, px: number): number {
  let best = 0;
  geometry.points.forEach((p, i) => {
    if (Math.abs(p.x - px) < Math.abs(geometry.points[best].x - px)) best = i;
  });
  return best;
}
