import { html } from 'lit';
import { formatMonth } from '../format.js';
import type { Role } from '../model.js';
import { sortRoles } from '../roles.js';
import type { RenderContext } from './context.js';

/** A term is stored as `YYYY-MM` (end month) when machine-readable, else shown as given. */
function termText(term: string, ctx: RenderContext): string {
  return /^\d{4}-\d{2}$/.test(term) ? ctx.msg.termEnds(formatMonth(term, ctx.locale) ?? term) : term;
}

function roleTemplate(role: Role, ctx: RenderContext) {
  const title = role.kind === 'other' && role.label ? role.label : ctx.msg.roles[role.kind];
  const detail = role.kind === 'subproject-lead' && role.label ? ctx.msg.subproject(role.label) : undefined;
  const text = html`<span class="role-title">${title}</span> · <span class="group">${role.group}</span>${detail
      ? html` · <span>${detail}</span>`
      : ''}${role.term ? html` <span class="term">(${termText(role.term, ctx)})</span>` : ''}`;
  return html`<li class="role ${role.kind}" part="role">
    ${role.url ? html`<a href=${role.url} rel="noopener noreferrer" target="_blank">${text}</a>` : text}
  </li>`;
}

/**
 * Roles from the data, then roles the page adds through the `role` slot
 * (e.g. "KubeCon China 2024 co-chair", which no source knows).
 */
export function renderRoles(roles: readonly Role[], ctx: RenderContext, hasSlotted: boolean, onSlotChange: (e: Event) => void) {
  const sorted = sortRoles(roles);
  return html`<section class="roles" part="roles" aria-labelledby="roles-h" ?hidden=${!sorted.length && !hasSlotted}>
    <h3 id="roles-h">${ctx.msg.rolesHeading}</h3>
    <ul>
      ${sorted.map((r) => roleTemplate(r, ctx))}
    </ul>
    <slot name="role" @slotchange=${onSlotChange}></slot>
  </section>`;
}
