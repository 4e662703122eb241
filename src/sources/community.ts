/**
 * Community roles (Steering, SIG chairs and leads, and the contributor ladder:
 * maintainers, approvers, reviewers, org members) from the Kubernetes
 * community files on raw.githubusercontent.com, or from a prebuilt
 * `roles-index.json` (`rolesSrc`).
 *
 * The files are the same for every card, so a page fetches them once (eight
 * plain GETs, in parallel), builds the compact login → roles index once, and
 * caches the index — not the 300 KB of YAML — for the next page. Every card
 * then reads its roles from that one index. The index is built in a Web Worker
 * when the page allows one (`roles/worker-client.ts`), so the parse is not a
 * long task on the host page; the YAML parser travels with the worker, or is
 * imported on the main thread only when no worker can be had. With `rolesSrc`
 * the page fetches one JSON file instead, and no YAML parser at all.
 */
import { LoadError, toLoadError } from '../model/load-error.js';
import type { Role } from '../model/model.js';
import { isIsoDate } from '../model/validate.js';
import { isRolesIndex, rolesFor, type RolesIndex } from '../roles/roles-index.js';
import { SIGS_YAML, STEERING_GROUP } from '../roles/names.js';
import { buildRolesIndexOffMainThread } from '../roles/worker-client.js';
import { untilAborted } from './net/waiting.js';
import { cacheGet, cachePut, isFresh, request, type Fetched } from './net/http.js';

/**
 * The files a page reads (docs/roles.md, "The live card"), as `<org>/<repo>`
 * and path, at `HEAD`: the default branch whatever its name, since raw URLs of
 * a renamed branch are not redirected (GitHub docs, "Renaming a branch"), and
 * kubernetes/community renamed `master` to `main` in 2026. Eight, in parallel:
 * the budget of the ladder issue. `sigs.yaml` is required; the others add roles.
 */
export const COMMUNITY_FILES: readonly { repo: string; path: string }[] = [
  SIGS_YAML,
  { repo: 'kubernetes/steering', path: 'OWNERS_ALIASES' },
  { repo: 'kubernetes/steering', path: 'README.md' },
  { repo: 'kubernetes/kubernetes', path: 'OWNERS_ALIASES' },
  { repo: 'kubernetes/org', path: 'config/kubernetes/org.yaml' },
  { repo: 'kubernetes/org', path: 'config/kubernetes-sigs/org.yaml' },
  // The two teams files the budget leaves room for: kubeadm's maintainers, and
  // the file with the most `-maintainers` teams (21 repositories).
  { repo: 'kubernetes/org', path: 'config/kubernetes/sig-cluster-lifecycle/teams.yaml' },
  { repo: 'kubernetes/org', path: 'config/kubernetes-sigs/sig-network/teams.yaml' },
];

/** Kinds of role only sigs.yaml gives: some must be there, or what arrived was not sigs.yaml. */
const SIGS_YAML_KINDS: ReadonlySet<string> = new Set(['chair', 'tech-lead', 'steering-liaison']);

/** Per-request settings, resolved by the caller from config and card attributes. */
export interface CommunityOptions {
  /** Raw file base, no trailing slash. */
  rawBase: string;
  /** A prebuilt roles index to read instead of the files. */
  rolesSrc?: string;
  /** Seconds the cached index stays fresh (overrides the kind's TTL). */
  ttl?: number;
  signal?: AbortSignal;
}

/** One index per source (raw base or `rolesSrc`) per page, shared by every card. */
const builds = new Map<string, Promise<Fetched<RolesIndex>>>();
/** What each finished build gave, so an expired one can be replaced. */
const settledValue = new WeakMap<Promise<Fetched<RolesIndex>>, Fetched<RolesIndex>>();

/** `login`'s roles (empty when they hold none). Rejects when the files cannot be had and nothing is cached. */
export async function fetchRoles(login: string, o: CommunityOptions): Promise<Fetched<Role[]>> {
  const index = await untilAborted(indexFor(o), o.signal);
  const roles = rolesFor(index.value, login);
  return index.degraded ? { value: roles, storedAt: index.storedAt, degraded: index.degraded } : { value: roles, storedAt: index.storedAt };
}

/** The whole roles index (the CLI's `--team` reads who leads a group from it). */
export function fetchRolesIndex(o: CommunityOptions): Promise<Fetched<RolesIndex>> {
  return untilAborted(indexFor(o), o.signal);
}

/**
 * Takes `index` as what `rolesSrc` answers, for as long as the process runs, never asked again:
 * the CLI's `--roles-src <file>`, a file the `roles` command wrote, which no request can read.
 * Checked like a fetched one, and dated by its `generatedAt` when it has one: a card's "as of" is
 * its oldest source's date, and a file written weeks ago is not today's roles. The browser
 * bundles never call it, and leave it out.
 */
export function useRolesIndex(rolesSrc: string, index: unknown): void {
  const value = parseIndex(index);
  // Any text Date.parse reads was taken ("-000001-01-01T00:00:00Z", "Tue, 1 Jan 2030"): a year
  // outside 0000-9999 became every card's asOf, which the card data refuses, and every card then
  // failed as GitHub's "bad-data".
  if (value.generatedAt !== undefined && !isIsoDate(value.generatedAt)) throw new Error(`generatedAt: not an ISO 8601 date: ${JSON.stringify(value.generatedAt.slice(0, 40))}`);
  builds.set(`src ${rolesSrc}`, Promise.resolve({ value, storedAt: Date.parse(value.generatedAt ?? '') || Date.now() }));
}

