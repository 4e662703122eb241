// Stand-in for the GitHub REST API (api.github.com): /users/{login}, /search/issues,
// /rate_limit, and, for the CLI's crawl, /orgs/{org}/repos, /repos/{o}/{r}/branches/{b} and
// /repos/{o}/{r}/git/trees/{sha} over the repositories of repos.js. Without a token, or with the
// one token it knows (STAND_IN_TOKEN), each with its own budget. Answers with GitHub's status
// codes, bodies, ETags and 304s, rate-limit headers and budgets, and its CORS
// rules: the preflight approves only the documented request headers, and only
// the documented response headers are exposed, so a script that relies on
// anything else fails here too. Sources of each behaviour are cited beside it;
// ../shared/docs/data-sources.md §1 summarises them.
import { findUser } from './data.js';
import { REPOS, reposOf, treePath } from './repos.js';
import { etagOf, matchesEtag, send } from './respond.js';
import { bucket } from './scope.js';

import { STAND_IN_TOKEN } from './token.js';

export { STAND_IN_TOKEN };

/**
 * Request headers GitHub's preflight allows (the documented, older list): docs.github.com,
 * REST "Using CORS and JSONP to make cross-origin requests", § "Cross-origin resource sharing
 * (CORS)" (github/docs content/rest/using-the-rest-api/using-cors-and-jsonp-to-make-cross-origin-requests.md
 * at 6e504916). Other versions of that page (16026b6d; content/rest/overview/resources-in-the-rest-api.md
 * at 1dcd3601) also list X-GitHub-OTP, and live answers allow more (data-sources.md §1): this is the
 * strictest list on record.
 */
export const PREFLIGHT_ALLOWED = [
  'Authorization', 'Content-Type', 'If-Match', 'If-Modified-Since', 'If-None-Match', 'If-Unmodified-Since', 'X-Requested-With',
];
/**
 * Response headers a script may read: what api.github.com sends, not the shorter list its
 * docs give ("CORS and JSONP"): `Retry-After` among them, so a page reads a secondary
 * limit's wait. As recorded from https://api.github.com/zen on 13 July 2024 and in
 * octokit/fixtures' recordings (the same list since 2022, with X-RateLimit-Used/-Resource).
 */
export const EXPOSED =
  'ETag, Link, Location, Retry-After, X-GitHub-OTP, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Used, X-RateLimit-Resource, X-RateLimit-Reset, X-OAuth-Scopes, X-Accepted-OAuth-Scopes, X-Poll-Interval, X-GitHub-Media-Type, X-GitHub-SSO, X-GitHub-Request-Id, Deprecation, Sunset';

const DOCS = 'https://docs.github.com/rest';
const SEARCH_LIMIT = 1000;

