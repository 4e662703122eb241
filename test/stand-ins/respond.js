// Small helpers shared by the stand-in services.
import { createHash } from 'node:crypto';

/** Writes a complete answer. `body` may be a string, a Buffer, or undefined (no body). */
export function send(res, status, headers, body) {
  const buf = body === undefined ? undefined : Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8');
  const h = { ...headers };
  if (buf !== undefined) h['Content-Length'] = String(buf.length);
  res.writeHead(status, h);
  res.end(buf);
}

/** A strong or weak entity tag for a body. */
export function etagOf(text, weak = true) {
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 40);
  return weak ? `W/"${hash}"` : `"${hash}"`;
}

/**
 * True if an `If-None-Match` header matches `etag` (weak comparison, lists and `*`). RFC 9110
 * §13.1.2: a recipient "MUST use the weak comparison function when comparing entity tags for
 * If-None-Match", and `*` matches any current representation; §8.8.3.2: weak comparison ignores
 * the W/ prefix on either side. (A comma inside an opaque-tag, legal per §8.8.3, is not handled.)
 */
export function matchesEtag(header, etag) {
  if (!header) return false;
  const bare = (t) => t.trim().replace(/^W\//, '');
  return header.split(',').some((t) => t.trim() === '*' || bare(t) === bare(etag));
}

/** Reads a request body up to `limit` bytes (more is cut: the stand-ins never need it). */
export function readRequestBody(req, limit = 1024 * 1024) {
  return new Promise((resolve) => {
    const chunks = [];
    let size = 0;
    req.on('data', (c) => {
      size += c.length;
      if (size <= limit) chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(''));
  });
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
