/**
 * Role ordering for display. Steering Committee first, then leadership, then
 * the rest, as the product asks; within a kind, by group name so two loads
 * of the same data always render the same order.
 */
import { ROLE_KINDS, type Role } from './model.js';

const RANK = new Map(ROLE_KINDS.map((k, i) => [k, i]));

/** Returns a new array of roles sorted for display (stable, deterministic). */
export function sortRoles(roles: readonly Role[]): Role[] {
  return [...roles].sort(
    (a, b) => (RANK.get(a.kind) ?? 99) - (RANK.get(b.kind) ?? 99) || a.group.localeCompare(b.group, 'en'),
  );
}
