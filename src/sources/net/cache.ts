/**
 * The live sources' cache: memory first, localStorage behind it. Entries are
 * re-validated by their source's parser on every read, so a tampered or
 * outdated entry is refused like a bad answer; storage that is missing,
 * blocked or full is tolerated (the memory copy serves the page). Only keys
 * under our prefix are ever read, written or evicted.
 */
import { getConfig, type CacheKind } from '../config.js';

/** A cached answer as stored: time, validator, value. */
export interface Entry {
  t: number;
  e?: string;
  v: unknown;
}


/** Prefix of every key this card keeps in localStorage. */
export const STORAGE_PREFIX = 'k8s-contrib-card:v1:';
/** Prefix (after STORAGE_PREFIX) of rate-limit gates, which the sweep and eviction leave alone. */
export const GATE_PREFIX = 'gate:';
/** Memory entries kept per page; a page of 50 cards uses ~25 per distinct user. */
const MEMORY_LIMIT = 2000;

const memory = new Map<string, Entry>();
let swept = false;

/** True if something stored at `storedAt` is still fresh for `kind` (or for `ttlSeconds` when given). */
export function isFresh(storedAt: number, kind: CacheKind, ttlSeconds?: number): boolean {
  const ttl = (ttlSeconds ?? getConfig().ttl[kind]) * 1000;
  const age = Date.now() - storedAt;
  return age >= 0 && age < ttl;
}

/**
 * Reads a value cached by a source itself (the roles index is built from three
 * files and cached as one compact value). `parse` validates it; an invalid or
 * too-old entry reads as absent.
 */
export function cacheGet<T>(key: string, parse: (v: unknown) => T): { value: T; storedAt: number } | undefined {
  const e = readEntry(`value ${key}`, parse);
  return e ? { value: e.v as T, storedAt: e.t } : undefined;
}

/** Stores a value computed by a source (see {@link cacheGet}). */
export function cachePut(key: string, value: unknown, storedAt = Date.now()): void {
  writeEntry(`value ${key}`, { t: storedAt, v: value });
}

/**
 * The configured storage (the CLI's files), else localStorage, or undefined
 * when it is switched off, blocked (sandboxed iframes and some privacy modes
 * throw on access) or missing (Node).
 */
export function storage(): Storage | undefined {
  const cfg = getConfig();
  if (!cfg.persist) return undefined;
  if (cfg.storage) return cfg.storage;
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export function ourKeys(s: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const k = s.key(i);
    if (k?.startsWith(STORAGE_PREFIX)) keys.push(k);
  }
  return keys;
}

function isEntry(v: unknown): v is Entry {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return typeof o.t === 'number' && (o.e === undefined || typeof o.e === 'string') && 'v' in o;
}

/** A cached entry, re-validated through `parse`; expired beyond `staleMaxAge` or invalid reads as absent. */
export function readEntry<T>(key: string, parse: (v: unknown) => T): Entry | undefined {
  let entry = memory.get(key);
  if (!entry) {
    entry = readStored(key);
    if (entry) remember(key, entry);
  }
  if (!entry) return undefined;
  if (Date.now() - entry.t > getConfig().staleMaxAge * 1000) return undefined;
  try {
    return { ...entry, v: parse(entry.v) };
  } catch {
    forget(key);
    return undefined;
  }
}

function readStored(key: string): Entry | undefined {
  const s = storage();
  if (!s) return undefined;
  try {
    if (!swept) sweep(s);
    const raw = s.getItem(STORAGE_PREFIX + key);
    if (raw === null) return undefined;
    const v = JSON.parse(raw) as unknown;
    return isEntry(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

export function writeEntry(key: string, entry: Entry): void {
  remember(key, entry);
  const s = storage();
  if (!s) return;
  const text = JSON.stringify(entry);
  try {
    s.setItem(STORAGE_PREFIX + key, text);
  } catch {
    // Full (or refusing): make room among our own entries and try once more.
    try {
      evict(s);
      s.setItem(STORAGE_PREFIX + key, text);
    } catch {
      // The memory copy serves this page; the next page fetches again.
    }
  }
}

function remember(key: string, entry: Entry): void {
  memory.delete(key);
  memory.set(key, entry);
  if (memory.size > MEMORY_LIMIT) memory.delete(memory.keys().next().value as string);
}

function forget(key: string): void {
  memory.delete(key);
  try {
    storage()?.removeItem(STORAGE_PREFIX + key);
  } catch {
    // Nothing to do: the entry will be refused again next time.
  }
}

/** Once per page: drop our entries too old even to serve stale. */
function sweep(s: Storage): void {
  swept = true;
  const limit = Date.now() - getConfig().staleMaxAge * 1000;
  for (const k of ourKeys(s)) {
    if (k.startsWith(STORAGE_PREFIX + GATE_PREFIX)) continue;
    try {
      const v = JSON.parse(s.getItem(k) ?? 'null') as unknown;
      if (!isEntry(v) || v.t < limit) s.removeItem(k);
    } catch {
      s.removeItem(k);
    }
  }
}

/** Frees space by dropping the older half of our entries (others' keys are never touched). */
function evict(s: Storage): void {
  const dated: [string, number][] = [];
  for (const k of ourKeys(s)) {
    if (k.startsWith(STORAGE_PREFIX + GATE_PREFIX)) continue;
    let t = 0;
    try {
      const v = JSON.parse(s.getItem(k) ?? 'null') as unknown;
      if (isEntry(v)) t = v.t;
    } catch {
      t = 0;
    }
    dated.push([k, t]);
  }
  dated.sort((a, b) => a[1] - b[1]);
  for (const [k] of dated.slice(0, Math.max(1, Math.ceil(dated.length / 2)))) s.removeItem(k);
}

/** Forgets the memory cache and, unless asked to keep it, our stored entries (all, or those whose key contains `matching`). */
export function resetCache(keepStorage: boolean, matching?: string): void {
  memory.clear();
  swept = false;
  if (keepStorage) return;
  const s = storage();
  if (!s) return;
  try {
    for (const k of ourKeys(s)) {
      if (!matching || k.includes(matching)) s.removeItem(k);
    }
  } catch {
    // Storage that cannot be listed cannot be cleared either; memory is clean.
  }
}
