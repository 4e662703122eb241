/**
 * Spreads the starts of a burst of requests over tasks. A live card asks for
 * ~30 answers at once (GitHub, 22 DevStats calls, the community files), and
 * starting them all in one task made it the card's longest: each `fetch()`
 * costs the main thread a little (building the request, handing it to the
 * network service), ~100 ms of wall clock in all on the benchmark's busy two
 * cores. A few start in each task, the rest in the next, where the browser
 * has had its turn between: the requests leave within a few milliseconds
 * of each other, as before, and no task grows long.
 */
import { nextTask } from '../../next-task.js';

/** How many requests one task starts before the rest wait for the next. */
export const STARTS_PER_TASK = 4;

let started = 0;
let taskEnd: Promise<void> | undefined;

/** Resolves in the next task, when the count starts again. */
function taskDone(): Promise<void> {
  return (taskEnd ??= nextTask().then(() => {
    taskEnd = undefined;
    started = 0;
  }));
}

/**
 * Calls `start` (which sends one request) now, or in a later task once this
 * one has started its share. Rejects with `signal`'s reason, without calling
 * `start` or using a share, when it aborts before its turn: a card removed
 * and put back 1,000 times left thousands of abandoned starts queued, each
 * taking its share in turn (11,236 and 14,496 already-aborted fetches counted
 * during the card's next load), and its own requests waited behind them past
 * their 10 s limit (measured in Firefox on a busy machine).
 */
export async function paced<T>(start: () => Promise<T>, signal?: AbortSignal): Promise<T> {
  while (started >= STARTS_PER_TASK) {
    await taskDone();
    // Abandoned starts all wake with the task's end and leave together.
    signal?.throwIfAborted();
  }
  // The first start of a task arranges for the count to end with it.
  if (started++ === 0) void taskDone();
  return start();
}
