/**
 * The live sources' requests: caching, validators and rate limits on top of
 * the one network call (`fetch.ts`) and page-wide sharing (`share.ts`).
 *
 * A page may hold fifty cards, and the services behind them are small: GitHub
 * gives a visitor 60 core and 10 search calls, DevStats is one replica with no
 * rate limit of its own. So every request goes through here, where it is
 * - answered from a cache when fresh (memory, then localStorage: `cache.ts`),
 * - shared with identical requests already in flight (`share.ts`: one network
 *   call, many waiters; one waiter leaving does not cancel it for the others),
 * - revalidated with `If-None-Match` on GitHub (a 304 saves the body, not
 *   budget: without a token it is charged like any call),
 * - refused locally while GitHub says its budget is spent, serving the last
 *   good copy instead (`rate-limit.ts`),
 * - bounded in time and size, and classified into a `LoadError` reason.
 *
 * Requests carry no header a CORS preflight would have to approve, except
 * `If-None-Match`, which GitHub's preflight allows; DevStats bodies go as
 * `text/plain`, and raw files get plain GETs.
 */
import { getConfig, type CacheKind } from '../config.js';
import { LoadError, type FailedSource } from '../../model/load-error.js';
import { isHtml, readBody, within } from './fetch.js';
import { parseJson } from '../../model/untrusted.js';
import { resetShared, shared } from './share.js';
import { isFresh, readEntry, resetCache, writeEntry, type Entry } from './cache.js';
import { closeGate, gateReset, noteRateLimit, rateLimitReset, resetGates } from './rate-limit.js';
import { paced } from './pace.js';
import { abortReason } from './abort.js';

export { cacheGet, cachePut, isFresh } from './cache.js';
export { gateReset, rateLimitReset } from './rate-limit.js';

/** Which service a request talks to; decides headers. */
export type Service = 'github' | 'devstats' | 'raw' | 'contribcard';

/** An answer, with when it was taken. */
export interface Fetched<T> {
  value: T;
  /** When the service gave this answer (ms since epoch). */
  storedAt: number;
  /**
   * Set when the answer is usable but not what was asked for: an expired copy
   * served because the service failed (rate limit, network…), or part of a
   * source missing. The card shows it as a notice.
   */
  degraded?: LoadError;
  /** The next page of a paginated GitHub answer (its `Link: <…>; rel="next"`), for uncached requests. */
  next?: string;
}

/** One request, described by the source that needs it. */
export interface RequestSpec<T> {
  /** Source named in errors. */
  source: FailedSource;
  service: Service;
  url: string;
  /** A JSON payload for DevStats. Makes the request a POST with a `text/plain` body. */
  body?: string;
  /** `json` parses the body; `text` hands it over as a string. */
  accept: 'json' | 'text';
  /**
   * Validates the answer and keeps what the source needs; throwing means bad
   * data. It must accept its own output: cached copies are re-read through it,
   * so a tampered or outdated cache entry is refused like a bad answer.
   */
  parse: (body: unknown) => T;
  /** A non-2xx answer that is really data (DevStats' 400 "not found in results" means "zero"). */
  answer?: (status: number, body: unknown) => unknown;
  /** A non-2xx answer, besides 404/410, that means "no such user". */
  notFound?: (status: number, body: unknown) => boolean;
  /**
   * A non-2xx answer that has a meaning of its own (DevStats' "invalid period
   * name"): the error to reject with. It is the service's answer about this
   * very request, so no saved copy stands in for it.
   */
  reject?: (status: number, body: unknown) => LoadError | undefined;
  /** Cache the answer under this kind; omitted = never cached. */
  cache?: CacheKind;
  /**
   * Whether a parsed answer may be kept as exact. A GitHub search that timed
   * out (`incomplete_results`) answers with what it found so far: usable now,
   * not worth keeping for hours.
   */
  keep?(value: T): boolean;
  /** Ask the network even when a fresh copy is cached (a list known to be out of date). */
  refresh?: boolean;
  /** Seconds the answer stays fresh; overrides the kind's TTL. */
  ttl?: number;
  /** Seconds a cached value stays fresh at most, when its content says it may be stale sooner. */
  ttlOf?(value: T): number | undefined;
  /**
   * Rate-limit bucket (`<api base> core`, `<api base> search`): answers with
   * GitHub's rate-limit headers close it until their reset time.
   */
  rateLimit?: string;
  signal?: AbortSignal;
}

/** A non-2xx answer that is not otherwise classified. */
export class HttpStatusError extends LoadError {
  constructor(
    /** The HTTP status of the answer. */
    readonly status: number,
    source: FailedSource,
    detail: string,
  ) {
    super('http', source, detail);
  }
}

/** Errors made by a spec's `reject`: answers, not outages, so never covered by a saved copy. */
const answeredErrors = new WeakSet<LoadError>();

/** Error bodies are only read for their message; a bigger one is not worth the wait. */
const ERROR_BODY_LIMIT = 64 * 1024;

// ---------------------------------------------------------------------------
// Public entry point