/** Forgets the page's index builds (for tests; the stored index is cleared with the HTTP cache). */
export function resetCommunityState(): void {
  builds.clear();
}

function indexFor(o: CommunityOptions): Promise<Fetched<RolesIndex>> {
  const key = o.rolesSrc ? `src ${o.rolesSrc}` : o.rawBase;
  let build = builds.get(key);
  if (build) {
    // A page open for days still picks up new roles once the index expires.
    const done = settledValue.get(build);
    if (!done || isFresh(done.storedAt, 'roles', o.ttl)) return build;
  }
  build = o.rolesSrc ? prebuiltIndex(o.rolesSrc, o.ttl) : buildIndex(o.rawBase, o.ttl);
  builds.set(key, build);
  const started = build;
  started.then(
    (v) => settledValue.set(started, v),
    () => {
      // A failed build is not kept: the next card tries again.
      if (builds.get(key) === started) builds.delete(key);
    },
  );
  return started;
}

function parseIndex(v: unknown): RolesIndex {
  if (!isRolesIndex(v)) throw new Error('not a current roles index');
  return v;
}

/** A prebuilt `roles-index.json`: one request, cached like any answer, checked like any index. */
async function prebuiltIndex(url: string, ttl: number | undefined): Promise<Fetched<RolesIndex>> {
  // A plain GET with no headers of its own, like the raw files: any static host serves it.
  return request({ source: 'community', service: 'raw', url, accept: 'json', cache: 'roles', ttl, parse: parseIndex });
}

/**
 * Fresh cached index, else the files → a new index. Runs without any card's
 * signal: the files serve every card, so one card leaving must not cancel them.
 */
async function buildIndex(rawBase: string, ttl: number | undefined): Promise<Fetched<RolesIndex>> {
  const cacheKey = `roles-index ${rawBase}`;
  const cached = cacheGet(cacheKey, parseIndex);
  if (cached && isFresh(cached.storedAt, 'roles', ttl)) return cached;

  const settled = Promise.allSettled(COMMUNITY_FILES.map((f) => rawFile(rawBase, `${f.repo}/HEAD/${f.path}`)));
  const texts = settled.then((results) => {
    if (results[0].status === 'rejected') throw results[0].reason;
    return results.flatMap((r, i) => (r.status === 'fulfilled' ? [{ ...COMMUNITY_FILES[i], text: r.value }] : []));
  });
  let built: Awaited<ReturnType<typeof buildRolesIndexOffMainThread>>;
  try {
    // The files and the worker (its script) load at the same time.
    built = await buildRolesIndexOffMainThread(texts);
    // The real file names dozens of chairs and leads; none (Steering aside, which the
    // steering files alone supply) means what arrived is not sigs.yaml.
    const fromSigs = Object.values(built.index.roles).some((rs) => rs.some((r) => SIGS_YAML_KINDS.has(r.kind) && r.group !== STEERING_GROUP));
    if (!fromSigs) throw new LoadError('bad-data', 'community', 'sigs.yaml names no roles');
  } catch (e) {
    const [sigs] = await settled;
    // sigs.yaml could not be had, or was not YAML (a truncated download, an error page served as text).
    const err = sigs.status === 'rejected' ? toLoadError(sigs.reason, 'community') : e instanceof LoadError ? e : new LoadError('bad-data', 'community', String(e));
    if (cached) return { ...cached, degraded: err };
    throw err;
  }
  const fetched = await settled;
  const now = Date.now();
  const missing = fetched.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (missing || built.unreadable.length) {
    // Built without some of the files: good enough for this page, not worth keeping for the next.
    const degraded = missing
      ? toLoadError(missing.reason, 'community')
      : new LoadError('bad-data', 'community', `unreadable: ${built.unreadable.join(', ')}`);
    return { value: built.index, storedAt: now, degraded };
  }
  cachePut(cacheKey, built.index, now);
  return { value: built.index, storedAt: now };
}

/** One raw file as text. A missing file is a broken source, not an unknown user. */
async function rawFile(rawBase: string, path: string): Promise<string> {
  try {
    const r = await request({
      source: 'community',
      service: 'raw',
      url: `${rawBase}/${path}`,
      accept: 'text',
      // raw.githubusercontent.com answers 429 to a client over its limit (unauthenticated limits
      // tightened in May 2025, github.blog changelog 2025-05-08): its files wait out the limit
      // (Retry-After, else a minute) instead of every card and every reload asking again.
      rateLimit: `${rawBase} raw`,
      parse: (body) => {
        if (typeof body !== 'string' || body.trim() === '') throw new Error(`${path} is empty`);
        return body;
      },
    });
    return r.value;
  } catch (e) {
    if (e instanceof LoadError && e.reason === 'not-found') throw new LoadError('http', 'community', `${path}: ${e.message}`);
    throw e;
  }
}
