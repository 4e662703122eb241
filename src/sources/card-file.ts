/**
 * The `src` source: a prebuilt card-data JSON file. It is someone else's file
 * on someone else's server, so everything about the answer is checked: the
 * status, the size, that it is JSON, and (in `validate.ts`) its shape. It
 * goes through the same network call as every source (`net/fetch.ts`), and
 * cards of one page that read the same file share one request (`net/share.ts`).
 */
import { LoadError } from '../model/load-error.js';
import type { CardData } from '../model/model.js';
import { loadView } from '../render/load-view.js';
import { isHtml, readBody, within } from './net/fetch.js';
import type { CardFileText } from '../model/card-file-model.js';
import { shared } from './net/share.js';

/** Largest card file read; a card's data is a few KB. */
const MAX_BYTES = 1_000_000;
const TIMEOUT_MS = 10_000;
/**
 * How long a page reuses a file it has read: a team page of 100 cards made
 * from 10 files asks for each file once, even when its cards load as the
 * reader scrolls. Short, so a page left open picks up a rebuilt file.
 */
const REUSE_MS = 10 * 60_000;
/** A file this page has read, and when: its cards share its text and its validation (`cardOfFile`). */
interface ReadFile extends CardFileText {
  at: number;
}

/** Files read by this page, by URL. */
const read = new Map<string, ReadFile>();

/**
 * Fetches and validates a card-data file. Rejects with a `LoadError`:
 * `not-found` for 404/410, `http` for other failures, `bad-data` for
 * anything that is not a valid card, `timeout`, `network`; with the
 * signal's reason when it aborts; or with the browser's `TypeError` when the
 * card view (the validator) could not be downloaded, which the card reports
 * as `network` like its own wait for the view (`toLoadError`).
 */
export async function loadCardFile(src: string, signal?: AbortSignal): Promise<CardData> {
  let url: URL;
  try {
    url = new URL(src, document.baseURI);
  } catch {
    throw new LoadError('bad-data', 'file', `not a URL: ${src}`);
  }
  // blob: URLs are made by the page itself (card data it built or fetched).
  if (!/^(https?|blob):$/.test(url.protocol)) throw new LoadError('bad-data', 'file', 'not an http(s) or blob: URL');
  // Each card gets its own copy of the model (`cardOfFile`): a page may change one card's model
  // without touching another's.
  const file = await readOnce(url, signal);
  // The validator comes with the card view, whose download the card started with its load.
  return (await loadView()).cardOfFile(file);
}

/** The file: reused within {@link REUSE_MS}, else fetched once for every card asking at the same time. */
async function readOnce(url: URL, signal: AbortSignal | undefined): Promise<ReadFile> {
  const known = read.get(url.href);
  if (known && Date.now() - known.at < REUSE_MS) return known;
  // One record for all the cards waiting on the request: they share its validation too.
  const file = await shared(`file ${url.href}`, async (s) => ({ text: await within('file', TIMEOUT_MS, s, (fs) => fetchFile(url, fs)), at: Date.now() }), signal);
  // Bounded: a page shows tens of files, not thousands.
  if (read.size > 200) read.clear();
  read.set(url.href, file);
  return file;
}

/** Forgets the files this page has read (tests; a page that knows its files changed). */
export function resetCardFiles(): void {
  read.clear();
}

async function fetchFile(url: URL, signal: AbortSignal): Promise<string> {
  // The mode and credentials of `<link rel="preload" as="fetch" crossorigin>`, so a page
  // that preloads its card files (docs/performance.md) has the card reuse that
  // response. Credentials go to the page's own origin only, never to another host.
  const res = await fetch(url, { signal, mode: 'cors', credentials: 'same-origin' });
  if (res.status === 404 || res.status === 410) throw new LoadError('not-found', 'file', `HTTP ${res.status}`);
  if (!res.ok) throw new LoadError('http', 'file', `HTTP ${res.status}`);
  const text = await readBody(res, MAX_BYTES, 'file');
  if (isHtml(res, text, true)) throw new LoadError('bad-data', 'file', 'HTML instead of JSON');
  return text;
}
