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

function obj(v: unknown, path: string): Obj {
  if (!isObj(v)) throw new CardDataError(path, 'must be an object');
  return v;
}

function optObj(v: unknown, path: string): Obj | undefined {
  return v === undefined || v === null ? undefined : obj(v, path);
}

/** Cuts text to a sane length and strips bidi controls so a name cannot reorder the card. */
export function cleanText(s: string): string {
  // Control characters (but tab and newline) and bidi overrides: matching them is the point.
  const stripped = s.replace(/[\u0000-\u0008\u000B-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g, '').trim();
  return stripped.length > MAX_TEXT ? `${stripped.slice(0, MAX_TEXT - 1)}…` : stripped;
}

function optText(v: unknown, path: string): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new CardDataError(path, 'must be a string');
  const t = cleanText(v);
  return t.length ? t : undefined;
}

function reqText(v: unknown, path: string): string {
  const t = optText(v, path);
  if (t === undefined) throw new CardDataError(path, 'is required');
  return t;
}

function optCount(v: unknown, path: string): number | undefined {
  if (v === undefined || v === null) return undefined;
  if (!isCount(v)) {
    throw new CardDataError(path, 'must be a whole number ≥ 0');
  }
  return v;
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
  if (t === undefined) return undefined;
  if (!isIsoDate(t)) {
    throw new CardDataError(path, 'must be an ISO 8601 date (YYYY-MM, YYYY-MM-DD or a date-time with a zone)');
  }
  return t;
}

function optUrl(v: unknown, path: string): string | undefined {
  const t = optText(v, path);
  return t === undefined ? undefined : safeHttpUrl(t);
}

function list<T>(v: unknown, path: string, item: (x: unknown, p: string) => T): T[] | undefined {
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v)) throw new CardDataError(path, 'must be an array');
  return v.slice(0, MAX_LIST).map((x, i) => item(x, `${path}[${i}]`));
}

function identity(v: unknown): Identity {
  const o = obj(v, 'identity');
  const login = reqText(o.login, 'identity.login');
  if (!isValidLogin(login)) throw new CardDataError('identity.login', 'is not a GitHub login');
  return strip({
    login,
    name: optText(o.name, 'identity.name'),
    avatarUrl: optUrl(o.avatarUrl, 'identity.avatarUrl'),
    profileUrl: optUrl(o.profileUrl, 'identity.profileUrl'),
    company: optText(o.company, 'identity.company'),
  });
}

/**
 * An object read key by key (`keys` only; any other key is ignored), each value
 * through `item`; absent when it is absent or nothing in it is set.
 */
function record<K extends string, T>(v: unknown, path: string, keys: readonly K[], item: (x: unknown, p: string) => T | undefined) {
  const o = optObj(v, path);
  const out: Partial<Record<K, T>> = {};
  for (const key of keys) {
    const r = item(o?.[key], `${path}.${key}`);
    if (r !== undefined) out[key] = r;
  }
  return Object.keys(out).length ? out : undefined;
}

/** A count ≥ 1: the listing threshold a source keeps no value under. */
function threshold(v: unknown, path: string): number | undefined {
  const n = optCount(v, path);
  if (n === 0) throw new CardDataError(path, 'must be a whole number ≥ 1');
  return n;
}

/** A login-like organisation name; anything else would not name a GitHub org. */
const ORG_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;

function scope(v: unknown, path: string): FigureScope | undefined {
  const o = optObj(v, path);
  if (!o) return undefined;
  const orgs = list(o.orgs, `${path}.orgs`, (x, p) => {
    const t = reqText(x, p);
    if (!ORG_NAME.test(t)) throw new CardDataError(p, 'is not a GitHub organisation name');
    return t;
  });
  return strip({
    source: reqText(o.source, `${path}.source`),
    project: optText(o.project, `${path}.project`),
    orgs: orgs?.length ? orgs.slice(0, 20) : undefined,
  });
}

function firstContribution(v: unknown): FirstContribution | undefined {
  const o = optObj(v, 'firstContribution');
  if (!o) return undefined;
  const date = optDate(o.date, 'firstContribution.date');
  if (!date) throw new CardDataError('firstContribution.date', 'is required');
  return strip({
    title: optText(o.title, 'firstContribution.title'),
    repository: optText(o.repository, 'firstContribution.repository'),
    date,
    url: optUrl(o.url, 'firstContribution.url'),
  });
}

/** Most directories one role lists (a tooltip, not an inventory). */
const MAX_PATHS = 20;

/** The shape of a role kind: known ones, and any a newer version may add. */
const KIND_NAME = /^[a-z][a-z0-9-]{0,39}$/;

