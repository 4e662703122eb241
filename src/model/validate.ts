/**
 * The boundary between untrusted JSON and the typed model. A card-data file
 * (or a source's mapped answer) goes through `parseCardData` before it
 * reaches rendering, so the renderer can trust every field it reads.
 *
 * Policy: absent optional parts stay absent; a present part of the wrong type
 * is an error naming its path (a file with `"prsMerged": "12"` is a bug its
 * author should see, not a silently empty card). Unsafe URLs are dropped
 * rather than rejected: they are hostile data, not a format error.
 */
import {
  FAILURE_REASONS,
  ROLE_KINDS,
  SCHEMA_VERSION,
  TOTAL_KEYS,
  type Activity,
  type ActivityPoint,
  type CardData,
  type FigureScope,
  type FirstContribution,
  type Identity,
  type Role,
  type RoleKind,
  type SourceNotice,
  type SourceRef,
  type TotalKey,
} from './model.js';
import { isValidLogin } from './login.js';
import { safeHttpUrl } from './safe-url.js';
import { isCount, isObj, strip, type Obj } from './untrusted.js';

/** A validation failure: where and what. */
export class CardDataError extends Error {
  constructor(
    /** JSON path of the offending value, e.g. `totals.prsMerged`. */
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
    this.name = 'CardDataError';
  }
}

export type ParseResult = { ok: true; data: CardData } | { ok: false; error: CardDataError };

export { LOGIN_PATTERN, isValidLogin } from './login.js';

/** Longest text kept from any field; longer input is cut, not rejected. */
const MAX_TEXT = 300;
const MAX_LIST = 500;

/** Reads one untrusted value found at `path` (for the error), or throws a {@link CardDataError}. */
type Read<T> = (v: unknown, path: string) => T;

function fail(path: string, message: string): never {
  throw new CardDataError(path, message);
}

const absent = (v: unknown): v is undefined | null => v === undefined || v === null;

function obj(v: unknown, path: string): Obj {
  return isObj(v) ? v : fail(path, 'must be an object');
}

function optObj(v: unknown, path: string): Obj | undefined {
  return absent(v) ? undefined : obj(v, path);
}

/**
 * An object read member by member, in the readers' order (so the first bad
 * member is the one named), each at `path.key` (`key` at the top level);
 * members read as `undefined` are left out, and any other key is ignored.
 */
function fields<R extends Record<string, Read<unknown>>>(o: Obj, path: string, readers: R): { [K in keyof R]: ReturnType<R[K]> } {
  const out: Obj = {};
  for (const key in readers) out[key] = readers[key]!(o[key], path ? `${path}.${key}` : key);
  return strip(out) as { [K in keyof R]: ReturnType<R[K]> };
}

/** Cuts text to a sane length and strips bidi controls so a name cannot reorder the card. */
export function cleanText(s: string): string {
  // Control characters (but tab and newline) and bidi overrides: matching them is the point.
  const stripped = s.replace(/[\u0000-\u0008\u000B-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g, '').trim();
  if (stripped.length <= MAX_TEXT) return stripped;
  // Cut between characters, not inside one: a cut between a surrogate pair's halves shows as �.
  const cut = stripped.slice(0, MAX_TEXT - 1);
  return `${/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut}…`;
}

function optText(v: unknown, path: string): string | undefined {
  if (absent(v)) return undefined;
  const t = typeof v === 'string' ? cleanText(v) : fail(path, 'must be a string');
  return t.length ? t : undefined;
}

/** Marks a reader's value as required: absent (or read as absent) is an error. */
const required =
  <T>(read: Read<T | undefined>): Read<T> =>
  (v, path) =>
    read(v, path) ?? fail(path, 'is required');

const reqText = required(optText);

function optCount(v: unknown, path: string): number | undefined {
  if (absent(v)) return undefined;
  return isCount(v) ? v : fail(path, 'must be a whole number from 0 to 2^53 − 1');
}

/** `YYYY-MM`, `YYYY-MM-DD` or a full date-time with a zone: what every browser parses alike. */
const ISO_DATE = /^(\d{4})-(\d{2})(?:-(\d{2})(?:T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d))?)?$/;

