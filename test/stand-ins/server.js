// Starts the stand-in services, each a plain Node HTTP server on its own
// port (so the browser treats every service as a separate origin, with its
// own CORS checks and connection pool), plus optionally one "combined" server
// that serves them all under path prefixes (/github, /devstats, /raw,
// /contribcard) for pages that want one base URL.
//
// Every request is logged per scope. A scope is selected by a `/_s/<id>`
// prefix on the path; requests without one use the `default` scope.
import { createServer } from 'node:http';
import { handleDevstats } from './devstats.js';
import { applyFault } from './faults.js';
import { handleContribCard, handleRaw } from './files.js';
import { handleGithub } from './github.js';
import { readRequestBody } from './respond.js';
import { LAST_MINOR } from './data.js';
import { addFault, createScope, resetScope, setBudget, takeFault } from './scope.js';

const HANDLERS = { github: handleGithub, devstats: handleDevstats, raw: handleRaw, contribcard: handleContribCard };
/** Path under a service's origin that a client uses as its base URL. */
const BASE_PATHS = { github: '', devstats: '/api/v1', raw: '', contribcard: '/data' };

/** Request headers worth keeping in the log (what CORS and caching tests look at). */
const LOGGED_HEADERS = [
  'origin', 'accept', 'content-type', 'if-none-match', 'cache-control', 'pragma',
  'access-control-request-method', 'access-control-request-headers', 'authorization', 'x-requested-with',
];

/**
 * @param {{ host?: string, ports?: Partial<Record<'github'|'devstats'|'raw'|'contribcard'|'combined', number>>, combined?: boolean }} [options]
 */
