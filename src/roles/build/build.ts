/**
 * A roles index from the community files' texts: each file is parsed and read
 * by its own module into one builder. Pure and synchronous once the parser is
 * given ({@link buildRolesIndexWith}, what the worker runs), or with the parser
 * loaded as its own chunk ({@link buildRolesIndex}, the main-thread fallback).
 *
 * The files are written by many hands and fetched over the network, so nothing
 * in them is trusted: a value of the wrong type is skipped, never thrown on,
 * and only strings that look like GitHub logins become index keys. Which file
 * gives which roles is docs/roles.md.
 */
import { makeRole, type RolesIndex, type RolesSource } from '../roles-index.js';
import { RolesBuilder } from './builder.js';
import { addKubernetesAliases } from './kubernetes-aliases.js';
import { addOrgFile, addTeamsFile, orgOfPath } from './org.js';
import { addOwnersFiles, type OwnersFile } from './owners.js';
import { addSigsYaml, COMMUNITY_TREE, groupNames, STEERING_DIR } from './sigs-yaml.js';
import { SIGS_YAML, STEERING_GROUP } from '../names.js';
import { addSteeringEmeriti, readSteeringReadme, steeringAliasMembers } from './steering.js';
import { loadYamlParser, parseYaml, type YamlParser } from './yaml.js';

/** One community file as fetched: where it is, and its text. */
export interface CommunityFile {
  /** `<org>/<repo>`, e.g. `kubernetes/community`. */
  repo: string;
  /** Path in the repository, e.g. `sigs.yaml`, `config/kubernetes/org.yaml`. */
  path: string;
  text: string;
  /** The commit it was read at, when known (the crawl); the live card reads `HEAD`. */
  commit?: string;
}

/** An index, and the files that were given but could not be read (not YAML, or of no known kind). */
export interface RolesBuildResult {
  index: RolesIndex;
  unreadable: string[];
}


/** What kind of file this is, by where it lives. */
type FileKind = 'sigs' | 'steering-aliases' | 'steering-readme' | 'kubernetes-aliases' | 'org' | 'teams' | 'owners' | 'owners-aliases';

function kindOf(f: CommunityFile): FileKind | undefined {
  if (f.repo === SIGS_YAML.repo && f.path === SIGS_YAML.path) return 'sigs';
  if (f.repo === 'kubernetes/steering' && f.path === 'OWNERS_ALIASES') return 'steering-aliases';
  if (f.repo === 'kubernetes/steering' && f.path === 'README.md') return 'steering-readme';
  if (f.repo === 'kubernetes/kubernetes' && f.path === 'OWNERS_ALIASES') return 'kubernetes-aliases';
  if (f.repo === 'kubernetes/org' && orgOfPath(f.path)) {
    if (/^config\/[^/]+\/org\.yaml$/.test(f.path)) return 'org';
    if (/\/teams\.yaml$/.test(f.path)) return 'teams';
  }
  // Prow reads one OWNERS_ALIASES per repository, at its root; OWNERS files anywhere.
  if (f.path === 'OWNERS_ALIASES') return 'owners-aliases';
  if (f.path === 'OWNERS' || f.path.endsWith('/OWNERS')) return 'owners';
  return undefined;
}

/** The community files, parsed (the Steering README stays Markdown text). */
export interface CommunityDocs {
  /** `kubernetes/community` `sigs.yaml`. */
  sigs: unknown;
  /** `kubernetes/steering` `OWNERS_ALIASES`. */
  steeringAliases?: unknown;
  /** `kubernetes/steering` `README.md`, as text. */
  steeringReadme?: string;
  /** `kubernetes/kubernetes` `OWNERS_ALIASES`. */
  kubernetesAliases?: unknown;
  /** `config/<org>/org.yaml` of kubernetes/org, per org. */
  orgs?: readonly (readonly [org: string, doc: unknown])[];
  /** `config/<org>/**\/teams.yaml` of kubernetes/org, with their org. */
  teams?: readonly (readonly [org: string, doc: unknown])[];
  /** OWNERS files of any repository (the crawl). */
  owners?: readonly OwnersFile[];
  /** Root `OWNERS_ALIASES` of repositories other than kubernetes/kubernetes and kubernetes/steering, by `<org>/<repo>`. */
  ownersAliases?: ReadonlyMap<string, unknown>;
}

/**
 * Builds the index from parsed documents: pure and synchronous, so it runs in
 * a worker or a test without the parser.
 *
 * - `sigs` (`sigs.yaml`): groups under `sigs`, `workinggroups`, `usergroups`
 *   and `committees` give `chair`, `tech-lead`, `emeritus` (from
 *   `emeritus_leads`), `steering-liaison` and `subproject-lead`; the chairs of
 *   `committee-steering` are Steering members; `gb_rep` is the Governing Board
 *   seat. Its group folders also name the groups of `kubernetesAliases`.
 * - `kubernetesAliases`: SIG-level approvers, reviewers, maintainers and leads
 *   (`kubernetes-aliases.ts`).
 * - `orgs` and `teams`: org members and repository maintainers (`org.ts`).
 * - `steeringAliases` and `steeringReadme`: who sits on Steering today, their
 *   terms (`YYYY-MM`, the month a term ends), and the Steering emeriti.
 * - `owners`: approvers, reviewers and emeritus approvers of each repository,
 *   with their directories, names expanded through the repository's aliases
 *   (`owners.ts`).
 *
 * Anything malformed is skipped: a `null` document, a list that is not a
 * list, a `github` value that is not a login.
 */
