// Stand-ins for static file hosts:
// - raw.githubusercontent.com: `/<org>/<repo>/<ref>/<path>` of the repositories in repos.js,
//   `text/plain`, `Access-Control-Allow-Origin: *`, strong ETag, and no CORS preflight
//   support (a request that needs one fails, as the data-sources notes warn). A file is
//   served only at its repository's current default branch or at `HEAD`: a branch that was
//   renamed answers 404, because raw URLs of the old name are not redirected (GitHub docs,
//   "Renaming a branch"; data-sources.md §3). kubernetes/community moved from `master` to
//   `main` in 2026, so `…/kubernetes/community/master/sigs.yaml` is a 404 here as there. A
//   commit SHA is a ref too (what a crawl that knows the commit asks for);
// - a ContribCard copy: `/data/<login>.json`, file names case-sensitive, an HTML 404 page.
import { USERS } from './data.js';
import { fileAt } from './repos.js';
import { etagOf, matchesEtag, send } from './respond.js';

/** Answers one raw-file request. */
export function handleRaw(ctx) {
  const { res, method, path, req } = ctx;
  if (method === 'OPTIONS') {
    // Not something to count on: refused, without CORS headers, so the browser blocks the request.
    // GitHub documents no preflight support there (data-sources.md §3), and a request that needs
    // one fails in practice (hyperlane-xyz/hyperlane-registry#710: X-GitHub-Api-Version on raw
    // URLs). The 403 and its body are this stand-in's choice: no public record was found of what
    // raw.githubusercontent.com answers to OPTIONS.
    return send(res, 403, { 'Content-Type': 'text/plain; charset=utf-8' }, '403 Forbidden\n');
  }
  const m = /^\/([^/]+\/[^/]+)\/([^/]+)\/(.+)$/.exec(path);
  const file = m ? fileAt(m[1], m[2], decodeURIComponent(m[3])) : undefined;
  const cors = { 'Access-Control-Allow-Origin': '*' };
  if (!file || (method !== 'GET' && method !== 'HEAD')) {
    // A captured raw.githubusercontent.com 404: body `404: Not Found` (14 bytes), text/plain,
    // ACAO *, and no ETag or Cache-Control (unlike a 200, which carries both). The body is quoted
    // from live answers in srl-labs/containerlab#2750 and aquaproj/aqua-registry#39883 (2025);
    // the capture of its headers is not cited anywhere, and no public record of them was found.
    return send(res, 404, { ...cors, 'Content-Type': 'text/plain; charset=utf-8' }, '404: Not Found');
  }
  const body = file.content;
  // Observed, not documented by GitHub: a live 200 quoted in pilosus/requests-verbose README.md:36-61
  // at 4b18379 (3 January 2025) has these headers and values. That answer was gzip-encoded and
  // its ETag weak, W/"…", which is what a browser (always asking for gzip) sees; unattributed
  // captures of identity-encoded answers show it strong, as here.
  const etag = etagOf(body, false);
  const h = {
    ...cors,
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'max-age=300',
    ETag: etag,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'deny',
    'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    'Cross-Origin-Resource-Policy': 'cross-origin',
    Vary: 'Authorization,Accept-Encoding,Origin',
  };
  // A 304 repeats the ETag, Cache-Control and Vary a 200 would carry (RFC 9110 §15.4.5); raw's
  // own 304 has no public record found.
  if (matchesEtag(req.headers['if-none-match'], etag)) return send(res, 304, h);
  return send(res, 200, h, method === 'HEAD' ? undefined : body);
}

/** Answers one ContribCard request: `/data/<login>.json`, a self-hosted copy that allows CORS. */
export function handleContribCard(ctx) {
  const { res, method, path } = ctx;
  // A copy served by `contribcard serve` (cncf/contribcard src/serve/mod.rs:15-20 at 39f6845:
  // tower-http ServeDir, 0.5) answers any method but GET and HEAD 405 with `Allow: GET,HEAD` and no CORS
  // headers (tower-http-0.5.2 tower-http/src/services/fs/serve_dir/mod.rs:316-325, future.rs:165-169).
  if (method === 'OPTIONS') return send(res, 405, { Allow: 'GET, HEAD' });
  const m = /^\/data\/([^/]+)\.json$/.exec(path);
  const login = m ? decodeURIComponent(m[1]) : undefined;
  const user = login && Object.hasOwn(USERS, login) ? USERS[login] : undefined;
  const cors = { 'Access-Control-Allow-Origin': '*' };
  if (!user?.contribcard) {
    // `contribcard serve` answers a missing file 404 with the site's index.html as text/html
    // (ServeDir::not_found_service, serve_dir/mod.rs:240-241; cncf/contribcard src/serve/mod.rs);
    // this short page stands for it. ACAO * is this stand-in's self-hosted copy's, not ServeDir's.
    // What the S3-hosted k8scontribcard.cncf.io answers (cncf/contribcard src/deploy/s3.rs) has no
    // public record found.
    return send(res, 404, { ...cors, 'Content-Type': 'text/html; charset=utf-8' }, '<!DOCTYPE html><html><head><title>Page not found</title></head><body><h1>404</h1></body></html>');
  }
  const body = JSON.stringify({ id: user.contribcard.id, login, ...user.contribcard });
  // ServeDir's 200 has Content-Type, Accept-Ranges and Last-Modified, no ETag or Cache-Control
  // (tower-http-0.5.2 serve_dir/future.rs:225-238): those two here are this stand-in's assumption.
  return send(res, 200, { ...cors, 'Content-Type': 'application/json', 'Cache-Control': 'max-age=600', ETag: etagOf(body, false) }, body);
}
