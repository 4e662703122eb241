/**
 * A card from the live services: GitHub (who, merged PRs, first PR), DevStats
 * (totals, merged PRs per release), the community files (roles) and, when a
 * page provides it, ContribCard. The sources run in parallel and fail alone:
 * a card shows what arrived and says, in `notices`, what did not.
 *
 * The merged model goes through `parseCardData` last, so every string from a
 * service is cleaned and every link checked exactly as for a card file.
 */
import { getConfig, trimSlash } from '../config.js';
import { LoadError, toLoadError } from '../load-error.js';
import {
  SCHEMA_VERSION,
  type CardData,
  type FigureScope,
  type FirstContribution,
  type Role,
  type SourceNotice,
  type SourceRef,
  type TotalKey,
  type Totals,
} from '../model.js';
import { BOT_LOGIN, isRequestableLogin } from '../login.js';
import { parseCardData } from '../validate.js';
import { fetchRoles, resetCommunityState } from './community.js';
import { contribCardToCard, contribCardUrl, fetchContribCard, type ContribCardFile } from './contribcard.js';
import { fetchDevstats, resetDevstatsState, type DevstatsData } from './devstats.js';
import {
  fetchMergedPrs,
  fetchProfile,
  searchToMerged,
  SEARCH_ORGS,
  userToIdentity,
  type GithubUser,
  type MergedPrSearch,
} from './github.js';
import { abortReason, isAbort, resetHttpState, type Fetched, type ResetOptions } from './http.js';

/** Per-card settings; each overrides the page-wide value from `configure()`. */
export interface LiveOptions {
  /** DevStats project (default `kubernetes`). Roles and GitHub search exist for Kubernetes only. */
  project?: string;
  /** GitHub REST API base. */
  githubApi?: string;
  /** DevStats API endpoint. */
  devstatsApi?: string;
  /** Base of raw file URLs (community files). */
  rawBase?: string;
  /** Folder of ContribCard files; the source is used only when set. */
  contribcardBase?: string;
  /** Seconds cached answers stay fresh, for every kind (default: a lifetime per kind). */
  cacheTtl?: number;
  /** Aborting it rejects the load with the signal's reason; requests other cards share keep going. */
  signal?: AbortSignal;
}

/** What each source answered, before merging. Absent = not asked or failed. */
export interface LiveParts {
  profile?: Fetched<GithubUser>;
  search?: Fetched<MergedPrSearch>;
  devstats?: Fetched<DevstatsData>;
  roles?: Fetched<Role[]>;
  contribcard?: Fetched<ContribCardFile>;
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown } | undefined;

/**
 * Loads `login`'s card from the live services.
 *
 * Rejects with `LoadError`: `invalid-user` (before any request), `not-found`
 * (GitHub has no such user, or no source knows them), or the first source's
 * failure when every source failed; rejects with the signal's reason when
 * aborted. Otherwise resolves, possibly with `notices` for failed sources.
 */
