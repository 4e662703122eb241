/**
 * Geometry of the merged-PR sparkline: pure, and the only module that imports
 * d3-scale. The element loads it with a dynamic import, in parallel with the
 * data, so the scales never delay the skeleton or the first request.
 *
 * Both axes use d3's point scale. Periods (months, releases) are ordinal and
 * evenly spaced, which is what a point scale is; merged-PR counts are whole
 * numbers, so a point scale over 0…max places them exactly as a linear one
 * would. `scaleLinear` would work too but brings d3-interpolate, d3-color and
 * d3-format (≈ 7 KB gzipped) for a chart that interpolates no colours and
 * formats no ticks.
 */
import { scalePoint } from 'd3-scale';
import type { ActivityPoint } from '../model/model.js';

export interface SparklinePoint {
  x: number;
  /** Undefined for a gap: a period whose count is unknown. */
  y?: number;
  point: ActivityPoint;
}

export interface SparklineGeometry {
  /** SVG path of the line; a gap splits it into pieces. */
  line: string;
  /** SVG path of the area under the line (one closed shape per piece). */
  area: string;
  /**
   * Where a point with a gap on each side is: the card draws a dot there, which
   * the eye finds where the line's short cap on that point alone is easy to miss.
   */
  dots: { x: number; y: number }[];
  points: SparklinePoint[];
}

/** Rounds to 0.1 px: enough for a sparkline, and keeps the SVG short. */
const r = (n: number) => Math.round(n * 10) / 10;

/**
 * Half the width of a lone point's cap. 6 units across (6 px, a little less or
 * more as the chart stretches to the card) is a mark the eye finds, and under
 * a quarter of the step between two months of a year: it reads as one point,
 * not as a line to a neighbour.
 */
const CAP = 3;

/**
 * Lays out points left to right by index (periods are equal-width: a month or
 * a release) and bottom to top by count, inside `width × height` with `pad`
 * pixels kept free so end dots are not clipped. A point without a count is a
 * gap: the line stops before it and starts again after it. A count that is
 * only bounded (`below`) is drawn at its lower bound.
 */
export function sparklineGeometry(points: readonly ActivityPoint[], width: number, height: number, pad = 3): SparklineGeometry {
  if (!points.length) return { line: '', area: '', dots: [], points: [] };
  const max = Math.max(1, ...points.map((p) => p.count ?? 0));
  const x = scalePoint<number>().domain(points.map((_, i) => i)).range([pad, width - pad]).align(0.5);
  // At most 1,000 steps: finer than a pixel on a 56 px chart, and a hostile
  // count of a billion cannot make a billion-entry domain.
  const steps = Math.min(max, 1000);
  const step = (count: number) => Math.round((count * steps) / max);
  const yScale = scalePoint<number>().domain(Array.from({ length: steps + 1 }, (_, i) => i)).range([height - pad, pad]);
  const y = (count: number) => yScale(step(count))!;
  const laid: SparklinePoint[] = points.map((point, i) => {
    const px = r(points.length === 1 ? width / 2 : x(i)!);
    return point.count === undefined ? { x: px, point } : { x: px, y: r(y(point.count)), point };
  });
  const base = r(y(0));
  let line = '';
  let area = '';
  const dots: { x: number; y: number }[] = [];
  for (const piece of pieces(laid)) {
    // A point with a gap on each side (or a series of one) would be a bare
    // move: no line, nothing drawn, though the summary may name it the peak.
    // It gets a short level cap instead, a stroke of the line itself, so it
    // takes the line's colour in every theme and in forced colours, and the
    // static SVG, which draws only this path, shows it too; the card also
    // draws a dot on it.
    const [one] = piece;
    if (piece.length === 1) dots.push({ x: one!.x, y: one!.y });
    const ends = piece.length > 1 ? piece : [-CAP, CAP].map((d) => ({ ...one!, x: r(one!.x + d) }));
    const path = ends.map((p, i) => `${i ? 'L' : 'M'}${p.x},${p.y}`).join('');
    line += path;
    area += `${path}L${ends[ends.length - 1]!.x},${base}L${ends[0]!.x},${base}Z`;
  }
  return { line, area, dots, points: laid };
}

/** Runs of consecutive points that have a position, split at gaps. */
function pieces(laid: readonly SparklinePoint[]): (SparklinePoint & { y: number })[][] {
  const out: (SparklinePoint & { y: number })[][] = [];
  let run: (SparklinePoint & { y: number })[] = [];
  for (const p of laid) {
    if (p.y === undefined) {
      if (run.length) out.push(run);
      run = [];
    } else run.push(p as SparklinePoint & { y: number });
  }
  if (run.length) out.push(run);
  return out;
}

/** Index of the point nearest to a horizontal pixel position. */
export function nearestIndex(geometry: SparklineGeometry, px: number): number {
  let best = 0;
  geometry.points.forEach((p, i) => {
    if (Math.abs(p.x - px) < Math.abs(geometry.points[best]!.x - px)) best = i;
  });
  return best;
}
