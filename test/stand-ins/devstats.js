// Stand-in for the CNCF DevStats API (devstats.cncf.io/api/v1), after
// cncf/devstatscode cmd/api/api.go at abc071a (line numbers below are of that
// file unless another is named) and cncf/devstats at 194c6ce2:
// - one route, exactly /api/v1 (api.go:2873-2876), reading a JSON body
//   whatever the method and Content-Type (api.go:2752-2822);
// - rs/cors AllowAll (api.go:2875; rs/cors v1.11.0 cors.go:254-268);
// - every error a 400 `{"error":"API '<Name>': <message>"}` + newline (api.go:275-284);
// - DevActCnt keeps only rows whose login equals `github_id` exactly and says
//   "not found in results" when none is left (api.go:1418-1440);
// - no All/All row below the listing thresholds (project_developer_stats.sql:1294-1302);
// - per-release ranges that change when a release is tagged (annotations.go:367-407, 548-554).
import { readFileSync } from 'node:fs';
import { findUserExact, LAST_MINOR, USERS } from './data.js';
import { send } from './respond.js';

/**
 * DevStats' bot filter: every developer metric keeps only logins with
 * `lower(login) not like all(array[…])` (cncf/devstats util_sql/exclude_bots.sql,
 * copied with its commit in test/fixtures/devstats/SOURCES.md; used as
 * `{{exclude_bots}}`, e.g. metrics/shared/project_developer_stats.sql:43).
 * Read from the upstream file itself, as SQL LIKE patterns: `%` any run, `_` one character.
 */
const EXCLUDE_BOTS = [...readFileSync(new URL('../fixtures/devstats/exclude_bots.sql', import.meta.url), 'utf8').matchAll(/'([^']*)'/g)].map(
  ([, p]) => new RegExp(`^${[...p].map((c) => (c === '%' ? '.*' : c === '_' ? '.' : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('')}$`, 's'),
);
const excludedByBotFilter = (login) => EXCLUDE_BOTS.some((re) => re.test(login.toLowerCase()));

const PROJECTS = {
  kubernetes: { db: 'gha', names: ['kubernetes', 'Kubernetes', 'gha'], releases: 'kubernetes' },
  prometheus: { db: 'prometheus', names: ['prometheus', 'Prometheus'], releases: 'prometheus' },
};

const METRICS = {
  Comments: 'comments',
  'Commit comments': 'commit_comments',
  Commits: 'commits',
  'GitHub Events': 'events',
  'GitHub pushes': 'pushes',
  'Issue comments': 'issue_comments',
  Issues: 'issues',
  PRs: 'prs',
  'Merged PRs': 'merged_prs',
  'Review comments': 'review_comments',
  Contributions: 'contributions',
  'Active repositories': 'active_repos',
};
const KUBERNETES_METRICS = { ...METRICS, Approves: 'approves', Reviews: 'reviews' };

/** Time ranges and the share of a total they hold in these datasets. */
const TIME_RANGES = {
  'Last day': ['d', 0.001],
  'Last week': ['w', 0.005],
  'Last 10 days': ['d10', 0.007],
  'Last month': ['m', 0.02],
  'Last quarter': ['q', 0.05],
  'Last 6 months': ['m6', 0.1],
  'Last year': ['y', 0.2],
  'Last 2 years': ['y2', 0.4],
  'Last 3 years': ['y3', 0.55],
  'Last 5 years': ['y5', 0.8],
  'Last decade': ['y10', 1],
  'Last century': ['y100', 1],
};

/**
 * The smallest value kept in the All/All series, per metric: cncf/devstats
 * metrics/kubernetes/project_developer_stats.sql:1294-1302 (`all_all_sub`);
 * `reviews` comes from hist_reviewers.sql (`>= 1`, lines 313-377) and
 * `approves` from hist_approvers.sql (no condition). Below these, DevStats
 * stores no row, and DevActCnt answers "not found in results".
 */
export const ALL_ALL_MINIMUM = {
  'GitHub Events': 200,
  'Active repositories': 3,
  Contributions: 30,
  'Commit comments': 10,
  Comments: 20,
  'Issue comments': 20,
  'Review comments': 20,
  Commits: 2,
  'GitHub pushes': 2,
  Issues: 2,
  PRs: 2,
  'Merged PRs': 2,
  Reviews: 1,
  Approves: 1,
};