export async function loadLiveCard(login: string, options: LiveOptions = {}): Promise<CardData> {
  if (!isRequestableLogin(login)) throw new LoadError('invalid-user', 'github', String(login).slice(0, 60));
  options.signal?.throwIfAborted();
  const startedAt = Date.now();

  const cfg = getConfig();
  const project = options.project?.trim() || cfg.project;
  const githubApi = trimSlash(options.githubApi || cfg.githubApi);
  const devstatsApi = trimSlash(options.devstatsApi || cfg.devstatsApi);
  const rawBase = trimSlash(options.rawBase || cfg.rawBase);
  const ccBase = options.contribcardBase || cfg.contribcardBase;
  const contribcardBase = ccBase ? trimSlash(ccBase) : undefined;
  const ttl = options.cacheTtl !== undefined && options.cacheTtl >= 0 ? options.cacheTtl : undefined;

  // Our own controller: the caller's abort reaches every source, and a GitHub
  // "not found" stops the rest early without touching the caller's signal.
  const ctrl = new AbortController();
  const onAbort = () => ctrl.abort(abortReason(options.signal));
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const signal = ctrl.signal;

  try {
    const gh = { api: githubApi, ttl, signal };
    // A profile that is an organisation or a bot ends the card like an unknown login does.
    const profile = fetchProfile(login, gh).then(personOnly);
    const orgs = SEARCH_ORGS[project];
    const search = orgs ? fetchMergedPrs(login, orgs, gh) : undefined;
    // DevStats and ContribCard match logins case-sensitively: GitHub's spelling is the right one.
    const spelled = profile.then((p) => p.value.login);
    spelled.catch(() => undefined);
    const devstats = fetchDevstats(login, spelled, { api: devstatsApi, project, ttl, signal });
    const roles = project === 'kubernetes' ? fetchRoles(login, { rawBase, ttl, signal }) : undefined;
    const contribcard = contribcardBase
      ? spelled.then(
          (l) => fetchContribCard(l, { base: contribcardBase, ttl, signal }),
          () => fetchContribCard(login, { base: contribcardBase, ttl, signal }),
        )
      : undefined;

    const outcomes = Promise.all([settle(profile), settle(search), settle(devstats), settle(roles), settle(contribcard)]);
    // GitHub saying "no such user" (or "not a person") ends the card: nothing else is worth waiting for.
    const early = await Promise.race([outcomes.then(() => undefined), endsTheCard(profile), abortedBy(options.signal)]);
    if (options.signal?.aborted) throw abortReason(options.signal);
    if (early) throw early;
    const [p, s, d, r, c] = await outcomes;
    if (options.signal?.aborted) throw abortReason(options.signal);

    const parts: LiveParts = {};
    const failures: LoadError[] = [];
    const take = <K extends keyof LiveParts>(key: K, o: Outcome<LiveParts[K]>, source: string) => {
      if (!o) return;
      if (o.ok) parts[key] = o.value;
      else if (!isAbort(o.error)) failures.push(toLoadError(o.error, source));
    };
    take('profile', p as Outcome<LiveParts['profile']>, 'github');
    take('search', s as Outcome<LiveParts['search']>, 'github');
    take('devstats', d as Outcome<LiveParts['devstats']>, 'devstats');
    take('roles', r as Outcome<LiveParts['roles']>, 'community');
    take('contribcard', c as Outcome<LiveParts['contribcard']>, 'contribcard');

    // `name[bot]` logins belong to GitHub Apps only; without a profile to say so, it is still a bot.
    if (!parts.profile && BOT_LOGIN.test(login)) throw new LoadError('bot', 'github', login);
    if (!knowsUser(parts)) {
      throw failures.find((f) => f.reason !== 'not-found') ?? new LoadError('not-found', 'github', `no source knows ${login}`);
    }
    const merged = mergeLive(login, parts, failures, {
      project,
      orgs,
      startedAt,
      contribcardUrl: contribcardBase ? contribCardUrl(contribcardBase, parts.profile?.value.login ?? login) : undefined,
    });
    const checked = parseCardData(merged);
    if (!checked.ok) throw new LoadError('bad-data', 'github', checked.error.message);
    return checked.data;
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    // Detaches whatever is still running for this card (after an early "not found").
    if (!signal.aborted) ctrl.abort();
  }
}

/**
 * Forgets page-level state: requests in flight, the memory cache, rate-limit
 * gates, the roles index, and stored entries (unless `keepStorage`). For tests
 * and for pages that want a clean slate.
 */
export function resetLiveState(options: ResetOptions = {}): void {
  resetHttpState(options);
  resetCommunityState();
  resetDevstatsState();
}

/**
 * True if some source positively knows the person: a profile, merged PRs, a
 * value DevStats lists (its silence below thresholds proves nothing), roles,
 * a ContribCard file.
 */
