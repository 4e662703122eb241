/**
 * Page-wide turns for the updates of loaded cards. A page of 100 cards made
 * from 10 files gets their data within a few milliseconds, and every card's
 * render ran in the same task: ~250 ms in which the page could not answer a
 * click or a key (the benchmark's 100-card trace). Updates now take turns:
 * once the updates of one task have run for {@link TURN_MS}, the next waits
 * for the following task, where the browser can handle input and draw a
 * frame first. A lone card never waits.
 *
 * Turns pay only because cards far off screen skip their layout
 * (`off-screen.ts`): without that, each frame between two turns laid out
 * every card rendered so far, and the page took 41% longer to its last frame
 * in the benchmark. They come with the card view: until it arrives a card
 * shows its skeleton, which is cheap to render.
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
 * Asked right before a card's update runs: `undefined` when it may run now,
 * or a promise of the next task, where the caller asks again. Waiters resume
 * in the order they asked, each after the previous one's update has run, so
 * each sees the time the others took.
 */
export function renderTurn(now = performance.now()): Promise<void> | undefined {
  if (turnStart < 0) {
    turnStart = now;
    void turnEnd();
  } else if (now - turnStart >= TURN_MS) return turnEnd();
  return undefined;
}
