// The benchmark's servers, run in a child process of scripts/bench.js so the
// Playwright client in the parent never competes with them for one event loop
// (a busy parent would otherwise show up as service latency):
// - the stand-in services (test/stand-ins/), one origin per service, one scope
//   per measured run so every run starts with an empty log and fresh budgets;
// - a static "blog" on its own origin serving the bench pages, dist/cdn, the
//   card-data files and the baseline page, so the card crosses origins to
//   reach the services exactly as on a real site.
//
// HTTP/2 over TLS, as the real hosts serve (a CDN, api.github.com,
// raw.githubusercontent.com): browsers speak HTTP/2 only over TLS, and over
// HTTP/1.1 Chromium opens at most 6 connections per host, so a card's ~21
// DevStats requests would go out in 4 waves that no real visitor sees. The
// blog is an HTTP/2 server itself; each stand-in gets an HTTP/2 front that
// forwards to it over loopback HTTP/1.1 (the stand-ins stay as the tests use
// them, and their request log, faults and budgets work unchanged). The
// certificate is a throwaway self-signed one made with `openssl` at start;
// Chromium is told to accept its key (`--ignore-certificate-errors-spki-list`),
// which, unlike ignoring certificate errors, leaves the HTTP cache working.
// `--http1` (or no openssl) serves everything over plain HTTP/1.1 instead.
//
// The parent talks to it over the fork IPC channel: { id, op, ...args } in,
// { id, ok, value | error } out.
import { execFileSync } from 'node:child_process';
import { X509Certificate, createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { Agent, createServer, request as httpRequest } from 'node:http';
import { createSecureServer } from 'node:http2';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { USERS } from '../../test/stand-ins/data.js';
import { startStandIns } from '../../test/stand-ins/server.js';
import { renderBaselinePage, renderPage, renderProbePage } from './page.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const HOST = '127.0.0.1';
const CDN_DIR = process.argv[2] || join(ROOT, 'dist/cdn');
const WANT_HTTP1 = process.argv.includes('--http1');

// The stand-ins know only three people with DevStats data; a page of ten
// distinct contributors needs seven more. They are copies of those three under
// logins that appear in the real sigs.yaml, so their roles resolve too. Added
// to the stand-ins' table in this process only: no file in test/ changes.
export const EXTRA_USERS = ['aojea', 'soltysh', 'ritazh', 'katcosgrove', 'saschagrunert', 'dims', 'thockin'];
const TEMPLATES = ['pacoxu', 'BenTheElder', 'neolit123'];
EXTRA_USERS.forEach((login, i) => {
  const copy = structuredClone(USERS[TEMPLATES[i % TEMPLATES.length]]);
  copy.github.id = 9_000_000 + i;
  copy.github.name = `Bench ${login}`;
  delete copy.contribcard;
  USERS[login] = copy;
});

/**
 * Logins for the CLI measure, which needs more distinct people than the
 * stand-ins know (GitHub logins are case-insensitive, so case variants would
 * be one login). Like EXTRA_USERS, copies of the three complete records under
 * new logins, in this process only; deterministic, so two runs ask the same.
 * They hold no role (they are in no community file): the CLI reads the
 * community files once per build whoever the logins are.
 */
function syntheticUsers(count) {
  const logins = [];
  for (let i = 1; i <= count; i++) {
    const login = `bench-cli-${String(i).padStart(3, '0')}`;
    if (!USERS[login]) {
      const copy = structuredClone(USERS[TEMPLATES[i % TEMPLATES.length]]);
      copy.github.id = 9_100_000 + i;
      copy.github.name = `Bench CLI ${i}`;
      delete copy.contribcard;
      USERS[login] = copy;
    }
    logins.push(login);
  }
  return logins;
}

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

/** Only these trees are served from disk: the built bundle and the card-data files. */
const MOUNTS = { '/dist/cdn/': CDN_DIR, '/data/': join(ROOT, 'test/data') };

/**
 * Ten card-data files for the page of 100 `src` cards (as a team page built by
 * the CLI would have): test/data/full.json under ten logins, figures varied so
 * no two files are the same text.
 */
const CARD_FILES = (() => {
  const base = JSON.parse(readFileSync(join(ROOT, 'test/data/full.json'), 'utf8'));
  return Array.from({ length: 10 }, (_, i) => {
    const d = structuredClone(base);
    d.identity.login = `bench-card-${i}`;
    d.identity.name = `Bench Card ${i}`;
    for (const k of Object.keys(d.totals)) d.totals[k] += 7 * i;
    d.activity.points.forEach((p, j) => (p.count += (i * (j + 3)) % 17));
    d.sources = d.sources.map((s) => (s.id === 'github' ? { ...s, url: `https://github.com/bench-card-${i}` } : s));
    return `${JSON.stringify(d, null, 2)}\n`;
  });
})();

/**
 * The baseline (a ContribCard page's request shape): one module script of
 * 66,000 bytes and one JSON file of 3,000 bytes. The script is real code of
 * this build (the YAML parser chunk, which has no imports and runs its top
 * level on load) followed by the few lines that fetch the JSON and render it,
 * padded with a comment to the size; the JSON is full.json, padded likewise.
 */
export const BASELINE_SCRIPT_BYTES = 66_000;
export const BASELINE_JSON_BYTES = 3_000;
let baselineCache;
function baselineFiles() {
  if (baselineCache) return baselineCache;
  const yamlChunk = join(CDN_DIR, 'chunks/js-yaml.js');
  const real = existsSync(yamlChunk) ? readFileSync(yamlChunk, 'utf8').replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n') : '';
  // In a block so its names cannot meet the minified chunk's top-level ones.
  const render = `{
  const t0 = performance.now();
  fetch('/baseline/data.json').then((r) => r.json()).then((d) => {
    const root = document.getElementById('card');
    const h = document.createElement('h2');
    h.textContent = d.identity.name;
    root.append(h);
    const dl = document.createElement('dl');
    for (const [k, v] of Object.entries(d.totals)) {
      const dt = document.createElement('dt');
      dt.textContent = k;
      const dd = document.createElement('dd');
      dd.textContent = String(v);
      dl.append(dt, dd);
    }
    root.append(dl);
    const ol = document.createElement('ol');
    for (const p of d.activity.points) {
      const li = document.createElement('li');
      li.textContent = p.period + ': ' + p.count;
      ol.append(li);
    }
    root.append(ol);
    window.__bench.finish(performance.now(), t0);
  }, (e) => window.__bench.fail(String(e)));
}
`;
  const pad = (text, bytes, open, close) => {
    const room = bytes - Buffer.byteLength(text) - open.length - close.length;
    return room > 0 ? `${text}${open}${'.'.repeat(room)}${close}` : text;
  };
  const script = pad(real + render, BASELINE_SCRIPT_BYTES, '/*', '*/\n');
  const data = JSON.parse(readFileSync(join(ROOT, 'test/data/full.json'), 'utf8'));
  data.padding = '';
  const json = JSON.stringify(data, null, 2);
  data.padding = 'x'.repeat(Math.max(0, BASELINE_JSON_BYTES - Buffer.byteLength(json) - 1));
  baselineCache = { script, json: `${JSON.stringify(data, null, 2)}\n` };
  return baselineCache;
}

/** Files of the emulation check (scripts/bench/page.js renderProbePage). */
const PROBE_SCRIPTS = {
  '/probe/mod.js': 'export const x = 1;\n',
  '/probe/dep.js': 'export const y = 2;\n',
  // Tells the page it runs, then times a cross-origin fetch and an import from inside the worker.
  '/probe/worker.js': `postMessage({ up: performance.now() });
const cross = new URL(location.href).searchParams.get('cross');
let t = performance.now();
await (await fetch(cross + '?w=' + Math.random())).text();
const fetchMs = performance.now() - t;
t = performance.now();
await import('/probe/dep.js?' + Math.random());
postMessage({ fetchMs, importMs: performance.now() - t });
`,
};

function send(res, status, type, body, cache = 'no-store') {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), 'Cache-Control': cache });
  res.end(body);
}

