/**
 * CNCF DevStats: the contributor's totals and the merged-PR sparkline.
 *
 * DevStats has no per-developer time series; `DevActCnt` answers one
 * (metric, range) pair per call. Its per-release ranges (`v1.33.0 - v1.34.0`)
 * are precomputed, so one call per release is cheap for the server, while a
 * custom date range would start a heavy query there. So a cold card makes:
 *   1 `Ranges` call (shared by every card of the project, cached for a week),
 *   7 totals over `Last century` (5 outside Kubernetes, which lacks Reviews/Approves),
 *   12 `Merged PRs` calls, one per recent release,
 * = 20 calls at most. The merged-PR *total* is left to GitHub search, which
 * answers it in the call it makes anyway for the first contribution.
 *
 * Answers are arrays (`rank`, `login`, `number`) because without `github_id`
 * the API returns the whole ranking. With it, the server keeps only rows whose
 * login equals `github_id` exactly (case-sensitive), and when there is none it
 * answers 400 "github_id '…' not found in results": for a metric or release
 * that means "zero", and only for `Contributions` does it mean DevStats does
 * not know the person. Those 400s are cached like answers, or a warm card
 * would re-ask them every time.
 */
import type { Activity, ActivityPoint, Totals } from '../model.js';
import { LoadError, toLoadError } from '../load-error.js';
import { abortReason, isAbort, request, type Fetched } from './http.js';

/** One `DevActCnt` row set, reduced to the row of the asked login (or none). */
export interface DevActCntRows {
  rank: number[];
  login: string[];
  number: number[];
}

