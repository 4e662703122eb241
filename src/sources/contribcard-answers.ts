/**
 * A ContribCard file, read as untrusted data: validated strictly (in its own
 * field names, so a cached copy re-validates) and mapped into what the card
 * takes from it. Pure: the request is in `contribcard.ts`.
 */
import type { FirstContribution, Totals } from '../model/model.js';
import { countOf, objectOf, optCountOf, optStringOf, strip } from '../model/untrusted.js';

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

/** What ContribCard contributes to a card. */
export interface ContribCardData {
  totals: Totals;
  firstContribution?: FirstContribution;
  yearsActive?: number[];
}

/** Validates a ContribCard file strictly and keeps the fields the card uses. */
export function parseContribCard(body: unknown): ContribCardFile {
  const o = objectOf(body, 'file');
  const login = optStringOf(o.login, 'login');
  if (!login) throw new Error('login is missing');
  const c = objectOf(o.contributions, 'contributions');
  const k = objectOf(c.by_kind, 'contributions.by_kind');
  if (!Array.isArray(o.repositories) || !o.repositories.every((r) => typeof r === 'string')) {
    throw new Error('repositories is not a list of names');
  }
  if (!Array.isArray(o.years) || !o.years.every((y) => Number.isInteger(y) && (y as number) >= 2000 && (y as number) <= 2100)) {
    throw new Error('years is not a list of years');
  }
  return {
    login,
    contributions: {
      total: countOf(c.total, 'contributions.total'),
      by_kind: strip({
        commit: optCountOf(k.commit, 'by_kind.commit'),
        issue: optCountOf(k.issue, 'by_kind.issue'),
        pull_request: optCountOf(k.pull_request, 'by_kind.pull_request'),
      }),
    },
    repositories: o.repositories as string[],
    years: o.years as number[],
    first_contribution: parseFirst(o.first_contribution),
  };
}

function parseFirst(v: unknown): ContribCardFirst | null {
  if (v === undefined || v === null) return null;
  const f = objectOf(v, 'first_contribution');
  const ts = countOf(f.ts, 'first_contribution.ts');
  return strip({
    kind: optStringOf(f.kind, 'first_contribution.kind') ?? 'contribution',
    owner: optStringOf(f.owner, 'first_contribution.owner') ?? '',
    repository: optStringOf(f.repository, 'first_contribution.repository') ?? '',
    number: optCountOf(f.number, 'first_contribution.number'),
    sha: optStringOf(f.sha, 'first_contribution.sha'),
    title: optStringOf(f.title, 'first_contribution.title'),
    ts,
  });
}

/** The card's view of a ContribCard file. */
export function contribCardToCard(f: ContribCardFile): ContribCardData {
  const k = f.contributions.by_kind;
  const totals: Totals = strip({
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
    out.firstContribution = strip({
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
