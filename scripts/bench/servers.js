// The benchmark's servers, run in a child process of scripts/bench.js so the
// Playwright client in the parent never competes with them for one event loop
// (a busy parent would otherwise show up as service latency):
// - the stand-in services (test/stand-ins/), one origin per service, one scope
//   per measured run so every run starts with an empty log and fresh budgets;
// - a static "blog" on its own origin serving the bench page and dist/cdn, so
//   the card crosses origins to reach the services exactly as on a real site.
//
// The parent talks to it over the fork IPC channel: { id, op, ...args } in,
// { id, ok, value | error } out.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { USERS } from '../../test/stand-ins/data.js';
import { startStandIns } from '../../test/stand-ins/server.js';
import { renderPage } from './page.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const HOST = '127.0.0.1';

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

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

/** Only these trees are served: the built bundle and the card-data files. */
const MOUNTS = { '/dist/cdn/': process.argv[2] || join(ROOT, 'dist/cdn'), '/data/': join(ROOT, 'test/data') };

function serveStatic(req, res) {
  const url = new URL(req.url ?? '/', 'http://blog');
  if (url.pathname === '/bench.html') {
    let spec;
    try {
      spec = JSON.parse(Buffer.from(url.searchParams.get('spec') ?? '', 'base64url').toString('utf8'));
    } catch {
      res.writeHead(400, { 'Content-Type': 'text/plain' });
      return res.end('bad spec\n');
    }
    const body = renderPage(spec);
    res.writeHead(200, { 'Content-Type': TYPES['.html'], 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-store' });
    return res.end(body);
  }
  for (const [prefix, dir] of Object.entries(MOUNTS)) {
    if (!url.pathname.startsWith(prefix)) continue;
    const file = normalize(join(dir, decodeURIComponent(url.pathname.slice(prefix.length))));
    if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) break;
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': statSync(file).size,
      // A CDN would cache for long; every cold run uses a fresh browser context anyway.
      'Cache-Control': 'max-age=3600',
    });
    return createReadStream(file).pipe(res);
  }
  res.writeHead(404, { 'Content-Type': 'text/plain' });
  res.end('not found\n');
}

const standIns = await startStandIns({ host: HOST });
const blog = createServer(serveStatic);
blog.keepAliveTimeout = 2000;
const blogOrigin = await new Promise((resolve) => blog.listen(0, HOST, () => resolve(`http://${HOST}:${blog.address().port}`)));

const ops = {
  info: () => ({ blogOrigin, origins: standIns.origins, extraUsers: EXTRA_USERS }),
  urls: ({ scope }) => standIns.urls(scope),
  fault: ({ scope, spec }) => standIns.fault(scope, spec) ?? true,
  /** The scope's log, reduced to what the parent needs (counts and timings). */
  log: ({ scope }) => standIns.log(scope).map((e) => ({ service: e.service, method: e.method, path: e.path, status: e.status, t: e.t, fault: e.fault })),
  drop: ({ scope }) => standIns.drop(scope) ?? true,
  stop: async () => {
    blog.close();
    blog.closeAllConnections();
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
