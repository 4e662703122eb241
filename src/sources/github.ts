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
import { LoadError } from '../load-error.js';
import type { FirstContribution, Identity } from '../model.js';
import { request, type Fetched } from './http.js';
import { isIsoDate } from '../validate.js';

/** The part of `/users/{login}` the card uses, in GitHub's own field names (so cached copies re-validate). */
export interface GithubUser {
  login: string;
  /** `User`, `Organization` or `Bot`; absent in copies cached before it was kept (read as `User`). */
  type?: string;
  name?: string;
  avatar_url?: string;
  html_url?: string;
  company?: string;
}

/** The oldest merged PR of a search, in GitHub's field names. */
export interface SearchItem {
  title?: string;
  html_url?: string;
  repository_url?: string;
  created_at: string;
  merged_at?: string;
}

/** The part of a merged-PR search the card uses. */
export interface MergedPrSearch {
  total_count: number;
  /**
   * GitHub's `incomplete_results`: the search timed out and answered with what
   * it had found, so the count may be short and the oldest item not the oldest.
   */
  incomplete_results?: true;
  items: SearchItem[];
}

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
  return request({
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
  });
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

// ---------------------------------------------------------------------------
// Validation and mapping (pure)

type Obj = Record<string, unknown>;

function obj(v: unknown, what: string): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Error(`${what} is not an object`);
  return v as Obj;
}

/** A string field that may be null or absent; anything else is a wrong shape. */
function optString(o: Obj, key: string, what: string): string | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new Error(`${what}.${key} is not a string`);
  return v;
}

/** Validates a `/users/{login}` answer and keeps the fields the card shows. */
export function parseUser(body: unknown): GithubUser {
  const o = obj(body, 'user');
  const login = optString(o, 'login', 'user');
  if (!login) throw new Error('user.login is missing');
  return dropUndefined({
    login,
    type: optString(o, 'type', 'user'),
    name: optString(o, 'name', 'user'),
    avatar_url: optString(o, 'avatar_url', 'user'),
    html_url: optString(o, 'html_url', 'user'),
    company: optString(o, 'company', 'user'),
  });
}

/** Validates a search answer and keeps the count and the first item (the search asks for one). */
export function parseSearch(body: unknown): MergedPrSearch {
  const o = obj(body, 'search');
  const total = o.total_count;
  if (typeof total !== 'number' || !Number.isInteger(total) || total < 0) throw new Error('search.total_count is not a count');
  if (!Array.isArray(o.items)) throw new Error('search.items is not an array');
  const items = o.items.slice(0, 1).map((x, i): SearchItem => {
    const it = obj(x, `search.items[${i}]`);
    const created = optString(it, 'created_at', 'item');
    // Strict ISO, as the card model requires: a date Date.parse merely tolerates would fail the card later.
    if (!created || !isIsoDate(created)) throw new Error('item.created_at is not an ISO date');
    // Live answers nest merged_at under pull_request; cached copies keep it flat.
    const pr = it.pull_request === undefined || it.pull_request === null ? undefined : obj(it.pull_request, 'item.pull_request');
    const merged = pr ? optString(pr, 'merged_at', 'item.pull_request') : optString(it, 'merged_at', 'item');
    return dropUndefined({
      title: optString(it, 'title', 'item'),
      html_url: optString(it, 'html_url', 'item'),
      repository_url: optString(it, 'repository_url', 'item'),
      created_at: created,
      merged_at: merged,
    });
  });
  if (o.incomplete_results !== undefined && typeof o.incomplete_results !== 'boolean') {
    throw new Error('search.incomplete_results is not a boolean');
  }
  return o.incomplete_results === true ? { total_count: total, incomplete_results: true, items } : { total_count: total, items };
}

/** The first error message of a 422 body, for developers. */
function messageOf422(body: unknown): string {
  const errors = typeof body === 'object' && body !== null ? (body as Obj).errors : undefined;
  const first = Array.isArray(errors) ? (errors[0] as Obj | undefined)?.message : undefined;
  return typeof first === 'string' ? first.slice(0, 200) : 'HTTP 422';
}

/** The card's identity from a profile. */
export function userToIdentity(u: GithubUser): Identity {
  return dropUndefined({
    login: u.login,
    name: u.name,
    avatarUrl: u.avatar_url,
    profileUrl: u.html_url,
    company: u.company,
  });
}

/** The merged-PR count and the first contribution (the oldest merged PR, dated when it was opened). */
export function searchToMerged(s: MergedPrSearch): { prsMerged: number; firstContribution?: FirstContribution } {
  const first = s.items[0];
  if (!first) return { prsMerged: s.total_count };
  return {
    prsMerged: s.total_count,
    firstContribution: dropUndefined({
      title: first.title,
      repository: repositoryName(first.repository_url),
      date: first.created_at,
      url: first.html_url,
    }),
  };
}

/** `owner/name` from an API repository URL (`…/repos/owner/name`). */
export function repositoryName(url: string | undefined): string | undefined {
  const m = url?.match(/\/repos\/([^/?#]+)\/([^/?#]+)\/?$/);
  if (!m) return undefined;
  try {
    return `${decodeURIComponent(m[1]!)}/${decodeURIComponent(m[2]!)}`;
  } catch {
    // A malformed escape is a bad value, not a reason to lose the rest of the answer.
    return undefined;
  }
}

function dropUndefined<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}
