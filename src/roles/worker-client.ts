/**
 * Starts the roles worker (`worker.ts`) and talks to it, so that parsing
 * `sigs.yaml` — a long task of ~50 ms of CPU on a desktop, several times that on a
 * low-end phone — does not run on the host page's thread.
 *
 * A worker cannot always be had, and a card must show roles anyway, so the same
 * index is built on the main thread whenever the worker route fails. In order:
 *
 * 1. the worker script by its URL, when it is on the page's origin (npm builds
 *    bundled into the site, a self-hosted CDN build);
 * 2. a same-origin `blob:` module worker whose only line imports the script by its
 *    absolute URL. A page that loads the card from a CDN is cross-origin to the
 *    script, and `new Worker(crossOriginUrl)` throws; a module import across
 *    origins is allowed when the CDN sends CORS headers, as jsDelivr and unpkg do;
 * 3. the main thread: no `Worker` (a server), a constructor that throws (a CSP
 *    without `blob:` in `worker-src`/`script-src`, Trusted Types wanting a
 *    TrustedScriptURL), a worker that errors (no CORS, a 404) or that does not
 *    answer in time.
 *
 * Every worker is terminated once it has answered or given up, and every blob URL
 * revoked. Nothing here runs at import time.
 */
import type { CommunityFile, RolesBuildResult } from './build/build.js';
import { isRolesIndex } from './roles-index.js';
import type { RolesWorkerReply } from './worker.js';

/** Where an index was built: see the module comment for when each is used. */
export type RolesBuildThread = 'worker' | 'blob-worker' | 'main-thread';

/** An index (and the files that could not be read) and where it was built. */
export interface RolesBuild extends RolesBuildResult {
  thread: RolesBuildThread;
  /** Why the worker route was given up, when `thread` is `main-thread`. */
  fallbackReason?: string;
}

/** How {@link buildRolesIndexOffMainThread} finds and waits for its worker. */
export interface RolesBuildOptions {
  /**
   * Worker script to run instead of the bundled `worker.js` (a test, a
   * site that hosts the script elsewhere). It must be a module worker script
   * answering as `worker.ts` does.
   */
  workerUrl?: string | URL;
  /**
   * Milliseconds to wait for the worker's answer, from the moment the files are
   * posted (the script downloads meanwhile), before building on the main
   * thread. Default {@link WORKER_TIMEOUT_MS}.
   */
  timeoutMs?: number;
}

/**
 * How long a worker may take before the main thread builds the index instead.
 * Long enough for a slow connection to fetch the worker script (~16 KB gzipped)
 * and a slow device to parse, short enough that a worker that will never answer
 * does not leave a card without roles for long.
 */
export const WORKER_TIMEOUT_MS = 5000;

/**
 * Builds the roles index from the community files' texts in a module worker,
 * falling back to the main thread (see the module comment). The index is the
 * same either way, and so are the failures: if `sigs.yaml` is not YAML, this
 * rejects as `buildRolesIndex` (build/build.ts) does. It never rejects because of the
 * worker itself.
 */
export async function buildRolesIndexOffMainThread(
  files: readonly CommunityFile[] | Promise<readonly CommunityFile[]>,
  options: RolesBuildOptions = {},
): Promise<RolesBuild> {
  // The worker starts (and its script downloads) while the files are still on their way:
  // started after them, it would be one more round trip before any card has roles.
  const started = startWorker(options.workerUrl);
  let texts: readonly CommunityFile[];
  try {
    texts = await files;
  } catch (e) {
    if ('worker' in started) stop(started);
    throw e;
  }
  let reason: string;
  if ('worker' in started) {
    const outcome = await ask(started, texts, options.timeoutMs ?? WORKER_TIMEOUT_MS);
    if (outcome.kind === 'index') return { ...outcome.result, thread: started.thread };
    if (outcome.kind === 'failed') throw outcome.error;
    reason = outcome.reason;
  } else {
    reason = started.reason;
  }
  // The builder, like the YAML parser it loads, is a chunk of its own: only this fallback
  // needs it on the main thread (the worker bundles its own copy).
  const { buildRolesIndex } = await import('./build/build.js');
  return { ...(await buildRolesIndex(texts)), thread: 'main-thread', fallbackReason: reason };
}

/** Stops a worker that will not be asked anything, and frees its blob URL. */
function stop({ worker, blobUrl }: Started): void {
  worker.terminate();
  if (blobUrl !== undefined) URL.revokeObjectURL(blobUrl);
}

/** A running worker, with the blob URL it was started from, if any. */
interface Started {
  worker: Worker;
  thread: 'worker' | 'blob-worker';
  blobUrl?: string;
}

/** The name of the Trusted Types policy the card creates for its worker's URL (see {@link trustedScriptUrl}). */
export const TRUSTED_TYPES_POLICY = 'k8s-contrib-card';

/** The parts of the Trusted Types API used here (not in TypeScript's DOM library yet). */
interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL: (url: string) => string }): ScriptUrlPolicy;
}

/** Script URLs this module made itself and may start: the bundled worker, and the blob URLs that import it. */
const ownScripts = new Set<string>();
/** The policy, once created; `null` when the page's `trusted-types` directive does not allow it. */
let policy: ScriptUrlPolicy | null | undefined;

