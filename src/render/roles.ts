import { html, nothing } from 'lit';
import type { Role } from '../model/model.js';
import type { RenderContext } from './context.js';
import { punctuationOf } from '../i18n/punctuation.js';
import { arrangeRoles, pathsTitle, roleText, termText, type RoleGroup } from './roles-layout.js';

function itemTemplate(role: Role, ctx: RenderContext) {
  const text = roleText(role, ctx);
  return html`<span class="role-item" title=${pathsTitle(role) ?? nothing}
    >${role.url ? html`<a href=${role.url} rel="noopener noreferrer" target="_blank">${text}</a>` : text}${role.term
      ? html`<span class="term">${punctuationOf(ctx.locale).aside(termText(role.term, ctx))}</span>`
      : ''}</span
  >`;
}

// Each "·" stays on the line of the item before it (a no-break space), as in the static card's
// lists (static/svg-regions.ts): a wrapped list never starts a line with its separator.
function groupTemplate(g: RoleGroup, ctx: RenderContext) {
  return html`<li class="role ${g.kind}" part="role">
    <span class="role-title">${g.otherLabel ?? ctx.msg.roles[g.kind]}</span>${ctx.msg.colon}${g.roles.map(
      (r, i) => html`${i ? html`<span class="sep" aria-hidden="true">&nbsp;· </span>` : ''}${itemTemplate(r, ctx)}`,
    )}
  </li>`;
}

/** The highest rung, on its own line: "Approver · SIG Node". */
export function renderRung(top: Role, ctx: RenderContext) {
  return html`<p class="rung ${top.kind}" part="rung">
    <span class="role-title">${ctx.msg.roles[top.kind]}</span><span class="sep" aria-hidden="true">&nbsp;· </span
    ><span class="sr-only">${ctx.msg.colon}</span>${itemTemplate(top, ctx)}
  </p>`;
}

/**
 * Roles from the data, arranged by {@link arrangeRoles}, then roles the page
 * adds through the `role` slot (e.g. "KubeCon China 2024 co-chair", which no
 * source knows).
 */
export function renderRoles(roles: readonly Role[], ctx: RenderContext, hasSlotted: boolean, onSlotChange: (e: Event) => void) {
  const { top, ladder, beside } = arrangeRoles(roles);
  return html`<section class="roles" part="roles" ?hidden=${!roles.length && !hasSlotted}>
    <h3>${ctx.msg.rolesHeading}</h3>
    ${top ? renderRung(top, ctx) : nothing}
    ${ladder.length ? html`<ul>${ladder.map((g) => groupTemplate(g, ctx))}</ul>` : nothing}
    ${beside.length ? html`<ul class="beside">${beside.map((g) => groupTemplate(g, ctx))}</ul>` : nothing}
    <slot name="role" @slotchange=${onSlotChange}></slot>
  </section>`;
}
