/**
 * How roles are arranged and worded, as plain data and strings: shared by the
 * card's templates (`roles.ts`) and the static SVG, so both list the same
 * roles in the same order with the same words.
 */
import { formatMonth } from '../i18n/format.js';
import { STEERING_GROUP, type Role, type RoleKind } from '../model/model.js';
import { highestRung, RUNGS, sortRoles } from '../model/roles-order.js';
import type { RenderContext } from './context.js';
import { punctuationOf } from '../i18n/punctuation.js';

/** Roles of one kind shown together: "Steering liaison: SIG CLI · SIG Node". */
export interface RoleGroup {
  kind: RoleKind;
  /** For `other` roles, the label is the title; roles with different labels stay apart. */
  otherLabel?: string;
  roles: Role[];
}

/**
 * Groups sorted roles by kind, so a liaison to five SIGs is one line, not
 * five. Pure; keeps the sorted order (Steering first).
 */
export function groupRoles(roles: readonly Role[]): RoleGroup[] {
  const groups: RoleGroup[] = [];
  for (const role of sortRoles(roles)) {
    const otherLabel = role.kind === 'other' ? role.label : undefined;
    const last = groups[groups.length - 1];
    if (last && last.kind === role.kind && last.otherLabel === otherLabel) last.roles.push(role);
    else groups.push({ kind: role.kind, otherLabel, roles: [role] });
  }
  return groups;
}

/**
 * A term is stored as `YYYY-MM` (end month) when machine-readable, else shown as given.
 * Once that month is over the term has ended, though the files may still list the role
 * (they are updated after an election by hand, and a prebuilt card outlives its build):
 * the card says so rather than promise a month that has passed.
 */
export function termText(term: string, ctx: RenderContext): string {
  if (!/^\d{4}-\d{2}$/.test(term)) return term;
  // `YYYY-MM` strings compare as the months they name: now's month (UTC) after the term's, it ended.
  const ended = new Date(ctx.now).toISOString().slice(0, 7) > term;
  return (ended ? ctx.msg.termEnded : ctx.msg.termEnds)(formatMonth(term, ctx.locale) ?? term);
}

/** "SIG Node (cri)", "SIG Release (subproject release-team)": what a role is of. */
export function roleText(role: Role, ctx: RenderContext): string {
  const detail = role.kind !== 'other' && role.label ? punctuationOf(ctx.locale).aside(role.kind === 'subproject-lead' ? ctx.msg.subproject(role.label) : role.label) : '';
  // The group is data, in English; the Steering Committee's is the one group a language's docs name.
  return `${role.group === STEERING_GROUP ? ctx.msg.steeringCommittee : role.group}${detail}`;
}

/** Directories a role covers, for its tooltip only (the card names the repository). */
export function pathsTitle(role: Role): string | undefined {
  return role.paths?.length ? role.paths.map((p) => (p ? `${role.group}/${p}` : role.group)).join('\n') : undefined;
}

/**
 * The roles as the card lists them: the highest rung of the ladder on its own
 * (shown first, prominently), the other rungs grouped by kind (Steering
 * liaisons with Steering), then, apart, the seats beside the ladder (the
 * Governing Board, emeritus roles, roles the card has no kind for).
 */
export function arrangeRoles(roles: readonly Role[]): { top?: Role; ladder: RoleGroup[]; beside: RoleGroup[] } {
  const top = highestRung(roles);
  const rest = roles.filter((r) => r !== top);
  const onLadder = (r: Role) => RUNGS[r.kind] !== undefined || r.kind === 'steering-liaison';
  return { top, ladder: groupRoles(rest.filter(onLadder)), beside: groupRoles(rest.filter((r) => !onLadder(r))) };
}