/**
 * Gets one answer: fresh cache, else a shared network call, else (when the
 * service failed) an expired copy marked `degraded`. Rejects with a
 * `LoadError`, or with the caller's abort reason when `spec.signal` aborts.
 */
export async function request<T>(spec: RequestSpec<T>): Promise<Fetched<T>> {
  spec.signal?.throwIfAborted();
  const cfg = getConfig();
  const key = requestKey(spec);
  const entry = spec.cache ? readEntry(key, spec.parse) : undefined;
  if (entry && spec.cache && !spec.refresh && isFresh(entry.t, spec.cache, ttlFor(spec, entry.v as T))) {
    return { value: entry.v as T, storedAt: entry.t };
  }
  if (spec.rateLimit) {
    const reset = gateReset(spec.rateLimit);
    if (reset !== undefined) {
      const err = new LoadError('rate-limited', spec.source, 'not asked', iso(reset));
      if (entry) return { value: entry.v as T, storedAt: entry.t, degraded: err };
      throw err;
    }
  }
  try {
    const start = (signal: AbortSignal) => within(spec.source, cfg.timeoutMs, signal, (s) => fetchOnce(spec, key, entry, s, cfg.maxBytes));
    return (await shared(key, start, spec.signal)) as Fetched<T>;
  } catch (e) {
    const err = e instanceof LoadError ? e : undefined;
    if (entry && err && err.reason !== 'not-found' && err.reason !== 'aborted' && !answeredErrors.has(err)) {
      return { value: entry.v as T, storedAt: entry.t, degraded: err };
    }
    throw e;
  }
}

/** How long `value`, cached for `spec`, stays fresh: the spec's time, or less when `ttlOf` says so. */
function ttlFor<T>(spec: RequestSpec<T>, value: T): number | undefined {
  const own = spec.ttlOf?.(value);
  return own === undefined ? spec.ttl : Math.min(spec.ttl ?? getConfig().ttl[spec.cache!], own);
}

/**
 * The cached answer of `spec`, fresh or not, without asking the network: what
 * the page last knew. Undefined when nothing (valid) is cached.
 */
export function peek<T>(spec: RequestSpec<T>): Fetched<T> | undefined {
  if (!spec.cache) return undefined;
  const entry = readEntry(requestKey(spec), spec.parse);
  return entry && { value: entry.v as T, storedAt: entry.t };
}

/** Options of {@link resetHttpState}. */
export interface ResetOptions {
  /** Keep localStorage entries (to test what a reloaded page sees). */
  keepStorage?: boolean;
  /** Only remove stored entries whose key contains this text (tests sharing a browser profile). */
  storageMatching?: string;
}

/** Forgets page-level state: in-flight requests (aborted), memory cache, rate-limit gates, and stored entries. */
export function resetHttpState(options: ResetOptions = {}): void {
  resetShared();
  resetGates();
  resetCache(options.keepStorage ?? false, options.storageMatching);
}

// ---------------------------------------------------------------------------
// One network call

async function fetchOnce<T>(spec: RequestSpec<T>, key: string, entry: Entry | undefined, signal: AbortSignal, maxBytes: number): Promise<Fetched<unknown>> {
  const call = () =>
    fetch(spec.url, {
      method: spec.body === undefined ? 'GET' : 'POST',
      body: spec.body,
      headers: requestHeaders(spec, entry),
      signal,
      cache: cacheMode(spec.service),
      credentials: 'omit',
    });
  const res = await (spec.service === 'devstats' ? devstatsSlot(() => paced(call, signal), signal) : paced(call, signal));
  const now = Date.now();
  if (spec.rateLimit) noteRateLimit(spec.rateLimit, res);

  if (res.status === 304 && entry) {
    void res.body?.cancel().catch(() => {});
    const touched = { ...entry, t: now };
    writeEntry(key, touched);
    return { value: entry.v, storedAt: now };
  }
  if (res.ok) {
    const text = await readBody(res, maxBytes, spec.source);
    const value = decode(spec, res, text);
    if (spec.cache && (spec.keep?.(value) ?? true)) writeEntry(key, { t: now, e: res.headers.get('etag') ?? undefined, v: value });
    const next = nextLink(res.headers.get('link'));
    return next ? { value, storedAt: now, next } : { value, storedAt: now };
  }
  return failure(spec, key, res, now);
}

/**
 * The browser cache's part. GitHub: none, so this module's freshness and ETag
 * handling are the only rules (browser-added no-cache headers are not subject
 * to CORS). Everyone else: the default mode, which adds no header at all —
 * raw.githubusercontent.com gets a bare GET — and DevStats POSTs are never
 * cached by browsers anyway.
 */
function cacheMode(service: Service): RequestCache {
  return service === 'github' ? 'no-store' : 'default';
}

/**
 * Headers by service: GitHub gets its media type and a validator (and the
 * CLI's token, which a page never has); nobody else gets anything.
 */
