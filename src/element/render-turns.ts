/**
 * Page-wide turns for card updates. A page of 100 cards ran every card's
 * first render (the skeleton) in the task that defined the element, and every
 * card's render of its data in the task the files arrived in: ~150 and
 * ~250 ms in which the page could not answer a click or a key (the
 * benchmark's 100-card trace). Updates now take turns: once the updates of
 * one task have run for {@link TURN_MS}, the next waits for the following
 * task, where the browser can handle input and draw a frame first. A lone
 * card never waits.
 *
 * Turns pay only because cards far off screen skip their layout
 * (`off-screen.ts`): without that, each frame between two turns laid
 * out every card rendered so far, and the page took 41% longer to its last
 * frame in the benchmark.
 */
import { nextTask } from '../next-task.js';

/** Milliseconds of card updates one task runs before the next update waits for a new task. */
export const TURN_MS = 20;

/** When this task's first update began; meaningful while {@link turnEnd} is set. */
let turnStart = 0;
/** The next task, once an update has run in this one: where the turn ends. */
let turnEnd: Promise<void> | undefined;

/**
 * Asked right before a card's update runs: `undefined` when it may run now,
 * or a promise of the next task, where the caller asks again. Waiters resume
 * in the order they asked, each after the previous one's update has run, so
 * each sees the time the others took.
 */
export function renderTurn(now = performance.now()): Promise<void> | undefined {
  if (!turnEnd) {
    turnStart = now;
    turnEnd = nextTask().then(() => {
      turnEnd = undefined;
    });
  // Compared as the end time, not as a difference: (start + 20) − start can come out a hair
  // under 20 in floating point (a WebKit run of the unit test saw the update at the turn's end run).
  } else if (now >= turnStart + TURN_MS) return turnEnd;
  return undefined;
}
