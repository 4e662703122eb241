/**
 * GitHub REST, token-less: who the contributor is (`/users/{login}`) and
 * their first merged PR in the Kubernetes orgs (`/search/issues`).
 *
 * A visitor has 60 core and 10 search calls, shared by every card on the
 * page, so a cold card spends one of each. The search for the oldest merged
 * PR (`sort=created&order=asc&per_page=1`) also carries `total_count`, the
 * merged-PR count in the searched orgs only: a query is capped at 256
 * characters and cannot name DevStats' 17 Kubernetes orgs, so that count is a
 * figure of its own scope, used only where DevStats lists none.
 */
import { LoadError } from '../model/load-error.js';
import { messageOf422, parseSearch, parseUser, type GithubUser, type MergedPrSearch } from './github-answers.js';
import { peek, request, type Fetched, type RequestSpec } from './net/http.js';

/** Per-request settings, resolved by the caller from config and card attributes. */
export interface GithubOptions {
  /** API base, no trailing slash. */
  api: string;
  /** Seconds a cached answer stays fresh (overrides the kind's TTL). */
  ttl?: number;
  signal?: AbortSignal;
}

/** GitHub orgs searched per DevStats project; projects without an entry get no search. */
export const SEARCH_ORGS: Readonly<Record<string, readonly string[]>> = {
  kubernetes: ['kubernetes', 'kubernetes-sigs'],
};

/** The search query for `login`'s merged PRs in `orgs` (several `org:` qualifiers are OR-ed). */
export function mergedPrQuery(login: string, orgs: readonly string[]): string {
  return ['is:pr', 'is:merged', `author:${login}`, ...orgs.map((o) => `org:${o}`)].join(' ');
}

/** `/users/{login}`. Rejects `not-found` for an unknown login. */
export function fetchProfile(login: string, o: GithubOptions): Promise<Fetched<GithubUser>> {
  return request(profileSpec(login, o));
}

/**
 * The login as GitHub spelled it in the profile this page last fetched (fresh
 * or not), without asking: undefined when none is cached. What the sources that
 * match logins case-sensitively ask with before the profile answers.
 */
export function knownSpelling(login: string, o: GithubOptions): string | undefined {
  return peek(profileSpec(login, o))?.value.login;
}

function profileSpec(login: string, o: GithubOptions): RequestSpec<GithubUser> {
  return {
    source: 'github',
    service: 'github',
    // Logins are case-insensitive: one spelling in the URL lets `PacoXu` and `pacoxu` cards share a call and a cache entry.
    url: `${o.api}/users/${encodeURIComponent(login.toLowerCase())}`,
    accept: 'json',
    parse: (body) => {
      const user = parseUser(body);
      // Logins are case-insensitive; any other login is somebody else's answer.
      if (user.login.toLowerCase() !== login.toLowerCase()) throw new Error(`asked for ${login}, got ${user.login}`);
      return user;
    },
    cache: 'profile',
    ttl: o.ttl,
    rateLimit: `${o.api} core`,
    signal: o.signal,
  };
}

/**
 * Merged PRs of `login` in `orgs`: the count and the oldest one, in one
 * search call. GitHub answers 422 "the listed users cannot be searched" both
 * for logins that do not exist and for users it will not list: that says
 * nothing about the user unless the profile says 404 too, so it rejects
 * `not-searchable`, and the caller decides.
 */
export function fetchMergedPrs(login: string, orgs: readonly string[], o: GithubOptions): Promise<Fetched<MergedPrSearch>> {
  const q = new URLSearchParams({ q: mergedPrQuery(login.toLowerCase(), orgs), sort: 'created', order: 'asc', per_page: '1' });
  return request({
    source: 'github',
    service: 'github',
    url: `${o.api}/search/issues?${q}`,
    accept: 'json',
    parse: parseSearch,
    reject: (status, body) => (status === 422 ? new LoadError('not-searchable', 'github', messageOf422(body)) : undefined),
    // A timed-out search is shown, never kept as if it were exact.
    keep: (s) => !s.incomplete_results,
    cache: 'search',
    ttl: o.ttl,
    rateLimit: `${o.api} search`,
    signal: o.signal,
  });
}
