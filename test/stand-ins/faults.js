// Injected faults: how each service misbehaves when a test asks it to.
// `applyFault` returns true when it answered (or dropped) the request, false
// when the normal handler should still answer (after a delay, or with the
// GitHub budget spent).
import { corsHeaders as githubCors, rateLimitBody } from './github.js';
import { send, sleep } from './respond.js';
import { setBudget } from './scope.js';

const HUGE_BYTES = 3 * 1024 * 1024;

function cors(service) {
  return service === 'github' ? githubCors() : { 'Access-Control-Allow-Origin': '*' };
}

const JSON_TYPE = { github: 'application/json; charset=utf-8', devstats: 'application/json', contribcard: 'application/json' };

function contentType(service) {
  return JSON_TYPE[service] ?? 'text/plain; charset=utf-8';
}

/** Valid JSON (or YAML) of the wrong shape for each service. */
function wrongShape(service, path) {
  switch (service) {
    case 'github':
      return path.startsWith('/search/')
        ? JSON.stringify({ total_count: '1136', items: {} })
        : JSON.stringify({ user: { login: 'pacoxu' }, items: 'none' });
    case 'devstats':
      return JSON.stringify({ project: 'kubernetes', rank: 1, login: 'pacoxu', number: 1136 });
    case 'contribcard':
      return JSON.stringify({ login: 'pacoxu', contributions: 'many' });
    default:
      return 'hello: world\nlist: [1, 2, 3]\n';
  }
}

/** Bodies an error status carries, per service. */
function statusBody(service, status) {
  if (service === 'github') return JSON.stringify({ message: status >= 500 ? 'Server Error' : 'Error', documentation_url: 'https://docs.github.com/rest' });
  // The DevStats API answers every failure of its own, a database timeout among them, 400 with
  // its JSON error (cncf/devstatscode cmd/api/api.go:275-284, returnError); it never writes a 5xx.
  // A 5xx comes from the server in front of it, as that server's HTML page.
  if (service === 'devstats' && status === 400) return JSON.stringify({ error: `API 'DevActCnt': pq: canceling statement due to statement timeout` });
  if (service === 'devstats') return `<html>\r\n<head><title>${status} Error</title></head>\r\n<body>\r\n<center><h1>${status} Error</h1></center>\r\n</body>\r\n</html>\r\n`;
  return `${status} Error`;
}

/** Applies `fault` to the request in `ctx`. */
export async function applyFault(fault, ctx) {
  const { res, service, scope } = ctx;
  const h = fault.cors === false ? {} : cors(service);
  ctx.entry.fault = fault.kind;
  switch (fault.kind) {
    case 'delay':
      await sleep(fault.delayMs ?? 1000);
      return false;
    case 'status':
      send(res, fault.status ?? 503, { ...h, 'Content-Type': service === 'devstats' && (fault.status ?? 503) !== 400 ? 'text/html' : contentType(service) }, statusBody(service, fault.status ?? 503));
      return true;
    case 'html':
      send(res, 200, { ...h, 'Content-Type': 'text/html; charset=utf-8' },
        '<!DOCTYPE html><html><head><title>Sign in to the network</title></head><body><form>Accept the terms</form></body></html>');
      return true;
    case 'garbage':
      send(res, 200, { ...h, 'Content-Type': contentType(service) },
        service === 'raw' ? 'sigs:\n  - name: [unclosed\n    dir: "x\n  : : -\n\t{{' : '{"login": "pac\u0000\u0001�� ]]');
      return true;
    case 'wrong-shape':
      send(res, 200, { ...h, 'Content-Type': contentType(service) }, wrongShape(service, ctx.path));
      return true;
    case 'huge':
    case 'huge-declared':
      await streamHuge(res, { ...h, 'Content-Type': contentType(service) }, service, fault.kind === 'huge-declared');
      return true;
    case 'hang':
      // Headers never come; the response stays open until the client gives up or the scope resets.
      scope.hanging.add(res);
      res.on('close', () => scope.hanging.delete(res));
      return true;
    case 'drop':
      ctx.req.socket.destroy();
      return true;
    case 'body':
      // A test-chosen answer (hostile values, odd shapes): sent as is, with the service's content type unless given.
      send(res, fault.status ?? 200, { ...h, 'Content-Type': fault.contentType ?? contentType(service) }, String(fault.body ?? ''));
      return true;
    case 'no-cors':
      // An answer without Access-Control-Allow-Origin (a proxy's error page): the script sees a network error.
      send(res, fault.status ?? 502, { 'Content-Type': 'text/html' }, '<html><body>502 Bad Gateway</body></html>');
      return true;
    case 'rate-limit': {
      const resource = fault.resource ?? (ctx.path.startsWith('/search/') ? 'search' : 'core');
      setBudget(scope, { resource, remaining: 0, resetIn: fault.resetIn ?? 3600 });
      if (fault.status === 429) {
        const b = scope.budget[resource];
        send(res, 429, { ...h, 'Content-Type': contentType(service), 'X-RateLimit-Limit': String(b.limit), 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': String(b.reset), 'X-RateLimit-Used': String(b.used), 'X-RateLimit-Resource': resource }, rateLimitBody());
        return true;
      }
      return false;
    }
    case 'search-timeout':
      // Answered by the normal handler, as a search that ran out of time.
      ctx.searchTimedOut = true;
      return false;
    case 'secondary-rate-limit':
      send(res, 403, { ...h, 'Content-Type': contentType(service), 'Retry-After': String(fault.resetIn ?? 60), 'X-RateLimit-Remaining': '42' },
        JSON.stringify({
          message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.',
          documentation_url: 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        }));
      return true;
    default:
      return false;
  }
}

/** Writes a 3 MB body in chunks, with or without announcing its length. */
async function streamHuge(res, headers, service, declare) {
  const open = service === 'raw' ? '# padding\n' : '{"login":"pacoxu","padding":"';
  const close = service === 'raw' ? '\n' : '"}';
  const chunk = Buffer.alloc(64 * 1024, service === 'raw' ? '#' : 'a');
  const chunks = Math.ceil(HUGE_BYTES / chunk.length);
  const total = open.length + chunks * chunk.length + close.length;
  res.writeHead(200, declare ? { ...headers, 'Content-Length': String(total) } : headers);
  res.on('error', () => {});
  res.write(open);
  for (let i = 0; i < chunks; i++) {
    if (res.destroyed) return;
    if (!res.write(chunk)) await drained(res);
  }
  res.end(close);
}

/** Resolves when the socket takes more data, or is gone. */
function drained(res) {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}
