/**
 * kubernetes/kubernetes `OWNERS_ALIASES`: the SIG-level approvers, reviewers,
 * maintainers and leads of the main repository, one alias per group of people
 * (`sig-node-approvers`, `sig-node-cri-approvers`, `api-reviewers`…). The
 * alias names follow a convention, not a schema, so each is read by the rules
 * in docs/roles.md ("The mapping"); a name the rules do not cover is still
 * shown, under its own name, at reviewer level, never dropped.
 */
import type { RoleKind } from '../../model/model.js';
import { isObj } from '../../model/untrusted.js';
import { asArray, type RolesBuilder } from './builder.js';
import { makeRole } from '../roles-index.js';

/** Where the aliases are recorded, at the default branch. */
export const KUBERNETES_ALIASES_URL = 'https://github.com/kubernetes/kubernetes/blob/HEAD/OWNERS_ALIASES';

/** Role suffixes of alias names, longest first (`-subproject-leads` before `-leads`). */
const SUFFIXES: readonly (readonly [suffix: string, kind: RoleKind])[] = [
  ['subproject-leads', 'subproject-lead'],
  ['leads', 'lead'],
  ['maintainers', 'maintainer'],
  ['managers', 'maintainer'],
  ['approvers', 'approver'],
  ['reviewers', 'reviewer'],
];

/** What one alias name means: a rung, in a group, maybe for an area of it. */
export interface AliasMeaning {
  kind: RoleKind;
  group: string;
  label?: string;
}

/** "build-image" → "Build image"; "api" → "API". */
function areaName(area: string): string {
  const words = area.split('-').map((w) => (w === 'api' ? 'API' : w));
  const s = words.join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * Reads an alias name (docs/roles.md, rules 1–5). `groups` maps group folders
 * (`sig-node`) to display names ("SIG Node"); the longest folder that prefixes
 * the name wins, so `sig-api-machinery-api-approvers` is SIG API Machinery's.
 */
export function aliasMeaning(name: string, groups: ReadonlyMap<string, string>): AliasMeaning {
  const key = name.toLowerCase();
  const found = SUFFIXES.find(([suffix]) => key.endsWith(`-${suffix}`));
  if (found) {
    const [suffix, kind] = found;
    const stem = key.slice(0, -(suffix.length + 1));
    let dir: string | undefined;
    for (const d of groups.keys()) {
      if ((stem === d || stem.startsWith(`${d}-`)) && (!dir || d.length > dir.length)) dir = d;
    }
    if (dir) {
      const group = groups.get(dir)!;
      const area = stem.slice(dir.length + 1);
      if (!area) return { kind, group };
      return { kind, group, label: area === 'api' ? 'API' : name.slice(dir.length + 1, dir.length + 1 + area.length) };
    }
    if (stem) return { kind, group: areaName(stem) };
  }
  // A bare `sig-scheduling`, or a shape the rules do not know: under its own name.
  return { kind: 'reviewer', group: name };
}

/** Adds a role per person per alias of a parsed `OWNERS_ALIASES`; malformed entries are skipped. */
export function addKubernetesAliases(b: RolesBuilder, doc: unknown, groups: ReadonlyMap<string, string>): void {
  if (!isObj(doc) || !isObj(doc.aliases)) return;
  for (const [name, members] of Object.entries(doc.aliases)) {
    const m = aliasMeaning(name, groups);
    const role = makeRole(m.kind, m.group, { label: m.label, url: KUBERNETES_ALIASES_URL });
    for (const login of asArray(members)) b.add(login, role);
  }
}
