/**
 * CNCF DevStats: the contributor's totals and the merged-PR sparkline.
 *
 * DevStats has no per-developer time series; `DevActCnt` answers one
 * (metric, range) pair per call. Its per-release ranges (`v1.33.0 - v1.34.0`)
 * are precomputed, so one call per release is cheap for the server, while a
 * custom date range would start a heavy query there. So a cold card makes:
 *   1 `Ranges` call (shared by every card of the project, cached for a week),
 *   9 totals over `Last century` (7 outside Kubernetes, which lacks Reviews/Approves),
 *   12 `Merged PRs` calls, one per recent release,
 * = 22 calls at most; plus, after a release was tagged, one `Ranges` refresh
 * and the two ranges it created (see `releases.ts`), and a second set of
 * calls when GitHub spells the login otherwise than it was asked.
 *
 * Answers are arrays (`rank`, `login`, `number`) because without `github_id`
 * the API returns the whole ranking. With it, the server keeps only rows whose
 * login equals `github_id` exactly (case-sensitive), and when there is none it
 * answers 400 "github_id '…' not found in results". DevStats stores no
 * All/All row under its listing thresholds (fewer than 30 contributions, 2
 * merged PRs…), so that answer means "below the threshold", never "unknown
 * person" and never a failure: a newcomer is below every threshold. Those
 * 400s are cached like answers, or a warm card would re-ask them every time.
 */
import type { Activity, ActivityPoint, TotalKey, Totals } from '../model/model.js';
import { LoadError, toLoadError } from '../model/load-error.js';
import { abortReason } from './net/abort.js';
import { isAbort } from './net/is-abort.js';
import { settle } from './net/waiting.js';
import { isFresh, peek, request, type Fetched, type RequestSpec } from './net/http.js';
import { predictedRangeNames, releaseRanges, type ReleaseRange } from './releases.js';
import { devstatsExcludes } from './devstats-excluded.js';
import {
  devstatsIdOf,
  errorOf,
  isInvalidPeriodBody,
  isUnknownProjectBody,
  isNotInResults,
  parseDevActCnt,
  parseRanges,
  thresholdOf,
  type DevActCntRows,
} from './devstats-answers.js';

/** What DevStats contributes to a card. */
export interface DevstatsData {
  totals: Totals;
  /** Totals DevStats lists no row for, with the listing threshold they are under. */
  below: Partial<Record<TotalKey, number>>;
  activity?: Activity;
  /** True when at least one figure is a listed value: DevStats positively knows the login. */
  listed: boolean;
}

/** Per-request settings, resolved by the caller from config and card attributes. */
export interface DevstatsOptions {
  /** The API endpoint every call is POSTed to. */
  api: string;
  /** DevStats project, e.g. `kubernetes`. */
  project: string;
  /** Seconds a cached answer stays fresh (overrides the kind's TTL). */
  ttl?: number;
  signal?: AbortSignal;
}

/** Range of the totals: everything DevStats has. */
export const TOTALS_RANGE = 'Last century';
/** Its length in hours as DevStats counts it: `100 years` (devstatscode time.go `IntervalHours`, 8766 h a year). */
const TOTALS_RANGE_HOURS = 100 * 8766;
/** Metric of the sparkline. */
export const ACTIVITY_METRIC = 'Merged PRs';
/** Releases in the sparkline: 12 releases ≈ 4 years at three releases a year. */
export const ACTIVITY_RELEASES = 12;

/** Totals asked of DevStats, and where each lands in the model. */
export const TOTAL_METRICS: readonly { metric: string; key: TotalKey; kubernetesOnly?: true }[] = [
  { metric: 'Contributions', key: 'contributions' },
  { metric: 'Merged PRs', key: 'prsMerged' },
  { metric: 'PRs', key: 'prsOpened' },
  { metric: 'Reviews', key: 'reviews', kubernetesOnly: true },
  { metric: 'Approves', key: 'approvals', kubernetesOnly: true },
  { metric: 'Issues', key: 'issues' },
  { metric: 'Commits', key: 'commits' },
  { metric: 'Comments', key: 'comments' },
  { metric: 'Active repositories', key: 'repositories' },
];

/**
 * Everything DevStats knows about `login` in `project`.
 *
 * The calls go out at once with the login as it was written. `spelled`
 * resolves with the login as GitHub spells it (or rejects when the profile
 * could not be had): DevStats matches `github_id` case-sensitively, so when
 * the spelling differs, the calls are made again with GitHub's and those
 * answers are used.
 *
 * Resolves with whatever part arrived (`degraded` names the first failure);
 * rejects only when nothing arrived, with the first failure, or at once with
 * `not-searchable` for a login DevStats' bot filter leaves out, or with
 * `spelled`'s failure when GitHub could not spell a Kubernetes login and no
 * row of its own shows the spelling as written is right.
 */
