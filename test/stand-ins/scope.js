// Per-scope state of the stand-ins. Test files run in parallel pages of one
// browser; each gets its own scope (a `/_s/<id>` URL prefix), so its request
// log, faults and GitHub budget never mix with another file's.

/**
 * GitHub's budgets (REST docs, "Rate limits for the REST API"): without a token 60 core calls an
 * hour and 10 search calls a minute; with one ("authenticated requests") 5,000 an hour and 30
 * searches a minute, counted apart from the unauthenticated ones.
 */
export const BUDGETS = {
  core: { limit: 60, window: 3600 },
  search: { limit: 10, window: 60 },
  'core:auth': { limit: 5000, window: 3600 },
  'search:auth': { limit: 30, window: 60 },
};

export function createScope(id) {
  const scope = {
    id,
    log: [],
    faults: [],
    budget: {},
    /** Responses held open by `hang` faults, ended on reset. */
    hanging: new Set(),
  };
  resetScope(scope);
  return scope;
}

export function resetScope(scope) {
  scope.log.length = 0;
  scope.faults.length = 0;
  for (const res of scope.hanging) res.destroy();
  scope.hanging.clear();
  // DevStats: the newest release of this scope (undefined: data.js LAST_MINOR).
  scope.lastMinor = undefined;
  // DevStats: ranges listed but not yet computed (a release's new ranges until `histograms`).
  scope.uncomputed = new Set();
  scope.budget = Object.fromEntries(Object.entries(BUDGETS).map(([k, b]) => [k, { limit: b.limit, used: 0, reset: 0 }]));
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

/**
 * Current state of a GitHub bucket, opening a new window when the old one has passed. GitHub
 * documents only that x-ratelimit-reset is "the time at which the current rate limit window
 * resets" (REST docs, "Rate limits for the REST API", § "Checking the status of your rate limit");
 * that it is not on a clock-hour boundary is reported in getsentry/sentry#122037. That a window
 * opens with the first request after the last one closed, as here, is undocumented.
 */
export function bucket(scope, resource) {
  const b = scope.budget[resource];
  if (b.reset <= nowSeconds()) {
    b.used = 0;
    b.reset = nowSeconds() + BUDGETS[resource].window;
  }
  return b;
}

/** Sets a bucket, e.g. `{ resource: 'core', remaining: 0, resetIn: 30 }`. */
export function setBudget(scope, { resource = 'core', limit, remaining, resetIn }) {
  const b = bucket(scope, resource);
  if (limit !== undefined) b.limit = limit;
  if (remaining !== undefined) b.used = Math.max(0, b.limit - remaining);
  if (resetIn !== undefined) b.reset = nowSeconds() + resetIn;
  return { ...b };
}

/**
 * A fault: `{ service, match?, kind, status?, delayMs?, times?, cors?, resetIn?, resource?, body?, contentType? }`.
 * `match` is a substring of the request's signature (`GET /users/pacoxu`,
 * `POST {"api":"DevActCnt",...}`); `times` limits how many requests it hits.
 */
export function addFault(scope, fault) {
  const kinds = ['status', 'delay', 'html', 'garbage', 'wrong-shape', 'huge', 'huge-declared', 'hang', 'drop', 'no-cors', 'rate-limit', 'secondary-rate-limit', 'search-timeout', 'body'];
  if (!kinds.includes(fault.kind)) throw new Error(`unknown fault kind ${fault.kind}; use one of ${kinds.join(', ')}`);
  scope.faults.push({ times: Infinity, ...fault });
}

/** The first fault matching a request, consumed once. */
export function takeFault(scope, service, signature) {
  const f = scope.faults.find(
    (x) => x.times > 0 && (!x.service || x.service === service) && (!x.match || signature.includes(x.match)),
  );
  if (f) f.times--;
  return f;
}
