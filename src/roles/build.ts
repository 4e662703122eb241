/**
 * A roles index from the community files' texts: each file is parsed and read
 * by its own module into one builder. Pure and synchronous once the parser is
 * given ({@link buildRolesIndexWith}, what the worker runs), or with the parser
 * loaded as its own chunk ({@link buildRolesIndex}, the main-thread fallback).
 *
 * The files are written by many hands and fetched over the network, so nothing
 * in them is trusted: a value of the wrong type is skipped, never thrown on,
 * and only strings that look like GitHub logins become index keys.
 */
import { makeRole, type RolesIndex } from './roles-index.js';
import { RolesBuilder } from './builder.js';
import { addSigsYaml, COMMUNITY_TREE, STEERING_DIR, STEERING_GROUP } from './sigs-yaml.js';
import { addSteeringEmeriti, readSteeringReadme, steeringAliasMembers } from './steering.js';
import { loadYamlParser, parseYaml, type YamlParser } from './yaml.js';

/** Raw texts of the community files, as fetched. Only `sigs.yaml` is required. */
export interface CommunityFiles {
  /** `kubernetes/community` `sigs.yaml`. */
  sigsYaml: string;
  /** `kubernetes/steering` `OWNERS_ALIASES`; confirms who sits on Steering today. */
  steeringAliases?: string;
  /** `kubernetes/steering` `README.md`; the only file that records terms and Steering emeriti. */
  steeringReadme?: string;
}

/**
 * Builds the index from already-parsed documents. Pure and synchronous, so it can
 * run in a worker or a test without the YAML parser; {@link buildRolesIndex} is the
 * usual way in.
 *
 * - `sigs`: parsed `sigs.yaml`. Groups under `sigs`, `workinggroups`, `usergroups`
 *   and `committees` give `chair`, `tech-lead`, `emeritus` (from `emeritus_leads`),
 *   `steering-liaison` (the group's `contact.liaison`, with the group liaised to) and
 *   `subproject-lead` (label: the subproject's name). The chairs of
 *   `committee-steering` are Steering members.
 * - `steeringAliases`: parsed `OWNERS_ALIASES`; `aliases.steering-committee` adds
 *   Steering members the other files may not list yet.
 * - `steeringReadme`: Markdown text; current members with the end of their term,
 *   and the Steering emeriti.
 *
 * Steering members carry `term` as the month their term ends, in machine form
 * `YYYY-MM` ("Term ends in October 2027" → `"2027-10"`; `YYYY` if the README gives
 * only a year); the card localises it. Anything malformed is skipped: a `null`
 * document, a list that is not a list, a `github` value that is not a login.
 */
export function buildRolesIndexFromDocs(
  sigs: unknown,
  steeringAliases: unknown | undefined,
  steeringReadme: string | undefined,
): RolesIndex {
  const b = new RolesBuilder();
  const readme = typeof steeringReadme === 'string' ? readSteeringReadme(steeringReadme) : undefined;
  const steeringUrl = COMMUNITY_TREE + STEERING_DIR;
  const steeringRole = (login: unknown) => {
    if (typeof login !== 'string') return;
    const term = readme?.members.get(login.toLowerCase());
    b.add(login, makeRole('steering-member', STEERING_GROUP, { term, url: steeringUrl }));
  };

  addSigsYaml(b, sigs, steeringRole);
  for (const login of steeringAliasMembers(steeringAliases)) steeringRole(login);
  if (readme) {
    for (const login of readme.members.keys()) steeringRole(login);
    addSteeringEmeriti(b, readme);
  }
  return b.build();
}

/**
 * Parses the community files and builds the index, on the calling thread. The
 * YAML parser is loaded on first call, as its own chunk. A page should prefer
 * `buildRolesIndexOffMainThread` (`worker-client.ts`), which runs this in a
 * worker.
 *
 * Throws if `sigsYaml` is not valid YAML: an empty index would read as "holds no
 * roles", when the truth is "could not tell", and the caller should report that.
 * A broken `steeringAliases` is ignored instead, since it only confirms members
 * that `sigs.yaml` already lists.
 */
export async function buildRolesIndex(files: CommunityFiles): Promise<RolesIndex> {
  return buildRolesIndexWith(await loadYamlParser(), files);
}

/**
 * {@link buildRolesIndex} with the parser supplied and no waiting: what the
 * worker runs, having bundled the parser. Same result, same errors.
 */
export function buildRolesIndexWith(yaml: YamlParser, files: CommunityFiles): RolesIndex {
  const sigs = parseYaml(yaml, files.sigsYaml);
  let aliases: unknown;
  if (typeof files.steeringAliases === 'string') {
    try {
      aliases = parseYaml(yaml, files.steeringAliases);
    } catch {
      aliases = undefined;
    }
  }
  return buildRolesIndexFromDocs(sigs, aliases, files.steeringReadme);
}