/** What DevStats contributes to a card. */
export interface DevstatsData {
  totals: Totals;
  activity?: Activity;
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
/** Metric of the sparkline. */
export const ACTIVITY_METRIC = 'Merged PRs';
/** Releases in the sparkline: 12 releases ≈ 4 years at three releases a year. */
export const ACTIVITY_RELEASES = 12;

/** Totals asked of DevStats, and where each lands in the model. */
export const TOTAL_METRICS: readonly { metric: string; key: keyof Totals; kubernetesOnly?: true }[] = [
  { metric: 'Contributions', key: 'contributions' },
  { metric: 'PRs', key: 'prsOpened' },
  { metric: 'Reviews', key: 'reviews', kubernetesOnly: true },
  { metric: 'Approves', key: 'approvals', kubernetesOnly: true },
  { metric: 'Issues', key: 'issues' },
  { metric: 'Commits', key: 'commits' },
  { metric: 'Comments', key: 'comments' },
];

/**
 * Everything DevStats knows about `githubId` in `project`. `githubId` may be a
 * promise: the caller passes the login as GitHub spells it once the profile
 * arrives, while the `Ranges` call is already on its way.
 *
 * Resolves with whatever part arrived (`degraded` names the first failure);
 * rejects `not-found` when DevStats does not know the login, or with the
 * first failure when nothing arrived.
 */
export async function fetchDevstats(githubId: string | PromiseLike<string>, o: DevstatsOptions): Promise<Fetched<DevstatsData>> {
  const ranges = fetchRanges(o);
  ranges.catch(() => {});
  const id = await githubId;
  o.signal?.throwIfAborted();

  const metrics = TOTAL_METRICS.filter((m) => !m.kubernetesOnly || o.project === 'kubernetes');
  const totalCalls = metrics.map((m) => devActCnt(id, m.metric, TOTALS_RANGE, o));
  const activityCall = activityFor(id, ranges, o);
  const [totalsSettled, activitySettled] = await Promise.all([
    Promise.allSettled(totalCalls),
    Promise.allSettled([activityCall]),
  ]);
  if (o.signal?.aborted) throw abortReason(o.signal);

  const failures: LoadError[] = [];
  let storedAt = Date.now();
  let degraded: LoadError | undefined;
  const totals: Totals = {};
  totalsSettled.forEach((r, i) => {
    const m = metrics[i]!;
    if (r.status === 'rejected') {
      if (isAbort(r.reason)) throw r.reason;
      failures.push(toLoadError(r.reason, 'devstats'));
      return;
    }
    const count = r.value.value.number[0];
    // No row for Contributions = no activity at all in DevStats' eyes.
    if (m.metric === 'Contributions' && count === undefined) {
      throw new LoadError('not-found', 'devstats', `github_id '${id}' not found`);
    }
    totals[m.key] = count ?? 0;
    storedAt = Math.min(storedAt, r.value.storedAt);
    degraded ??= r.value.degraded;
  });

  let activity: Activity | undefined;
  const a = activitySettled[0]!;
  if (a.status === 'fulfilled') {
    activity = a.value?.value;
    if (a.value) storedAt = Math.min(storedAt, a.value.storedAt);
    degraded ??= a.value?.degraded;
  } else {
    if (isAbort(a.reason)) throw a.reason;
    failures.push(toLoadError(a.reason, 'devstats'));
  }

  if (Object.keys(totals).length === 0 && !activity) {
    throw failures[0] ?? new LoadError('bad-data', 'devstats', 'no answer');
  }
  const value: DevstatsData = activity ? { totals, activity } : { totals };
  const problem = failures[0] ?? degraded;
  return problem ? { value, storedAt, degraded: problem } : { value, storedAt };
}

/** The sparkline: merged PRs per recent release. Resolves undefined when the project has no dated releases. */
async function activityFor(
  id: string,
  rangesCall: Promise<Fetched<string[]>>,
  o: DevstatsOptions,
): Promise<Fetched<Activity> | undefined> {
  const ranges = await rangesCall;
  const releases = releaseRanges(ranges.value, o.project).slice(-ACTIVITY_RELEASES);
  if (releases.length === 0) return undefined;
  const answers = await Promise.all(releases.map((r) => devActCnt(id, ACTIVITY_METRIC, r.name, o)));
  const points: ActivityPoint[] = releases.map((r, i) => ({
    period: r.label,
    start: r.start,
    count: answers[i]!.value.number[0] ?? 0,
  }));
  const storedAt = Math.min(ranges.storedAt, ...answers.map((x) => x.storedAt));
  const degraded = ranges.degraded ?? answers.find((x) => x.degraded)?.degraded;
  const activity: Activity = { unit: 'release', points };
  return degraded ? { value: activity, storedAt, degraded } : { value: activity, storedAt };
}

/** The project's range names (`Ranges` API). */
export function fetchRanges(o: DevstatsOptions): Promise<Fetched<string[]>> {
  return request({
    source: 'devstats',
    service: 'devstats',
    url: o.api,
    body: JSON.stringify({ api: 'Ranges', payload: { project: o.project } }),
    accept: 'json',
    parse: parseRanges,
    cache: 'ranges',
    ttl: o.ttl,
    signal: o.signal,
  });
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
    cache: 'devstats',
    ttl: o.ttl,
    signal: o.signal,
  });
}

// ---------------------------------------------------------------------------
// Validation and mapping (pure)

/** True for DevStats' "github_id '…' not found in results" error body. */
export function isNotInResults(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false;
  const error = (body as Record<string, unknown>).error;
  return typeof error === 'string' && /github_id '[^']*' not found in results/.test(error);
}

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

/**
 * Validates a `DevActCnt` answer strictly: three arrays of equal length, ranks
 * and numbers whole and ≥ 0, logins strings. Keeps only the row whose login is
 * exactly `githubId` (the server filters the same way); rows but none of them
 * ours means the answer is for somebody else.
 */
