/**
 * Small readers for untrusted data: service answers, card files, community
 * files. Every value a service or a file hands over is checked for its type
 * before use; the readers that throw name the field, so a bad answer says
 * what was wrong with it. The card-data validator (`validate.ts`) builds its
 * path-precise errors on the same predicates.
 */
import { LoadError, type FailedSource } from './load-error.js';

/** Parses JSON text (a service's answer, a card file), or throws `bad-data` from `source`. */
export function parseJson(text: string, source: FailedSource): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new LoadError('bad-data', source, `not JSON: ${String(e)}`);
  }
}

/** A plain JSON object. */
export type Obj = Record<string, unknown>;

/** True for a plain object (not null, not an array). */
export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * True for a whole number ≥ 0 that a double holds exactly (at most 2^53 − 1). No
 * count is larger; a larger one (1e306) overflowed the chart's arithmetic into
 * `NaN` and the sums into `Infinity`.
 */
export function isCount(v: unknown): v is number {
  return Number.isSafeInteger(v) && (v as number) >= 0;
}

/** Drops `undefined` members in place, so JSON and deep equality see the same thing. */
export function strip<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

/** `v` as an object, or an error naming `what`. */
export function objectOf(v: unknown, what: string): Obj {
  if (!isObj(v)) throw new Error(`${what} is not an object`);
  return v;
}

/** `v` as a count, or an error naming `what`. */
export function countOf(v: unknown, what: string): number {
  if (!isCount(v)) throw new Error(`${what} is not a count`);
  return v;
}

/** A count that may be null or absent; anything else is an error naming `what`. */
export function optCountOf(v: unknown, what: string): number | undefined {
  return v === undefined || v === null ? undefined : countOf(v, what);
}

/** A string that may be null or absent; anything else is an error naming `what`. */
export function optStringOf(v: unknown, what: string): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new Error(`${what} is not a string`);
  return v;
}