/** True for `YYYY-MM`, `YYYY-MM-DD` or a date-time with a zone, on a day that exists. */
export function isIsoDate(t: string): boolean {
  const m = ISO_DATE.exec(t);
  if (!m) return false;
  // Checked against the calendar too: Date.parse would roll 2025-02-31 over into March.
  const month = Number(m[2]);
  const day = m[3] ? Number(m[3]) : 1;
  const daysInMonth = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth;
}

function optDate(v: unknown, path: string): string | undefined {
  const t = optText(v, path);
  return t === undefined || isIsoDate(t) ? t : fail(path, 'must be an ISO 8601 date (YYYY-MM, YYYY-MM-DD or a date-time with a zone)');
}

const reqDate = required(optDate);

function optUrl(v: unknown, path: string): string | undefined {
  const t = optText(v, path);
  return t === undefined ? undefined : safeHttpUrl(t);
}

/** A list read item by item at `path[i]`, cut to {@link MAX_LIST} items. */
const list =
  <T>(item: Read<T>): Read<T[] | undefined> =>
  (v, path) => {
    if (absent(v)) return undefined;
    if (!Array.isArray(v)) fail(path, 'must be an array');
    return v.slice(0, MAX_LIST).map((x, i) => item(x, `${path}[${i}]`));
  };

/** The login, which must be one GitHub could have issued. */
function login(v: unknown, path: string): string {
  const t = reqText(v, path);
  return isValidLogin(t) ? t : fail(path, 'is not a GitHub login');
}

const identity = (v: unknown, path: string): Identity =>
  fields(obj(v, path), path, { login, name: optText, avatarUrl: optUrl, profileUrl: optUrl, company: optText });

/**
 * An object read key by key (`keys` only; any other key is ignored), each value
 * through `item`; absent when it is absent or nothing in it is set.
 */
function record<K extends string, T>(v: unknown, path: string, keys: readonly K[], item: Read<T | undefined>) {
  const o = optObj(v, path) ?? {};
  const out = fields(o, path, Object.fromEntries(keys.map((k) => [k, item])) as Record<K, Read<T | undefined>>);
  return Object.keys(out).length ? (out as Partial<Record<K, T>>) : undefined;
}

/** A count ≥ 1: the listing threshold a source keeps no value under. */
function threshold(v: unknown, path: string): number | undefined {
  const n = optCount(v, path);
  return n === 0 ? fail(path, 'must be a whole number ≥ 1') : n;
}

/** A login-like organisation name; anything else would not name a GitHub org. */
const ORG_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;

function orgName(v: unknown, path: string): string {
  const t = reqText(v, path);
  return ORG_NAME.test(t) ? t : fail(path, 'is not a GitHub organisation name');
}

function scope(v: unknown, path: string): FigureScope | undefined {
  const o = optObj(v, path);
  if (!o) return undefined;
  const s = fields(o, path, { source: reqText, project: optText, orgs: list(orgName) });
  return strip({ ...s, orgs: s.orgs?.length ? s.orgs.slice(0, 20) : undefined });
}

function firstContribution(v: unknown, path: string): FirstContribution | undefined {
  const o = optObj(v, path);
  return o && fields(o, path, { title: optText, repository: optText, date: reqDate, url: optUrl });
}

/** Most directories one role lists (a tooltip, not an inventory). */
const MAX_PATHS = 20;

/** The shape of a role kind: known ones, and any a newer version may add. */
const KIND_NAME = /^[a-z][a-z0-9-]{0,39}$/;

function roleKind(v: unknown, path: string): string {
  const kind = reqText(v, path);
  return (ROLE_KINDS as readonly string[]).includes(kind) || KIND_NAME.test(kind)
    ? kind
    : fail(path, 'must be a role kind (lower-case letters, digits and hyphens)');
}

const directory = (v: unknown, path: string): string => (typeof v === 'string' ? cleanText(v) : fail(path, 'must be a string'));

