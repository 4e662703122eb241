/**
 * State and input handling of the sparkline: which point is active (pointer
 * or keyboard) and the lazily loaded chart geometry. A controller keeps this
 * out of the element class, which only wires it in.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ActivityPoint } from '../model/model.js';
import { loadView, type CardView } from '../render/load-view.js';
import type { SparklineGeometry } from './sparkline.js';

/** The chart's geometry functions (d3-scale), which travel in the card view. */
type ChartModule = Pick<CardView, 'sparklineGeometry' | 'nearestIndex'>;

/** Width of the SVG's coordinate space; the SVG stretches to the card's width. */
export const CHART_WIDTH = 300;
export const CHART_HEIGHT = 56;

export class SparklineController implements ReactiveController {
  /** Index of the highlighted point, or undefined when none is. */
  active: number | undefined;
  chart: ChartModule | undefined;
  private points: readonly ActivityPoint[] = [];
  private geometry: SparklineGeometry | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.chart) {
      loadView().then(
        (m) => {
          this.chart = m;
          this.host.requestUpdate();
        },
        // A failed chunk load leaves the accessible table and summary in place.
        () => undefined,
      );
    }
  }

  /**
   * The chart's geometry for a series, computed once per series (every pointer
   * move re-renders), or undefined until the chart chunk has loaded. A new
   * series clears the highlighted point.
   */
  geometryFor(points: readonly ActivityPoint[]): SparklineGeometry | undefined {
    if (points !== this.points) {
      this.points = points;
      this.geometry = undefined;
      this.active = undefined;
    }
    this.geometry ??= this.chart?.sparklineGeometry(points, CHART_WIDTH, CHART_HEIGHT);
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
    } else if (e.key === 'Escape') {
      this.set(undefined);
    }
  };

  onPointerMove = (e: PointerEvent): void => {
    const el = e.currentTarget as HTMLElement;
    const width = el.clientWidth;
    if (!this.chart || !this.geometry || !width) return;
    const x = ((e.clientX - el.getBoundingClientRect().left) / width) * CHART_WIDTH;
    this.set(this.chart.nearestIndex(this.geometry, x));
  };

  onPointerLeave = (): void => this.set(undefined);
  onBlur = (): void => this.set(undefined);
}
