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
    return send(res, 403, { 'Content-Type': 'text/plain; charset=utf-8' }, '403 Forbidden\n');
  }
  const m = /^\/([^/]+\/[^/]+)\/([^/]+)\/(.+)$/.exec(path);
  const file = m ? fileAt(m[1], m[2], decodeURIComponent(m[3])) : undefined;
  const cors = { 'Access-Control-Allow-Origin': '*' };
  if (!file || (method !== 'GET' && method !== 'HEAD')) {
    // A captured raw.githubusercontent.com 404: body `404: Not Found` (14 bytes), text/plain,
    // ACAO *, and no ETag or Cache-Control (unlike a 200, which carries both).
    return send(res, 404, { ...cors, 'Content-Type': 'text/plain; charset=utf-8' }, '404: Not Found');
  }
  const body = file.content;
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
  if (matchesEtag(req.headers['if-none-match'], etag)) return send(res, 304, h);
  return send(res, 200, h, method === 'HEAD' ? undefined : body);
}

/** Answers one ContribCard request: `/data/<login>.json`, a self-hosted copy that allows CORS. */
export function handleContribCard(ctx) {
  const { res, method, path } = ctx;
  if (method === 'OPTIONS') return send(res, 405, { Allow: 'GET, HEAD' });
  const m = /^\/data\/([^/]+)\.json$/.exec(path);
  const login = m ? decodeURIComponent(m[1]) : undefined;
  const user = login && Object.hasOwn(USERS, login) ? USERS[login] : undefined;
  const cors = { 'Access-Control-Allow-Origin': '*' };
  if (!user?.contribcard) {
    return send(res, 404, { ...cors, 'Content-Type': 'text/html; charset=utf-8' }, '<!DOCTYPE html><html><head><title>Page not found</title></head><body><h1>404</h1></body></html>');
  }
  const body = JSON.stringify({ id: user.contribcard.id, login, ...user.contribcard });
  return send(res, 200, { ...cors, 'Content-Type': 'application/json', 'Cache-Control': 'max-age=600', ETag: etagOf(body, false) }, body);
}