function role(v: unknown, path: string): Role {
  const o = obj(v, path);
  const kind = reqText(o.kind, `${path}.kind`);
  const label = optText(o.label, `${path}.label`);
  // A kind this version does not know comes from a newer file: shown as
  // `other` under its label (or its kind's name), not refused, so a card
  // pinned to this version still renders newer data.
  const known = (ROLE_KINDS as readonly string[]).includes(kind);
  if (!known && !KIND_NAME.test(kind)) throw new CardDataError(`${path}.kind`, 'must be a role kind (lower-case letters, digits and hyphens)');
  const paths = list(o.paths, `${path}.paths`, (x, p) => {
    if (typeof x !== 'string') throw new CardDataError(p, 'must be a string');
    return cleanText(x);
  });
  return strip({
    kind: known ? (kind as RoleKind) : 'other',
    group: reqText(o.group, `${path}.group`),
    label: known ? label : (label ?? kind),
    term: optText(o.term, `${path}.term`),
    url: optUrl(o.url, `${path}.url`),
    paths: paths?.length ? [...new Set(paths)].slice(0, MAX_PATHS) : undefined,
  });
}

function activity(v: unknown): Activity | undefined {
  const o = optObj(v, 'activity');
  if (!o) return undefined;
  if (o.unit !== 'month' && o.unit !== 'release') {
    throw new CardDataError('activity.unit', 'must be "month" or "release"');
  }
  const points =
    list(o.points, 'activity.points', (x, p): ActivityPoint => {
      const q = obj(x, p);
      const start = optDate(q.start, `${p}.start`);
      if (!start) throw new CardDataError(`${p}.start`, 'is required');
      // An absent count is a gap (the source failed for that period); `below`
      // bounds a count the source does not list (see the model).
      const count = optCount(q.count, `${p}.count`);
      const below = optCount(q.below, `${p}.below`);
      if (below !== undefined && (below === 0 || (count !== undefined && count >= below))) {
        throw new CardDataError(`${p}.below`, 'must be greater than count');
      }
      if (q.ongoing !== undefined && q.ongoing !== null && typeof q.ongoing !== 'boolean') {
        throw new CardDataError(`${p}.ongoing`, 'must be true or false');
      }
      return strip({
        period: reqText(q.period, `${p}.period`),
        start,
        count: count ?? (below !== undefined ? 0 : undefined),
        below,
        ongoing: q.ongoing === true ? true : undefined,
      });
    }) ?? [];
  points.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  return { unit: o.unit, points };
}


function notice(v: unknown, path: string): SourceNotice {
  const o = obj(v, path);
  const reason = reqText(o.reason, `${path}.reason`);
  if (!(FAILURE_REASONS as readonly string[]).includes(reason)) throw new CardDataError(`${path}.reason`, 'is not a known reason');
  return strip({
    source: reqText(o.source, `${path}.source`),
    reason: reason as SourceNotice['reason'],
    retryAt: optDate(o.retryAt, `${path}.retryAt`),
    staleSince: optDate(o.staleSince, `${path}.staleSince`),
  });
}

function source(v: unknown, path: string): SourceRef {
  const o = obj(v, path);
  return strip({
    id: reqText(o.id, `${path}.id`),
    name: reqText(o.name, `${path}.name`),
    url: optUrl(o.url, `${path}.url`),
  });
}

/**
 * Validates untrusted input (a parsed card-data file) into the model.
 * Never throws: failures come back as `{ ok: false, error }`.
 */
export function parseCardData(input: unknown): ParseResult {
  try {
    const o = obj(input, '$');
    if (o.schemaVersion !== SCHEMA_VERSION) {
      throw new CardDataError('schemaVersion', `must be ${SCHEMA_VERSION} (this card reads version ${SCHEMA_VERSION})`);
    }
    const years = list(o.yearsActive, 'yearsActive', (x, p) => {
      const n = optCount(x, p);
      if (n === undefined || n < 2000 || n > 2100) throw new CardDataError(p, 'must be a year');
      return n;
    });
    const data: CardData = strip({
      schemaVersion: SCHEMA_VERSION,
      identity: identity(o.identity),
      totals: record(o.totals, 'totals', TOTAL_KEYS, optCount) ?? {},
      totalsBelow: record(o.totalsBelow, 'totalsBelow', TOTAL_KEYS, threshold),
      scope: scope(o.scope, 'scope'),
      scopes: record(o.scopes, 'scopes', [...TOTAL_KEYS, 'firstContribution'] as const, scope),
      firstContribution: firstContribution(o.firstContribution),
      yearsActive: years ? [...new Set(years)].sort((a, b) => a - b) : undefined,
      roles: list(o.roles, 'roles', role) ?? [],
      activity: activity(o.activity),
      sources: list(o.sources, 'sources', source) ?? [],
      asOf: optDate(o.asOf, 'asOf'),
      notices: list(o.notices, 'notices', notice),
    });
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