export function buildRolesIndexFromDocs(docs: CommunityDocs, sources?: RolesSource[]): RolesIndex {
  const b = new RolesBuilder();
  const readme = typeof docs.steeringReadme === 'string' ? readSteeringReadme(docs.steeringReadme) : undefined;
  const steeringUrl = COMMUNITY_TREE + STEERING_DIR;
  const steeringRole = (login: unknown) => {
    if (typeof login !== 'string') return;
    const term = readme?.members.get(login.toLowerCase());
    b.add(login, makeRole('steering-member', STEERING_GROUP, { term, url: steeringUrl }));
  };

  addSigsYaml(b, docs.sigs, steeringRole);
  for (const login of steeringAliasMembers(docs.steeringAliases)) steeringRole(login);
  if (readme) {
    for (const login of readme.members.keys()) steeringRole(login);
    addSteeringEmeriti(b, readme);
  }
  addKubernetesAliases(b, docs.kubernetesAliases, groupNames(docs.sigs));
  for (const [org, doc] of docs.orgs ?? []) addOrgFile(b, doc, org);
  for (const [org, doc] of docs.teams ?? []) addTeamsFile(b, doc, org);
  const aliasesOf = (repo: string) =>
    repo === 'kubernetes/kubernetes' ? docs.kubernetesAliases : repo === 'kubernetes/steering' ? docs.steeringAliases : docs.ownersAliases?.get(repo);
  addOwnersFiles(b, docs.owners ?? [], aliasesOf);
  return b.build(sources);
}

/**
 * Parses the files' texts with the given parser and builds the index (see
 * {@link buildRolesIndexFromDocs}): what the worker runs, having bundled the
 * parser.
 *
 * Throws if `sigs.yaml` is missing or not YAML: an empty index would read as
 * "holds no roles", when the truth is "could not tell", and the caller should
 * report that. Any other file that is not YAML, or of no known kind, is
 * skipped and named in `unreadable`, so the caller can say that part is missing.
 */
export function buildRolesIndexWith(yaml: YamlParser, files: readonly CommunityFile[]): RolesBuildResult {
  const sigsFile = files.find((f) => kindOf(f) === 'sigs');
  if (!sigsFile) throw new Error('sigs.yaml is required');
  const docs: CommunityDocs & { orgs: [string, unknown][]; teams: [string, unknown][]; owners: OwnersFile[]; ownersAliases: Map<string, unknown> } = {
    sigs: parseYaml(yaml, sigsFile.text),
    orgs: [],
    teams: [],
    owners: [],
    ownersAliases: new Map(),
  };
  const unreadable: string[] = [];
  const read: CommunityFile[] = [sigsFile];
  /** A YAML file of the wrong shape (a string, a list) is as unreadable as one that is not YAML. */
  const mapping = (text: string) => {
    const doc = parseYaml(yaml, text);
    if (doc !== null && (typeof doc !== 'object' || Array.isArray(doc))) throw new Error('not a YAML mapping');
    return doc;
  };
  for (const file of files) {
    const kind = kindOf(file);
    if (kind === 'sigs') continue;
    try {
      if (kind === 'steering-readme') docs.steeringReadme = file.text;
      else if (kind === 'steering-aliases') docs.steeringAliases = mapping(file.text);
      else if (kind === 'kubernetes-aliases') docs.kubernetesAliases = mapping(file.text);
      else if (kind === 'org') docs.orgs.push([orgOfPath(file.path)!, mapping(file.text)]);
      else if (kind === 'teams') docs.teams.push([orgOfPath(file.path)!, mapping(file.text)]);
      else if (kind === 'owners') docs.owners.push({ repo: file.repo, path: file.path, doc: mapping(file.text) });
      else if (kind === 'owners-aliases') docs.ownersAliases.set(file.repo, mapping(file.text));
      else throw new Error('not a community file');
      read.push(file);
    } catch {
      unreadable.push(`${file.repo}/${file.path}`);
    }
  }
  const sources: RolesSource[] = read.map((f) => ({ repo: f.repo, path: f.path, commit: f.commit ?? 'HEAD' }));
  return { index: buildRolesIndexFromDocs(docs, sources), unreadable };
}

/**
 * Parses the community files and builds the index, on the calling thread. The
 * YAML parser is loaded on first call, as its own chunk. A page should prefer
 * `buildRolesIndexOffMainThread` (`worker-client.ts`), which runs this in a
 * worker. Same result and errors as {@link buildRolesIndexWith}.
 */
export async function buildRolesIndex(files: readonly CommunityFile[]): Promise<RolesBuildResult> {
  return buildRolesIndexWith(await loadYamlParser(), files);
}
