/**
 * Which logins a build covers: those named on the command line, in a users
 * file, and a team's current leaders; deduplicated (logins are
 * case-insensitive) and split into shards for a CI matrix.
 */
import { isRequestableLogin } from '../model/login.js';
import type { RolesIndex } from '../roles/roles-index.js';
import { rolesFor } from '../roles/roles-index.js';
import { COMMUNITY_TREE } from '../roles/build/sigs-yaml.js';

/**
 * A users file: one login per line, or several separated by commas or spaces; `#` starts a
 * comment; blank lines are ignored. A login may be written as a mention (`@pacoxu`) or as its
 * profile's address (`https://github.com/pacoxu`), as lists pasted from a page or a sheet are.
 */
export function parseUsersFile(text: string): string[] {
  return text
    .split(/\r?\n/)
    .flatMap((line) => line.replace(/#.*/, '').split(/[\s,]+/))
    .map((word) => word.replace(/^(?:https?:\/\/(?:www\.)?github\.com\/|@)/i, '').replace(/\/+$/, ''))
    .filter((word) => word.length > 0);
}

/** The logins that are not valid GitHub logins (to report as a usage error). */
export function invalidLogins(logins: readonly string[]): string[] {
  return logins.filter((l) => !isRequestableLogin(l));
}

/** Logins in first-seen order, each once whatever its case (the first spelling wins). */
export function uniqueLogins(logins: readonly string[]): string[] {
  const seen = new Set<string>();
  return logins.filter((l) => {
    const key = l.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * `--team`: `steering` gives the Steering Committee's current members; a group
 * folder of sigs.yaml (`sig-node`, `wg-batch`) gives its current chairs and
 * tech leads. Read from the roles index: a role links to its group's folder,
 * which is how a folder name is matched. Sorted, so the order is stable.
 */
export function teamLogins(index: RolesIndex, team: string): string[] {
  const dir = team.trim().toLowerCase();
  const url = COMMUNITY_TREE + (dir === 'steering' ? 'committee-steering' : dir);
  const kinds = dir === 'steering' ? ['steering-member'] : ['chair', 'tech-lead'];
  const logins = Object.keys(index.roles).filter((login) =>
    rolesFor(index, login).some((r) => kinds.includes(r.kind) && r.url === url),
  );
  return logins.sort();
}

/** A shard `i/n` (1-based): every n-th login of the sorted list, starting at the i-th. Deterministic. */
export function shardOf(logins: readonly string[], shard: { index: number; count: number }): string[] {
  const sorted = [...logins].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0));
  return sorted.filter((_, i) => i % shard.count === shard.index - 1);
}