function requestHeaders(spec: RequestSpec<unknown>, entry: Entry | undefined): Record<string, string> {
  if (spec.service !== 'github') return {};
  // `Accept` with this value is CORS-safelisted; `If-None-Match` is on GitHub's preflight list.
  const h: Record<string, string> = { Accept: 'application/vnd.github+json' };
  if (entry?.e) h['If-None-Match'] = entry.e;
  const token = getConfig().githubToken;
  if (token) h.Authorization = `Bearer ${token}`;
  return h;
}

/** DevStats requests waiting for a slot under `devstatsConcurrency`, and how many slots are taken. */
const devstatsQueue: (() => void)[] = [];
let devstatsOut = 0;

/**
 * Runs `call` when fewer than `devstatsConcurrency` DevStats calls are out. A
 * slot that ends goes straight to the first waiter, so a call arriving in
 * between cannot take it too; a waiter whose `signal` aborts leaves the queue
 * at once, rather than taking a slot in its turn only to abort.
 */
async function devstatsSlot<T>(call: () => Promise<T>, signal: AbortSignal): Promise<T> {
  if (devstatsOut < getConfig().devstatsConcurrency) devstatsOut++;
  else await handedSlot(signal);
  try {
    return await call();
  } finally {
    const next = devstatsQueue.shift();
    if (next) next();
    else devstatsOut--;
  }
}

/** Resolves when a finishing call hands its slot over; rejects when `signal` aborts first. */
function handedSlot(signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const take = () => {
      signal.removeEventListener('abort', leave);
      resolve();
    };
    const leave = () => {
      devstatsQueue.splice(devstatsQueue.indexOf(take), 1);
      reject(abortReason(signal));
    };
    if (signal.aborted) return reject(abortReason(signal));
    devstatsQueue.push(take);
    signal.addEventListener('abort', leave, { once: true });
  });
}

/** Turns a non-2xx answer into data (DevStats zeros), a rate-limit gate, or a classified error. */
async function failure<T>(spec: RequestSpec<T>, key: string, res: Response, now: number): Promise<Fetched<unknown>> {
  let body: unknown;
  try {
    const text = await readBody(res, ERROR_BODY_LIMIT, spec.source);
    body = JSON.parse(text) as unknown;
  } catch {
    body = undefined;
  }
  const message = messageOf(body);
  if (spec.rateLimit) {
    const reset = rateLimitReset(res, message);
    if (reset !== undefined) {
      closeGate(spec.rateLimit, reset);
      throw new LoadError('rate-limited', spec.source, message ?? `HTTP ${res.status}`, iso(reset));
    }
  }
  const rejected = spec.reject?.(res.status, body);
  if (rejected) {
    answeredErrors.add(rejected);
    throw rejected;
  }
  const answered = spec.answer?.(res.status, body);
  if (answered !== undefined) {
    const value = parseOrBadData(spec, answered);
    if (spec.cache) writeEntry(key, { t: now, v: value });
    return { value, storedAt: now };
  }
  if (res.status === 404 || res.status === 410 || spec.notFound?.(res.status, body)) {
    throw new LoadError('not-found', spec.source, `HTTP ${res.status}${message ? `: ${message}` : ''}`);
  }
  throw new HttpStatusError(res.status, spec.source, `HTTP ${res.status}${message ? `: ${message}` : ''}`);
}

/** The developer-facing message of an error body (`message` on GitHub, `error` on DevStats), shortened. */
function messageOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const o = body as Record<string, unknown>;
  const m = typeof o.message === 'string' ? o.message : typeof o.error === 'string' ? o.error : undefined;
  return m?.slice(0, 200);
}

/** Parses a 2xx body; HTML (a captive portal, an error page, a SPA fallback) is never data. */
function decode<T>(spec: RequestSpec<T>, res: Response, text: string): T {
  if (isHtml(res, text, spec.accept === 'json')) {
    throw new LoadError('bad-data', spec.source, `HTML instead of ${spec.accept === 'json' ? 'JSON' : 'a file'}`);
  }
  return parseOrBadData(spec, spec.accept === 'json' ? parseJson(text, spec.source) : text);
}

function parseOrBadData<T>(spec: RequestSpec<T>, body: unknown): T {
  try {
    return spec.parse(body);
  } catch (e) {
    if (e instanceof LoadError) throw e;
    throw new LoadError('bad-data', spec.source, e instanceof Error ? e.message : String(e));
  }
}

/**
 * The `rel="next"` target of a `Link` header (GitHub's pagination, REST docs
 * "Using pagination in the REST API"): `<https://…&page=2>; rel="next", <…>; rel="last"`.
 */
export function nextLink(header: string | null): string | undefined {
  for (const part of (header ?? '').split(',')) {
    const m = /^\s*<([^>]+)>\s*;(.*)$/.exec(part);
    if (m && /\brel="?next"?/.test(m[2])) return m[1];
  }
  return undefined;
}

function requestKey(spec: RequestSpec<unknown>): string {
  return `${spec.service} ${spec.url}${spec.body === undefined ? '' : ` ${spec.body}`}`;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}
