/**
 * Page-wide turns for card updates. A page of 100 cards made from 10 files
 * gets their data within a few milliseconds, and every card's update ran in
 * the same task: 300–350 ms in which the page could not answer a click or a
 * key (the benchmark's 100-card trace). Updates now take turns: once the
 * updates of one task have run for {@link TURN_MS}, the next waits for the
 * following task, where the browser can handle input and draw a frame first.
 * A lone card never waits; its updates stay as synchronous as Lit makes them.
 *
 * The price: the frames between turns lay out the cards drawn so far, so the
 * last of 100 cards completes later (the first ones, at the top of the page,
 * sooner); docs/performance.md has the figures. `content-visibility: auto`
 * on the host would let off-screen cards skip that layout, and did in
 * Chromium, but WebKit then left on-screen cards unrendered at their
 * placeholder size, so it is not used.
 */
import { nextTask } from '../next-task.js';

/** Milliseconds of card updates one task runs before the next update waits for a new task. */
export const TURN_MS = 20;

/** When this task's first update began, or -1 when no update has run in it. */
let turnStart = -1;
let taskEnd: Promise<void> | undefined;

/** Resolves in the next task, when a new turn may begin. */
function turnEnd(): Promise<void> {
  return (taskEnd ??= nextTask().then(() => {
    taskEnd = undefined;
    turnStart = -1;
  }));
}

/**
 * Starts this task's turn if none has started: connecting a card is part of
 * the turn too (a page's 100 cards upgrade and connect in the task that
 * defines the element, before any of their updates).
 */
export function beginTurn(now = performance.now()): void {
  if (turnStart >= 0) return;
  turnStart = now;
  void turnEnd();
}

/**
 * Asked right before an update runs: `undefined` when it may run now, or a
 * promise of the next task, where the caller asks again. Waiters are resumed
 * in the order they asked, each after the previous one's update has run, so
 * each sees the time the others took.
 */
export function renderTurn(now = performance.now()): Promise<void> | undefined {
  if (turnStart < 0) beginTurn(now);
  else if (now - turnStart >= TURN_MS) return turnEnd();
  return undefined;
}
