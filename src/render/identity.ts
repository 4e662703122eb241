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

// The name, the login and the company run in their own direction, not the card's: in a
// right-to-left card "@pacoxu" keeps its "@" before it, "Paco Xu Jr." its final ".", and one
// too long for the line is cut at its end (`dir`: a login is always left to right; `auto`
// takes a name's or a company's from its first letter).
export function renderIdentity(identity: Identity, ctx: RenderContext) {
  const profile = identity.profileUrl ?? `https://github.com/${identity.login}`;
  return html`<header class="identity" part="identity">
    ${renderAvatar(identity)}
    <div class="who">
      <h2 class="name" part="name" dir="auto">${identity.name ?? identity.login}</h2>
      <p class="login" dir="ltr">
        <a href=${profile} part="profile-link" rel="noopener noreferrer" target="_blank" aria-label=${ctx.msg.profileLink(identity.login)}
          >@${identity.login}</a
        >
      </p>
      ${identity.company ? html`<p class="company" part="company" dir="auto">${identity.company}</p>` : nothing}
    </div>
  </header>`;
}
