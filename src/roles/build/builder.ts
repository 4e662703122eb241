/**
 * Collects the roles the community files give, per login, deduplicated, and
 * turns them into a compact {@link RolesIndex}. The file readers (`sigs-yaml.ts`,
 * `steering.ts`, `owners.ts`) add roles to one builder; nothing here knows a
 * file's layout. Helpers at the end read untrusted YAML values for them.
 */
import type { Role, RoleKind } from '../../model/model.js';
import { isObj } from '../../model/untrusted.js';
import { cleanText } from '../../model/validate.js';
import { byString, compareRoles } from '../../model/roles-order.js';
import { FILE_LOGIN, makeRole, rolesFor, ROLES_INDEX_VERSION, type RolesIndex, type RolesSource } from '../roles-index.js';

/** Most directories one role keeps (see `Role.paths`). */
export const MAX_PATHS = 20;

/** `label` of the `emeritus` roles that come from `emeritus_approvers`, to tell them from emeritus leads. */
export const EMERITUS_APPROVER = 'approver';


/**
 * A role is dropped when the same person holds a current role it describes the past
 * of: "emeritus lead of SIG X" next to "chair of SIG X" (a returning lead, or a file
 * that lags behind another) would tell the reader nothing true. Likewise an approver
 * is always a reviewer too, so the card shows only the former.
 */
function isSuperseded(role: Role, all: readonly Role[]): boolean {
  const held = (kinds: readonly RoleKind[], label?: string) =>
    all.some((r) => r.group === role.group && r.label === label && kinds.includes(r.kind));
  if (role.kind === 'emeritus' && role.label === undefined) {
    return held(['steering-member', 'chair', 'tech-lead']);
  }
  if (role.kind === 'emeritus' && role.label === EMERITUS_APPROVER) return held(['approver', 'reviewer']);
  if (role.kind === 'reviewer') return held(['approver'], role.label);
  return false;
}

/** Collects roles per login, deduplicating as it goes. */
export class RolesBuilder {
  private readonly byLogin = new Map<string, Map<string, Role>>();

  /** Adds `role` for `login` if `login` is a plausible login; anything else is ignored. */
  add(login: unknown, role: Role): void {
    if (typeof login !== 'string' || !FILE_LOGIN.test(login)) return;
    const key = login.toLowerCase();
    let roles = this.byLogin.get(key);
    if (!roles) this.byLogin.set(key, (roles = new Map()));
    // Two roles are the same role when every field but `paths` matches; their paths are merged.
    const id = JSON.stringify([role.kind, role.group, role.label, role.term, role.url]);
    const had = roles.get(id);
    if (!had) roles.set(id, role.paths ? { ...role, paths: [...role.paths] } : role);
    else if (role.paths) {
      const paths = [...new Set([...(had.paths ?? []), ...role.paths])].sort(byString).slice(0, MAX_PATHS);
      roles.set(id, { ...had, paths });
    }
  }

  addIndex(index: RolesIndex): void {
    for (const login of Object.keys(index.roles)) {
      for (const r of rolesFor(index, login)) this.add(login, r);
    }
  }

  /** The index of everything added; `sources` names the files it came from. */
  build(sources?: RolesSource[]): RolesIndex {
    const entries: [string, Role[]][] = [];
    // Org membership is most of the index (thousands of people, two orgs): kept
    // as one list of logins per org rather than a role object per person.
    const members = new Map<string, { url?: string; logins: string[] }>();
    for (const [login, set] of this.byLogin) {
      const all = [...set.values()];
      const kept = all.filter((r) => !isSuperseded(r, all)).sort(compareRoles);
      const roles = kept.filter((r) => {
        if (r.kind !== 'member' || r.label !== undefined || r.term !== undefined || r.paths) return true;
        let org = members.get(r.group);
        if (!org) members.set(r.group, (org = { url: r.url, logins: [] }));
        if (org.url !== r.url) return true;
        org.logins.push(login);
        return false;
      });
      if (roles.length) entries.push([login, roles]);
    }
    entries.sort(([a], [b]) => byString(a, b));

    // Each group's shared link is the URL most of its roles carry. A group gets one
    // only if every role in it has a link, so that "no url" keeps meaning "no url"
    // once rolesFor fills links back in.
    const counts = new Map<string, Map<string, number>>();
    const unlinked = new Set<string>();
    for (const [, roles] of entries) {
      for (const r of roles) {
        if (r.url === undefined) {
          unlinked.add(r.group);
          continue;
        }
        let perUrl = counts.get(r.group);
        if (!perUrl) counts.set(r.group, (perUrl = new Map()));
        perUrl.set(r.url, (perUrl.get(r.url) ?? 0) + 1);
      }
    }
    const links = new Map<string, string>();
    for (const [group, perUrl] of counts) {
      if (unlinked.has(group)) continue;
      // Ties go to the URL seen first, which is deterministic: entries are sorted.
      let best: [string, number] | undefined;
      for (const candidate of perUrl) if (!best || candidate[1] > best[1]) best = candidate;
      if (best) links.set(group, best[0]);
    }
    const compact = entries.map(([login, roles]): [string, Role[]] => [
      login,
      roles.map((r) => (r.url !== undefined && links.get(r.group) === r.url ? makeRole(r.kind, r.group, { ...r, url: undefined }) : r)),
    ]);

    // fromEntries defines own properties, so even a key such as "constructor" is plain data.
    const index: RolesIndex = {
      v: ROLES_INDEX_VERSION,
      roles: Object.fromEntries(compact),
      links: Object.fromEntries([...links].sort(([a], [b]) => byString(a, b))),
    };
    if (members.size) {
      index.members = Object.fromEntries(
        [...members].sort(([a], [b]) => byString(a, b)).map(([org, m]) => [org, { ...(m.url ? { url: m.url } : {}), logins: m.logins.sort(byString) }]),
      );
    }
    if (sources?.length) index.sources = sources;
    return index;
  }
}

// ---------------------------------------------------------------------------
// Reading untrusted YAML values

/** A non-empty, cleaned string, or `undefined` for anything else. */
export function text(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const t = cleanText(v.replace(/\s+/g, ' '));
  return t.length ? t : undefined;
}

export function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** The `github` values of a list of people (`[{github, name, ...}]`); unchecked, see {@link RolesBuilder.add}. */
export function githubs(list: unknown): unknown[] {
  return asArray(list).map((p) => (isObj(p) ? p.github : undefined));
}
