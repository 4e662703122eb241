/**
 * State and input handling of the sparkline: which point is active (pointer
 * or keyboard) and the chart's geometry, computed once per series. A
 * controller keeps this out of the element class, which only wires it in.
 * It travels in the card view with the chart it drives: the element adds it
 * when the view arrives, so the first paint carries none of it.
 */
import type { ReactiveControllerHost } from 'lit';
import type { ActivityPoint } from '../model/model.js';
import { nearestIndex, sparklineGeometry, type SparklineGeometry } from './sparkline.js';

/** Width of the SVG's coordinate space; the SVG stretches to the card's width. */
export const CHART_WIDTH = 300;
export const CHART_HEIGHT = 56;

export class SparklineController {
  /** Index of the highlighted point, or undefined when none is. */
  active: number | undefined;
  private points: readonly ActivityPoint[] = [];
  private geometry: SparklineGeometry | undefined;

  /** `host` re-renders when the highlighted point changes. */
  constructor(private readonly host: ReactiveControllerHost) {}

  /**
   * The chart's geometry for a series, computed once per series (every pointer
   * move re-renders). A new series clears the highlighted point.
   */
  geometryFor(points: readonly ActivityPoint[]): SparklineGeometry {
    if (points !== this.points) {
      this.points = points;
      this.geometry = undefined;
      this.active = undefined;
    }
    this.geometry ??= sparklineGeometry(points, CHART_WIDTH, CHART_HEIGHT);
    return this.geometry;
  }

  private get count(): number {
    return this.points.length;
  }

  private set(i: number | undefined) {
    const next = i === undefined ? undefined : Math.max(0, Math.min(this.count - 1, i));
    if (next !== this.active) {
      this.active = next;
      this.host.requestUpdate();
    }
  }

  onKeyDown = (e: KeyboardEvent): void => {
    const last = this.count - 1;
    const cur = this.active;
    const moves: Record<string, number | undefined> = {
      ArrowRight: cur === undefined ? 0 : cur + 1,
      ArrowUp: cur === undefined ? 0 : cur + 1,
      ArrowLeft: cur === undefined ? last : cur - 1,
      ArrowDown: cur === undefined ? last : cur - 1,
      Home: 0,
      End: last,
    };
    if (e.key in moves) {
      e.preventDefault();
      this.set(moves[e.key]);
    } else if (e.key === 'Escape' && cur !== undefined) {
      // This Escape clears the point only: in the inline card's popover it closed the popover too.
      // With no point shown, Escape goes on (and closes the popover), as a badge's does.
      e.stopPropagation();
      this.set(undefined);
    }
  };

  onPointerMove = (e: PointerEvent): void => {
    const el = e.currentTarget as HTMLElement;
    const width = el.clientWidth;
    if (!this.geometry || !width) return;
    const x = ((e.clientX - el.getBoundingClientRect().left) / width) * CHART_WIDTH;
    this.set(nearestIndex(this.geometry, x));
  };

  onPointerLeave = (): void => this.set(undefined);
  onBlur = (): void => this.set(undefined);
}
