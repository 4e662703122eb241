// Stand-in for the CNCF DevStats API (devstats.cncf.io/api/v1), after
// cncf/devstatscode cmd/api/api.go: one endpoint that reads a JSON body
// whatever the method and Content-Type; rs/cors AllowAll (any origin, method
// and header, preflight reflected); every error a 400
// `{"error":"API '<Name>': <message>"}`; DevActCnt keeps only rows whose login
// equals `github_id` exactly and says "not found in results" when none is left.
import { findUserExact, LAST_MINOR, USERS } from './data.js';
import { send } from './respond.js';

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

/** The `Ranges` list of a project: time ranges, per-release ranges, CNCF milestones. */
export function rangeNames(project) {
  const names = Object.keys(TIME_RANGES);
  if (PROJECTS[project]?.releases === 'kubernetes') {
    for (let m = 0; m < LAST_MINOR; m++) names.push(`v1.${m}.0 - v1.${m + 1}.0`);
    names.push(`v1.${LAST_MINOR}.0 - now`);
  } else {
    names.push('v3.0.0 - v3.1.0', 'v3.1.0 - now');
  }
  names.push('Before joining CNCF', 'Since joining CNCF');
  return names;
}

function headers() {
  return { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'application/json', Vary: 'Origin' };
}

/** Go's json.Encoder ends every document with a newline. */
function ok(res, body) {
  send(res, 200, headers(), `${JSON.stringify(body)}\n`);
}

function fail(res, api, message) {
  send(res, 400, headers(), `${JSON.stringify({ error: `API '${api}': ${message}` })}\n`);
}

/** Answers one request. `ctx`: { method, path, body, req, res }. */
export async function handleDevstats(ctx) {
  const { res, method, path } = ctx;
  if (method === 'OPTIONS') {
    // rs/cors AllowAll: reflects whatever is asked.
    return send(res, 204, {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Methods': String(ctx.req.headers['access-control-request-method'] ?? 'POST').toUpperCase(),
      'Access-Control-Allow-Headers': String(ctx.req.headers['access-control-request-headers'] ?? ''),
      Vary: 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers',
    });
  }
  if (path !== '/api/v1') {
    // Go's ServeMux for an unregistered path.
    return send(res, 404, { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'text/plain; charset=utf-8', Vary: 'Origin' }, '404 page not found\n');
  }
  let pl;
  try {
    pl = JSON.parse(ctx.body);
  } catch (e) {
    return fail(res, 'unknown', `readObjectStart: expect { or n, but found ${JSON.stringify(ctx.body.slice(0, 1))}, error found in #1 byte of ...|${ctx.body.slice(0, 10)}|...`);
  }
  if (typeof pl !== 'object' || pl === null) return fail(res, 'unknown', 'payload is not an object');
  const api = String(pl.api ?? '');
  const payload = pl.payload;
  switch (api) {
    case 'Health':
      return shared(res, api, payload, (p) => ok(res, { project: p.name, db_name: p.db, events: 123456789 }));
    case 'ListAPIs':
      return ok(res, { apis: ['Health', 'ListAPIs', 'ListProjects', 'RepoGroups', 'Ranges', 'Countries', 'Companies', 'Events', 'Repos', 'CumulativeCounts', 'CompaniesTable', 'ComContribRepoGrp', 'DevActCnt', 'DevActCntComp', 'ComStatsRepoGrp', 'SiteStats', 'GithubIDContributions'] });
    case 'ListProjects':
      return ok(res, { projects: ['Kubernetes', 'Prometheus'] });
    case 'Ranges':
      return shared(res, api, payload, (p) => ok(res, { project: p.name, db_name: p.db, ranges: rangeNames(p.key) }));
    case 'DevActCnt':
      return shared(res, api, payload, (p) => devActCnt(res, api, payload, p));
    case 'GithubIDContributions':
      return githubIdContributions(res, api, payload);
    default:
      return fail(res, `unknown:${api}`, `unknown API '${api}'`);
  }
}