function role(v: unknown, path: string): Role {
  const r = fields(obj(v, path), path, { kind: roleKind, group: reqText, label: optText, term: optText, url: optUrl, paths: list(directory) });
  // A kind this version does not know comes from a newer file: shown as
  // `other` under its label (or its kind's name), not refused, so a card
  // pinned to this version still renders newer data.
  const known = (ROLE_KINDS as readonly string[]).includes(r.kind);
  return strip({
    kind: known ? (r.kind as RoleKind) : 'other',
    group: r.group,
    label: known ? r.label : (r.label ?? r.kind),
    term: r.term,
    url: r.url,
    paths: r.paths?.length ? [...new Set(r.paths)].slice(0, MAX_PATHS) : undefined,
  });
}

/** Only `true` is kept: an absent flag reads as false. */
function ongoing(v: unknown, path: string): true | undefined {
  if (absent(v) || v === false) return undefined;
  return v === true ? v : fail(path, 'must be true or false');
}

function point(v: unknown, path: string): ActivityPoint {
  const p = fields(obj(v, path), path, { period: reqText, start: reqDate, count: optCount, below: optCount, ongoing });
  // An absent count is a gap (the source failed for that period); `below`
  // bounds a count the source does not list (see the model).
  const { count, below } = p;
  if (below !== undefined && (below === 0 || (count !== undefined && count >= below))) fail(`${path}.below`, 'must be greater than count');
  // Members in the model's order, as JSON writes them.
  return strip({ period: p.period, start: p.start, count: count ?? (below !== undefined ? 0 : undefined), below, ongoing: p.ongoing });
}

function activity(v: unknown, path: string): Activity | undefined {
  const o = optObj(v, path);
  if (!o) return undefined;
  if (o.unit !== 'month' && o.unit !== 'release') fail(`${path}.unit`, 'must be "month" or "release"');
  const points = list(point)(o.points, `${path}.points`) ?? [];
  points.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  return { unit: o.unit, points };
}

function reason(v: unknown, path: string): SourceNotice['reason'] {
  const r = reqText(v, path);
  return (FAILURE_REASONS as readonly string[]).includes(r) ? (r as SourceNotice['reason']) : fail(path, 'is not a known reason');
}

const notice = (v: unknown, path: string): SourceNotice =>
  fields(obj(v, path), path, { source: reqText, reason, retryAt: optDate, staleSince: optDate });

const source = (v: unknown, path: string): SourceRef => fields(obj(v, path), path, { id: reqText, name: reqText, url: optUrl });

function year(v: unknown, path: string): number {
  const n = optCount(v, path);
  return n !== undefined && n >= 2000 && n <= 2100 ? n : fail(path, 'must be a year');
}

/**
 * Validates untrusted input (a parsed card-data file) into the model.
 * Never throws: failures come back as `{ ok: false, error }`.
 */
export function parseCardData(input: unknown): ParseResult {
  try {
    const o = obj(input, '$');
    if (o.schemaVersion !== SCHEMA_VERSION) fail('schemaVersion', `must be ${SCHEMA_VERSION} (this card reads version ${SCHEMA_VERSION})`);
    const f = fields(o, '', {
      identity,
      totals: (v, p) => record(v, p, TOTAL_KEYS, optCount) ?? {},
      totalsBelow: (v, p) => record(v, p, TOTAL_KEYS, threshold),
      scope,
      scopes: (v, p) => record(v, p, [...TOTAL_KEYS, 'firstContribution'] as const, scope),
      firstContribution,
      yearsActive: list(year),
      roles: (v, p) => list(role)(v, p) ?? [],
      activity,
      sources: (v, p) => list(source)(v, p) ?? [],
      asOf: optDate,
      notices: list(notice),
    });
    const data: CardData = strip({ schemaVersion: SCHEMA_VERSION, ...f, yearsActive: f.yearsActive && [...new Set(f.yearsActive)].sort((a, b) => a - b) });
    // A listed value is the truth; "below the threshold" only stands where none is listed.
    if (data.totalsBelow) {
      for (const key of Object.keys(data.totals) as TotalKey[]) delete data.totalsBelow[key];
      if (!Object.keys(data.totalsBelow).length) delete data.totalsBelow;
    }
    return { ok: true, data };
  } catch (e) {
    if (e instanceof CardDataError) return { ok: false, error: e };
    return { ok: false, error: new CardDataError('$', String(e)) };
  }
}
