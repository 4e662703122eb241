/**
 * GitHub's answers, read as untrusted data: the profile and the merged-PR
 * search validated into the fields the card uses (in GitHub's own names, so a
 * cached copy re-validates through the same parser), and mapped into the
 * model. Pure: the requests are in `github.ts`.
 */
import type { FirstContribution, Identity } from '../model/model.js';
import { isIsoDate } from '../model/validate.js';
import { isObj, objectOf, optStringOf, strip, type Obj } from '../model/untrusted.js';

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

/** A string field that may be null or absent; anything else is a wrong shape. */
function optString(o: Obj, key: string, what: string): string | undefined {
  return optStringOf(o[key], `${what}.${key}`);
}

/** Validates a `/users/{login}` answer and keeps the fields the card shows. */
export function parseUser(body: unknown): GithubUser {
  const o = objectOf(body, 'user');
  const login = optString(o, 'login', 'user');
  if (!login) throw new Error('user.login is missing');
  return strip({
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
  const o = objectOf(body, 'search');
  const total = o.total_count;
  if (typeof total !== 'number' || !Number.isInteger(total) || total < 0) throw new Error('search.total_count is not a count');
  if (!Array.isArray(o.items)) throw new Error('search.items is not an array');
  const items = o.items.slice(0, 1).map((x, i): SearchItem => {
    const it = objectOf(x, `search.items[${i}]`);
    const created = optString(it, 'created_at', 'item');
    // Strict ISO, as the card model requires: a date Date.parse merely tolerates would fail the card later.
    if (!created || !isIsoDate(created)) throw new Error('item.created_at is not an ISO date');
    // Live answers nest merged_at under pull_request; cached copies keep it flat.
    const pr = it.pull_request === undefined || it.pull_request === null ? undefined : objectOf(it.pull_request, 'item.pull_request');
    const merged = pr ? optString(pr, 'merged_at', 'item.pull_request') : optString(it, 'merged_at', 'item');
    return strip({
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
export function messageOf422(body: unknown): string {
  const errors = isObj(body) ? body.errors : undefined;
  const first = Array.isArray(errors) ? (errors[0] as Obj | undefined)?.message : undefined;
  return typeof first === 'string' ? first.slice(0, 200) : 'HTTP 422';
}

/** The card's identity from a profile. */
export function userToIdentity(u: GithubUser): Identity {
  return strip({
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
    firstContribution: strip({
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