/**
 * The `Ranges` list of a project with its newest release `lastMinor`. The API's
 * query has no `order by` (api.go:655, 1952), so no order is promised: this one
 * is the annotations' (the card sorts releases itself, releases.ts). Time ranges
 * (annotations.go:321-334), one range per release cycle named
 * "<tag> - <next tag>" and "<last tag> - now" (annotations.go:374, 394), then
 * the CNCF milestones (annotations.go:409-545).
 */
export function rangeNames(project, lastMinor = LAST_MINOR) {
  const names = Object.keys(TIME_RANGES);
  if (PROJECTS[project]?.releases === 'kubernetes') {
    for (let m = 0; m < lastMinor; m++) names.push(`v1.${m}.0 - v1.${m + 1}.0`);
    names.push(`v1.${lastMinor}.0 - now`);
    names.push('Before joining CNCF', 'Since joining CNCF', 'CNCF join date - moved to incubation', 'Moved to incubation - graduated', 'Since graduating');
  } else {
    names.push('v3.0.0 - v3.1.0', 'v3.1.0 - now', 'Before joining CNCF', 'Since joining CNCF');
  }
  return names;
}

/**
 * rs/cors AllowAll on an actual request (cors.go:400-446): `Vary: Origin`
 * always, `Access-Control-Allow-Origin: *` only when the request has an Origin.
 * Every answer of the API handler is `application/json` (api.go:2762).
 */
function headers(req) {
  const h = { 'Content-Type': 'application/json', Vary: 'Origin' };
  if (req?.headers.origin) h['Access-Control-Allow-Origin'] = '*';
  return h;
}

/**
 * jsoniter's default encoder (json-iterator v1.1.12 config.go:50-52): HTML
 * characters escaped, and a newline after every document (adapter.go:126-131).
 */
function encode(body) {
  return `${JSON.stringify(body).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026')}\n`;
}

function ok(ctx, body) {
  send(ctx.res, 200, headers(ctx.req), encode(body));
}

function fail(ctx, api, message) {
  send(ctx.res, 400, headers(ctx.req), encode({ error: `API '${api}': ${message}` }));
}

