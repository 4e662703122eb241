/**
 * State and input handling of the sparkline: which point is active (pointer
 * or keyboard) and the lazily loaded chart geometry. A controller keeps this
 * out of the element class, which only wires it in.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type ChartModule = typeof import('./sparkline.js');

let chartModule: Promise<ChartModule> | undefined;

/**
 * Starts loading the chart code (d3-scale) once per page. Called when a card
 * starts loading its data, so both travel in parallel.
 */
export function preloadChart(): Promise<ChartModule> {
  chartModule ??= import('./sparkline.js');
  return chartModule;
}

/** Width of the SVG's coordinate space; the SVG stretches to the card's width. */
export const CHART_WIDTH = 300;
export const CHART_HEIGHT = 56;

export class SparklineController implements ReactiveController {
  /** Index of the highlighted point, or undefined when none is. */
  active: number | undefined;
  chart: ChartModule | undefined;
  private count = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.chart) {
      preloadChart().then(
        (m) => {
          this.chart = m;
          this.host.requestUpdate();
        },
        // A failed chunk load leaves the accessible table and summary in place.
        () => undefined,
      );
    }
  }

  /** Tells the controller how many points the current series has (resets a stale index). */
  setCount(n: number): void {
    if (n !== this.count) {
      this.count = n;
      this.active = undefined;
    }
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
    if (!this.chart || !width || !this.count) return;
    const x = ((e.clientX - el.getBoundingClientRect().left) / width) * CHART_WIDTH;
    this.set(Math.round(((x - 3) / (CHART_WIDTH - 6)) * (this.count - 1)));
  };

  onPointerLeave = (): void => this.set(undefined);
  onBlur = (): void => this.set(undefined);
}