/**
 * A worker script URL as a page that requires Trusted Types
 * (`require-trusted-types-for 'script'`) accepts it: through the policy
 * `k8s-contrib-card`, which passes only URLs this module made. Such a page
 * lists the policy beside Lit's: `trusted-types lit-html k8s-contrib-card`.
 * Undefined when the page enforces Trusted Types without allowing the policy:
 * no worker is tried then (it would only add violation reports), and the
 * index is built on the main thread.
 */
function trustedScriptUrl(url: string): unknown {
  const tt = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!tt) return url;
  if (policy === undefined) {
    try {
      policy = tt.createPolicy(TRUSTED_TYPES_POLICY, {
        createScriptURL: (u) => {
          if (!ownScripts.has(u)) throw new TypeError(`${TRUSTED_TYPES_POLICY}: not the card's worker: ${u}`);
          return u;
        },
      });
    } catch {
      policy = null;
    }
  }
  ownScripts.add(url);
  return policy ? policy.createScriptURL(url) : undefined;
}

/** Whether the page requires Trusted Types for scripts (a plain string URL would be refused). */
function requiresTrustedTypes(): boolean {
  return typeof (globalThis as { trustedTypes?: unknown }).trustedTypes === 'object' && policy === null;
}

function startWorker(override: string | URL | undefined): Started | { reason: string } {
  if (typeof Worker !== 'function' || typeof location === 'undefined') return { reason: 'no Worker here' };
  let script: URL;
  try {
    script = override === undefined ? bundledScriptUrl() : new URL(override, location.href);
  } catch (e) {
    return { reason: `no worker URL: ${describe(e)}` };
  }
  const failures: string[] = [];
  if (script.origin === location.origin) {
    const url = trustedScriptUrl(script.href);
    if (url === undefined && requiresTrustedTypes()) return { reason: `Trusted Types: the page does not allow the ${TRUSTED_TYPES_POLICY} policy` };
    try {
      // Bundlers find the worker by the literal in bundledScriptUrl(); this starts the URL it gave.
      return { worker: new Worker(url as string, { type: 'module' }), thread: 'worker' };
    } catch (e) {
      failures.push(`direct: ${describe(e)}`);
    }
  }
  let blobUrl: string | undefined;
  try {
    blobUrl = URL.createObjectURL(new Blob([`import ${JSON.stringify(script.href)};\n`], { type: 'text/javascript' }));
    const url = trustedScriptUrl(blobUrl);
    if (url === undefined && requiresTrustedTypes()) throw new TypeError(`Trusted Types: the page does not allow the ${TRUSTED_TYPES_POLICY} policy`);
    return { worker: new Worker(url as string, { type: 'module' }), thread: 'blob-worker', blobUrl };
  } catch (e) {
    if (blobUrl !== undefined) URL.revokeObjectURL(blobUrl);
    failures.push(`blob: ${describe(e)}`);
  }
  return { reason: failures.join('; ') };
}

/**
 * The URL the bundler gave the worker script. Bundlers rewrite the URL only inside
 * `new Worker(new URL('./worker.js', import.meta.url), …)`, so it is read
 * through a look-alike `Worker` that records its argument instead of starting a
 * worker: same text, same rewrite, hence the same URL as the real call above.
 */
function bundledScriptUrl(): URL {
  let url: URL | undefined;
  const Worker = class {
    constructor(scriptUrl: URL, _options: WorkerOptions) {
      url = scriptUrl;
    }
  };
  new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  return new URL(url!.href);
}

type Outcome =
  | { kind: 'index'; result: RolesBuildResult }
  /** The worker read the files and found them broken: the caller's error. */
  | { kind: 'failed'; error: Error }
  /** The worker route did not work: build on the main thread. */
  | { kind: 'unavailable'; reason: string };

/** Posts the files, waits for one answer, then stops the worker whatever happened. */
function ask({ worker, blobUrl }: Started, files: readonly CommunityFile[], timeoutMs: number): Promise<Outcome> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const answered = new Promise<Outcome>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'unavailable', reason: `no answer in ${timeoutMs} ms` }), timeoutMs);
    worker.addEventListener('message', (event) => resolve(readReply(event.data)));
    worker.addEventListener('messageerror', () => resolve({ kind: 'unavailable', reason: 'unreadable answer' }));
    worker.addEventListener('error', (event) => {
      // Handled here: without this the error would also be reported as the page's own.
      event.preventDefault();
      const detail = event instanceof ErrorEvent && event.message ? event.message : 'the script did not load';
      resolve({ kind: 'unavailable', reason: `worker error: ${detail}` });
    });
    try {
      worker.postMessage(files);
    } catch (e) {
      resolve({ kind: 'unavailable', reason: `could not post: ${describe(e)}` });
    }
  });
  return answered.finally(() => {
    clearTimeout(timer);
    // The worker has fetched its script by now, or never will.
    stop({ worker, blobUrl, thread: 'worker' });
  });
}

function readReply(data: unknown): Outcome {
  const reply = data as Partial<RolesWorkerReply> | null;
  if (reply?.ok === true && isRolesIndex(reply.index) && Array.isArray(reply.unreadable) && reply.unreadable.every((u) => typeof u === 'string')) {
    return { kind: 'index', result: { index: reply.index, unreadable: reply.unreadable } };
  }
  if (reply?.ok === false && typeof reply.message === 'string') {
    const error = new Error(reply.message);
    if (typeof reply.name === 'string') error.name = reply.name;
    return { kind: 'failed', error };
  }
  // Not our worker's answer (a stale cached script, a wrong `workerUrl`): the page can still build it.
  return { kind: 'unavailable', reason: 'unexpected answer' };
}

function describe(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}