export function knowsUser(parts: LiveParts): boolean {
  return Boolean(
    parts.profile ||
      (parts.search && parts.search.value.total_count > 0) ||
      parts.devstats?.value.listed ||
      (parts.roles && parts.roles.value.length > 0) ||
      parts.contribcard,
  );
}

/** Context of a merge that is not in the answers. */
export interface MergeContext {
  project: string;
  /** The GitHub organisations the merged-PR search covered (none: no search for this project). */
  orgs?: readonly string[];
  /**
   * When this load began. A failed source whose answer is older than that is
   * a saved copy (its notice says how old); a newer one is a fresh answer
   * with a part missing.
   */
  startedAt?: number;
  contribcardUrl?: string;
}

/**
 * Merges the sources' answers into one (not yet validated) card.
 *
 * One source counts the totals, so they share one scope: DevStats, over its
 * project's organisations (17 for Kubernetes). Another source's figure stands
 * in only where DevStats lists none, marked with its own scope in `scopes`:
 * GitHub search's merged-PR count (over the searched orgs), then ContribCard's
 * counts (over its crawl). A DevStats figure under its listing threshold stays
 * "below", unless another source has the number. The first contribution is
 * the earliest any source knows, with that source's scope.
 */
export function mergeLive(login: string, parts: LiveParts, failures: readonly LoadError[], ctx: MergeContext): CardData {
  const spelled = parts.profile?.value.login ?? login;
  const cc = parts.contribcard ? contribCardToCard(parts.contribcard.value) : undefined;
  const gh = parts.search ? searchToMerged(parts.search.value) : undefined;
  const ds = parts.devstats?.value;

  const totals: Totals = { ...ds?.totals };
  const scopes: NonNullable<CardData['scopes']> = {};
  const githubScope: FigureScope = { source: 'github', orgs: [...(ctx.orgs ?? [])] };
  // A timed-out search may have counted short: it is no stand-in for a count.
  if (totals.prsMerged === undefined && gh && !parts.search!.value.incomplete_results) {
    totals.prsMerged = gh.prsMerged;
    scopes.prsMerged = githubScope;
  }
  for (const [key, n] of Object.entries(cc?.totals ?? {}) as [TotalKey, number][]) {
    if (totals[key] !== undefined) continue;
    totals[key] = n;
    scopes[key] = { source: 'contribcard' };
  }

  const card: CardData = {
    schemaVersion: SCHEMA_VERSION,
    identity: parts.profile ? userToIdentity(parts.profile.value) : { login: spelled, profileUrl: `https://github.com/${spelled}` },
    totals,
    roles: parts.roles?.value ?? [],
    sources: sourceRefs(spelled, parts, ctx),
  };
  const below = Object.fromEntries(Object.entries(ds?.below ?? {}).filter(([k]) => totals[k as TotalKey] === undefined));
  if (Object.keys(below).length) card.totalsBelow = below;
  if (ds) card.scope = { source: 'devstats', project: ctx.project };

  const firsts: [FirstContribution | undefined, FigureScope][] = [
    [gh?.firstContribution, githubScope],
    [cc?.firstContribution, { source: 'contribcard' }],
  ];
  const first = earliest(firsts);
  if (first) {
    card.firstContribution = first[0];
    scopes.firstContribution = first[1];
  }
  if (Object.keys(scopes).length) card.scopes = scopes;
  if (cc?.yearsActive) card.yearsActive = cc.yearsActive;
  if (ds?.activity) card.activity = ds.activity;

  const used = Object.values(parts) as Fetched<unknown>[];
  const oldest = Math.min(...used.map((u) => u.storedAt));
  card.asOf = new Date(Number.isFinite(oldest) ? oldest : Date.now()).toISOString();

  const notices = noticesOf([
    ...failures.map((error) => ({ error })),
    // A failed source whose saved copy is shown: the notice says how old that copy is.
    ...used.flatMap((u) =>
      u.degraded ? [{ error: u.degraded, storedAt: ctx.startedAt !== undefined && u.storedAt < ctx.startedAt ? u.storedAt : undefined }] : [],
    ),
  ]);
  if (notices.length) card.notices = notices;
  return card;
}

