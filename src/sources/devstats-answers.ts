/**
 * CNCF DevStats' answers, read as untrusted data, and what a missing row means.
 * Pure: the requests are in `devstats.ts`.
 *
 * Every error is a 400 `{"error":"API '<Name>': <message>"}` (cncf/devstatscode
 * `cmd/api/api.go` 275-284). Two of them are answers, not failures:
 * "github_id '…' not found in results" (no row: under the listing threshold)
 * and "invalid period name" (a range deleted when a release was tagged).
 */
import { isCount, isObj, objectOf } from '../model/untrusted.js';

/** One `DevActCnt` row set, reduced to the row of the asked login (or none). */
export interface DevActCntRows {
  rank: number[];
  login: string[];
  number: number[];
}

/**
 * The smallest value DevStats keeps an All/All row for, per metric, in the
 * `kubernetes` project: cncf/devstats `metrics/kubernetes/project_developer_stats.sql`
 * lines 1294–1302 (the `all_all_sub` conditions; data-sources.md §2). The
 * condition holds per (login, affiliation) row before the API sums a login's
 * rows, so "no row" means "under the threshold at each affiliation".
 * `Reviews` (`hist_reviewers.sql`, `>= 1`) and `Approves` (`hist_approvers.sql`,
 * no condition) are not here: for them no row means zero.
 */
export const KUBERNETES_THRESHOLDS: Readonly<Record<string, number>> = {
  Contributions: 30,
  Comments: 20,
  'Active repositories': 3,
  Commits: 2,
  Issues: 2,
  PRs: 2,
  'Merged PRs': 2,
};

/**
 * Every other project's All/All row needs `value > factor * project_scale *
 * sqrt(hours / 1450)`, `hours` the range's length: cncf/devstats
 * `metrics/shared/project_developer_stats.sql` lines 489–506 (`all_all`), the
 * placeholders filled by devstatscode `cmd/calc_metric/calc_metric.go` 653–654
 * and 856–857. These are its factors for the metrics the card asks.
 */
const SHARED_FACTORS: Readonly<Record<string, number>> = {
  Contributions: 10,
  Comments: 20,
  'Active repositories': 3,
  Commits: 0.8,
  Issues: 0.8,
  PRs: 0.8,
  'Merged PRs': 0.8,
};

/**
 * `project_scale` of the projects that set one (cncf/devstats `projects.yaml`
 * at 194c6ce2); every other project's is 1.0 (devstatscode
 * `cmd/calc_metric/calc_metric.go` 1379).
 */
const PROJECT_SCALES: Readonly<Record<string, number>> = {
  prometheus: 1.2, grpc: 1.5, cni: 0.3, envoy: 1.2, notary: 0.3, tuf: 0.3, spiffe: 0.3, telepresence: 0.3,
  helm: 1.5, openmetrics: 0.3, buildpacks: 0.3, virtualkubelet: 0.3, brigade: 0.3, flux: 0.5, intoto: 0.3,
  longhorn: 0.3, chubaofs: 0.3, keda: 0.3, smi: 0.3, cii: 0.3, all: 5, linux: 2,
};

/**
 * The listing threshold of `metric` in `project`, when DevStats has one: no row
 * says "fewer than" this. Kubernetes' are fixed; every other project's grow
 * with the range, so they are known only with its length in `hours`.
 */
export function thresholdOf(project: string, metric: string, hours?: number): number | undefined {
  if (project === 'kubernetes') return Object.hasOwn(KUBERNETES_THRESHOLDS, metric) ? KUBERNETES_THRESHOLDS[metric] : undefined;
  if (hours === undefined || !Object.hasOwn(SHARED_FACTORS, metric)) return undefined;
  const scale = Object.hasOwn(PROJECT_SCALES, project) ? PROJECT_SCALES[project]! : 1;
  // A row only above the limit: no row says "at most the limit", fewer than its floor + 1.
  return Math.floor(SHARED_FACTORS[metric]! * scale * Math.sqrt(hours / 1450)) + 1;
}

/**
 * The `github_id` DevStats files `login`'s rows under in `project`: Kubernetes
 * keeps GitHub's spelling (`metrics/kubernetes/project_developer_stats.sql`
 * 711, 729), every other project the lower-cased login (`metrics/shared/
 * project_developer_stats.sql` 19, 49, 389, 452), and `DevActCnt` matches it
 * exactly (devstatscode `cmd/api/api.go` 1425).
 */
export function devstatsIdOf(login: string, project: string): string {
  return project === 'kubernetes' ? login : login.toLowerCase();
}

/** The message of a DevStats error body (`{"error":"API 'X': …"}`), shortened. */
export function errorOf(body: unknown): string {
  const error = isObj(body) ? body.error : undefined;
  return typeof error === 'string' ? error.slice(0, 200) : '';
}

/** True for DevStats' "github_id '…' not found in results" error body. */
export function isNotInResults(body: unknown): boolean {
  return /github_id '[^']*' not found in results/.test(errorOf(body));
}

/**
 * True for DevStats' "database not found for project '…'" error body: the
 * project named is not one DevStats has (cncf/devstatscode cmd/api/api.go,
 * `nameToDB`, answered 400 by `handleSharedPayload` for every API).
 */
export function isUnknownProjectBody(body: unknown): boolean {
  return /database not found for project/.test(errorOf(body));
}

/** True for DevStats' "invalid period name: '…'" error body (a range it no longer has). */
export function isInvalidPeriodBody(body: unknown): boolean {
  return /invalid period name/.test(errorOf(body));
}

/**
 * Validates a `DevActCnt` answer strictly: three arrays of equal length, ranks
 * and numbers whole and ≥ 0, logins strings. Keeps only the row whose login is
 * exactly `githubId` (the server filters the same way); rows but none of them
 * ours means the answer is for somebody else.
 */
export function parseDevActCnt(body: unknown, githubId: string): DevActCntRows {
  const o = objectOf(body, 'DevActCnt answer');
  // Go encodes an empty result as `null` (nil slices), not `[]` (api.go:1441-1459, jsoniter).
  if (o.rank === null && o.login === null && o.number === null) return { rank: [], login: [], number: [] };
  const { rank, login, number } = o;
  if (!Array.isArray(rank) || !Array.isArray(login) || !Array.isArray(number)) {
    throw new Error('DevActCnt answer lacks rank/login/number arrays');
  }
  if (rank.length !== login.length || login.length !== number.length) throw new Error('DevActCnt arrays differ in length');
  if (!rank.every(isCount) || !number.every(isCount) || !login.every((l) => typeof l === 'string')) {
    throw new Error('DevActCnt arrays hold values of the wrong type');
  }
  if (login.length === 0) return { rank: [], login: [], number: [] };
  // One row per login: DevStats keeps a developer's rows per (login, company) in `shdev`, and
  // the API sums them, grouping by the name's login part (cncf/devstatscode cmd/api/api.go:1386-1402;
  // the company is the second part, api.go:1544,1560).
  const i = login.indexOf(githubId);
  if (i < 0) throw new Error(`DevActCnt answered for ${String(login[0])}, not ${githubId}`);
  return { rank: [rank[i] as number], login: [githubId], number: [number[i] as number] };
}

/** Validates a `Ranges` answer into its list of names. */
export function parseRanges(body: unknown): string[] {
  const list = Array.isArray(body) ? body : isObj(body) ? body.ranges : undefined;
  if (!Array.isArray(list) || !list.every((r) => typeof r === 'string')) throw new Error('Ranges answer lacks a ranges list');
  return list.slice(0, 1000) as string[];
}
