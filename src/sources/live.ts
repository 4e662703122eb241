/**
 * A card from the live services: GitHub (who, merged PRs, first PR), DevStats
 * (totals, merged PRs per release), the community files (roles) and, when a
 * page provides it, ContribCard. The sources run in parallel and fail alone:
 * a card shows what arrived and says, in `notices`, what did not.
 *
 * The merged model goes through `parseCardData` last, so every string from a
 * service is cleaned and every link checked exactly as for a card file.
 */
import { getConfig, trimSlash } from './config.js';
import { LoadError, toLoadError, type FailedSource } from '../model/load-error.js';
import type { CardData } from '../model/model.js';
import { BOT_LOGIN, isRequestableLogin } from '../model/login.js';
import { parseCardData } from '../model/validate.js';
import { fetchRoles } from './community.js';
import { contribCardUrl } from './contribcard-url.js';
import type { GithubUser } from './github-answers.js';
import { fetchDevstats } from './devstats.js';
import { fetchMergedPrs, fetchProfile, knownSpelling, SEARCH_ORGS } from './github.js';
import { knowsUser, mergeLive, type LiveParts } from './merge.js';
import { abortReason } from './net/abort.js';
import { isAbort } from './net/is-abort.js';
import { settle, untilAborted, type Outcome } from './net/waiting.js';
import type { Fetched } from './net/http.js';

/** Per-card settings; each overrides the page-wide value from `configure()`. */
export interface LiveOptions {
  /** DevStats project (default `kubernetes`). Roles and GitHub search exist for Kubernetes only. */
  project?: string;
  /** GitHub REST API base. */
  githubApi?: string;
  /** DevStats API endpoint. */
  devstatsApi?: string;
  /** Base of raw file URLs (community files). */
  rawBase?: string;
  /** Folder of ContribCard files; the source is used only when set. */
  contribcardBase?: string;
  /** A prebuilt roles index to read instead of the community files. */
  rolesSrc?: string;
  /** Seconds cached answers stay fresh, for every kind (default: a lifetime per kind). */
  cacheTtl?: number;
  /** Aborting it rejects the load with the signal's reason; requests other cards share keep going. */
  signal?: AbortSignal;
  /**
   * Called with the card as far as it is known, each time a source answers
   * once GitHub's profile is in (the card's identity): a page shows the name
   * at once and fills the other regions as their sources arrive. `pending`
   * names the sources still awaited. The promise still resolves with the
   * complete card.
   */
  onPartial?: (partial: PartialCard) => void;
}

/** A card still loading: what is known, and which sources are still awaited. */
export interface PartialCard {
  data: CardData;
  pending: ReadonlySet<FailedSource>;
}

/**
 * The DevStats project a card asks for: `name`, else the configured one. DevStats' project
 * names are lower case; `Kubernetes` (as its project list spells the title) is the same project.
 */
export function devstatsProject(name?: string): string {
  return (name?.trim() || getConfig().project).toLowerCase();
}

/**
 * Loads `login`'s card from the live services.
 *
 * Rejects with `LoadError`: `invalid-user` (before any request), `not-found`
 * (GitHub has no such user, or no source knows them), or the first source's
 * failure when every source failed; rejects with the signal's reason when
 * aborted. Otherwise resolves, possibly with `notices` for failed sources.
 */
