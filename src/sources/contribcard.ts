/**
 * CNCF ContribCard files (`<base>/<login>.json`), an optional source.
 *
 * cncf/contribcard builds one JSON file per contributor each day, with tokens
 * the browser does not have: commit counts, the repositories list, the years
 * active and the very first contribution. Whether its public site allows
 * cross-origin reads is unverified, so the source is off unless a page points
 * `contribcardBase` at a copy it can read (same origin or self-hosted).
 */
import type { FirstContribution, Totals } from '../model.js';
import { request, type Fetched } from './http.js';

/** The part of a ContribCard file the card uses, in its own field names (so cached copies re-validate). */
export interface ContribCardFile {
  login: string;
  contributions: {
    total: number;
    by_kind: { commit?: number; issue?: number; pull_request?: number };
  };
  repositories: string[];
  years: number[];
  first_contribution: ContribCardFirst | null;
}

/** ContribCard's first contribution. */
export interface ContribCardFirst {
  kind: string;
  owner: string;
  repository: string;
  number?: number;
  sha?: string;
  title?: string;
  /** Epoch seconds. */
  ts: number;
}

/** Per-request settings, resolved by the caller from config and card attributes. */
export interface ContribCardOptions {
  /** Folder holding the files, no trailing slash. */
  base: string;
  /** Seconds a cached answer stays fresh (overrides the kind's TTL). */
  ttl?: number;
  signal?: AbortSignal;
}

/** What ContribCard contributes to a card. */
export interface ContribCardData {
  totals: Totals;
  firstContribution?: FirstContribution;
  yearsActive?: number[];
}

/** The file's URL. File names are the login as GitHub spells it (case-sensitive). */
export function contribCardUrl(base: string, login: string): string {
  return `${base}/${encodeURIComponent(login)}.json`;
}

/** `login`'s ContribCard file. Rejects `not-found` when there is none. */
export function fetchContribCard(login: string, o: ContribCardOptions): Promise<Fetched<ContribCardFile>> {
  return request({
    source: 'contribcard',
    service: 'contribcard',
    url: contribCardUrl(o.base, login),
    accept: 'json',
    parse: (body) => {
      const f = parseContribCard(body);
      if (f.login.toLowerCase() !== login.toLowerCase()) throw new Error(`asked for ${login}, got ${f.login}`);
      return f;
    },
    cache: 'contribcard',
    ttl: o.ttl,
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

function count(v: unknown, what: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new Error(`${what} is not a count`);
  return v;
}

function optCount(v: unknown, what: string): number | undefined {
  return v === undefined || v === null ? undefined : count(v, what);
}

function optString(v: unknown, what: string): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new Error(`${what} is not a string`);
  return v;
}

/** Validates a ContribCard file strictly and keeps the fields the card uses. */
export function parseContribCard(body: unknown): ContribCardFile {
  const o = obj(body, 'file');
  const login = optString(o.login, 'login');
  if (!login) throw new Error('login is missing');
  const c = obj(o.contributions, 'contributions');
  const k = obj(c.by_kind, 'contributions.by_kind');
  if (!Array.isArray(o.repositories) || !o.repositories.every((r) => typeof r === 'string')) {
    throw new Error('repositories is not a list of names');
  }
  if (!Array.isArray(o.years) || !o.years.every((y) => Number.isInteger(y) && (y as number) >= 2000 && (y as number) <= 2100)) {
    throw new Error('years is not a list of years');
  }
  return {
    login,
    contributions: {
      total: count(c.total, 'contributions.total'),
      by_kind: dropUndefined({
        commit: optCount(k.commit, 'by_kind.commit'),
        issue: optCount(k.issue, 'by_kind.issue'),
        pull_request: optCount(k.pull_request, 'by_kind.pull_request'),
      }),
    },
    repositories: o.repositories as string[],
    years: o.years as number[],
    first_contribution: parseFirst(o.first_contribution),
  };
}

function parseFirst(v: unknown): ContribCardFirst | null {
  if (v === undefined || v === null) return null;
  const f = obj(v, 'first_contribution');
  const ts = count(f.ts, 'first_contribution.ts');
  return dropUndefined({
    kind: optString(f.kind, 'first_contribution.kind') ?? 'contribution',
    owner: optString(f.owner, 'first_contribution.owner') ?? '',
    repository: optString(f.repository, 'first_contribution.repository') ?? '',
    number: optCount(f.number, 'first_contribution.number'),
    sha: optString(f.sha, 'first_contribution.sha'),
    title: optString(f.title, 'first_contribution.title'),
    ts,
  });
}

/** The card's view of a ContribCard file. */
export function contribCardToCard(f: ContribCardFile): ContribCardData {
  const k = f.contributions.by_kind;
  const totals: Totals = dropUndefined({
    contributions: f.contributions.total,
    commits: k.commit,
    issues: k.issue,
    prsOpened: k.pull_request,
    repositories: f.repositories.length,
  });
  const out: ContribCardData = { totals };
  const first = f.first_contribution;
  if (first) {
    const repo = REPO_PART.test(first.owner) && REPO_PART.test(first.repository) ? `${first.owner}/${first.repository}` : undefined;
    out.firstContribution = dropUndefined({
      title: first.title,
      repository: repo,
      date: new Date(first.ts * 1000).toISOString(),
      url: repo ? contributionUrl(repo, first) : undefined,
    });
  }
  if (f.years.length) out.yearsActive = [...new Set(f.years)].sort((a, b) => a - b);
  return out;
}

/** An owner or repository name as GitHub allows them; anything else never reaches a link. */
const REPO_PART = /^[A-Za-z0-9_.-]{1,100}$/;

/** The GitHub page of a contribution: a PR, an issue or a commit. */
function contributionUrl(repo: string, f: ContribCardFirst): string | undefined {
  const base = `https://github.com/${repo}`;
  if (f.kind === 'pull_request' && f.number !== undefined) return `${base}/pull/${f.number}`;
  if (f.kind === 'issue' && f.number !== undefined) return `${base}/issues/${f.number}`;
  if (f.kind === 'commit' && f.sha && /^[0-9a-f]{7,40}$/i.test(f.sha)) return `${base}/commit/${f.sha}`;
  return undefined;
}

function dropUndefined<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}