export async function startStandIns(options = {}) {
  const host = options.host ?? '127.0.0.1';
  const ports = options.ports ?? {};
  const scopes = new Map();
  const scope = (id = 'default') => {
    if (!scopes.has(id)) scopes.set(id, createScope(id));
    return scopes.get(id);
  };

  const origins = {};
  const servers = [];
  for (const service of Object.keys(HANDLERS)) {
    const server = createServer((req, res) => dispatch(service, req, res, req.url, ''));
    origins[service] = await listen(server, ports[service] ?? 0, host);
    servers.push(server);
  }
  let combinedOrigin;
  if (options.combined) {
    const server = createServer((req, res) => {
      const m = /^\/(github|devstats|raw|contribcard)(\/.*|$)/.exec(req.url ?? '/');
      if (!m) {
        res.writeHead(404, { 'Content-Type': 'text/plain' });
        return res.end('stand-ins: use /github, /devstats/api/v1, /raw or /contribcard/data\n');
      }
      return dispatch(m[1], req, res, m[2] || '/', `/${m[1]}`);
    });
    combinedOrigin = await listen(server, ports.combined ?? 0, host);
    servers.push(server);
  }

  async function dispatch(service, req, res, rawUrl, mount) {
    const url = new URL(rawUrl, 'http://stand-in');
    let path = url.pathname;
    let scopeId = 'default';
    const m = /^\/_s\/([A-Za-z0-9_-]{1,100})(\/.*)?$/.exec(path);
    if (m) {
      scopeId = m[1];
      path = m[2] ?? '/';
    }
    const sc = scope(scopeId);
    const body = await readRequestBody(req);
    const query = url.search ? decodeURIComponent(url.search.replace(/\+/g, ' ')) : '';
    const signature = `${req.method} ${path}${query}${body ? ` ${body}` : ''}`;
    const headers = {};
    for (const h of LOGGED_HEADERS) if (req.headers[h] !== undefined) headers[h] = req.headers[h];
    const entry = { service, method: req.method, path, query, body: body || undefined, headers, signature, status: 0, t: Date.now(), open: true };
    sc.log.push(entry);
    // Closed when the answer is complete or the client gave up (an aborted fetch closes the connection).
    res.on('close', () => {
      entry.open = false;
      entry.complete = res.writableFinished;
    });
    const writeHead = res.writeHead.bind(res);
    res.writeHead = (status, ...rest) => {
      entry.status = status;
      return writeHead(status, ...rest);
    };
    res.on('error', () => {});

    const origin = `http://${req.headers.host}`;
    const scopePrefix = m ? `/_s/${scopeId}` : '';
    const ctx = {
      service, scope: sc, method: req.method, path, search: url.searchParams, body, req, res, entry,
      apiBase: `${origin}${mount}${scopePrefix}`,
    };
    try {
      if (req.method !== 'OPTIONS') {
        const fault = takeFault(sc, service, signature);
        if (fault && (await applyFault(fault, ctx))) return;
      }
      await HANDLERS[service](ctx);
    } catch (e) {
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'text/plain', 'Access-Control-Allow-Origin': '*' });
        res.end(`stand-in error: ${e?.stack ?? e}`);
      } else {
        res.destroy();
      }
    }
  }

  /** Base URLs a client uses for one scope (`default` = no prefix). */
  function urls(scopeId) {
    const prefix = scopeId && scopeId !== 'default' ? `/_s/${scopeId}` : '';
    const out = {};
    for (const service of Object.keys(HANDLERS)) out[service] = `${origins[service]}${prefix}${BASE_PATHS[service]}`;
    // The combined server serves the default scope only: `<combined>/github`, `/devstats/api/v1`, `/raw`, `/contribcard/data`.
    if (combinedOrigin && !prefix) out.combined = combinedOrigin;
    return out;
  }

  return {
    origins,
    combinedOrigin,
    urls,
    scope,
    reset(scopeId) {
      resetScope(scope(scopeId));
    },
    /** Ends a scope: its hanging answers are closed and its state forgotten. */
    drop(scopeId) {
      const sc = scopes.get(scopeId);
      if (sc) resetScope(sc);
      scopes.delete(scopeId);
    },
    clearLog(scopeId) {
      scope(scopeId).log.length = 0;
    },
    log(scopeId, filter = {}) {
      return scope(scopeId).log.filter((e) => (!filter.service || e.service === filter.service) && (!filter.method || e.method === filter.method));
    },
    fault(scopeId, spec) {
      addFault(scope(scopeId), spec);
    },
    budget(scopeId, spec) {
      return setBudget(scope(scopeId), spec);
    },
    /**
     * Tags the next Kubernetes release in DevStats' view of this scope; returns its minor.
     * As on the real server, the two ranges it creates are listed before they are computed:
     * the sync's `annotations` step deletes the `- now` range and writes the new names
     * (devstatscode annotations.go:552 deletes every `%_n` quick range, then writes the new
     * ones), and the histograms for the new periods run later in the same sync
     * (cmd/gha2db_sync/gha2db_sync.go:437-449 runs annotations, :726-787 the histograms, in a
     * shuffled order). Until `histograms`, DevActCnt has no row for anyone in them:
     * "github_id '…' not found in results" (cmd/api/api.go:1425-1438).
     */
    release(scopeId) {
      const sc = scope(scopeId);
      const prev = sc.lastMinor ?? LAST_MINOR;
      sc.lastMinor = prev + 1;
      sc.uncomputed.add(`v1.${prev}.0 - v1.${prev + 1}.0`).add(`v1.${prev + 1}.0 - now`);
      return sc.lastMinor;
    },
    /** DevStats' sync has computed the histograms of every listed range (see `release`). */
    histograms(scopeId) {
      scope(scopeId).uncomputed.clear();
    },
    async stop() {
      for (const sc of scopes.values()) resetScope(sc);
      await Promise.all(
        servers.map(
          (s) =>
            new Promise((resolve) => {
              s.close(() => resolve());
              s.closeAllConnections();
            }),
        ),
      );
    },
  };
}

function listen(server, port, host) {
  // Browsers keep connections alive; a short timeout keeps shutdown quick.
  server.keepAliveTimeout = 2000;
  // A client giving up mid-answer (aborts, size caps) resets the socket: expected, not a crash.
  server.on('connection', (socket) => socket.on('error', () => {}));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const addr = server.address();
      resolve(`http://${host}:${addr.port}`);
    });
  });
}