function serveStatic(req, res) {
  const url = new URL(req.url ?? '/', 'http://blog');
  const path = url.pathname;
  if (path === '/bench.html' || path === '/baseline.html') {
    let spec;
    try {
      spec = JSON.parse(Buffer.from(url.searchParams.get('spec') ?? 'e30', 'base64url').toString('utf8'));
    } catch {
      return send(res, 400, 'text/plain', 'bad spec\n');
    }
    return send(res, 200, TYPES['.html'], path === '/bench.html' ? renderPage(spec) : renderBaselinePage(spec));
  }
  // Static files a CDN or a site would let browsers cache.
  const CACHE = 'max-age=3600';
  if (path === '/baseline/app.js') return send(res, 200, TYPES['.js'], baselineFiles().script, CACHE);
  if (path === '/baseline/data.json') return send(res, 200, TYPES['.json'], baselineFiles().json, CACHE);
  const card = /^\/cards\/(\d)\.json$/.exec(path);
  if (card) return send(res, 200, TYPES['.json'], CARD_FILES[Number(card[1])], CACHE);
  if (path === '/probe.html') return send(res, 200, TYPES['.html'], renderProbePage(Object.fromEntries(url.searchParams)));
  if (Object.hasOwn(PROBE_SCRIPTS, path)) return send(res, 200, TYPES['.js'], PROBE_SCRIPTS[path]);
  if (path === '/probe/same') return send(res, 200, 'text/plain', 'ok\n');
  if (path === '/probe/cached') return send(res, 200, 'text/plain', 'ok\n', CACHE);
  for (const [prefix, dir] of Object.entries(MOUNTS)) {
    if (!path.startsWith(prefix)) continue;
    const file = normalize(join(dir, decodeURIComponent(path.slice(prefix.length))));
    if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) break;
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': statSync(file).size,
      // A CDN would cache for long; every cold run uses a fresh browser context anyway.
      'Cache-Control': CACHE,
    });
    return createReadStream(file).pipe(res);
  }
  send(res, 404, 'text/plain', 'not found\n');
}

