/**
 * kubernetes/org: who is a member of each GitHub org (`config/<org>/org.yaml`,
 * the first rung of the ladder) and the `-maintainers` teams that give write
 * access to a repository (`teams:` in `org.yaml` and in `config/<org>/**\/teams.yaml`).
 */
import { isObj } from '../../model/untrusted.js';
import { asArray, type RolesBuilder } from './builder.js';
import { makeRole } from '../roles-index.js';

/** Org names are login-shaped; anything else names no org. */
const ORG = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}$/;

/** Repository names: GitHub's characters, never a path. */
const REPO = /^(?!\.\.?$)[A-Za-z0-9._-]{1,100}$/;

/** Repository permissions that let a team's members change the code. */
const WRITE = new Set(['write', 'maintain', 'admin']);

/** `config/<org>/org.yaml` or `config/<org>/<dir>/teams.yaml` → the org, else undefined. */
export function orgOfPath(path: string): string | undefined {
  const m = /^config\/([^/]+)\//.exec(path);
  return m && ORG.test(m[1]) ? m[1] : undefined;
}

/** Adds the org's members (`members` and `admins`) and its teams, from a parsed `org.yaml`. */
export function addOrgFile(b: RolesBuilder, doc: unknown, org: string): void {
  if (!isObj(doc) || !ORG.test(org)) return;
  const role = makeRole('member', org, { url: `https://github.com/kubernetes/org/blob/HEAD/config/${org}/org.yaml` });
  for (const login of [...asArray(doc.members), ...asArray(doc.admins)]) b.add(login, role);
  addTeams(b, doc.teams, org);
}

/**
 * Adds the maintainers of repositories, from a `teams:` map (of `org.yaml` or
 * a `teams.yaml`, nested teams included): each login under `members` of a
 * team named `*-maintainers` maintains each repository the team can write to.
 * Not read: milestone teams (`*milestone-maintainers`, which manage issue
 * milestones, not code) and a team's own `maintainers` list (the people who
 * manage the team's membership: org administrators in kubernetes/org).
 */
export function addTeams(b: RolesBuilder, teams: unknown, org: string, seen = new Set<object>()): void {
  // Each `teams:` map once: YAML aliases can make a map its own descendant (a cycle, which
  // overflowed the stack and lost every file's roles) or share one map among many parents (a
  // "billion laughs" of a few KB took minutes, on the page's main thread once the worker gave up).
  // A map reached again gives the same roles for the same org, so nothing is lost.
  if (!isObj(teams) || !ORG.test(org) || seen.has(teams)) return;
  seen.add(teams);
  for (const [name, team] of Object.entries(teams)) {
    if (!isObj(team)) continue;
    if (name.endsWith('-maintainers') && !name.endsWith('milestone-maintainers') && isObj(team.repos)) {
      for (const [repo, permission] of Object.entries(team.repos)) {
        if (!REPO.test(repo) || typeof permission !== 'string' || !WRITE.has(permission)) continue;
        const role = makeRole('maintainer', repo, { url: `https://github.com/${org}/${repo}` });
        for (const login of asArray(team.members)) b.add(login, role);
      }
    }
    addTeams(b, team.teams, org, seen);
  }
}

/** Adds the maintainers of a parsed `teams.yaml`. */
export function addTeamsFile(b: RolesBuilder, doc: unknown, org: string): void {
  if (isObj(doc)) addTeams(b, doc.teams, org);
}
