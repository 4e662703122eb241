import { html } from 'lit';
import { formatMonth } from '../i18n/format.js';
import type { Role, RoleKind } from '../model/model.js';
import { sortRoles } from '../model/roles-order.js';
import type { RenderContext } from './context.js';

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

/** A term is stored as `YYYY-MM` (end month) when machine-readable, else shown as given. */
export function termText(term: string, ctx: RenderContext): string {
  return /^\d{4}-\d{2}$/.test(term) ? ctx.msg.termEnds(formatMonth(term, ctx.locale) ?? term) : term;
}

function itemTemplate(role: Role, ctx: RenderContext) {
  const detail = role.kind !== 'other' && role.label ? ` (${role.kind === 'subproject-lead' ? ctx.msg.subproject(role.label) : role.label})` : '';
  const text = `${role.group}${detail}`;
  return html`<span class="role-item"
    >${role.url ? html`<a href=${role.url} rel="noopener noreferrer" target="_blank">${text}</a>` : text}${role.term
      ? html` <span class="term">(${termText(role.term, ctx)})</span>`
      : ''}</span
  >`;
}

/**
 * Roles from the data, grouped by kind, then roles the page adds through the
 * `role` slot (e.g. "KubeCon China 2024 co-chair", which no source knows).
 */
export function renderRoles(roles: readonly Role[], ctx: RenderContext, hasSlotted: boolean, onSlotChange: (e: Event) => void) {
  const groups = groupRoles(roles);
  return html`<section class="roles" part="roles" aria-labelledby="roles-h" ?hidden=${!groups.length && !hasSlotted}>
    <h3 id="roles-h">${ctx.msg.rolesHeading}</h3>
    <ul>
      ${groups.map(
        (g) => html`<li class="role ${g.kind}" part="role">
          <span class="role-title">${g.otherLabel ?? ctx.msg.roles[g.kind]}</span>${ctx.msg.colon}${g.roles.map(
            (r, i) => html`${i ? html`<span class="sep" aria-hidden="true"> · </span>` : ''}${itemTemplate(r, ctx)}`,
          )}
        </li>`,
      )}
    </ul>
    <slot name="role" @slotchange=${onSlotChange}></slot>
  </section>`;
}
