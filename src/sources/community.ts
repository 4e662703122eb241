/**
 * Community roles (SIG chair, tech lead, Steering…) from the Kubernetes
 * community files on raw.githubusercontent.com.
 *
 * The files are the same for every card, so a page fetches them once (three
 * plain GETs), builds the compact login → roles index once, and caches the
 * index — not the 190 KB of YAML — for the next page. Every card then reads
 * its roles from that one index. The index is built in a Web Worker when the
 * page allows one (`roles/worker-client.ts`), so the parse is not a long task
 * on the host page; the YAML parser travels with the worker, or is imported
 * on the main thread only when no worker can be had.
 */
import { LoadError, toLoadError } from '../model/load-error.js';
import type { Role } from '../model/model.js';
import { isRolesIndex, rolesFor, type RolesIndex } from '../roles/roles-index.js';
import { STEERING_GROUP } from '../roles/sigs-yaml.js';
import { buildRolesIndexOffMainThread } from '../roles/worker-client.js';
import { untilAborted } from './net/waiting.js';
import { cacheGet, cachePut, isFresh, request, type Fetched } from './net/http.js';

/**
 * Paths of the community files under the raw base (`<org>/<repo>/<ref>/<path>`),
 * at `HEAD`, the default branch whatever its name: raw URLs of a renamed branch
 * are not redirected (GitHub docs, "Renaming a branch"), and kubernetes/community
 * renamed `master` to `main` in 2026.
 */
export const COMMUNITY_FILES = {
  sigsYaml: 'kubernetes/community/HEAD/sigs.yaml',
  steeringAliases: 'kubernetes/steering/HEAD/OWNERS_ALIASES',
  steeringReadme: 'kubernetes/steering/HEAD/README.md',
} as const;

/** Per-request settings, resolved by the caller from config and card attributes. */
export interface CommunityOptions {
  /** Raw file base, no trailing slash. */
  rawBase: string;
  /** Seconds the cached index stays fresh (overrides the kind's TTL). */
  ttl?: number;
  signal?: AbortSignal;
}

/** One index build per raw base per page, shared by every card. */
const builds = new Map<string, Promise<Fetched<RolesIndex>>>();
/** What each finished build gave, so an expired one can be replaced. */
const settledValue = new WeakMap<Promise<Fetched<RolesIndex>>, Fetched<RolesIndex>>();

/** `login`'s roles (empty when they hold none). Rejects when the files cannot be had and nothing is cached. */
export async function fetchRoles(login: string, o: CommunityOptions): Promise<Fetched<Role[]>> {
  const index = await untilAborted(indexFor(o), o.signal);
  const roles = rolesFor(index.value, login);
  return index.degraded ? { value: roles, storedAt: index.storedAt, degraded: index.degraded } : { value: roles, storedAt: index.storedAt };
}

/** Forgets the page's index builds (for tests; the stored index is cleared with the HTTP cache). */
export function resetCommunityState(): void {
  builds.clear();
}

function indexFor(o: CommunityOptions): Promise<Fetched<RolesIndex>> {
  let build = builds.get(o.rawBase);
  if (build) {
    // A page open for days still picks up new roles once the index expires.
    const done = settledValue.get(build);
    if (!done || isFresh(done.storedAt, 'roles', o.ttl)) return build;
  }
  build = buildIndex(o.rawBase, o.ttl);
  builds.set(o.rawBase, build);
  const started = build;
  started.then(
    (v) => settledValue.set(started, v),
    () => {
      // A failed build is not kept: the next card tries again.
      if (builds.get(o.rawBase) === started) builds.delete(o.rawBase);
    },
  );
  return started;
}

/**
 * Fresh cached index, else the files → a new index. Runs without any card's
 * signal: the files serve every card, so one card leaving must not cancel them.
 */
async function buildIndex(rawBase: string, ttl: number | undefined): Promise<Fetched<RolesIndex>> {
  const cacheKey = `roles-index ${rawBase}`;
  const parseIndex = (v: unknown): RolesIndex => {
    if (!isRolesIndex(v)) throw new Error('not a roles index');
    return v;
  };
  const cached = cacheGet(cacheKey, parseIndex);
  if (cached && isFresh(cached.storedAt, 'roles', ttl)) return cached;

  const [sigs, aliases, readme] = await Promise.allSettled([
    rawFile(rawBase, COMMUNITY_FILES.sigsYaml),
    rawFile(rawBase, COMMUNITY_FILES.steeringAliases),
    rawFile(rawBase, COMMUNITY_FILES.steeringReadme),
  ]);
  if (sigs.status === 'rejected') {
    const err = toLoadError(sigs.reason, 'community');
    if (cached) return { ...cached, degraded: err };
    throw err;
  }
  let index: RolesIndex;
  try {
    ({ index } = await buildRolesIndexOffMainThread({
      sigsYaml: sigs.value,
      steeringAliases: aliases.status === 'fulfilled' ? aliases.value : undefined,
      steeringReadme: readme.status === 'fulfilled' ? readme.value : undefined,
    }));
    // The real file names dozens of chairs and leads; none (Steering aside, which the
    // steering files alone supply) means what arrived is not sigs.yaml.
    const fromSigs = Object.values(index.roles).some((rs) => rs.some((r) => r.group !== STEERING_GROUP));
    if (!fromSigs) throw new LoadError('bad-data', 'community', 'sigs.yaml names no roles');
  } catch (e) {
    // Unparseable YAML (a truncated download, an error page served as text).
    const err = e instanceof LoadError ? e : new LoadError('bad-data', 'community', String(e));
    if (cached) return { ...cached, degraded: err };
    throw err;
  }
  const now = Date.now();
  const missing = [aliases, readme].find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (missing) {
    // Built without the steering files: good enough for this page, not worth keeping for the next.
    return { value: index, storedAt: now, degraded: toLoadError(missing.reason, 'community') };
  }
  cachePut(cacheKey, index, now);
  return { value: index, storedAt: now };
}

/** One raw file as text. A missing file is a broken source, not an unknown user. */
async function rawFile(rawBase: string, path: string): Promise<string> {
  try {
    const r = await request({
      source: 'community',
      service: 'raw',
      url: `${rawBase}/${path}`,
      accept: 'text',
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
