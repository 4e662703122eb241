/**
 * OWNERS files (`approvers`, `reviewers`, `emeritus_approvers`, and the same
 * lists under `filters`): who approves and reviews each directory of a
 * repository, the ladder's record for every repository of the Kubernetes
 * orgs. Names in them may be aliases from the repository's root
 * `OWNERS_ALIASES` (prow reads only that one), expanded here.
 *
 * Too many files for a page (kubernetes/kubernetes alone has hundreds): the
 * CLI's crawl reads them all (`k8s-contrib-card roles`), and the element
 * reads the index it writes (`roles-src`).
 */
import { isObj } from '../../model/untrusted.js';
import { asArray, EMERITUS_APPROVER, type RolesBuilder } from './builder.js';
import { makeRole } from '../roles-index.js';

/** One parsed OWNERS file, where it lives. */
export interface OwnersFile {
  /** `<org>/<repo>`. */
  repo: string;
  /** Path of the file in the repository (`pkg/kubelet/OWNERS`, `OWNERS`). */
  path: string;
  doc: unknown;
}

/** The repository's name, which is how the card names what an OWNERS role covers. */
function repoName(repo: string): string {
  return repo.slice(repo.indexOf('/') + 1);
}

/** The directory an OWNERS file governs: `pkg/kubelet/OWNERS` → `pkg/kubelet`, `OWNERS` → `""`. */
export function ownersDir(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/**
 * The people a list of OWNERS names stands for: each name that is an alias is
 * replaced by its members, and theirs (an alias may name another alias); a
 * cycle stops where it repeats. Alias names are compared case-insensitively,
 * as prow does.
 */
export function expandAliases(names: readonly unknown[], aliases: unknown): unknown[] {
  const table = new Map<string, unknown[]>();
  if (isObj(aliases) && isObj(aliases.aliases)) {
    for (const [k, v] of Object.entries(aliases.aliases)) table.set(k.toLowerCase(), asArray(v));
  }
  const out: unknown[] = [];
  const walk = (list: readonly unknown[], seen: ReadonlySet<string>) => {
    for (const name of list) {
      const key = typeof name === 'string' ? name.toLowerCase() : undefined;
      const members = key === undefined ? undefined : table.get(key);
      if (!members) out.push(name);
      else if (!seen.has(key!)) walk(members, new Set([...seen, key!]));
    }
  };
  walk(names, new Set());
  return out;
}

/**
 * Adds the roles of OWNERS files: `approvers` → approver, `reviewers` →
 * reviewer, `emeritus_approvers` → emeritus (label `approver`), each for the
 * repository (group: its name; link: the repository), with the file's
 * directory as a path. `aliasesOf(repo)` gives the repository's parsed
 * `OWNERS_ALIASES`, if any. The builder merges one role per kind and
 * repository, keeping its directories.
 */
export function addOwnersFiles(b: RolesBuilder, files: readonly OwnersFile[], aliasesOf: (repo: string) => unknown): void {
  for (const file of files) {
    if (!isObj(file.doc) || !/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/.test(file.repo)) continue;
    const group = repoName(file.repo);
    const extra = { url: `https://github.com/${file.repo}`, paths: [ownersDir(file.path)] };
    const aliases = aliasesOf(file.repo);
    const sections = [file.doc, ...(isObj(file.doc.filters) ? Object.values(file.doc.filters) : [])];
    for (const section of sections) {
      if (!isObj(section)) continue;
      for (const login of expandAliases(asArray(section.approvers), aliases)) b.add(login, makeRole('approver', group, extra));
      for (const login of expandAliases(asArray(section.reviewers), aliases)) b.add(login, makeRole('reviewer', group, extra));
      for (const login of expandAliases(asArray(section.emeritus_approvers), aliases)) {
        b.add(login, makeRole('emeritus', group, { ...extra, label: EMERITUS_APPROVER }));
      }
    }
  }
}
