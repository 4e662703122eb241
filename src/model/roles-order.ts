/**
 * Role ordering for display and for the roles index. Steering Committee
 * first, then leadership, then the rest (ROLE_KINDS order); within a kind by
 * group, label and term, compared by code unit so every browser and locale
 * renders the same order.
 */
import { ROLE_KINDS, type Role } from './model.js';

const KIND_RANK = new Map<string, number>(ROLE_KINDS.map((kind, i) => [kind, i]));

/** Seniority of a role kind: lower is more senior; unknown kinds last. */
export function kindRank(kind: string): number {
  return KIND_RANK.get(kind) ?? ROLE_KINDS.length;
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
