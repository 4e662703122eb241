/**
 * `index.json`: what a build wrote, for a team page or a later job. Each shard
 * of a CI matrix writes `index.<i>.json`; `k8s-contrib-card index <dir>`
 * rebuilds `index.json` from the card files in a folder, so merged shard
 * folders get one index without re-running anything.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FailureReason, SourceNotice } from '../model/model.js';
import { parseCardData } from '../model/validate.js';

/** Format version of index.json. */
export const INDEX_VERSION = 1;

/** One card a build wrote. */
export interface IndexedCard {
  /** The login as GitHub spells it. */
  login: string;
  /** File names, relative to the folder. */
  files: { json: string; svg?: string; png?: string };
  asOf?: string;
  /** Sources that failed for this card (a partial card). */
  notices?: SourceNotice[];
}

/** A login a build could not make a card for. */
export interface FailedLogin {
  login: string;
  /** Why: a source's failure (as a card's notices say it), or `write`: its files could not be written. */
  reason: FailureReason | 'write';
  message: string;
}

export interface BuildIndex {
  v: typeof INDEX_VERSION;
  generatedAt: string;
  /** Set when this index covers one shard (`index.<i>.json`). */
  shard?: { index: number; count: number };
  cards: IndexedCard[];
  failed: FailedLogin[];
  /** Logins not built because a rate limit stopped the build. */
  remaining: string[];
}

export { cardBaseName } from '../share/snippets.js';

/** Sorted by login, so an index does not depend on the order cards finished in. */
export function sortIndex(index: BuildIndex): BuildIndex {
  const byLogin = (a: string, b: string) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1);
  const by = (a: { login: string }, b: { login: string }) => byLogin(a.login, b.login);
  return { ...index, cards: [...index.cards].sort(by), failed: [...index.failed].sort(by), remaining: [...index.remaining].sort(byLogin) };
}

/**
 * The index of a folder, read from its card files (`<login>.json` that parse as
 * card data) and the SVG/PNG beside them. Failures and remaining logins are
 * taken from the shard indexes (`index.<i>.json`) in the folder, if any, else
 * from its own `index.json`; a login with a card is neither, unless the failure
 * was written after the card was made (an earlier build's card left on disk).
 */
export function indexFolder(dir: string, now = new Date()): BuildIndex {
  const cards: IndexedCard[] = [];
  // Each failure with when its build wrote it down.
  const failed: (FailedLogin & { at: number })[] = [];
  const remaining: string[] = [];
  const read = (file: string) => {
    try {
      const index = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Partial<BuildIndex>;
      const at = Date.parse(String(index.generatedAt));
      if (Array.isArray(index.failed)) failed.push(...index.failed.map((f) => ({ ...f, at: Number.isNaN(at) ? 0 : at })));
      if (Array.isArray(index.remaining)) remaining.push(...index.remaining);
    } catch {
      // A broken index names no failures; the cards are still read below.
    }
  };
  const names = readdirSync(dir).sort();
  const shards = names.filter((n) => /^index\.\d+\.json$/.test(n));
  // The shards' indexes, or, in the folder of one build, its own: what failed or was not built
  // is written nowhere else (an earlier `index` run dropped it).
  for (const n of shards.length ? shards : names.filter((n) => n === 'index.json')) read(n);
  for (const name of names) {
    if (/^index(\.\d+)?\.json$/.test(name)) continue;
    if (!name.endsWith('.json')) continue;
    let parsed;
    try {
      parsed = parseCardData(JSON.parse(readFileSync(join(dir, name), 'utf8')));
    } catch {
      continue;
    }
    if (!parsed.ok) continue;
    const base = name.slice(0, -'.json'.length);
    const files: IndexedCard['files'] = { json: name };
    if (existsSync(join(dir, `${base}.svg`))) files.svg = `${base}.svg`;
    if (existsSync(join(dir, `${base}.png`))) files.png = `${base}.png`;
    const card: IndexedCard = { login: parsed.data.identity.login, files };
    if (parsed.data.asOf) card.asOf = parsed.data.asOf;
    if (parsed.data.notices?.length) card.notices = parsed.data.notices;
    cards.push(card);
  }
  const built = new Set(cards.map((c) => c.login.toLowerCase()));
  // When each login's card was made: a failure after it is the latest word on that login.
  const madeAt = new Map(cards.map((c) => [c.login.toLowerCase(), c.asOf ? Date.parse(c.asOf) : NaN]));
  return sortIndex({
    v: INDEX_VERSION,
    generatedAt: now.toISOString(),
    cards,
    // A login another shard built after all is not a failure of the whole; but a card an earlier
    // build left on disk does not undo a later build's failure (that card is stale, and says so).
    failed: failed
      .filter((f) => !built.has(f.login.toLowerCase()) || (madeAt.get(f.login.toLowerCase()) ?? NaN) < f.at)
      .map(({ at: _, ...f }) => f),
    remaining: remaining.filter((l) => !built.has(l.toLowerCase())),
  });
}