export function parseDevActCnt(body: unknown, githubId: string): DevActCntRows {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new Error('DevActCnt answer is not an object');
  const { rank, login, number } = body as Record<string, unknown>;
  if (!Array.isArray(rank) || !Array.isArray(login) || !Array.isArray(number)) {
    throw new Error('DevActCnt answer lacks rank/login/number arrays');
  }
  if (rank.length !== login.length || login.length !== number.length) throw new Error('DevActCnt arrays differ in length');
  if (!rank.every(isCount) || !number.every(isCount) || !login.every((l) => typeof l === 'string')) {
    throw new Error('DevActCnt arrays hold values of the wrong type');
  }
  if (login.length === 0) return { rank: [], login: [], number: [] };
  const i = login.indexOf(githubId);
  if (i < 0) throw new Error(`DevActCnt answered for ${String(login[0])}, not ${githubId}`);
  return { rank: [rank[i] as number], login: [githubId], number: [number[i] as number] };
}

/** Validates a `Ranges` answer into its list of names. */
export function parseRanges(body: unknown): string[] {
  const list = Array.isArray(body) ? body : (body as Record<string, unknown> | null)?.ranges;
  if (!Array.isArray(list) || !list.every((r) => typeof r === 'string')) throw new Error('Ranges answer lacks a ranges list');
  return list.slice(0, 1000) as string[];
}

/** A per-release range and where it sits on the time axis. */
export interface ReleaseRange {
  /** DevStats' name, e.g. `v1.33.0 - v1.34.0`. */
  name: string;
  /** The card's label, e.g. `v1.33`. */
  label: string;
  /** ISO date the release came out (the start of the range). */
  start: string;
  major: number;
  minor: number;
}

const RELEASE_RANGE = /^v(\d+)\.(\d+)\.0 - (?:v(\d+)\.(\d+)\.0|now)$/;

/**
 * The per-release ranges of `names`, oldest first, with their release dates.
 * DevStats names releases but does not date them, so dates come from
 * {@link releaseDate}; a project without known dates gets none (no sparkline
 * rather than a sparkline on a made-up axis).
 */
export function releaseRanges(names: readonly string[], project: string): ReleaseRange[] {
  const out: ReleaseRange[] = [];
  const seen = new Set<string>();
  for (const name of names) {
    const m = RELEASE_RANGE.exec(name);
    if (!m) continue;
    const major = Number(m[1]);
    const minor = Number(m[2]);
    const start = releaseDate(project, major, minor);
    const label = `v${major}.${minor}`;
    if (!start || seen.has(label)) continue;
    seen.add(label);
    out.push({ name, label, start, major, minor });
  }
  return out.sort((a, b) => a.major - b.major || a.minor - b.minor);
}

/** Kubernetes minor release dates (v1.0 … v1.35), from the release announcements. */
const KUBERNETES_RELEASES: readonly string[] = [
  '2015-07-21', '2015-11-09', '2016-03-16', '2016-07-01', '2016-09-26', '2016-12-12',
  '2017-03-28', '2017-06-29', '2017-09-28', '2017-12-15', '2018-03-26', '2018-06-27',
  '2018-09-27', '2018-12-03', '2019-03-25', '2019-06-19', '2019-09-18', '2019-12-09',
  '2020-03-25', '2020-08-26', '2020-12-08', '2021-04-08', '2021-08-04', '2021-12-07',
  '2022-05-03', '2022-08-23', '2022-12-09', '2023-04-11', '2023-08-15', '2023-12-13',
  '2024-04-17', '2024-08-13', '2024-12-11', '2025-04-23', '2025-08-27', '2025-12-17',
];

/**
 * ISO date of a release. Kubernetes minors after the table are placed four
 * months apart (its cadence since 2021): only the axis position is estimated,
 * the label and the count stay exact.
 */
export function releaseDate(project: string, major: number, minor: number): string | undefined {
  if (project !== 'kubernetes' || major !== 1) return undefined;
  const known = KUBERNETES_RELEASES[minor];
  if (known) return known;
  const last = KUBERNETES_RELEASES.length - 1;
  const d = new Date(`${KUBERNETES_RELEASES[last]}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 4 * (minor - last));
  return d.toISOString().slice(0, 10);
}
