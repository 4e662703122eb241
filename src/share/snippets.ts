/**
 * What the share menu copies: the embed tag for this card, and a Markdown
 * image of its static SVG (when the page says where its static cards live).
 * Pure, so the exact text is tested on its own. Every value placed in HTML is
 * escaped: a login is safe by its pattern, but a `src` URL is the page's data.
 */

/** The bare package URL the README recommends (jsDelivr serves the loader there). */
export const CDN_SCRIPT = 'https://cdn.jsdelivr.net/npm/k8s-contrib-card';

const escapeAttr = (v: string) => v.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);

/** What makes this card: a live `user`, or a `src` file (made absolute, so the snippet works elsewhere). */
export interface CardSource {
  user?: string;
  src?: string;
  /** The page's URL, to make a relative `src` absolute. */
  baseUrl: string;
  lang?: string;
  /** A live card's CNCF project, when not Kubernetes: another project's card is other data. */
  project?: string;
  variant?: string;
  theme?: string;
}

/** The script and the tag that show this card on another page. */
export function embedSnippet(card: CardSource): string {
  const attrs: string[] = [];
  if (card.src) {
    let src = card.src;
    try {
      src = new URL(card.src, card.baseUrl).href;
    } catch {
      // Kept as written: the page gave it, and it loaded.
    }
    attrs.push(`src="${escapeAttr(src)}"`);
  } else if (card.user) {
    attrs.push(`user="${escapeAttr(card.user)}"`);
  }
  if (card.lang && card.lang !== 'en') attrs.push(`lang="${escapeAttr(card.lang)}"`);
  // The same card, as it looks here. Not the services' addresses a page may set (a proxy of its
  // own): the copy is for another page, where the public services answer.
  if (!card.src && card.project && card.project.toLowerCase() !== 'kubernetes') attrs.push(`project="${escapeAttr(card.project)}"`);
  if (card.variant && card.variant !== 'full') attrs.push(`variant="${escapeAttr(card.variant)}"`);
  if (card.theme && card.theme !== 'auto') attrs.push(`theme="${escapeAttr(card.theme)}"`);
  return `<script type="module" src="${CDN_SCRIPT}"></script>\n<k8s-contrib-card ${attrs.join(' ')}></k8s-contrib-card>`;
}

/**
 * The name, before its extension, of the files the CLI writes for `login`
 * (`<name>.json`, `.svg`, `.png`): the login in lower case, as logins are
 * case-insensitive. The user `index` gets `_index`, which no login can be: its
 * `index.json` was overwritten by the build's own index.
 */
export function cardBaseName(login: string): string {
  const name = login.toLowerCase();
  return name === 'index' ? '_index' : name;
}

/**
 * A Markdown image of the static SVG the CLI wrote under `staticBase`
 * (`<login>.svg` by {@link cardBaseName}), linking to the GitHub profile.
 * Undefined without a static base: there is no file to point at.
 */
export function markdownSnippet(login: string, alt: string, staticBase: string | undefined, baseUrl: string): string | undefined {
  if (!staticBase) return undefined;
  let base: URL;
  try {
    base = new URL(staticBase.endsWith('/') ? staticBase : `${staticBase}/`, baseUrl);
  } catch {
    return undefined;
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:') return undefined;
  // A parenthesis would end the link's destination early (URL.href leaves them as they are).
  const image = new URL(`${encodeURIComponent(cardBaseName(login))}.svg`, base).href.replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  // The alt text is a name from a service or a file: on one line (a blank line ended the paragraph,
  // and what followed it was pasted as the page's own Markdown: links, headings, HTML), and with
  // every character that Markdown reads as markup there escaped (code spans, raw HTML and
  // autolinks bind tighter than the brackets; `|` splits a table's cell; `&` starts an entity; GFM's
  // `~` strikes through, and alt text keeps only the struck words).
  const text = alt.replace(/\s+/g, ' ').trim().replace(/[[\]\\`<>&*_|~]/g, (c) => `\\${c}`);
  return `[![${text}](${image})](https://github.com/${encodeURIComponent(login)})`;
}

/** The file name a download gets: `<login>.svg`, `<login>.png`. */
export function downloadName(login: string, ext: 'svg' | 'png'): string {
  return `${login.toLowerCase().replace(/[^a-z0-9-]/g, '') || 'card'}.${ext}`;
}
