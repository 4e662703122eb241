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
   * Board seat).
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
}

/** Version of {@link RolesIndex} this code writes and reads. */
export const ROLES_INDEX_VERSION = 2;

/**
 * Logins as the files spell them. Looser than GitHub's current rules on purpose
 * (accounts from before those rules can hold `--` or a trailing `-`), yet tight enough
 * that markup, paths and whitespace can never become a key.
 */
export const FILE_LOGIN = /^[A-Za-z0-9-]{1,39}$/;

/** Builds a role with no `undefined` members, so JSON and deep equality see the same thing. */
export function makeRole(kind: RoleKind, group: string, extra: { label?: string; term?: string; url?: string } = {}): Role {
  const role: Role = { kind, group };
  if (extra.label !== undefined) role.label = extra.label;
  if (extra.term !== undefined) role.term = extra.term;
  if (extra.url !== undefined) role.url = extra.url;
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
  if (!Object.hasOwn(index.roles, key)) return [];
  const roles = index.roles[key];
  if (!Array.isArray(roles)) return [];
  const links = isObj(index.links) ? index.links : {};
  return roles
    .map((r) => {
      const url = r.url ?? (Object.hasOwn(links, r.group) ? links[r.group] : undefined);
      return makeRole(r.kind, r.group, { ...r, url });
    })
    .sort(compareRoles);
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
    (v.url === undefined || safeHttpUrl(v.url) !== undefined)
  );
}

/**
 * True if `v` is a usable {@link RolesIndex}: the right version, lower-case login
 * keys, and roles of known kinds whose links are http(s). Use it on anything read
 * from a cache or received from a worker; an index from another version of this
 * code, or one edited by hand, is refused rather than half-rendered.
 */
export function isRolesIndex(v: unknown): v is RolesIndex {
  if (!isObj(v) || v.v !== ROLES_INDEX_VERSION || !isObj(v.roles) || !isObj(v.links)) return false;
  return (
    Object.values(v.links).every((url) => safeHttpUrl(url) !== undefined) &&
    Object.entries(v.roles).every(
      ([login, roles]) =>
        FILE_LOGIN.test(login) && login === login.toLowerCase() && Array.isArray(roles) && roles.every(isRole),
    )
  );
}
