/**
 * The roles index, built in a module Web Worker.
 *
 * Parsing the community files (190 KB of `sigs.yaml`, 55 KB more for the ladder) takes ~50 ms of CPU on a desktop and several
 * times that on a low-end phone: on the page's main thread that is a long task in
 * somebody else's page (a blog post, an event page) that delays its input
 * handling. Here it costs the page only posting the files' texts and receiving the
 * index (~10 ms of main-thread CPU in all, in tasks of under 5 ms).
 * `worker-client.ts` starts this worker, and builds on the main thread
 * instead whenever a worker cannot be had.
 *
 * Protocol: the page posts one {@link RolesWorkerRequest}; the worker answers with
 * one {@link RolesWorkerReply}, and is then terminated by the page.
 *
 * The parser is a static import, so it arrives with the worker script: a worker
 * that starts can parse, and any error it reports is about the files, never a
 * chunk that failed to load. The listener is registered only inside a worker, so
 * importing this module anywhere else (a server rendering the page) does nothing.
 */
import { FAILSAFE_SCHEMA, loadAll } from 'js-yaml';
import { buildRolesIndexWith, type CommunityFile } from './build/build.js';
import type { RolesIndex } from './roles-index.js';

/** What the page posts: the community files, as fetched. */
export type RolesWorkerRequest = readonly CommunityFile[];

/**
 * The worker's one answer: the index, or why the files could not be read (the
 * error `buildRolesIndex` threw, e.g. a `sigs.yaml` that is not YAML), so the
 * page reports the same failure it would have met on its own thread.
 */
export type RolesWorkerReply = { ok: true; index: RolesIndex; unreadable: string[] } | { ok: false; name: string; message: string };

function isRequest(v: unknown): v is RolesWorkerRequest {
  const isFile = (f: unknown) =>
    typeof f === 'object' && f !== null && ['repo', 'path', 'text'].every((k) => typeof (f as Record<string, unknown>)[k] === 'string');
  return Array.isArray(v) && v.every(isFile);
}

function answer(data: unknown): RolesWorkerReply {
  if (!isRequest(data)) return { ok: false, name: 'TypeError', message: 'roles worker: expected the community files' };
  try {
    return { ok: true, ...buildRolesIndexWith({ loadAll, FAILSAFE_SCHEMA }, data) };
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    return { ok: false, name: err.name, message: err.message };
  }
}

// `WorkerGlobalScope` exists only in workers (not on a page, not in Node).
const scope = globalThis as typeof globalThis & { WorkerGlobalScope?: abstract new () => object };
if (typeof scope.WorkerGlobalScope === 'function' && globalThis instanceof scope.WorkerGlobalScope) {
  addEventListener('message', (event: MessageEvent<unknown>) => {
    postMessage(answer(event.data));
  });
}