export async function fetchDevstats(login: string, spelled: PromiseLike<string> | undefined, o: DevstatsOptions): Promise<Fetched<DevstatsData>> {
  // No row in any range, whatever the activity: its silence is not "under the threshold".
  if (devstatsExcludes(login)) throw new LoadError('not-searchable', 'devstats', 'DevStats leaves this login out of its figures (its bot filter)');
  const written = devstatsIdOf(login, o.project);
  const asWritten = devstatsFor(written, o);
  asWritten.catch(() => undefined);
  let unchecked: unknown;
  const github = await Promise.resolve(spelled).then(
    (s) => (s === undefined ? undefined : devstatsIdOf(s, o.project)),
    (e) => void (unchecked = e),
  );
  o.signal?.throwIfAborted();
  // Nobody waits for the first set any more; its shared requests finish for whoever else asked.
  if (github !== undefined && github !== written) return devstatsFor(github, o);
  // GitHub could not say how the login is spelled, and Kubernetes' rows match it exactly
  // (`devstatsIdOf`): no row under "bentheelder" may be BenTheElder's wrong case, not a
  // newcomer under the thresholds. Unless a row of the login's own says the spelling is right,
  // the card says GitHub's failure, never "fewer than 30".
  if (unchecked && o.project === 'kubernetes' && !ownRow((await asWritten).value)) throw unchecked;
  return asWritten;
}

/** A listed figure filed under the login as asked: co-authored commits are filed lower-cased whatever its case. */
function ownRow(d: DevstatsData): boolean {
  return Object.entries(d.totals).some(([k, v]) => k !== 'commits' && v! > 0) || !!d.activity?.points.some((p) => p.below === undefined && p.count! > 0);
}

/** The totals and the activity of one exact `github_id`. */
async function devstatsFor(id: string, o: DevstatsOptions): Promise<Fetched<DevstatsData>> {
  const metrics = TOTAL_METRICS.filter((m) => !m.kubernetesOnly || o.project === 'kubernetes');
  const [totalsSettled, activitySettled] = await Promise.all([
    Promise.allSettled(metrics.map((m) => (m.key === 'commits' ? commitsOf(id, o) : devActCnt(id, m.metric, TOTALS_RANGE, o)))),
    Promise.allSettled([activityFor(id, o)]),
  ]);
  if (o.signal?.aborted) throw abortReason(o.signal);

  const failures: LoadError[] = [];
  let storedAt = Date.now();
  let degraded: LoadError | undefined;
  let listed = false;
  const totals: Totals = {};
  const below: DevstatsData['below'] = {};
  totalsSettled.forEach((r, i) => {
    const m = metrics[i]!;
    if (r.status === 'rejected') {
      if (isAbort(r.reason)) throw r.reason;
      failures.push(toLoadError(r.reason, 'devstats'));
      return;
    }
    storedAt = Math.min(storedAt, r.value.storedAt);
    degraded ??= r.value.degraded;
    const count = r.value.value.number[0];
    if (count !== undefined) {
      totals[m.key] = count;
      listed = true;
      return;
    }
    // No row: under the listing threshold, or zero where there is none.
    const threshold = thresholdOf(o.project, m.metric, TOTALS_RANGE_HOURS);
    if (threshold !== undefined) below[m.key] = threshold;
    else if (o.project === 'kubernetes') totals[m.key] = 0;
  });

  let activity: Activity | undefined;
  const a = activitySettled[0]!;
  if (a.status === 'fulfilled') {
    activity = a.value?.value;
    if (a.value) {
      storedAt = Math.min(storedAt, a.value.storedAt);
      degraded ??= a.value.degraded;
      listed ||= a.value.value.points.some((p) => p.count !== undefined && p.below === undefined && p.count > 0);
    }
  } else {
    if (isAbort(a.reason)) throw a.reason;
    failures.push(toLoadError(a.reason, 'devstats'));
  }

  const answered = metrics.length - totalsSettled.filter((r) => r.status === 'rejected').length;
  if (answered === 0 && !activity) throw failures[0] ?? new LoadError('bad-data', 'devstats', 'no answer');
  const value: DevstatsData = { totals, below, listed };
  if (activity) value.activity = activity;
  const problem = failures[0] ?? degraded;
  return problem ? { value, storedAt, degraded: problem } : { value, storedAt };
}

/**
 * The commits of `id`. DevStats files the commits a login co-authored
 * (`Co-authored-by`) under the lower-cased login (cncf/devstats
 * metrics/kubernetes/project_developer_stats.sql:139-163), and `DevActCnt`
 * matches `github_id` case-sensitively: a login with capitals has two rows,
 * its own spelling's and the lower-cased one, summed here. (A login written
 * in lower case asks that row first anyway, so the second call is shared.)
 */