/** Headers GitHub sends with every API answer. */
export function corsHeaders() {
  return { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': EXPOSED };
}

// As recorded from api.github.com on 19 July 2022 (octokit/fixtures at cb8bc9d,
// scenarios/api.github.com/get-repository/raw-fixture.json, `rawHeaders`): Content-Type,
// X-GitHub-Media-Type, X-Content-Type-Options, X-Frame-Options, Content-Security-Policy and
// Referrer-Policy with these values; Vary there is "Accept-Encoding, Accept, X-Requested-With"
// (the leading "Accept, " said to come with token-less answers has no citable source). A request
// without X-GitHub-Api-Version gets 2022-11-28 (docs "API Versions", § "Specifying an API
// version"); the -Selected header that says so is observed, not documented. The request id's
// format is simplified (GitHub's looks like 0683:13C9:136B3CE:3E211A3:62D635CE).
function baseHeaders(extra = {}) {
  return {
    ...corsHeaders(),
    'Content-Type': 'application/json; charset=utf-8',
    'X-GitHub-Media-Type': 'github.v3; format=json',
    'X-GitHub-Api-Version-Selected': '2022-11-28',
    Vary: 'Accept, Accept-Encoding, Accept, X-Requested-With',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'deny',
    'Content-Security-Policy': "default-src 'none'",
    'Referrer-Policy': 'origin-when-cross-origin, strict-origin-when-cross-origin',
    'X-GitHub-Request-Id': Math.random().toString(16).slice(2, 10).toUpperCase(),
    ...extra,
  };
}

function rateHeaders(b, resource) {
  return {
    'X-RateLimit-Limit': String(b.limit),
    'X-RateLimit-Remaining': String(Math.max(0, b.limit - b.used)),
    'X-RateLimit-Reset': String(b.reset),
    'X-RateLimit-Used': String(b.used),
    'X-RateLimit-Resource': resource,
  };
}

/**
 * The 403 GitHub gives when the budget is spent. Body as documented in github/docs
 * content/rest/overview/resources-in-the-rest-api.md at 1dcd3601, § "Rate limiting"
 * (documentation_url = doc_url_pre + "/overview/resources-in-the-rest-api#rate-limiting"), and as
 * quoted from a live token-less answer in Justintime50/github-archive#54 (2023). With a token the
 * message is "API rate limit exceeded for user ID <id>." (anuraghazra/github-readme-stats#4438),
 * as here when the request carried a token.
 */
export function rateLimitBody(ip = '127.0.0.1', userId = undefined) {
  return JSON.stringify({
    message:
      userId === undefined
        ? `API rate limit exceeded for ${ip}. (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)`
        : `API rate limit exceeded for user ID ${userId}.`,
    documentation_url: 'https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting',
  });
}

/** Answers one request. `ctx`: { scope, method, path, search, req, res, apiBase, entry }. */
export async function handleGithub(ctx) {
  const { req, res, method, path } = ctx;
  if (method === 'OPTIONS') return preflight(ctx);

  // "Authorization: Bearer <token>" or "token <token>" (REST docs, "Authenticating to the REST
  // API"). A wrong token is refused with 401 "Bad credentials" before anything else.
  const auth = /^(?:bearer|token)\s+(\S+)$/i.exec(String(req.headers.authorization ?? ''));
  if (req.headers.authorization !== undefined && auth?.[1] !== STAND_IN_TOKEN) {
    return send(res, 401, baseHeaders(), JSON.stringify({ message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' }));
  }
  const resource = path.startsWith('/search/') ? 'search' : 'core';
  if (path === '/rate_limit') return rateLimitStatus(ctx);

  const b = bucket(ctx.scope, auth ? `${resource}:auth` : resource);
  if (b.used >= b.limit) {
    // "403 or 429" with x-ratelimit-remaining 0 and x-ratelimit-reset (docs "Rate limits for the
    // REST API", § "Exceeding the rate limit"): this stand-in always picks 403.
    // The token's owner: the stand-in's one token stands for a user of id 1.
    return send(res, 403, baseHeaders(rateHeaders(b, resource)), rateLimitBody(undefined, req.headers.authorization ? 1 : undefined));
  }

  const answer = route(ctx);
  const text = JSON.stringify(answer.body, null, answer.status === 200 ? 2 : 0);
  const link = answer.link ? { Link: answer.link } : {};
  if (answer.status === 200) {
    // Weak ETags, as a browser (gzip) sees them (kornelski/http-cache-semantics#9 quotes one).
    // Cache-Control: search answers "no-cache", others "private, max-age=60, s-maxage=60" with a
    // token (octokit/fixtures at cb8bc9d, scenarios/api.github.com/search-issues and get-repository
    // raw-fixture.json); token-less answers say "public, max-age=60, s-maxage=60" instead
    // (mddanishyusuf/dailyhack#71). That recorded search answer carried no ETag at all.
    const etag = etagOf(text);
    const cache = resource === 'search' ? 'no-cache' : `${req.headers.authorization ? 'private' : 'public'}, max-age=60, s-maxage=60`;
    if (matchesEtag(req.headers['if-none-match'], etag)) {
      // A 304 is free only "if you make a conditional request and receive a 304 response, the
      // request will not count against your primary rate limit if it is correctly authorized
      // with an Authorization header" (docs.github.com, REST API "Best practices for using the
      // REST API", § "Use conditional requests if appropriate"). A token-less page pays for it.
      if (!req.headers.authorization) b.used++;
      return send(res, 304, baseHeaders({ ...rateHeaders(b, resource), ETag: etag, 'Cache-Control': cache, ...link }));
    }
    b.used++;
    return send(res, 200, baseHeaders({ ...rateHeaders(b, resource), ETag: etag, 'Cache-Control': cache, ...link }), text);
  }
  b.used++;
  return send(res, answer.status, baseHeaders(rateHeaders(b, resource)), text);
}

/** CORS preflight: GitHub approves a fixed header list; the browser refuses anything else. */
function preflight(ctx) {
  const asked = String(ctx.req.headers['access-control-request-headers'] ?? '')
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);
  const allowed = PREFLIGHT_ALLOWED.map((h) => h.toLowerCase());
  ctx.entry.disallowedHeaders = asked.filter((h) => !allowed.includes(h.toLowerCase()));
  // 204, these methods and max-age: the same docs section as PREFLIGHT_ALLOWED.
  send(ctx.res, 204, {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Headers': PREFLIGHT_ALLOWED.join(', '),
    'Access-Control-Allow-Methods': 'GET, POST, PATCH, PUT, DELETE',
    'Access-Control-Max-Age': '86400',
    Vary: 'Accept-Encoding, Accept, X-Requested-With',
  });
}

/**
 * `GET /rate_limit` (docs "REST API endpoints for rate limits", § "About rate limits", github/docs
 * content/rest/rate-limit/rate-limit.md): `resources` by category, each {limit, remaining, reset,
 * used}, plus a top-level `rate`, a copy of `resources.core`; it costs nothing (docs "Rate
 * limits for the REST API", § "Checking the status of your rate limit"). Only core and search are
 * modelled (GitHub also lists graphql, integration_manifest, code_search…), each entry as the
 * docs' example response has it ({limit, remaining, reset, used}); with a token, the token's own
 * budgets (the endpoint is "Get rate limit status for the authenticated user", same page). Its
 * Cache-Control value is unverified.
 */
function rateLimitStatus(ctx) {
  const auth = ctx.req.headers.authorization ? ':auth' : '';
  const core = bucket(ctx.scope, `core${auth}`);
  const search = bucket(ctx.scope, `search${auth}`);
  const view = (b) => ({ limit: b.limit, remaining: Math.max(0, b.limit - b.used), reset: b.reset, used: b.used });
  const body = { resources: { core: view(core), search: view(search) }, rate: view(core) };
  send(ctx.res, 200, baseHeaders({ ...rateHeaders(core, 'core'), 'Cache-Control': 'no-cache' }), JSON.stringify(body));
}

/**
 * GitHub's 404 body {"message":"Not Found","documentation_url":…,"status":"404"} (data-sources.md §1;
 * github/rest-api-description components/schemas/basic-error: message, documentation_url, url,
 * status as a string). This generic one names https://docs.github.com/rest, as GitHub's 401 does
 * (resources-in-the-rest-api.md at 1dcd3601, § "Failed login limit"); an endpoint's own 404 may
 * name its docs page instead, as the user 404 below does.
 */
function notFound() {
  return { status: 404, body: { message: 'Not Found', documentation_url: DOCS, status: '404' } };
}

function route(ctx) {
  const m = /^\/users\/([^/]+)\/?$/.exec(ctx.path);
  if (m && ctx.method === 'GET') return userAnswer(ctx, decodeURIComponent(m[1]));
  if (ctx.path === '/search/issues' && ctx.method === 'GET') return searchAnswer(ctx);
  if (ctx.method !== 'GET') return notFound();
  let r;
  if ((r = /^\/orgs\/([^/]+)\/repos$/.exec(ctx.path))) return orgReposAnswer(ctx, decodeURIComponent(r[1]));
  if ((r = /^\/repos\/([^/]+\/[^/]+)\/branches\/(.+)$/.exec(ctx.path))) return branchAnswer(ctx, decodeURIComponent(r[1]), decodeURIComponent(r[2]));
  if ((r = /^\/repos\/([^/]+\/[^/]+)\/git\/trees\/([^/]+)$/.exec(ctx.path))) return treeAnswer(ctx, decodeURIComponent(r[1]), decodeURIComponent(r[2]));
  return notFound();
}

/**
 * `GET /orgs/{org}/repos` (REST "List organization repositories"): `per_page` up to 100
 * (default 30), `page` from 1, and a `Link` header with `next`/`last` (and `first`/`prev` after
 * page 1) as "Using pagination in the REST API" shows. An org it does not know is a 404.
 */
function orgReposAnswer(ctx, org) {
  const all = reposOf(org);
  if (!all.length) return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/repos/repos#list-organization-repositories', status: '404' } };
  const perPage = Math.min(100, Math.max(1, Number(ctx.search.get('per_page') ?? 30) || 30));
  const page = Math.max(1, Number(ctx.search.get('page') ?? 1) || 1);
  const last = Math.max(1, Math.ceil(all.length / perPage));
  const pageUrl = (n) => {
    const u = new URL(`${ctx.apiBase}/orgs/${org}/repos`);
    for (const [k, v] of ctx.search) if (k !== 'page') u.searchParams.set(k, v);
    u.searchParams.set('page', String(n));
    return `<${u.href}>`;
  };
  const rels = [];
  if (page > 1) rels.push(`${pageUrl(page - 1)}; rel="prev"`);
  if (page < last) rels.push(`${pageUrl(page + 1)}; rel="next"`, `${pageUrl(last)}; rel="last"`);
  if (page > 1) rels.push(`${pageUrl(1)}; rel="first"`);
  const body = all.slice((page - 1) * perPage, page * perPage).map((r, i) => ({
    id: 1000 + i + (page - 1) * perPage,
    name: r.fullName.split('/')[1],
    full_name: r.fullName,
    private: false,
    html_url: `https://github.com/${r.fullName}`,
    fork: false,
    url: `${ctx.apiBase}/repos/${r.fullName}`,
    archived: r.archived === true,
    disabled: false,
    visibility: 'public',
    default_branch: r.branch,
  }));
  return { status: 200, body, link: rels.length ? rels.join(', ') : undefined };
}

/** `GET /repos/{o}/{r}/branches/{branch}` (REST "Get a branch"): the commit, with its tree. */
function branchAnswer(ctx, fullName, branch) {
  const repo = REPOS.get(fullName);
  if (!repo) return notFound();
  if (branch !== repo.branch) {
    return { status: 404, body: { message: 'Branch not found', documentation_url: 'https://docs.github.com/rest/branches/branches#get-a-branch', status: '404' } };
  }
  return {
    status: 200,
    body: {
      name: branch,
      commit: {
        sha: repo.commit,
        commit: { message: 'stand-in snapshot', tree: { sha: repo.rootTree, url: `${ctx.apiBase}/repos/${fullName}/git/trees/${repo.rootTree}` } },
        url: `${ctx.apiBase}/repos/${fullName}/commits/${repo.commit}`,
      },
      protected: true,
    },
  };
}

/**
 * `GET /repos/{o}/{r}/git/trees/{tree_sha}[?recursive=1]` (REST "Get a tree"): entries with
 * `path`, `mode`, `type` (`blob`/`tree`), `sha`, `size` for blobs; `recursive` lists every
 * descendant with its full path; `truncated` says the list was cut (see repos.js). An unknown
 * sha is a 404.
 */
function treeAnswer(ctx, fullName, sha) {
  const repo = REPOS.get(fullName);
  const dir = repo && treePath(repo, sha);
  if (dir === undefined) return notFound();
  const recursive = ['1', 'true'].includes(ctx.search.get('recursive') ?? '');
  const entries = [];
  const list = (path, prefix) => {
    for (const [name, e] of [...repo.dirs.get(path)].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const full = prefix + name;
      if (e.type === 'tree') {
        const id = repo.treeIds.get(e.dir);
        entries.push({ path: full, mode: '040000', type: 'tree', sha: id, url: `${ctx.apiBase}/repos/${fullName}/git/trees/${id}` });
        if (recursive) list(e.dir, `${full}/`);
      } else {
        entries.push({ path: full, mode: '100644', type: 'blob', sha: e.sha, size: e.size, url: `${ctx.apiBase}/repos/${fullName}/git/blobs/${e.sha}` });
      }
    }
  };
  list(dir, '');
  const truncated = recursive && repo.truncatedRecursiveTree === true;
  return {
    status: 200,
    body: { sha, url: `${ctx.apiBase}/repos/${fullName}/git/trees/${sha}`, tree: truncated ? entries.slice(0, 1) : entries, truncated },
  };
}

function userAnswer(ctx, login) {
  const u = findUser(login);
  if (!u) {
    // data-sources.md §1 ("Unknown user: 404"); documentation_url is the "Get a user" docs anchor.
    return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/users/users#get-a-user', status: '404' } };
  }
  return { status: 200, body: userJson(ctx.apiBase, u) };
}

/** A `/users/{login}` body with every documented field, in GitHub's order. */
export function userJson(api, u) {
  const g = u.github;
  const login = u.login;
  return {
    login,
    id: g.id,
    node_id: `MDQ6VXNlcj${Buffer.from(String(g.id)).toString('base64')}`,
    avatar_url: g.avatar_url ?? `https://avatars.githubusercontent.com/u/${g.id}?v=4`,
    gravatar_id: '',
    url: `${api}/users/${login}`,
    html_url: g.html_url ?? `https://github.com/${login}`,
    followers_url: `${api}/users/${login}/followers`,
    following_url: `${api}/users/${login}/following{/other_user}`,
    gists_url: `${api}/users/${login}/gists{/gist_id}`,
    starred_url: `${api}/users/${login}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/users/${login}/subscriptions`,
    organizations_url: `${api}/users/${login}/orgs`,
    repos_url: `${api}/users/${login}/repos`,
    events_url: `${api}/users/${login}/events{/privacy}`,
    received_events_url: `${api}/users/${login}/received_events`,
    // `User`, `Organization` or `Bot` (REST "Get a user" schema, `type`): /users/kubernetes is an
    // organization and /users/dependabot%5Bbot%5D a GitHub App's bot account.
    type: g.type ?? 'User',
    user_view_type: 'public',
    site_admin: false,
    name: g.name,
    company: g.company,
    blog: g.blog,
    location: g.location,
    email: g.email,
    hireable: g.hireable,
    bio: g.bio,
    twitter_username: g.twitter_username,
    public_repos: g.public_repos,
    public_gists: g.public_gists,
    followers: g.followers,
    following: g.following,
    created_at: g.created_at,
    updated_at: g.updated_at,
  };
}

/** Splits a search query into qualifiers (`author:x`, `org:y`, `is:pr`…) and free words. */
export function parseQuery(q) {
  const out = { is: [], type: [], author: [], org: [], merged: [], words: [] };
  for (const term of q.trim().split(/\s+/).filter(Boolean)) {
    const m = /^([a-z-]+):(.+)$/i.exec(term);
    if (m && Object.hasOwn(out, m[1].toLowerCase()) && m[1] !== 'words') out[m[1].toLowerCase()].push(m[2]);
    else out.words.push(term);
  }
  return out;
}

/**
 * 422 "Validation Failed" (docs "REST API endpoints for search", § "Access errors or missing search
 * results"), with the `errors` entry data-sources.md §1 records for unsearchable users. The
 * "q is missing" entry has no source: unattributed captures show GitHub answering a missing `q`
 * with {"resource":"Search","field":"q","code":"missing"} and no message.
 */
function validationFailed(message) {
  return {
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [{ message, resource: 'Search', field: 'q', code: 'invalid' }],
      documentation_url: 'https://docs.github.com/v3/search/',
      status: '422',
    },
  };
}

/** GitHub refuses longer queries (docs: "Troubleshooting search queries", § "Limitations on query length"). */
export const MAX_QUERY_LENGTH = 256;

function searchAnswer(ctx) {
  const sp = ctx.search;
  const q = sp.get('q');
  if (!q) return validationFailed('q is missing');
  if (q.length > MAX_QUERY_LENGTH) return validationFailed(`The search is longer than ${MAX_QUERY_LENGTH} characters.`);
  const query = parseQuery(q);
  const people = query.author.map(findUser);
  // The same 422 covers logins that do not exist and users "you do not have permission to view"
  // (data-sources.md §1): a profile that answers 200 can still be unsearchable.
  if (people.some((p) => !p || p.searchable === false)) {
    return validationFailed(
      'The listed users cannot be searched either because the users do not exist or you do not have permission to view the users.',
    );
  }
  // per_page "max 100", default 30 (REST "Search issues and pull requests", its `per_page`
  // parameter); per_page=101 was served as 100 on /search/code (brekkylab/backlot#144). And
  // /search/issues refuses the page that STARTS past result 1,000, (page - 1) * per_page >= 1000,
  // as measured in brekkylab/backlot#144 (docs "REST API endpoints for search", § "About search":
  // "up to 1,000 results for each search"). GitHub's body there is {"message":"Only the first
  // 1000 search results are available","documentation_url":"https://docs.github.com/v3/search/",
  // "status":"422"}, no `errors` (same thread; microsoft/vscode#93983), as here.
  const perPage = Math.min(100, Math.max(1, Number(sp.get('per_page') ?? 30) || 30));
  const page = Math.max(1, Number(sp.get('page') ?? 1) || 1);
  if ((page - 1) * perPage >= SEARCH_LIMIT) {
    return { status: 422, body: { message: 'Only the first 1000 search results are available', documentation_url: 'https://docs.github.com/v3/search/', status: '422' } };
  }
  const onlyPrs = query.is.includes('pr') || query.type.includes('pr');
  const onlyMerged = query.is.includes('merged');
  let all = [];
  // Several `org:` are OR-ed: a PR in any of them. That is the legacy search's reading, which a
  // request without `advanced_search=true` gets (REST "Search issues and pull requests": the
  // parameter opts in; GitHub's own CLI, cli/cli pkg/search/query.go: with the legacy backend
  // "a handful of qualifiers (i.e. is:private/public, repo:, user:, or in:) are implicitly OR-ed",
  // and `org:` with `user:`, cli/cli#5693, #9828; docs "Filtering and searching issues and pull
  // requests": spaces between `org`, `repo` or `user` filters are OR). Advanced search, announced
  // as the default and then undated, reads them as AND: see docs/live-data.md.
  if (onlyPrs && onlyMerged) for (const p of people) all = all.concat(mergedPrs(ctx.apiBase, p, query.org));
  all = all.filter((it) => query.merged.every((cond) => dateMatches(it.pull_request.merged_at, cond)));
  // Only sort=created is modelled. GitHub: without `sort`, best match (docs "REST API endpoints
  // for search", § "Ranking search results"); `order` (default desc) is ignored unless `sort` is
  // given. Here everything else comes back newest first.
  const asc = sp.get('sort') === 'created' && sp.get('order') === 'asc';
  all.sort((a, b) => (asc ? 1 : -1) * (Date.parse(a.created_at) - Date.parse(b.created_at)));
  // A search that hits GitHub's timeout answers 200 with what it found so far and
  // `incomplete_results: true` (docs: REST "Search", § "Timeouts and incomplete results"):
  // the count may be short. A `search-timeout` fault makes it so, keeping half the matches.
  if (ctx.searchTimedOut) all = all.slice(0, Math.floor(all.length / 2));
  const items = all.slice((page - 1) * perPage, page * perPage);
  return { status: 200, body: { total_count: all.length, incomplete_results: Boolean(ctx.searchTimedOut), items } };
}

/**
 * `merged:` conditions: `>=D`, `<=D`, `>D`, `<D`, `A..B`, `D`, with `*` for an open end (docs
 * "Understanding the search syntax", § "Query for dates": `>D` is after day D, `<=D` on or before
 * it, `A..B` between). Days are taken as UTC days: the docs do not say which zone a bare date uses.
 * A date-time value (same section) is compared here as if it had a day's width.
 */
function dateMatches(iso, cond) {
  const t = Date.parse(iso);
  const day = (s) => Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s);
  let m;
  if ((m = /^>=(.+)$/.exec(cond))) return t >= day(m[1]);
  if ((m = /^<=(.+)$/.exec(cond))) return t < day(m[1]) + 86400_000;
  if ((m = /^>(.+)$/.exec(cond))) return t >= day(m[1]) + 86400_000;
  if ((m = /^<(.+)$/.exec(cond))) return t < day(m[1]);
  if ((m = /^(.+)\.\.(.+)$/.exec(cond))) {
    return (m[1] === '*' || t >= day(m[1])) && (m[2] === '*' || t < day(m[2]) + 86400_000);
  }
  return t >= day(cond) && t < day(cond) + 86400_000;
}

const SEARCH_REPOS = {
  kubernetes: ['kubernetes', 'kubeadm', 'website', 'test-infra', 'enhancements', 'community'],
  'kubernetes-sigs': ['kind', 'cri-tools', 'cluster-api', 'kubespray'],
};

/**
 * The user's merged PRs in `orgs`, oldest first: the recorded first PR, then
 * the rest spread evenly up to 2026-08-20 across the org's repositories.
 */
function mergedPrs(api, person, orgs) {
  const first = person.firstPr;
  if (!first) return [];
  const counts = orgs.map((o) => [o, person.merged[o] ?? 0]).filter(([, n]) => n > 0);
  const total = counts.reduce((s, [, n]) => s + n, 0);
  if (total === 0) return [];
  const iso = (ms) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');
  const start = Date.parse(first.created_at);
  const end = Date.parse('2026-08-20T12:00:00Z');
  const items = [];
  const firstOrg = first.repo.split('/')[0];
  const hasFirst = counts.some(([o]) => o === firstOrg);
  if (hasFirst) items.push(prItem(api, person, { ...first, repo: first.repo }));
  let i = items.length;
  for (const [org, n] of counts) {
    const repos = SEARCH_REPOS[org] ?? ['repo'];
    for (let k = org === firstOrg && hasFirst ? 1 : 0; k < n; k++, i++) {
      const created = start + 3600_000 + ((end - start) * i) / total;
      const repo = `${org}/${repos[k % repos.length]}`;
      const number = first.number + 97 * i;
      items.push(
        prItem(api, person, {
          repo,
          number,
          title: `Change ${number} in ${repo}`,
          created_at: iso(created),
          merged_at: iso(created + 2 * 86400_000),
        }),
      );
    }
  }
  return items;
}

function prItem(api, person, pr) {
  const { repo, number } = pr;
  return {
    url: `${api}/repos/${repo}/issues/${number}`,
    repository_url: `${api}/repos/${repo}`,
    labels_url: `${api}/repos/${repo}/issues/${number}/labels{/name}`,
    comments_url: `${api}/repos/${repo}/issues/${number}/comments`,
    events_url: `${api}/repos/${repo}/issues/${number}/events`,
    html_url: `https://github.com/${repo}/pull/${number}`,
    id: 100000000 + number,
    node_id: `PR_kwDO${number}`,
    number,
    title: pr.title,
    user: { login: person.login, id: person.github.id, type: 'User', site_admin: false },
    labels: [{ name: 'lgtm' }, { name: 'approved' }],
    state: 'closed',
    locked: false,
    assignee: null,
    assignees: [],
    milestone: null,
    comments: 4,
    created_at: pr.created_at,
    updated_at: pr.merged_at,
    closed_at: pr.merged_at,
    author_association: 'MEMBER',
    type: null,
    active_lock_reason: null,
    draft: false,
    pull_request: {
      url: `${api}/repos/${repo}/pulls/${number}`,
      html_url: `https://github.com/${repo}/pull/${number}`,
      diff_url: `https://github.com/${repo}/pull/${number}.diff`,
      patch_url: `https://github.com/${repo}/pull/${number}.patch`,
      merged_at: pr.merged_at,
    },
    body: 'What type of PR is this?\n/kind cleanup\n\nWhat this PR does / why we need it:\n...',
    reactions: { total_count: 0, '+1': 0, '-1': 0, laugh: 0, hooray: 0, confused: 0, heart: 0, rocket: 0, eyes: 0 },
    timeline_url: `${api}/repos/${repo}/issues/${number}/timeline`,
    performed_via_github_app: null,
    state_reason: null,
    score: 1.0,
  };
}
