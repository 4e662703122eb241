/**
 * Browser-side handle on the stand-in services started by ./plugin.js. Every
 * call is scoped to the calling test file, so files running in parallel never
 * see each other's requests, faults or budgets.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export type Service = 'github' | 'devstats' | 'raw' | 'contribcard';

/** Base URLs for this test file's scope, ready for `LiveOptions`/`configure`. */
export interface StandInUrls {
  /** GitHub REST base (`githubApi`). */
  github: string;
  /** DevStats endpoint (`devstatsApi`). */
  devstats: string;
  /** Raw file base (`rawBase`). */
  raw: string;
  /** ContribCard folder (`contribcardBase`). */
  contribcard: string;
}

/** One request as a stand-in saw it. */
export interface LoggedRequest {
  service: Service;
  method: string;
  /** Path without the scope prefix, e.g. `/users/pacoxu`. */
  path: string;
  /** Decoded query string, `?q=is:pr ...`, or ''. */
  query: string;
  body?: string;
  /** Selected request headers (lower-case names). */
  headers: Record<string, string>;
  /** `METHOD path?query body`: what faults match against. */
  signature: string;
  /** When the stand-in received it (ms since epoch). */
  t: number;
  /** Status sent (0 = none: hung or dropped). */
  status: number;
  /** For GitHub preflights: requested headers its preflight does not allow. */
  disallowedHeaders?: string[];
  /** Name of the fault applied, if any. */
  fault?: string;
  /** True while the connection of this request is still open (no complete answer, client has not given up). */
  open: boolean;
  /** Set once closed: true if the whole answer was sent, false if the connection closed first (client abort, drop). */
  complete?: boolean;
}

export type FaultKind =
  | 'status'
  | 'delay'
  | 'html'
  | 'garbage'
  | 'wrong-shape'
  | 'huge'
  | 'huge-declared'
  | 'hang'
  | 'drop'
  | 'no-cors'
  | 'rate-limit'
  | 'secondary-rate-limit'
  | 'search-timeout'
  | 'body';

/** A fault injected into one service's answers. */
export interface Fault {
  service: Service;
  kind: FaultKind;
  /** Substring of the request signature; omitted = every request of the service. */
  match?: string;
  /** HTTP status for `status`, `no-cors`, and `rate-limit` (403 default, or 429). */
  status?: number;
  /** For `delay`. */
  delayMs?: number;
  /** How many requests it hits (default: all). */
  times?: number;
  /** Send CORS headers with the faulty answer (default true). */
  cors?: boolean;
  /** For rate limits: seconds until reset. */
  resetIn?: number;
  /** For `rate-limit`: which bucket (default from the path). */
  resource?: 'core' | 'search';
  /** For `body`: the answer's body, sent as is (status from `status`, default 200). */
  body?: string;
  /** For `body`: Content-Type (default: the service's usual one). */
  contentType?: string;
}

export const standIns = {
  /** Base URLs of this file's current scope. */
  urls: () => executeServerCommand<StandInUrls, undefined>('stand-ins:urls'),
  /** Moves this file to a new, empty scope and returns its URLs (nothing the browser cached matches them). */
  fresh: () => executeServerCommand<StandInUrls, undefined>('stand-ins:fresh'),
  /** Clears the current scope's log, faults and GitHub budgets; URLs stay. */
  reset: () => executeServerCommand<boolean, undefined>('stand-ins:reset'),
  /** Clears the current scope's request log only. */
  clearLog: () => executeServerCommand<boolean, undefined>('stand-ins:clear-log'),
  /** Requests seen so far; preflights (OPTIONS) included, filter them when counting calls. */
  log: (filter: { service?: Service; method?: string } = {}) =>
    executeServerCommand<LoggedRequest[], typeof filter>('stand-ins:log', filter),
  fault: (fault: Fault) => executeServerCommand<boolean, Fault>('stand-ins:fault', fault),
  budget: (b: { resource?: 'core' | 'search' | 'core:auth' | 'search:auth'; limit?: number; remaining?: number; resetIn?: number }) =>
    executeServerCommand<{ limit: number; used: number; reset: number }, typeof b>('stand-ins:budget', b),
  /** Tags the next Kubernetes release in DevStats (its `- now` range is replaced, the new ranges not yet computed); returns the new minor. */
  release: () => executeServerCommand<number, undefined>('stand-ins:release'),
  /** DevStats computes the new release's ranges, which until then answer "not found" for everyone. */
  histograms: () => executeServerCommand<boolean, undefined>('stand-ins:histograms'),
};

/** Non-preflight requests per service: what a budget counts. */
export async function callCounts(): Promise<Record<Service | 'githubCore' | 'githubSearch', number>> {
  const log = (await standIns.log()).filter((r) => r.method !== 'OPTIONS');
  const count = (f: (r: LoggedRequest) => boolean) => log.filter(f).length;
  return {
    github: count((r) => r.service === 'github'),
    githubCore: count((r) => r.service === 'github' && !r.path.startsWith('/search/')),
    githubSearch: count((r) => r.service === 'github' && r.path.startsWith('/search/')),
    devstats: count((r) => r.service === 'devstats'),
    raw: count((r) => r.service === 'raw'),
    contribcard: count((r) => r.service === 'contribcard'),
  };
}
