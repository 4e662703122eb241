/**
 * The live sources' answers merged into one card. Pure: it runs on answers
 * already fetched, so the rules that decide which source a figure comes from
 * are tested without a network.
 */
import { LoadError } from '../model/load-error.js';
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
} from '../model/model.js';
import type { ContribCardData } from './contribcard-answers.js';
import type { DevstatsData } from './devstats.js';
import { searchToMerged, userToIdentity, type GithubUser, type MergedPrSearch } from './github-answers.js';
import type { Fetched } from './net/http.js';

/** What each source answered, before merging. Absent = not asked or failed. */
export interface LiveParts {
  profile?: Fetched<GithubUser>;
  search?: Fetched<MergedPrSearch>;
  devstats?: Fetched<DevstatsData>;
  roles?: Fetched<Role[]>;
  contribcard?: Fetched<ContribCardData>;
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
  const cc = parts.contribcard?.value;
  // A timed-out search (`incomplete_results`) found some of the PRs, with no word on which
  // (REST docs, "Search", § "Timeouts and incomplete results"): its count may be short and its
  // oldest PR not the first. Neither is shown; a notice says GitHub's part is missing.
  const searchTimedOut = parts.search?.value.incomplete_results === true;
  const gh = parts.search && !searchTimedOut ? searchToMerged(parts.search.value) : undefined;
  const ds = parts.devstats?.value;

  const totals: Totals = { ...ds?.totals };
  const scopes: NonNullable<CardData['scopes']> = {};
  const githubScope: FigureScope = { source: 'github', orgs: [...(ctx.orgs ?? [])] };
  // Where DevStats lists fewer than its threshold (it counts 17 orgs), a zero from the search (2 orgs)
  // would say less, and wrongly: one merged PR in kubernetes-csi is "<2", not "0" (cncf/devstats
  // metrics/kubernetes/project_developer_stats.sql:1302 lists merged PRs from 2).
  if (totals.prsMerged === undefined && gh && (gh.prsMerged || !ds?.below.prsMerged)) {
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
    ...(searchTimedOut ? [{ error: new LoadError('timeout', 'github', 'incomplete_results') }] : []),
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

/**
 * One notice per source and reason (the oldest saved copy, if any, and the
 * latest time the source answers again: GitHub's profile and search limits
 * reset apart, and the card is whole only after both); aborts are not failures
 * of a source.
 */
function noticesOf(failures: readonly { error: LoadError; storedAt?: number }[]): SourceNotice[] {
  const byKey = new Map<string, SourceNotice>();
  for (const { error: e, storedAt } of failures) {
    if (e.reason === 'aborted') continue;
    const key = `${e.source} ${e.reason}`;
    const notice = byKey.get(key) ?? { source: e.source, reason: e.reason };
    if (e.retryAt && !(notice.retryAt && notice.retryAt > e.retryAt)) notice.retryAt = e.retryAt;
    if (storedAt !== undefined) {
      const since = new Date(storedAt).toISOString();
      if (!notice.staleSince || since < notice.staleSince) notice.staleSince = since;
    }
    byKey.set(key, notice);
  }
  return [...byKey.values()];
}
