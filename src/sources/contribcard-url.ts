/**
 * Where a contributor's CNCF ContribCard file is: its own module, so the live
 * card can name the file without the ContribCard source, a chunk fetched only
 * by a page that opts into it (`contribcard-base`).
 */

/** The file's URL. File names are the login as GitHub spells it (case-sensitive). */
export function contribCardUrl(base: string, login: string): string {
  return `${base}/${encodeURIComponent(login)}.json`;
}
