/**
 * `kubernetes/community` `sigs.yaml`: the groups (SIGs, working groups, user
 * groups, committees), their chairs, tech leads, emeritus leads, Steering
 * liaisons and subproject leads; the Steering Committee (the chairs of
 * `committee-steering`); and `gb_rep`, the project's seat on the CNCF Governing
 * Board. Indentation differs between versions of the file: it is read as
 * parsed YAML, never line by line.
 */
import { isObj } from '../../model/untrusted.js';
import { asArray, githubs, text, type RolesBuilder } from './builder.js';
import { makeRole } from '../roles-index.js';
import { STEERING_GROUP } from '../names.js';

/** Group folders are plain path segments; anything else gets no link. */
const DIR_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Web links go to `HEAD`, which GitHub resolves to the default branch, whatever it is named. */
export const COMMUNITY_TREE = 'https://github.com/kubernetes/community/tree/HEAD/';
/** Where `gb_rep` is recorded. */
const SIGS_YAML_URL = 'https://github.com/kubernetes/community/blob/HEAD/sigs.yaml';
/** The group of the Governing Board seat: Kubernetes' representative on the CNCF Governing Board. */
export const GOVERNING_BOARD_GROUP = 'Kubernetes';
export const STEERING_DIR = 'committee-steering';

/** The top-level lists of `sigs.yaml` and how each names its groups on the card. */
const GROUP_LISTS: readonly (readonly [key: string, display: (name: string) => string])[] = [
  ['sigs', (name) => `SIG ${name}`],
  ['workinggroups', (name) => `WG ${name}`],
  ['usergroups', (name) => `UG ${name}`],
  // The file says "Code of Conduct", "Steering"; a future entry may already say "... Committee".
  ['committees', (name) => (/\bcommittee\b/i.test(name) ? name : `${name} Committee`)],
];

/** Adds the roles of one group entry of `sigs.yaml`. */
function addGroup(
  b: RolesBuilder,
  entry: unknown,
  display: (name: string) => string,
  steeringRole: (login: unknown) => void,
): void {
  if (!isObj(entry)) return;
  const dir = typeof entry.dir === 'string' && DIR_PATTERN.test(entry.dir) ? entry.dir : undefined;
  const name = text(entry.name) ?? dir;
  if (!name) return;
  // Steering is named the same whichever file mentions it, so its roles merge.
  const isSteering = dir === STEERING_DIR;
  const group = isSteering ? STEERING_GROUP : display(name);
  const url = dir ? COMMUNITY_TREE + dir : undefined;

  const leadership = isObj(entry.leadership) ? entry.leadership : {};
  for (const login of githubs(leadership.chairs)) {
    // Steering has no chairs: sigs.yaml lists its members under `chairs`.
    if (isSteering) steeringRole(login);
    else b.add(login, makeRole('chair', group, { url }));
  }
  for (const login of githubs(leadership.tech_leads)) b.add(login, makeRole('tech-lead', group, { url }));
  for (const login of githubs(leadership.emeritus_leads)) b.add(login, makeRole('emeritus', group, { url }));

  const contact = isObj(entry.contact) ? entry.contact : {};
  if (isObj(contact.liaison)) b.add(contact.liaison.github, makeRole('steering-liaison', group, { url }));

  for (const sub of asArray(entry.subprojects)) {
    if (!isObj(sub)) continue;
    const label = text(sub.name);
    for (const login of githubs(sub.leads)) b.add(login, makeRole('subproject-lead', group, { label, url }));
  }
}

/**
 * Each group's folder (`dir`, e.g. `sig-node`) → the name the card shows for
 * it ("SIG Node"), as {@link addSigsYaml} names its roles; other files name
 * groups by folder (`sig-node-approvers` in kubernetes/kubernetes'
 * `OWNERS_ALIASES`).
 */
export function groupNames(sigs: unknown): Map<string, string> {
  const names = new Map<string, string>();
  if (!isObj(sigs)) return names;
  for (const [key, display] of GROUP_LISTS) {
    for (const entry of asArray(sigs[key])) {
      if (!isObj(entry) || typeof entry.dir !== 'string' || !DIR_PATTERN.test(entry.dir)) continue;
      const name = text(entry.name) ?? entry.dir;
      names.set(entry.dir.toLowerCase(), entry.dir === STEERING_DIR ? STEERING_GROUP : display(name));
    }
  }
  return names;
}

/**
 * Adds every role `sigs.yaml` gives. `steeringRole` adds a Steering member (the
 * Steering files know their terms); anything malformed is skipped.
 */
export function addSigsYaml(b: RolesBuilder, sigs: unknown, steeringRole: (login: unknown) => void): void {
  if (!isObj(sigs)) return;
  for (const [key, display] of GROUP_LISTS) {
    for (const entry of asArray(sigs[key])) addGroup(b, entry, display, steeringRole);
  }
  // `gb_rep: {github, name, company, email}`: the project's seat on the CNCF Governing Board.
  if (isObj(sigs.gb_rep)) b.add(sigs.gb_rep.github, makeRole('governing-board', GOVERNING_BOARD_GROUP, { url: SIGS_YAML_URL }));
}