async function commitsOf(id: string, o: DevstatsOptions): Promise<Fetched<DevActCntRows>> {
  const own = devActCnt(id, 'Commits', TOTALS_RANGE, o);
  const lower = id.toLowerCase();
  if (lower === id) return own;
  const coAuthored = settle(devActCnt(lower, 'Commits', TOTALS_RANGE, o));
  const a = await own;
  const b = await coAuthored;
  if (b?.ok === false && isAbort(b.error)) throw b.error;
  const failed = b?.ok === false ? toLoadError(b.error, 'devstats') : undefined;
  const co = b?.ok ? b.value : undefined;
  const counts = [a.value.number[0], co?.value.number[0]];
  const degraded = a.degraded ?? co?.degraded ?? failed;
  const value = counts.every((n) => n === undefined) ? a.value : { ...a.value, number: [(counts[0] ?? 0) + (counts[1] ?? 0)] };
  const storedAt = Math.min(a.storedAt, co?.storedAt ?? a.storedAt);
  return degraded ? { value, storedAt, degraded } : { value, storedAt };
}

// ---------------------------------------------------------------------------
// The sparkline: merged PRs per release, with the rollover rule

/**
 * Seconds a count in the newest release's two ranges stays fresh (not the 12
 * hours of other counts). After a release is tagged, DevStats' sync writes the
 * new range names first and computes them later in the same run (devstatscode
 * annotations.go:552, then cmd/gha2db_sync/gha2db_sync.go:726-787); asked in
 * between, it has no row for anyone, which the card reads as "under the
 * threshold". Asking again within the hour bounds that. DevStats itself
 * recomputes hourly, so the cycle under way is no staler for it either.
 */
const NEW_RANGE_TTL = 3600;

/**
 * Seconds a "no row" answer stays fresh (not the 12 hours of a count). DevStats
 * recomputes each series hourly by deleting its rows and then writing them again
 * (devstatscode cmd/calc_metric/calc_metric.go 1136-1176, then WriteTSPoints):
 * asked in between, everyone has no row, which reads "fewer than 30". Kept an
 * hour at most, that misreading heals with the next visit after the hour.
 */
const NO_ROW_TTL = 3600;

/** The tag the `- now` range starts at (`v1.37.0` for `v1.37.0 - now`), or undefined. */
function ongoingTag(names: readonly string[]): string | undefined {
  for (const n of names) if (n.endsWith(' - now')) return n.slice(0, -' - now'.length);
  return undefined;
}

/** Pages that refreshed a project's `Ranges` because a saved list was stale: once per page. */
const refreshed = new Set<string>();

/** Forgets which lists this page refreshed (for tests, with the rest of the page state). */
export function resetDevstatsState(): void {
  refreshed.clear();
}

/**
 * Merged PRs in each of the last {@link ACTIVITY_RELEASES} release cycles.
 *
 * The release calls do not wait for `Ranges`: they go out for the list the
 * page last saw, or, on a first visit, the list the calendar predicts, while
 * `Ranges` (when the saved list is not fresh) is asked in parallel. Whichever
 * list is newest decides the points; a range it adds is asked then. A range
 * the server no longer has answers `invalid period name`: that proves the list
 * stale, so it is refreshed (once per page) and the new ranges asked. A
 * release that fails on its own is a gap in the series, never a lost chart.
 */
