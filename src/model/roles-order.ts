/**
 * Role ordering for display and for the roles index, and the contributor
 * ladder's rungs. Roles sort by kind (ROLE_KINDS order: the ladder from the
 * top, then the seats beside it), then group, label and term, compared by code
 * unit so every browser and locale renders the same order.
 */
import { ROLE_KINDS, type Role, type RoleKind } from './model.js';

const KIND_RANK = new Map<string, number>(ROLE_KINDS.map((kind, i) => [kind, i]));

/** Seniority of a role kind: lower is more senior; unknown kinds last. */
export function kindRank(kind: string): number {
  return KIND_RANK.get(kind) ?? ROLE_KINDS.length;
}

/**
 * The rungs of the ladder, 1 at the top (kubernetes/community
 * `community-membership.md` from member up, with the project's leadership
 * above it). A liaison is a Steering member's duty, not a rung of its own;
 * the Governing Board seat, emeritus roles and `other` are not rungs.
 */
export const RUNGS: Readonly<Partial<Record<RoleKind, number>>> = {
  'steering-member': 1,
  chair: 2,
  'tech-lead': 3,
  lead: 4,
  'subproject-lead': 4,
  maintainer: 4,
  approver: 5,
  reviewer: 6,
  member: 7,
};

/** The most senior role on the ladder, or undefined when no role is a rung. */
export function highestRung(roles: readonly Role[]): Role | undefined {
  let best: Role | undefined;
  for (const r of roles) {
    const rung = RUNGS[r.kind];
    if (rung === undefined) continue;
    if (!best || rung < RUNGS[best.kind]! || (rung === RUNGS[best.kind] && compareRoles(r, best) < 0)) best = r;
  }
  return best;
}

/** Plain code-unit comparison: the same order in every browser and locale. */
export function byString(x = '', y = ''): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Orders roles by seniority, then group, then label and term. */
export function compareRoles(a: Role, b: Role): number {
  return kindRank(a.kind) - kindRank(b.kind) || byString(a.group, b.group) || byString(a.label, b.label) || byString(a.term, b.term);
}

/** Returns a new array of roles sorted for display (stable, deterministic). */
export function sortRoles(roles: readonly Role[]): Role[] {
  return [...roles].sort(compareRoles);
}
