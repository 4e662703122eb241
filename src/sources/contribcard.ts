/**
 * CNCF ContribCard files (`<base>/<login>.json`), an optional source.
 *
 * cncf/contribcard builds one JSON file per contributor each day, with tokens
 * the browser does not have: commit counts, the repositories list, the years
 * active and the very first contribution. Whether its public site allows
 * cross-origin reads is unverified, so the source is off unless a page points
 * `contribcardBase` at a copy it can read (same origin or self-hosted).
 */
import { contribCardToCard, parseContribCard, type ContribCardData, type ContribCardFile } from './contribcard-answers.js';
import { contribCardUrl } from './contribcard-url.js';
import { request, type Fetched } from './net/http.js';

/** Per-request settings, resolved by the caller from config and card attributes. */
export interface ContribCardOptions {
  /** Folder holding the files, no trailing slash. */
  base: string;
  /** Seconds a cached answer stays fresh (overrides the kind's TTL). */
  ttl?: number;
  signal?: AbortSignal;
}

/** `login`'s ContribCard file. Rejects `not-found` when there is none. */
export function fetchContribCard(login: string, o: ContribCardOptions): Promise<Fetched<ContribCardFile>> {
  return request({
    source: 'contribcard',
    service: 'contribcard',
    url: contribCardUrl(o.base, login),
    accept: 'json',
    parse: (body) => {
      const f = parseContribCard(body);
      if (f.login.toLowerCase() !== login.toLowerCase()) throw new Error(`asked for ${login}, got ${f.login}`);
      return f;
    },
    cache: 'contribcard',
    ttl: o.ttl,
    signal: o.signal,
  });
}

/** `login`'s ContribCard figures, as the card's model holds them (the file itself stays cached). */
export async function fetchContribCardData(login: string, o: ContribCardOptions): Promise<Fetched<ContribCardData>> {
  const f = await fetchContribCard(login, o);
  return { ...f, value: contribCardToCard(f.value) };
}