async function activityFor(id: string, o: DevstatsOptions): Promise<Fetched<Activity> | undefined> {
  const spec = rangesRequest(o);
  const saved = peek(spec);
  let names = saved?.value ?? (o.project === 'kubernetes' ? predictedRangeNames(Date.now()) : []);
  let listStoredAt = saved?.storedAt ?? Date.now();
  let fromServer = false;

  const asked = new Map<string, Promise<Fetched<DevActCntRows>>>();
  const ask = (r: ReleaseRange) => {
    let p = asked.get(r.name);
    if (!p) {
      // The ranges the newest release made are kept an hour at most: DevStats lists them
      // before it has computed them, and answers "no row" for everyone until it has.
      const newest = r.ongoing || r.name.endsWith(` - ${ongoingTag(names)}`);
      p = devActCnt(id, ACTIVITY_METRIC, r.name, newest ? { ...o, ttl: Math.min(o.ttl ?? Infinity, NEW_RANGE_TTL) } : o);
      // Settled later, or never needed (a prediction the server's list replaced).
      p.catch(() => undefined);
      asked.set(r.name, p);
    }
    return p;
  };
  const recent = () => releaseRanges(names, o.project).slice(-ACTIVITY_RELEASES);
  recent().forEach(ask);

  let listError: LoadError | undefined;
  const useList = (f: Fetched<string[]>) => {
    names = f.value;
    listStoredAt = f.storedAt;
    listError = f.degraded;
    fromServer = !f.degraded;
  };
  if (!(saved && isFresh(saved.storedAt, 'ranges', o.ttl))) {
    try {
      useList(await request(spec));
    } catch (e) {
      if (isAbort(e)) throw e;
      // Without a list from the server, the saved or predicted one stands.
      listError = toLoadError(e, 'devstats');
    }
  }

  let releases = recent();
  let answers = await Promise.allSettled(releases.map(ask));
  const stale = answers.some((r) => r.status === 'rejected' && isInvalidPeriod(r.reason));
  const key = `${o.api} ${o.project}`;
  if (stale && !fromServer && !refreshed.has(key)) {
    refreshed.add(key);
    try {
      useList(await request({ ...spec, refresh: true }));
      releases = recent();
      answers = await Promise.allSettled(releases.map(ask));
    } catch (e) {
      if (isAbort(e)) throw e;
      listError = toLoadError(e, 'devstats');
    }
  }
  if (o.signal?.aborted) throw abortReason(o.signal);
  if (releases.length === 0) {
    if (listError) throw listError;
    return undefined;
  }

  const threshold = thresholdOf(o.project, ACTIVITY_METRIC);
  let storedAt = listStoredAt;
  let degraded: LoadError | undefined;
  const points = releases.map((r, i): ActivityPoint => {
    const point: ActivityPoint = { period: r.label, start: r.start };
    if (r.ongoing) point.ongoing = true;
    const answer = answers[i]!;
    if (answer.status === 'rejected') {
      if (isAbort(answer.reason)) throw answer.reason;
      // A range the server does not have (a list still stale after the one refresh) is no failure of the reader's.
      if (!isInvalidPeriod(answer.reason)) degraded ??= toLoadError(answer.reason, 'devstats');
      return point;
    }
    storedAt = Math.min(storedAt, answer.value.storedAt);
    degraded ??= answer.value.degraded;
    const count = answer.value.value.number[0];
    if (count !== undefined) point.count = count;
    else if (threshold !== undefined) Object.assign(point, { count: 0, below: threshold });
    else point.count = 0;
    return point;
  });
  if (points.every((p) => p.count === undefined)) throw degraded ?? listError ?? new LoadError('bad-data', 'devstats', 'no release answered');
  const activity: Activity = { unit: 'release', points };
  return degraded ? { value: activity, storedAt, degraded } : { value: activity, storedAt };
}

/** The `Ranges` call of a project. */
function rangesRequest(o: DevstatsOptions): RequestSpec<string[]> {
  return {
    source: 'devstats',
    service: 'devstats',
    url: o.api,
    body: JSON.stringify({ api: 'Ranges', payload: { project: o.project } }),
    accept: 'json',
    parse: parseRanges,
    reject: unknownProject,
    cache: 'ranges',
    ttl: o.ttl,
    signal: o.signal,
  };
}

/** The project's range names (`Ranges` API). */
export function fetchRanges(o: DevstatsOptions): Promise<Fetched<string[]>> {
  return request(rangesRequest(o));
}

/** A project DevStats does not have (a typo in `project`): said as such, not as a server error. */
function unknownProject(status: number, body: unknown): LoadError | undefined {
  return status === 400 && isUnknownProjectBody(body) ? new LoadError('unknown-project', 'devstats', errorOf(body)) : undefined;
}

/** A range the server no longer has: the list that named it is out of date. */
export class InvalidPeriodError extends LoadError {
  constructor(detail: string) {
    super('http', 'devstats', detail);
  }
}

function isInvalidPeriod(e: unknown): boolean {
  return e instanceof InvalidPeriodError;
}

/** One `DevActCnt` call for `githubId`; "not found in results" comes back as no rows. */
function devActCnt(githubId: string, metric: string, range: string, o: DevstatsOptions): Promise<Fetched<DevActCntRows>> {
  const payload = {
    project: o.project,
    range,
    metric,
    repository_group: 'All',
    country: 'All',
    github_id: githubId,
  };
  return request({
    source: 'devstats',
    service: 'devstats',
    url: o.api,
    body: JSON.stringify({ api: 'DevActCnt', payload }),
    accept: 'json',
    parse: (body) => parseDevActCnt(body, githubId),
    answer: (status, body) => (status === 400 && isNotInResults(body) ? { rank: [], login: [], number: [] } : undefined),
    // Only ranges DevStats still recomputes: a closed release's is computed once and then
    // skipped (gha2db_sync.go:609 passes skip_past; calc_metric.go:845), so its "no row" holds.
    ttlOf: (rows) => (rows.number.length || !(range === TOTALS_RANGE || range.endsWith(' - now')) ? undefined : NO_ROW_TTL),
    reject: (status, body) => (status === 400 && isInvalidPeriodBody(body) ? new InvalidPeriodError(errorOf(body)) : unknownProject(status, body)),
    cache: 'devstats',
    ttl: o.ttl,
    signal: o.signal,
  });
}