/** A throwaway certificate for 127.0.0.1, and the SHA-256 of its public key for Chromium's allow list. */
function makeCertificate() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-tls-'));
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2',
      '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
    ], { stdio: 'ignore' });
    const key = readFileSync(join(dir, 'key.pem'));
    const cert = readFileSync(join(dir, 'cert.pem'));
    const spkiDer = new X509Certificate(cert).publicKey.export({ type: 'spki', format: 'der' });
    return { key, cert, spki: createHash('sha256').update(spkiDer).digest('base64') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Request and response headers that belong to one connection, never forwarded. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer', 'http2-settings', 'host']);

/**
 * An HTTP/2 front for one stand-in: every request goes on to `target` over
 * loopback HTTP/1.1 with its method, path, headers and body, and the answer
 * comes back as it was (status, headers, body, a dropped connection as a reset
 * stream). `Host` names the front, so an answer that names its own URL names
 * the one the browser used (with http:, which the card never follows).
 */
/** Per scope: how long the stand-ins took to answer, by service (front → stand-in → front), and the fronts' own failures. */
const frontStats = new Map();
const statsOf = (scope) => {
  if (!frontStats.has(scope)) frontStats.set(scope, { times: {}, errors: [] });
  return frontStats.get(scope);
};

function forwardTo(target, service) {
  // A new loopback connection per request: a kept-alive socket that the stand-in closes
  // (its keepAliveTimeout) just as it is reused would fail a request the browser made
  // correctly, and the card would be blamed for a network error of the bench's own making.
  const agent = new Agent({ keepAlive: false, maxSockets: Infinity });
  const { hostname, port } = new URL(target);
  return (req, res) => {
    const received = performance.now();
    const stats = statsOf(/^\/_s\/([A-Za-z0-9_-]{1,100})(\/|$)/.exec(req.url ?? '')?.[1] ?? 'default');
    const failed = (what, e) => {
      stats.errors.push(`${service} ${req.method} ${req.url}: ${what} ${e?.code ?? e?.message ?? e ?? ''}`.trim());
      res.destroy();
    };
    res.on('finish', () => (stats.times[service] ??= []).push(performance.now() - received));
    const headers = {};
    for (const [k, v] of Object.entries(req.headers)) if (!k.startsWith(':') && !HOP_BY_HOP.has(k)) headers[k] = v;
    headers.host = req.headers[':authority'] ?? req.headers.host ?? `${hostname}:${port}`;
    const upstream = httpRequest({ hostname, port, method: req.method, path: req.url, headers, agent }, (answer) => {
      const out = {};
      for (const [k, v] of Object.entries(answer.headers)) if (!HOP_BY_HOP.has(k)) out[k] = v;
      res.writeHead(answer.statusCode ?? 502, out);
      answer.pipe(res);
      answer.on('error', (e) => failed('answer', e));
    });
    upstream.on('error', (e) => {
      // The browser going away first is not a failure (an aborted fetch, a closed page).
      if (!res.destroyed && !res.writableFinished) failed('upstream', e);
    });
    // The browser gave up (an aborted fetch): the stand-in sees its client go too.
    res.on('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
    req.pipe(upstream);
  };
}

/** Starts `handler` on a free port over TLS + HTTP/2 (HTTP/1.1 for clients without it), or plain HTTP/1.1. */
async function serve(handler, tls) {
  const sessions = new Set();
  // Room for a page of 100 live cards: ~230 requests at once, within the browser's 100 streams per connection.
  const server = tls ? createSecureServer({ key: tls.key, cert: tls.cert, allowHTTP1: true, maxSessionMemory: 64 }, handler) : createServer(handler);
  if (tls) {
    server.on('session', (s) => {
      sessions.add(s);
      s.on('close', () => sessions.delete(s));
      s.on('error', () => {});
    });
  } else {
    server.keepAliveTimeout = 2000;
  }
  server.on('connection', (socket) => socket.on('error', () => {}));
  server.on('secureConnection', (socket) => socket.on('error', () => {}));
  await new Promise((resolve) => server.listen(0, HOST, resolve));
  return {
    origin: `${tls ? 'https' : 'http'}://${HOST}:${server.address().port}`,
    close() {
      for (const s of sessions) s.destroy();
      server.close();
      server.closeAllConnections?.();
    },
  };
}

let tls;
let tlsProblem;
if (!WANT_HTTP1) {
  try {
    tls = makeCertificate();
  } catch (e) {
    tlsProblem = `no certificate (${String(e?.message ?? e).split('\n')[0]}): serving HTTP/1.1`;
  }
}

const standIns = await startStandIns({ host: HOST });
const blog = await serve(serveStatic, tls);
// What the browser calls: the HTTP/2 fronts (or the stand-ins themselves over HTTP/1.1).
const fronts = {};
for (const [service, origin] of Object.entries(standIns.origins)) {
  fronts[service] = tls ? await serve(forwardTo(origin, service), tls) : { origin, close() {} };
}
const browserOrigins = Object.fromEntries(Object.entries(fronts).map(([s, f]) => [s, f.origin]));

/** A scope's base URLs with the stand-ins' origins swapped for the fronts the browser uses. */
function browserUrls(scope) {
  const direct = standIns.urls(scope);
  const out = {};
  for (const [service, url] of Object.entries(direct)) {
    const origin = standIns.origins[service];
    out[service] = origin && url.startsWith(origin) ? browserOrigins[service] + url.slice(origin.length) : url;
  }
  return out;
}

const ops = {
  info: () => ({
    blogOrigin: blog.origin,
    origins: browserOrigins,
    extraUsers: EXTRA_USERS,
    protocol: tls ? 'h2' : 'http/1.1',
    spki: tls?.spki,
    note: tlsProblem,
    baseline: { scriptBytes: Buffer.byteLength(baselineFiles().script), jsonBytes: Buffer.byteLength(baselineFiles().json), realCodeBytes: existsSync(join(CDN_DIR, 'chunks/js-yaml.js')) ? statSync(join(CDN_DIR, 'chunks/js-yaml.js')).size : 0 },
  }),
  /** Base URLs for the browser. */
  urls: ({ scope }) => browserUrls(scope),
  /** Base URLs straight to the stand-ins (plain HTTP/1.1 on loopback), for the CLI. */
  directUrls: ({ scope }) => standIns.urls(scope),
  fault: ({ scope, spec }) => standIns.fault(scope, spec) ?? true,
  budget: ({ scope, spec }) => standIns.budget(scope, spec),
  cliUsers: ({ count }) => syntheticUsers(count),
  /** The scope's log, reduced to what the parent needs (counts and timings). */
  log: ({ scope }) => standIns.log(scope).map((e) => ({ service: e.service, method: e.method, path: e.path, status: e.status, t: e.t, fault: e.fault, auth: e.headers?.authorization !== undefined })),
  /** How long the stand-ins took per answer in a scope, by service, and the fronts' failures (HTTP/2 only; delay faults included). */
  fronts: ({ scope }) => frontStats.get(scope) ?? { times: {}, errors: [] },
  drop: ({ scope }) => {
    frontStats.delete(scope);
    return standIns.drop(scope) ?? true;
  },
  stop: async () => {
    blog.close();
    for (const f of Object.values(fronts)) f.close();
    await standIns.stop();
    setImmediate(() => process.exit(0));
    return true;
  },
};

process.on('message', async (msg) => {
  try {
    const value = await ops[msg.op](msg);
    process.send({ id: msg.id, ok: true, value });
  } catch (e) {
    process.send({ id: msg.id, ok: false, error: String(e?.stack ?? e) });
  }
});
// The parent went away (crash, Ctrl-C): do not linger holding ports.
process.on('disconnect', () => process.exit(0));
process.send({ ready: true });