/** Answers one request. `ctx`: { method, path, body, req, res, scope }. */
export async function handleDevstats(ctx) {
  const { res, method, path } = ctx;
  if (method === 'OPTIONS' && ctx.req.headers['access-control-request-method']) {
    // rs/cors AllowAll preflight (cors.go:274-285, 329-397): 204, no body, reflects what is asked.
    return send(res, 204, {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Methods': String(ctx.req.headers['access-control-request-method']).toUpperCase(),
      'Access-Control-Allow-Headers': String(ctx.req.headers['access-control-request-headers'] ?? ''),
      Vary: 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers',
    });
  }
  if (path !== '/api/v1') {
    // Go's ServeMux for any other path: http.NotFound, still wrapped by rs/cors.
    const h = { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', Vary: 'Origin' };
    if (ctx.req.headers.origin) h['Access-Control-Allow-Origin'] = '*';
    return send(res, 404, h, '404 page not found\n');
  }
  // The method and Content-Type are never looked at: any request's body is decoded (api.go:2777).
  // An empty body: jsoniter's Decoder.Decode returns io.EOF before reading anything
  // (json-iterator v1.1.12 adapter.go:65-67), and api.go:2778-2780 answers "API 'unknown': EOF".
  // A body of whitespace only is read there and fails in readObjectStart instead
  // (iter_object.go:234, "found \x00"): not modelled.
  if (ctx.body.trim() === '') return fail(ctx, 'unknown', 'EOF');
  let pl;
  try {
    pl = JSON.parse(ctx.body);
  } catch {
    // jsoniter's message for a body that does not start an object (iter.go:224-225).
    const b = ctx.body;
    return fail(ctx, 'unknown', `readObjectStart: expect { or n, but found ${b[0]}, error found in #1 byte of ...|${b.slice(0, 10)}|..., bigger context ...|${b.slice(0, 50)}|...`);
  }
  // `null` decodes to an empty apiPayload without error (iter_object.go:230-232 skips "null"), so
  // API is "" and the default case answers as "unknown:" (api.go:2818-2820). A number, string or
  // boolean (or an array, which goes on below) fails in readObjectStart there instead
  // (iter_object.go:234: "expect { or n, but found …"): not modelled.
  if (typeof pl !== 'object' || pl === null) return fail(ctx, 'unknown:', "unknown API ''");
  const api = typeof pl.api === 'string' ? pl.api : '';
  const payload = pl.payload;
  switch (api) {
    case 'Health':
      // {"project","db_name","events"} (api.go:71-75, 1814-1852): the project name as asked, its
      // database, and `select count(*) from gha_events` (this count is made up).
      return shared(ctx, api, payload, (p) => ok(ctx, { project: p.name, db_name: p.db, events: 123456789 }));
    case 'ListAPIs':
      // {"apis": allAPIs}, in this order (api.go:31-50, 77-79, 1792-1798).
      return ok(ctx, { apis: ['Health', 'ListAPIs', 'ListProjects', 'RepoGroups', 'Ranges', 'Countries', 'Companies', 'Events', 'Repos', 'CumulativeCounts', 'CompaniesTable', 'ComContribRepoGrp', 'DevActCnt', 'DevActCntComp', 'ComStatsRepoGrp', 'SiteStats', 'GithubIDContributions'] });
    case 'ListProjects':
      // {"projects"}: the full_name of every enabled project in projects.yaml (api.go:81-83,
      // 1800-1812, 2843-2851), in Go map order, i.e. no promised order; here only the two modelled.
      return ok(ctx, { projects: ['Kubernetes', 'Prometheus'] });
    case 'Ranges':
      // {"project","db_name","ranges"} (api.go:1924-1963).
      return shared(ctx, api, payload, (p) => ok(ctx, { project: p.name, db_name: p.db, ranges: rangeNames(p.key, lastMinorOf(ctx)) }));
    case 'DevActCnt':
      return shared(ctx, api, payload, (p) => devActCnt(ctx, api, payload, p));
    case 'GithubIDContributions':
      return githubIdContributions(ctx, api, payload);
    default:
      return fail(ctx, `unknown:${api}`, `unknown API '${api}'`);
  }
}

/** The newest release of this scope: a test tags a new one with the `release` command. */
function lastMinorOf(ctx) {
  return ctx.scope.lastMinor ?? LAST_MINOR;
}

/** handleSharedPayload (api.go:333-353, 306-314): a payload with a known project. */
function shared(ctx, api, payload, then) {
  if (typeof payload !== 'object' || payload === null || Object.keys(payload).length === 0) {
    return fail(ctx, api, "'payload' section empty or missing");
  }
  if (!('project' in payload)) return fail(ctx, api, "missing 'project' field in 'payload' section");
  if (typeof payload.project !== 'string') return fail(ctx, api, `'payload' 'project' field '${payload.project}' is not a string`);
  const key = Object.keys(PROJECTS).find((k) => PROJECTS[k].names.includes(payload.project));
  if (!key) return fail(ctx, api, `database not found for project '${payload.project}'`);
  return then({ key, name: payload.project, db: PROJECTS[key].db });
}

/** DevActCnt (api.go:1310-1460), checks in its order: params, metric, repository group, country, range, github_id. */
function devActCnt(ctx, api, payload, project) {
  const params = {};
  for (const name of ['range', 'metric', 'repository_group', 'country', 'github_id']) {
    if (!(name in payload)) return fail(ctx, api, `missing '${name}' field in 'payload' section (optional false)`);
    if (typeof payload[name] !== 'string') {
      return fail(ctx, api, `'payload' '${name}' field '${payload[name]}'/${typeof payload[name]} is not a string (optional false)`);
    }
    params[name] = payload[name];
  }
  const metrics = project.key === 'kubernetes' ? KUBERNETES_METRICS : METRICS;
  const metric = metrics[params.metric] ?? (Object.values(metrics).includes(params.metric) ? params.metric : undefined);
  if (!metric) return fail(ctx, api, `invalid metric value: '${params.metric}'`);
  if (params.repository_group !== 'All') return fail(ctx, api, `invalid repository_group name: '${params.repository_group}'`);
  if (params.country !== 'All') return fail(ctx, api, `invalid country name: '${params.country}'`);
  if (params.range.startsWith('range:')) {
    return fail(ctx, api, 'the stand-in does not compute manual ranges (the real server runs a heavy query for them)');
  }
  // An exact match against tquick_ranges (api.go:427-443): a range deleted at a release is invalid.
  if (!rangeNames(project.key, lastMinorOf(ctx)).includes(params.range)) return fail(ctx, api, `invalid period name: '${params.range}'`);

  const ghID = params.github_id;
  // A range listed but not computed yet has no row for anyone (see server.js `release`).
  const all = ctx.scope.uncomputed.has(params.range) ? [] : ranking(project, params.metric, params.range);
  // Case-sensitive `login != ghID` (api.go:1425); the rank is kept from the full ranking.
  const rows = ghID === '' ? all : all.filter((r) => r.login === ghID);
  if (rows.length === 0 && ghID !== '') return fail(ctx, api, `github_id '${ghID}' not found in results`);
  const period = periodValue(params.range);
  let filter = `series:hdev_${metric}allall period:${period}`;
  if (ghID !== '') filter += ` github_id:${ghID}`;
  // Nil slices encode as null (api.go:1441-1459 with jsoniter reflect_slice.go:27-30).
  const column = (f) => (rows.length ? rows.map(f) : null);
  return ok(ctx, {
    project: project.name,
    db_name: project.db,
    range: params.range,
    metric: params.metric,
    repository_group: params.repository_group,
    country: params.country,
    github_id: ghID,
    filter,
    rank: column((r) => r.rank),
    login: column((r) => r.login),
    number: column((r) => r.number),
  });
}

function periodValue(range) {
  if (TIME_RANGES[range]) return TIME_RANGES[range][0];
  // v1.N.0 is annotation 20+N (devstats docs/annotations.md:53-63).
  const m = /^v1\.(\d+)\.0 - (?:v1\.(\d+)\.0|now)$/.exec(range);
  if (m) return `a_${20 + Number(m[1])}_${m[2] === undefined ? 'n' : 20 + Number(m[2])}`;
  return range === 'Before joining CNCF' ? 'c_b' : 'c_n';
}

/**
 * Everyone listed for (metric, range), ranked by value: the All/All series keeps
 * no row under the metric's minimum (ALL_ALL_MINIMUM). Other projects: sharedRanking.
 */
function ranking(project, metricName, range) {
  if (project.key !== 'kubernetes') return sharedRanking(project, metricName, range);
  const metricKey = Object.keys(KUBERNETES_METRICS).find((k) => k === metricName || KUBERNETES_METRICS[k] === metricName);
  const minimum = ALL_ALL_MINIMUM[metricKey] ?? 1;
  const rows = [];
  for (const login of Object.keys(USERS)) {
    const d = USERS[login].devstats;
    if (!d || excludedByBotFilter(login)) continue;
    const n = valueOf(d, metricKey, range);
    if (n >= minimum) rows.push({ login, number: n, rank: d.ranks?.[metricKey] });
    // Commits a login co-authored (`Co-authored-by`) are counted under `lower(cr.actor_login)`
    // (cncf/devstats metrics/kubernetes/project_developer_stats.sql:139-163), and rows are
    // grouped by that name: for a login with capitals, a row of its own (api.go:1391-1398 sums
    // per name; the case-sensitive filter at :1425 keeps only the spelling asked).
    if (metricKey === 'Commits' && d.coAuthoredCommits && login !== login.toLowerCase()) {
      const co = TIME_RANGES[range] ? Math.floor(d.coAuthoredCommits * TIME_RANGES[range][1]) : 0;
      if (co >= minimum) rows.push({ login: login.toLowerCase(), number: co, rank: undefined });
    }
  }
  // row_number() over sum(value) desc, ties by login as the dashboard breaks them (api.go:1385-1403).
  rows.sort((a, b) => b.number - a.number || (a.login < b.login ? -1 : 1));
  return rows.map((r, i) => ({ ...r, rank: r.rank ?? 100 + i }));
}

/**
 * Hours of each quick range as DevStats counts them (devstatscode time.go `IntervalHours`:
 * 24 h a day, 168 a week, 730.5 a month, 2191.5 a quarter, 8766 a year), from the period
 * `annotations.go` gives it (docs/annotations.md:42-52).
 */
const PERIOD_HOURS = { d: 24, w: 168, d10: 240, m: 730.5, q: 2191.5, m6: 4383, y: 8766, y2: 17532, y3: 26298, y5: 43830, y10: 87660, y100: 876600 };

/** `project_scale` (cncf/devstats projects.yaml: prometheus 1.2; 1.0 when unset, calc_metric.go:1379). */
const PROJECT_SCALE = { prometheus: 1.2 };

/** The factor of each metric's All/All condition (metrics/shared/project_developer_stats.sql:489-506). */
const SHARED_FACTOR = { events: 100, active_repos: 3, contributions: 10, commit_comments: 3, comments: 20, reviews: 15, issue_comments: 20, review_comments: 20 };

/**
 * Every project but Kubernetes: metrics/shared/project_developer_stats.sql. Rows are
 * keyed by the lower-cased login (:19, :49, :389, :452), and an All/All row is kept only
 * when `value > factor * project_scale * sqrt(hours / 1450)` (:489-506; `{{range}}` is the
 * range's hours, calc_metric.go:653-654). Release ranges are not modelled (no dates here).
 */
function sharedRanking(project, metricName, range) {
  const series = METRICS[metricName] ?? metricName;
  const hours = TIME_RANGES[range] ? PERIOD_HOURS[TIME_RANGES[range][0]] : undefined;
  if (hours === undefined) return [];
  const limit = (SHARED_FACTOR[series] ?? 0.8) * (PROJECT_SCALE[project.key] ?? 1) * Math.sqrt(hours / 1450);
  const metricKey = Object.keys(METRICS).find((k) => k === metricName || METRICS[k] === metricName);
  const rows = [];
  for (const login of Object.keys(USERS)) {
    const totals = USERS[login].devstats?.elsewhere?.[project.key];
    if (!totals || excludedByBotFilter(login)) continue;
    const n = Math.floor((totals[metricKey] ?? 0) * TIME_RANGES[range][1]);
    if (n > limit) rows.push({ login: login.toLowerCase(), number: n });
  }
  rows.sort((a, b) => b.number - a.number || (a.login < b.login ? -1 : 1));
  return rows.map((r, i) => ({ ...r, rank: i + 1 }));
}

function valueOf(d, metric, range) {
  const total = d.totals[metric] ?? 0;
  if (TIME_RANGES[range]) return Math.floor(total * TIME_RANGES[range][1]);
  const m = /^v1\.(\d+)\.0 - /.exec(range);
  if (m) {
    const merged = d.merged[Number(m[1]) - d.mergedFrom] ?? 0;
    if (metric === 'Merged PRs') return merged;
    const sum = d.merged.reduce((s, n) => s + n, 0);
    return sum ? Math.floor((total * merged) / sum) : 0;
  }
  return range === 'Before joining CNCF' ? Math.floor(total * 0.01) : Math.floor(total * 0.99);
}

/** GithubIDContributions (api.go:1124-1308): lower-cases the login; unknown logins get zeros with a 200. */
function githubIdContributions(ctx, api, payload) {
  if (typeof payload !== 'object' || payload === null || typeof payload.github_id !== 'string') {
    return fail(ctx, api, "missing 'github_id' field in 'payload' section (optional false)");
  }
  if (payload.github_id === '') return fail(ctx, api, 'github_id parameter must be set');
  const want = payload.github_id.toLowerCase();
  const login = Object.keys(USERS).find((k) => k.toLowerCase() === want);
  const d = login ? findUserExact(login).devstats : undefined;
  return ok(ctx, {
    contributions: d?.totals.Contributions ?? 0,
    issues: d?.totals.Issues ?? 0,
    prs: d?.totals.PRs ?? 0,
  });
}
