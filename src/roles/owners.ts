/**
 * OWNERS files (`approvers`, `reviewers`, `emeritus_approvers`): who approves and
 * reviews a repository or a directory.
 */
import { safeHttpUrl } from '../model/safe-url.js';
import { isObj } from '../model/untrusted.js';
import { asArray, EMERITUS_APPROVER, RolesBuilder, text } from './builder.js';
import { makeRole, type RolesIndex } from './roles-index.js';
import { loadYamlParser, parseYaml } from './yaml.js';

/**
 * Builds an index from one parsed OWNERS file: `approvers` → `approver`,
 * `reviewers` → `reviewer`, `emeritus_approvers` → `emeritus` (label `"approver"`),
 * all in `group` (e.g. "kubeadm") with `url` as the link. Lists under `filters`
 * (path-specific owners) count too. An approver is not also listed as reviewer.
 *
 * OWNERS entries may name aliases from the repository's `OWNERS_ALIASES` rather
 * than people; they are not expanded here, so an alias name is indexed like a login.
 */
export function buildOwnersIndexFromDoc(doc: unknown, group: string, url?: string): RolesIndex {
  const b = new RolesBuilder();
  const name = text(group);
  if (!name || !isObj(doc)) return b.build();
  const link = safeHttpUrl(url);
  const sections = [doc, ...(isObj(doc.filters) ? Object.values(doc.filters) : [])];
  for (const section of sections) {
    if (!isObj(section)) continue;
    for (const login of asArray(section.approvers)) b.add(login, makeRole('approver', name, { url: link }));
    for (const login of asArray(section.reviewers)) b.add(login, makeRole('reviewer', name, { url: link }));
    for (const login of asArray(section.emeritus_approvers)) {
      b.add(login, makeRole('emeritus', name, { label: EMERITUS_APPROVER, url: link }));
    }
  }
  return b.build();
}

/**
 * Parses an OWNERS file's text; see {@link buildOwnersIndexFromDoc}. Throws if the
 * text is not YAML. Combine the result with the community index through
 * {@link mergeRolesIndexes}.
 */
export async function parseOwnersFile(yamlText: string, group: string, url?: string): Promise<RolesIndex> {
  return buildOwnersIndexFromDoc(parseYaml(await loadYamlParser(), yamlText), group, url);
}

/** One index holding every role of the given ones, deduplicated and sorted again. */
export function mergeRolesIndexes(...indexes: RolesIndex[]): RolesIndex {
  const b = new RolesBuilder();
  for (const index of indexes) b.addIndex(index);
  return b.build();
}
