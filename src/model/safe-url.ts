/**
 * Every URL the card renders comes from a service or a file someone else
 * wrote. Lit escapes text, but an `href` of `javascript:` is still a link
 * that runs code, so links pass through here and only http(s) survive.
 */

/** Returns the URL normalised if it is absolute http(s), otherwise `undefined`. */
export function safeHttpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2048) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  return url.href;
}