/** handleSharedPayload: a payload with a known project. */
function shared(res, api, payload, then) {
  if (typeof payload !== 'object' || payload === null || Object.keys(payload).length === 0) {
    return fail(res, api, "'payload' section empty or missing");
  }
  if (!('project' in payload)) return fail(res, api, "missing 'project' field in 'payload' section");
  if (typeof payload.project !== 'string') return fail(res, api, `'payload' 'project' field '${payload.project}' is not a string`);
  const key = Object.keys(PROJECTS).find((k) => PROJECTS[k].names.includes(payload.project));
  if (!key) return fail(res, api, `database not found for project '${payload.project}'`);
  return then({ key, name: payload.project, db: PROJECTS[key].db });
}

function devActCnt(res, api, payload, project) {
  const params = {};
  for (const name of ['range', 'metric', 'repository_group', 'country', 'github_id']) {
    if (!(name in payload)) return fail(res, api, `missing '${name}' field in 'payload' section (optional false)`);
    if (typeof payload[name] !== 'string') {
      return fail(res, api, `'payload' '${name}' field '${payload[name]}'/${typeof payload[name]} is not a string (optional false)`);
    }
    params[name] = payload[name];
  }
  const metrics = project.key === 'kubernetes' ? KUBERNETES_METRICS : METRICS;
  const metric = metrics[params.metric] ?? (Object.values(metrics).includes(params.metric) ? params.metric : undefined);
  if (!metric) return fail(res, api, `invalid metric value: '${params.metric}'`);
  if (params.repository_group !== 'All') return fail(res, api, `invalid repository group name: '${params.repository_group}'`);
  if (params.country !== 'All') return fail(res, api, `invalid country name: '${params.country}'`);
  if (params.range.startsWith('range:')) {
    return fail(res, api, 'the stand-in does not compute manual ranges (the real server runs a heavy query for them)');
  }
  if (!rangeNames(project.key).includes(params.range)) return fail(res, api, `invalid period name: '${params.range}'`);

  const ghID = params.github_id;
  const rows = ghID === '' ? ranking(project, params.metric, params.range) : ranking(project, params.metric, params.range).filter((r) => r.login === ghID);
  if (rows.length === 0 && ghID !== '') return fail(res, api, `github_id '${ghID}' not found in results`);
  const period = periodValue(params.range);
  let filter = `series:hdev_${metric}allall period:${period}`;
  if (ghID !== '') filter += ` github_id:${ghID}`;
  return ok(res, {
    project: project.name,
    db_name: project.db,
    range: params.range,
    metric: params.metric,
    repository_group: params.repository_group,
    country: params.country,
    github_id: ghID,
    filter,
    rank: rows.map((r) => r.rank),
    login: rows.map((r) => r.login),
    number: rows.map((r) => r.number),
  });
}

function periodValue(range) {
  if (TIME_RANGES[range]) return TIME_RANGES[range][0];
  const m = /^v1\.(\d+)\.0 - (?:v1\.(\d+)\.0|now)$/.exec(range);
  if (m) return `anno_${m[1]}_${m[2] ?? 'now'}`;
  return range === 'Before joining CNCF' ? 'cncf_before' : 'cncf_now';
}

/** Everyone with a non-zero value for (metric, range), ranked by value; Kubernetes data only. */
function ranking(project, metricName, range) {
  if (project.key !== 'kubernetes') return [];
  const metricKey = Object.keys(KUBERNETES_METRICS).find((k) => k === metricName || KUBERNETES_METRICS[k] === metricName);
  const rows = [];
  for (const login of Object.keys(USERS)) {
    const d = USERS[login].devstats;
    if (!d) continue;
    const n = valueOf(d, metricKey, range);
    if (n > 0) rows.push({ login, number: n, rank: d.ranks?.[metricKey] });
  }
  rows.sort((a, b) => b.number - a.number);
  return rows.map((r, i) => ({ ...r, rank: r.rank ?? 100 + i }));
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

/** Lower-cases the login itself; unknown logins get zeros with a 200. */
function githubIdContributions(res, api, payload) {
  if (typeof payload !== 'object' || payload === null || typeof payload.github_id !== 'string') {
    return fail(res, api, "missing 'github_id' field in 'payload' section (optional false)");
  }
  const want = payload.github_id.toLowerCase();
  const login = Object.keys(USERS).find((k) => k.toLowerCase() === want);
  const d = login ? findUserExact(login).devstats : undefined;
  return ok(res, {
    contributions: d?.totals.Contributions ?? 0,
    issues: d?.totals.Issues ?? 0,
    prs: d?.totals.PRs ?? 0,
  });
}
