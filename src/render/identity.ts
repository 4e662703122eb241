import { html, nothing } from 'lit';
import type { Identity } from '../model/model.js';
import type { RenderContext } from './context.js';
import { initials } from './identity-text.js';

function hideBrokenImage(e: Event) {
  // The avatar is decorative next to the name; a failed load falls back to initials.
  (e.target as HTMLImageElement).remove();
}

/** The avatar (or the initials, under it, when there is none or it fails), `size` px. */
export function renderAvatar(identity: Identity, size = 56) {
  return html`<div class="avatar" part="avatar" aria-hidden="true">
    <span>${initials(identity)}</span>
    ${identity.avatarUrl
      ? html`<img
          src=${identity.avatarUrl}
          alt=""
          width=${size}
          height=${size}
          loading="lazy"
          decoding="async"
          referrerpolicy="no-referrer"
          @error=${hideBrokenImage}
        />`
      : nothing}
  </div>`;
}

// A login is an ASCII name: `dir="ltr"` keeps its "@" before it in a right-to-left card,
// where an isolate of the card's direction would put the "@" after it.
export function renderIdentity(identity: Identity, ctx: RenderContext) {
  const profile = identity.profileUrl ?? `https://github.com/${identity.login}`;
  return html`<header class="identity" part="identity">
    ${renderAvatar(identity)}
    <div class="who">
      <h2 class="name" part="name">${identity.name ?? identity.login}</h2>
      <p class="login">
        <a href=${profile} part="profile-link" rel="noopener noreferrer" target="_blank" aria-label=${ctx.msg.profileLink(identity.login)} dir="ltr"
          >@${identity.login}</a
        >
      </p>
      ${identity.company ? html`<p class="company" part="company">${identity.company}</p>` : nothing}
    </div>
  </header>`;
}
