/**
 * The avatar, embedded in a static card as a small `data:` URI: an image in an
 * SVG may not point anywhere (GitHub's image proxy and many viewers would not
 * load it, and a card must not call home). GitHub's avatar service scales on
 * request (`s=<px>`), so asking for 112 px (56 px at 2×) is the downscale.
 */
import { within } from '../sources/net/fetch.js';

/** What the SVG renderer embeds (an animated GIF avatar gets the initials instead). */
const TYPES = /^image\/(png|jpeg|webp)$/;
/** An avatar at 112 px is a few KB; anything far bigger is not an avatar. */
const MAX_BYTES = 64 * 1024;

/** The URL with GitHub's size parameter set, or undefined for a URL that is not http(s). */
export function sizedAvatarUrl(url: string, px = 112): string | undefined {
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
    u.searchParams.set('s', String(px));
    return u.href;
  } catch {
    return undefined;
  }
}

/** The avatar as a `data:` URI, or undefined when it cannot be had (the card shows initials). */
export async function avatarDataUri(url: string | undefined, timeoutMs = 10_000): Promise<string | undefined> {
  const sized = url && sizedAvatarUrl(url);
  if (!sized) return undefined;
  try {
    return await within('github', timeoutMs, new AbortController().signal, async (signal) => {
      const res = await fetch(sized, { signal, redirect: 'follow' });
      const type = (res.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
      if (!res.ok || !TYPES.test(type)) return undefined;
      const bytes = new Uint8Array(await res.arrayBuffer());
      if (bytes.byteLength === 0 || bytes.byteLength > MAX_BYTES) return undefined;
      return `data:${type};base64,${Buffer.from(bytes).toString('base64')}`;
    });
  } catch {
    return undefined;
  }
}
