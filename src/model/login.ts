/**
 * What a GitHub login looks like. Kept apart from `validate.ts` because the
 * element checks a login before its first request, and that check must not
 * pull the whole card-data validator into the first paint.
 */

/** A GitHub login: 1–39 alphanumerics or single hyphens, not starting or ending with one. */
export const LOGIN_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;

/** True if `value` could be a GitHub login. Checked before any request. */
export function isValidLogin(value: unknown): boolean {
  return typeof value === 'string' && LOGIN_PATTERN.test(value);
}

/**
 * A GitHub App's bot account: a login followed by `[bot]` (`dependabot[bot]`).
 * GitHub answers for it with `type: "Bot"`; the card asks, then says so.
 */
export const BOT_LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}\[bot\]$/;

/** True if a card may ask GitHub about `value`: a login, or a bot account's. */
export function isRequestableLogin(value: unknown): boolean {
  return typeof value === 'string' && (LOGIN_PATTERN.test(value) || BOT_LOGIN.test(value));
}
