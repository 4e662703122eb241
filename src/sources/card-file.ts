/**
 * The `src` source: a prebuilt card-data JSON file. It is someone else's file
 * on someone else's server, so everything about the answer is checked: the
 * status, the size, that it is JSON, and (in `validate.ts`) its shape.
 */
import { LoadError, toLoadError } from '../load-error.js';
import type { CardData } from '../model.js';

/** Largest card file read; a card's data is a few KB. */
const MAX_BYTES = 1_000_000;
const TIMEOUT_MS = 10_000;

/**
 * Fetches and validates a card-data file. Rejects with a `LoadError`:
 * `not-found` for 404/410, `http` for other failures, `bad-data` for
 * anything that is not a valid card, `timeout`, `network` or `aborted`.
 */
export async function loadCardFile(src: string, signal?: AbortSignal): Promise<CardData> {
  // The validator is a chunk of its own, fetched while the file downloads.
  const validator = import('../validate.js');
  // A failed request must not leave this import's rejection unhandled.
  validator.catch(() => undefined);
  let url: URL;
  try {
    url = new URL(src, document.baseURI);
  } catch {
    throw new LoadError('bad-data', 'file', `not a URL: ${src}`);
  }
  // blob: URLs are made by the page itself (card data it built or fetched).
  if (url.protocol !== 'https:' && url.protocol !== 'http:' && url.protocol !== 'blob:') {
    throw new LoadError('bad-data', 'file', 'only http(s) and blob: URLs are read');
  }
  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let text: string;
  try {
    const res = await fetch(url, { signal: combined, credentials: 'omit' });
    if (res.status === 404 || res.status === 410) throw new LoadError('not-found', 'file', `HTTP ${res.status}`);
    if (!res.ok) throw new LoadError('http', 'file', `HTTP ${res.status}`);
    const length = Number(res.headers.get('content-length'));
    if (length > MAX_BYTES) throw new LoadError('bad-data', 'file', `too large: ${length} bytes`);
    text = await res.text();
  } catch (e) {
    // An abort caused by our own timeout reads as a timeout, not a cancellation.
    if (timeout.aborted && !signal?.aborted) throw new LoadError('timeout', 'file');
    throw toLoadError(e, 'file');
  }
  if (text.length > MAX_BYTES) throw new LoadError('bad-data', 'file', 'too large');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new LoadError('bad-data', 'file', 'not JSON');
  }
  let parsed;
  try {
    parsed = (await validator).parseCardData(json);
  } catch (e) {
    throw new LoadError('network', 'file', `could not load the validator: ${String(e)}`);
  }
  if (!parsed.ok) throw new LoadError('bad-data', 'file', parsed.error.message);
  return parsed.data;
}
