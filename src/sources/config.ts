/**
 * Page-wide settings of the live sources. A page that self-hosts a mirror, a
 * test that points at local stand-ins, or a demo that wants fresher data calls
 * `configure()` once; a card's attributes (passed as `LiveOptions`) override
 * these per card. Kept apart from the fetch code so that reading a default
 * never pulls in the network layer.
 */

/** Kinds of cached answer; each has its own lifetime because each changes at its own pace. */
export interface CacheTtls {
  /** GitHub `/users/{login}`: names and avatars rarely change, and a 304 revalidation is free. */
  profile: number;
  /** GitHub search (merged PR count, oldest PR): moves daily; its budget is only 10 calls/minute. */
  search: number;
  /** DevStats developer counts: recomputed by DevStats a few times a day, cached there 12–24 h. */
  devstats: number;
  /** DevStats `Ranges` list: only grows when Kubernetes releases (three times a year). */
  ranges: number;
  /** The roles index built from the community files (or read from `rolesSrc`): they change a few times a week. */
  roles: number;
  /** ContribCard files: rebuilt once a day. */
  contribcard: number;
}

export type CacheKind = keyof CacheTtls;

/** Everything the live sources read from the page. */
export interface LiveConfig {
  /** GitHub REST API base, no trailing slash. */
  githubApi: string;
  /** DevStats API endpoint (the one URL every call is POSTed to). */
  devstatsApi: string;
  /** Base of raw file URLs (`<rawBase>/<org>/<repo>/<ref>/<path>`). */
  rawBase: string;
  /** Folder holding ContribCard files (`<base>/<login>.json`); unset = source not used. */
  contribcardBase?: string;
  /**
   * A prebuilt roles index (`roles-index.json`, from `k8s-contrib-card roles`)
   * to read instead of the community files: one request, no YAML parser.
   */
  rolesSrc?: string;
  /** DevStats project name. */
  project: string;
  /** Longest wait for one answer, body included (ms). */
  timeoutMs: number;
  /** Largest answer read (bytes); larger ones are refused as bad data. */
  maxBytes: number;
  /** Seconds an answer stays fresh, per kind. */
  ttl: CacheTtls;
  /**
   * Seconds an expired answer is kept for ETag revalidation and as a stale
   * fallback while a service is rate-limited or down.
   */
  staleMaxAge: number;
  /** Whether answers may be kept in localStorage (a memory cache is always used). */
  persist: boolean;
  /**
   * Where answers are kept instead of `localStorage` (the CLI's files in
   * `--cache-dir`). Unset on a page: the page's own localStorage is used.
   */
  storage?: Storage;
  /**
   * A GitHub token, sent as `Authorization` by the CLI (`GITHUB_TOKEN`) for its
   * larger rate limits. A page must never set it: anything a page holds is
   * readable by every script on it, and the card's own code never does.
   */
  githubToken?: string;
  /** Most DevStats requests in flight at once (it is one community-run server). */
  devstatsConcurrency: number;
}

const HOUR = 3600;

/** The defaults: the public services and lifetimes chosen per kind (see {@link CacheTtls}). */
export const DEFAULT_CONFIG: Readonly<LiveConfig> = Object.freeze({
  githubApi: 'https://api.github.com',
  devstatsApi: 'https://devstats.cncf.io/api/v1',
  rawBase: 'https://raw.githubusercontent.com',
  // No `contribcardBase` nor `rolesSrc`: ContribCard is asked only where a page names its base,
  // and the roles are built from the community files unless a page names an index.
  project: 'kubernetes',
  timeoutMs: 10_000,
  maxBytes: 2 * 1024 * 1024,
  ttl: Object.freeze({
    profile: 24 * HOUR,
    search: 6 * HOUR,
    devstats: 12 * HOUR,
    ranges: 7 * 24 * HOUR,
    roles: 24 * HOUR,
    contribcard: 12 * HOUR,
  }),
  staleMaxAge: 30 * 24 * HOUR,
  persist: true,
  // A card asks ~21 calls at once; the browser's own per-host limit (6 over
  // HTTP/1.1) already spreads them. The CLI, building hundreds of cards, sets a lower one.
  devstatsConcurrency: Infinity,
});

/** What `configure` accepts: any subset, with TTLs merged per kind. */
export type ConfigPatch = Partial<Omit<LiveConfig, 'ttl'>> & { ttl?: Partial<CacheTtls> };

let current: LiveConfig = { ...DEFAULT_CONFIG, ttl: { ...DEFAULT_CONFIG.ttl } };

/** The configuration in effect. Treat it as read-only; change it through {@link configure}. */
export function getConfig(): Readonly<LiveConfig> {
  return current;
}

/**
 * Changes page-wide settings; unspecified ones keep their value. Base URLs
 * lose a trailing slash so sources can append paths without doubling it.
 */
export function configure(patch: ConfigPatch): void {
  const next: LiveConfig = { ...current, ...patch, ttl: { ...current.ttl, ...patch.ttl } };
  next.githubApi = trimSlash(next.githubApi);
  next.devstatsApi = trimSlash(next.devstatsApi);
  next.rawBase = trimSlash(next.rawBase);
  next.contribcardBase = next.contribcardBase ? trimSlash(next.contribcardBase) : undefined;
  current = next;
}

/** Restores the defaults (for tests). */
export function resetConfig(): void {
  current = { ...DEFAULT_CONFIG, ttl: { ...DEFAULT_CONFIG.ttl } };
}

/** Drops trailing slashes: `https://x/` + `/users` must not become `//users`. */
export function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