export async function loadLiveCard(login: string, options: LiveOptions = {}): Promise<CardData> {
  if (!isRequestableLogin(login)) throw new LoadError('invalid-user', 'github', String(login).slice(0, 60));
  options.signal?.throwIfAborted();
  const startedAt = Date.now();

  const cfg = getConfig();
  const project = devstatsProject(options.project);
  const githubApi = trimSlash(options.githubApi || cfg.githubApi);
  const devstatsApi = trimSlash(options.devstatsApi || cfg.devstatsApi);
  const rawBase = trimSlash(options.rawBase || cfg.rawBase);
  const ccBase = options.contribcardBase || cfg.contribcardBase;
  const contribcardBase = ccBase ? trimSlash(ccBase) : undefined;
  const ttl = options.cacheTtl !== undefined && options.cacheTtl >= 0 ? options.cacheTtl : undefined;

  // Our own controller: the caller's abort reaches every source, and a GitHub
  // "not found" stops the rest early without touching the caller's signal.
  const ctrl = new AbortController();
  const onAbort = () => ctrl.abort(abortReason(options.signal));
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const signal = ctrl.signal;

  try {
    const gh = { api: githubApi, ttl, signal };
    // A profile that is an organisation or a bot ends the card like an unknown login does.
    const profile = fetchProfile(login, gh).then(personOnly);
    const orgs = SEARCH_ORGS[project];
    const search = orgs ? fetchMergedPrs(login, orgs, gh) : undefined;
    // DevStats and ContribCard match logins case-sensitively: GitHub's spelling is the right one.
    const spelled = profile.then((p) => p.value.login);
    spelled.catch(() => undefined);
    // The roles before DevStats: their files, then their parse in the worker, take the longest,
    // so their requests go out first (the starts are spread over a few tasks, net/pace.ts).
    const rolesSrc = options.rolesSrc || cfg.rolesSrc;
    const roles = project === 'kubernetes' ? fetchRoles(login, { rawBase, rolesSrc, ttl, signal }) : undefined;
    // Asked with GitHub's spelling at once when a profile this page fetched before knows it
    // (a warm card written `PacoXu` reuses the cached `pacoxu` answers instead of asking as written).
    const devstats = fetchDevstats(knownSpelling(login, gh) ?? login, spelled, { api: devstatsApi, project, ttl, signal });
    // An opt-in source: its code is a chunk of its own, fetched only by a page that names a base.
    const contribcard = contribcardBase
      ? Promise.all([import('./contribcard.js'), spelled.then(undefined, () => login)]).then(([m, l]) =>
          m.fetchContribCardData(l, { base: contribcardBase, ttl, signal }),
        )
      : undefined;

    if (options.onPartial) {
      // The link to a ContribCard file waits for the final card, which knows GitHub's spelling.
      reportProgress(options.onPartial, login, signal, { profile, search, devstats, roles, contribcard }, { project, orgs, startedAt });
    }

    const outcomes = Promise.all([settle(profile), settle(search), settle(devstats), settle(roles), settle(contribcard)]);
    // GitHub saying "no such user" (or "not a person") ends the card: nothing else is worth waiting for.
    const early = await untilAborted(Promise.race([outcomes.then(() => undefined), endsTheCard(profile)]), options.signal);
    if (early) throw early;
    const [p, s, d, r, c] = await outcomes;
    if (options.signal?.aborted) throw abortReason(options.signal);

    const parts: LiveParts = {};
    const failures: LoadError[] = [];
    const take = <K extends keyof LiveParts>(key: K, o: Outcome<LiveParts[K]>, source: FailedSource) => {
      if (!o) return;
      if (o.ok) parts[key] = o.value;
      else if (!isAbort(o.error)) failures.push(toLoadError(o.error, source));
    };
    take('profile', p as Outcome<LiveParts['profile']>, 'github');
    take('search', s as Outcome<LiveParts['search']>, 'github');
    take('devstats', d as Outcome<LiveParts['devstats']>, 'devstats');
    take('roles', r as Outcome<LiveParts['roles']>, 'community');
    take('contribcard', c as Outcome<LiveParts['contribcard']>, 'contribcard');

    // `name[bot]` logins belong to GitHub Apps only; without a profile to say so, it is still a bot.
    if (!parts.profile && BOT_LOGIN.test(login)) throw new LoadError('bot', 'github', login);
    if (!knowsUser(parts)) {
      throw failures.find((f) => f.reason !== 'not-found') ?? new LoadError('not-found', 'github', `no source knows ${login}`);
    }
    const merged = mergeLive(login, parts, failures, {
      project,
      orgs,
      startedAt,
      contribcardUrl: contribcardBase ? contribCardUrl(contribcardBase, parts.profile?.value.login ?? login) : undefined,
    });
    const checked = parseCardData(merged);
    if (!checked.ok) throw new LoadError('bad-data', 'github', checked.error.message);
    return checked.data;
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    // Detaches whatever is still running for this card (after an early "not found").
    if (!signal.aborted) ctrl.abort();
  }
}

/** The sources of a load, as promises (absent: not asked). */
interface Sources {
  profile: Promise<Fetched<GithubUser>>;
  search?: Promise<LiveParts['search'] & object>;
  devstats?: Promise<LiveParts['devstats'] & object>;
  roles?: Promise<LiveParts['roles'] & object>;
  contribcard?: Promise<LiveParts['contribcard'] & object>;
}

/**
 * Reports the card as it fills in: each answer after the profile's merges what
 * is known so far, through the same merge and validation as the final card.
 * A failure is not reported here (the final card carries its notice), and
 * nothing is reported once the load is over or aborted.
 */
function reportProgress(onPartial: (p: PartialCard) => void, login: string, signal: AbortSignal, sources: Sources, ctx: Parameters<typeof mergeLive>[3]): void {
  const parts: LiveParts = {};
  const pending = new Set<FailedSource>();
  const track = <K extends keyof LiveParts>(key: K, source: FailedSource, p: Promise<LiveParts[K] & object> | undefined) => {
    if (!p) return;
    pending.add(source);
    p.then(
      (value) => {
        parts[key] = value;
        pending.delete(source);
        emit();
      },
      () => {
        pending.delete(source);
        emit();
      },
    );
  };
  const emit = () => {
    if (signal.aborted || !parts.profile) return;
    const checked = parseCardData(mergeLive(login, parts, [], ctx));
    if (checked.ok) onPartial({ data: checked.data, pending: new Set(pending) });
  };
  // GitHub's search, DevStats and the roles are each a source of their own; the profile opens the card.
  track('search', 'github', sources.search);
  track('devstats', 'devstats', sources.devstats);
  track('roles', 'community', sources.roles);
  track('contribcard', 'contribcard', sources.contribcard);
  sources.profile.then(
    (p) => {
      parts.profile = p;
      emit();
    },
    () => undefined,
  );
}

/** Failures of the profile that end the card: no such login, or an account that is not a person. */
const FATAL: ReadonlySet<string> = new Set(['not-found', 'organization', 'bot']);

/** Resolves with the profile's failure when it ends the card; stays pending otherwise. */
function endsTheCard(profile: Promise<unknown>): Promise<LoadError> {
  return new Promise((resolve) => {
    profile.catch((e: unknown) => {
      if (e instanceof LoadError && FATAL.has(e.reason)) resolve(e);
    });
  });
}

/**
 * A card is about a person: GitHub's `type` says when a login is an
 * organisation (`kubernetes`) or a GitHub App's bot (`dependabot[bot]`).
 */
function personOnly(p: Fetched<GithubUser>): Fetched<GithubUser> {
  if (p.value.type === 'Organization') throw new LoadError('organization', 'github', p.value.login);
  if (p.value.type === 'Bot') throw new LoadError('bot', 'github', p.value.login);
  return p;
}
