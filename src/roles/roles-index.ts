/**
 * The roles index: who holds which Kubernetes community role, boiled down from
 * the community files into a small login → roles map of plain JSON, cacheable in
 * localStorage and postable from a worker. This module is the format and its
 * reader; `build.ts` makes an index from the files.
 *
 * An index read back from a cache, or received from a worker, is untrusted like
 * any answer: {@link isRolesIndex} checks it before {@link rolesFor} reads it.
 */
import { ROLE_KINDS, type Role, type RoleKind } from '../model/model.js';
import { safeHttpUrl } from '../model/safe-url.js';
import { isObj } from '../model/untrusted.js';
import { compareRoles, kindRank } from '../model/roles-order.js';

/**
 * Compact, JSON-serialisable (so it can be cached in localStorage / sent from a worker).
 *
 * `roles` maps a lower-case login to that person's roles, already deduplicated and
 * sorted by seniority. Only logins holding at least one role are present. Read it
 * through {@link rolesFor}, which handles case, missing keys and `links`; a value
 * read back from a cache must pass {@link isRolesIndex} before use.
 */
export interface RolesIndex {
  /**
   * Format version; bumped whenever what an index holds changes, so copies
   * cached by an older card are refused (2: links at `HEAD`, the Governing
   * Board seat; 3: the contributor ladder, `paths`, `sources`).
   */
  v: typeof ROLES_INDEX_VERSION;
  /**
   * Roles per lower-case login. A role stored without `url` whose group has an
   * entry in `links` links there; {@link rolesFor} puts the `url` back.
   */
  roles: Record<string /* lower-case login */, Role[]>;
  /**
   * Group name → the page that records the group. Each of ~400 roles would
   * otherwise repeat a ~70-character URL, which alone would be half the index.
   */
  links: Record<string /* group */, string>;
  /**
   * Org members, per org: lower-case logins, sorted, and where membership is
   * recorded. Each is a `member` role of that org; kept as a list because it is
   * most of the index (about 1,500 people in two orgs). {@link rolesFor} adds
   * these roles back.
   */
  members?: Record<string /* org */, { url?: string; logins: string[] }>;
  /** The files the index was built from, each with the commit it was read at (`HEAD` when not known). */
  sources?: RolesSource[];
  /** When the index was built (ISO 8601), for an index made ahead of time (`roles-index.json`). */
  generatedAt?: string;
}

/** One file an index was built from. */
export interface RolesSource {
  /** `<org>/<repo>`. */
  repo: string;
  path: string;
  /** Commit SHA, or `HEAD` when the file was read at the default branch without knowing the commit. */
  commit: string;
}

/** Version of {@link RolesIndex} this code writes and reads. */
export const ROLES_INDEX_VERSION = 3;

/**
 * Logins as the files spell them. Looser than GitHub's current rules on purpose
 * (accounts from before those rules can hold `--` or a trailing `-`), yet tight enough
 * that markup, paths and whitespace can never become a key.
 */
export const FILE_LOGIN = /^[A-Za-z0-9-]{1,39}$/;

/** Builds a role with no `undefined` members, so JSON and deep equality see the same thing. */
export function makeRole(kind: RoleKind, group: string, extra: { label?: string; term?: string; url?: string; paths?: readonly string[] } = {}): Role {
  const role: Role = { kind, group };
  if (extra.label !== undefined) role.label = extra.label;
  if (extra.term !== undefined) role.term = extra.term;
  if (extra.url !== undefined) role.url = extra.url;
  if (extra.paths?.length) role.paths = [...extra.paths];
  return role;
}

/**
 * The roles of `login` (any case), most senior first, as fresh objects the caller
 * may change. `[]` for a login with no roles, and for keys that only exist on
 * `Object.prototype` ("constructor", "toString").
 */
export function rolesFor(index: RolesIndex, login: string): Role[] {
  if (typeof login !== 'string') return [];
  const key = login.trim().toLowerCase();
  const listed = Object.hasOwn(index.roles, key) && Array.isArray(index.roles[key]) ? index.roles[key] : [];
  const links = isObj(index.links) ? index.links : {};
  const roles = listed.map((r) => {
    const url = r.url ?? (Object.hasOwn(links, r.group) ? links[r.group] : undefined);
    return makeRole(r.kind, r.group, { ...r, url });
  });
  for (const [org, m] of Object.entries(index.members ?? {})) {
    if (memberSet(m).has(key)) roles.push(makeRole('member', org, { url: m.url }));
  }
  return roles.sort(compareRoles);
}

/** Each org's logins as a set, made once per list (a page reads one index for many cards). */
const memberSets = new WeakMap<object, Set<string>>();
function memberSet(m: { logins: string[] }): Set<string> {
  let set = memberSets.get(m);
  if (!set) memberSets.set(m, (set = new Set(m.logins)));
  return set;
}

function isOptString(v: unknown): boolean {
  return v === undefined || typeof v === 'string';
}

function isRole(v: unknown): v is Role {
  return (
    isObj(v) &&
    typeof v.kind === 'string' &&
    kindRank(v.kind) < ROLE_KINDS.length &&
    typeof v.group === 'string' &&
    v.group.length > 0 &&
    isOptString(v.label) &&
    isOptString(v.term) &&
    (v.url === undefined || safeHttpUrl(v.url) !== undefined) &&
    (v.paths === undefined || (Array.isArray(v.paths) && v.paths.every((p) => typeof p === 'string')))
  );
}

function isMemberList(v: unknown): boolean {
  return (
    isObj(v) &&
    (v.url === undefined || safeHttpUrl(v.url) !== undefined) &&
    Array.isArray(v.logins) &&
    v.logins.every((l) => typeof l === 'string' && FILE_LOGIN.test(l) && l === l.toLowerCase())
  );
}

function isSource(v: unknown): v is RolesSource {
  return isObj(v) && typeof v.repo === 'string' && typeof v.path === 'string' && typeof v.commit === 'string';
}

/**
 * True if `v` is a usable {@link RolesIndex}: the right version, lower-case login
 * keys, and roles of known kinds whose links are http(s). Use it on anything read
 * from a cache or received from a worker; an index from another version of this
 * code, or one edited by hand, is refused rather than half-rendered.
 */
export function isRolesIndex(v: unknown): v is RolesIndex {
  if (!isObj(v) || v.v !== ROLES_INDEX_VERSION || !isObj(v.roles) || !isObj(v.links)) return false;
  if (v.sources !== undefined && !(Array.isArray(v.sources) && v.sources.every(isSource))) return false;
  if (v.members !== undefined && !(isObj(v.members) && Object.entries(v.members).every(([org, m]) => FILE_LOGIN.test(org) && isMemberList(m)))) {
    return false;
  }
  if (v.generatedAt !== undefined && typeof v.generatedAt !== 'string') return false;
  return (
    Object.values(v.links).every((url) => safeHttpUrl(url) !== undefined) &&
    Object.entries(v.roles).every(
      ([login, roles]) =>
        FILE_LOGIN.test(login) && login === login.toLowerCase() && Array.isArray(roles) && roles.every(isRole),
    )
  );
}
