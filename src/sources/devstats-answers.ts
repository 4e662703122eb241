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

/** The listing threshold of `metric` in `project`, when DevStats has one. */
export function thresholdOf(project: string, metric: string): number | undefined {
  return project === 'kubernetes' && Object.hasOwn(KUBERNETES_THRESHOLDS, metric) ? KUBERNETES_THRESHOLDS[metric] : undefined;
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