function sourceRefs(login: string, parts: LiveParts, ctx: MergeContext): SourceRef[] {
  const refs: SourceRef[] = [];
  if (parts.profile || parts.search) {
    refs.push({ id: 'github', name: 'GitHub', url: parts.profile?.value.html_url ?? `https://github.com/${login}` });
  }
  if (parts.devstats) refs.push({ id: 'devstats', name: 'CNCF DevStats', url: devstatsPage(ctx.project) });
  if (parts.roles?.value.length) {
    refs.push({
      id: 'community',
      name: 'Kubernetes community (sigs.yaml, steering)',
      url: 'https://github.com/kubernetes/community/blob/HEAD/sigs.yaml',
    });
  }
  if (parts.contribcard) refs.push({ id: 'contribcard', name: 'CNCF ContribCard', url: ctx.contribcardUrl });
  return refs;
}

/** The DevStats dashboard people can open to check the numbers. */
function devstatsPage(project: string): string | undefined {
  if (project === 'kubernetes') return 'https://k8s.devstats.cncf.io/d/13/developer-activity-counts-by-repository-group';
  return /^[a-z0-9-]{1,60}$/.test(project) ? `https://${project}.devstats.cncf.io/` : undefined;
}

function earliest<T>(list: [FirstContribution | undefined, T][]): [FirstContribution, T] | undefined {
  let best: [FirstContribution, T] | undefined;
  for (const [f, scope] of list) {
    if (f && (!best || Date.parse(f.date) < Date.parse(best[0].date))) best = [f, scope];
  }
  return best;
}

/** One notice per source and reason (the oldest saved copy, if any); aborts are not failures of a source. */
function noticesOf(failures: readonly { error: LoadError; storedAt?: number }[]): SourceNotice[] {
  const byKey = new Map<string, SourceNotice>();
  for (const { error: e, storedAt } of failures) {
    if (e.reason === 'aborted') continue;
    const key = `${e.source} ${e.reason}`;
    const notice = byKey.get(key) ?? { source: e.source, reason: e.reason };
    if (e.retryAt) notice.retryAt = e.retryAt;
    if (storedAt !== undefined) {
      const since = new Date(storedAt).toISOString();
      if (!notice.staleSince || since < notice.staleSince) notice.staleSince = since;
    }
    byKey.set(key, notice);
  }
  return [...byKey.values()];
}

/** Never rejects: the outcome of an optional promise, so no rejection goes unhandled. */
function settle<T>(p: Promise<T> | undefined): Promise<Outcome<T>> {
  if (!p) return Promise.resolve(undefined);
  return p.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}

/** Failures of the profile that end the card: no such login, or an account that is not a person. */
const FATAL: ReadonlySet<string> = new Set(['not-found', 'organization', 'bot']);

/** Resolves with the profile's failure when it ends the card; stays pending otherwise. */
function endsTheCard(profile: Promise<unknown>): Promise<LoadError> {
  return new Promise((resolve) => {
    profile.catch((e: unknown) => {
      if (e instanceof LoadError && FATAL.has(e.reason)) resolve(e);
    });
  });
}

/**
 * A card is about a person: GitHub's `type` says when a login is an
 * organisation (`kubernetes`) or a GitHub App's bot (`dependabot[bot]`).
 */
function personOnly(p: Fetched<GithubUser>): Fetched<GithubUser> {
  if (p.value.type === 'Organization') throw new LoadError('organization', 'github', p.value.login);
  if (p.value.type === 'Bot') throw new LoadError('bot', 'github', p.value.login);
  return p;
}

/** Resolves when `signal` aborts; stays pending otherwise. */
function abortedBy(signal: AbortSignal | undefined): Promise<undefined> {
  return new Promise((resolve) => {
    if (signal?.aborted) resolve(undefined);
    signal?.addEventListener('abort', () => resolve(undefined), { once: true });
  });
}
