/**
 * Who holds which Kubernetes community role, boiled down from the community files.
 *
 * `sigs.yaml` is ~190 KB of text and several MB once parsed, yet a card needs one
 * answer from it: "which roles does this login hold?". So the files are parsed once,
 * reduced to a small login → roles map of plain JSON (cacheable in localStorage,
 * postable from a worker) and the parsed documents are dropped. The YAML parser is
 * imported lazily so pages that never ask for roles never download it, and the
 * parsing itself normally runs in a worker (`roles-worker.ts`), off the page's
 * main thread.
 *
 * The files are written by many hands and fetched over the network, so nothing in
 * them is trusted: a value of the wrong type is skipped, never thrown on, and only
 * strings that look like GitHub logins become index keys.
 */
import { ROLE_KINDS, type Role, type RoleKind } from './model.js';
import { safeHttpUrl } from './safe-url.js';
import { cleanText } from './validate.js';
import { byString, compareRoles, kindRank } from './roles.js';

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
 * Compact, JSON-serialisable (so it can be cached in localStorage / sent from a worker).
 *
 * `roles` maps a lower-case login to that person's roles, already deduplicated and
 * sorted by seniority. Only logins holding at least one role are present. Read it
 * through {@link rolesFor}, which handles case, missing keys and `links`; a value
 * read back from a cache must pass {@link isRolesIndex} before use.
 */
export interface RolesIndex {
  /**
   * Format version; bumped whenever what an index holds changes, so copies
   * cached by an older card are refused (2: links at `HEAD`, the Governing
   * Board seat).
   */
  v: typeof ROLES_INDEX_VERSION;
  /**
   * Roles per lower-case login. A role stored without `url` whose group has an
   * entry in `links` links there; {@link rolesFor} puts the `url` back.
   */
  roles: Record<string /* lower-case login */, Role[]>;
  /**
   * Group name → the page that records the group. Each of ~400 roles would
   * otherwise repeat a ~70-character URL, which alone would be half the index.
   */
  links: Record<string /* group */, string>;
}

/** Version of {@link RolesIndex} this code writes and reads. */
export const ROLES_INDEX_VERSION = 2;

/** The group name every Steering role carries, whichever file it came from. */
export const STEERING_GROUP = 'Steering Committee';

/**
 * Logins as the files spell them. Looser than GitHub's current rules on purpose
 * (accounts from before those rules can hold `--` or a trailing `-`), yet tight enough
 * that markup, paths and whitespace can never become a key.
 */
const FILE_LOGIN = /^[A-Za-z0-9-]{1,39}$/;

/** Same, inside a Markdown link text such as `[@BenTheElder](...)`. */
const README_LOGIN = /\[\s*@([A-Za-z0-9-]{1,39})\s*\]/g;

/** Group folders are plain path segments; anything else gets no link. */
const DIR_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Web links go to `HEAD`, which GitHub resolves to the default branch, whatever it is named. */
const COMMUNITY_TREE = 'https://github.com/kubernetes/community/tree/HEAD/';
/** Where `gb_rep` is recorded. */
const SIGS_YAML_URL = 'https://github.com/kubernetes/community/blob/HEAD/sigs.yaml';
/** The group of the Governing Board seat: Kubernetes' representative on the CNCF Governing Board. */
export const GOVERNING_BOARD_GROUP = 'Kubernetes';
const STEERING_DIR = 'committee-steering';
/** Where Steering emeriti are recorded (the README's "### Emeritus" heading). */
const STEERING_EMERITUS_URL = 'https://github.com/kubernetes/steering#emeritus';

/** The top-level lists of `sigs.yaml` and how each names its groups on the card. */
const GROUP_LISTS: readonly (readonly [key: string, display: (name: string) => string])[] = [
  ['sigs', (name) => `SIG ${name}`],
  ['workinggroups', (name) => `WG ${name}`],
  ['usergroups', (name) => `UG ${name}`],
  // The file says "Code of Conduct", "Steering"; a future entry may already say "... Committee".
  ['committees', (name) => (/\bcommittee\b/i.test(name) ? name : `${name} Committee`)],
];

/** `label` of the `emeritus` roles that come from `emeritus_approvers`, to tell them from emeritus leads. */
const EMERITUS_APPROVER = 'approver';


const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

/**
 * The parts of `js-yaml` the index needs. Passed in rather than imported here, so
 * that this module never pulls the parser into the chunk of whoever imports it:
 * the page loads it lazily ({@link buildRolesIndex}), the worker bundles it.
 */
export interface YamlParser {
  loadAll: typeof import('js-yaml').loadAll;
  FAILSAFE_SCHEMA: typeof import('js-yaml').FAILSAFE_SCHEMA;
}

/**
 * Parses one YAML document of the community files.
 *
 * The failsafe schema keeps every scalar a string, so an all-digit login
 * (`github: 1234`) or a name such as `1.30` survives as written instead of turning
 * into a number. `json: true` lets a duplicate key override the earlier one (last
 * wins) rather than failing the whole file; aliases stay capped. `loadAll` rather
 * than `load`, because `load` throws on a text with no document at all, and an
 * empty file means "no roles", not "broken"; more than one document is refused,
 * since the files hold one and a second would be silently dropped.
 */
function parseYaml(yaml: YamlParser, text: string): unknown {
  const docs = yaml.loadAll(text, { schema: yaml.FAILSAFE_SCHEMA, json: true, maxAliases: 100 });
  if (docs.length > 1) throw new Error(`expected one YAML document, found ${docs.length}`);
  return docs.length ? docs[0] : null;
}

/**
 * Loads the parser, as its own chunk. Destructured on the spot, so the bundler
 * keeps only `loadAll` and what it needs (not the serialiser).
 */
async function loadYamlParser(): Promise<YamlParser> {
  const { loadAll, FAILSAFE_SCHEMA } = await import('js-yaml');
  return { loadAll, FAILSAFE_SCHEMA };
}

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A non-empty, cleaned string, or `undefined` for anything else. */
function text(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const t = cleanText(v.replace(/\s+/g, ' '));
  return t.length ? t : undefined;
}

function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** The `github` values of a list of people (`[{github, name, ...}]`); unchecked, see {@link RolesBuilder.add}. */
function githubs(list: unknown): unknown[] {
  return asArray(list).map((p) => (isObj(p) ? p.github : undefined));
}


/** Builds a role with no `undefined` members, so JSON and deep equality see the same thing. */
function makeRole(kind: RoleKind, group: string, extra: { label?: string; term?: string; url?: string } = {}): Role {
  const role: Role = { kind, group };
  if (extra.label !== undefined) role.label = extra.label;
  if (extra.term !== undefined) role.term = extra.term;
  if (extra.url !== undefined) role.url = extra.url;
  return role;
}

/**
 * A role is dropped when the same person holds a current role it describes the past
 * of: "emeritus lead of SIG X" next to "chair of SIG X" (a returning lead, or a file
 * that lags behind another) would tell the reader nothing true. Likewise an approver
 * is always a reviewer too, so the card shows only the former.
 */
function isSuperseded(role: Role, all: readonly Role[]): boolean {
  const held = (kinds: readonly RoleKind[], label?: string) =>
    all.some((r) => r.group === role.group && r.label === label && kinds.includes(r.kind));
  if (role.kind === 'emeritus' && role.label === undefined) {
    return held(['steering-member', 'chair', 'tech-lead']);
  }
  if (role.kind === 'emeritus' && role.label === EMERITUS_APPROVER) return held(['approver', 'reviewer']);
  if (role.kind === 'reviewer') return held(['approver'], role.label);
  return false;
}

/** Collects roles per login, deduplicating as it goes. */
class RolesBuilder {
  private readonly byLogin = new Map<string, Map<string, Role>>();

  /** Adds `role` for `login` if `login` is a plausible login; anything else is ignored. */
  add(login: unknown, role: Role): void {
    if (typeof login !== 'string' || !FILE_LOGIN.test(login)) return;
    const key = login.toLowerCase();
    let roles = this.byLogin.get(key);
    if (!roles) this.byLogin.set(key, (roles = new Map()));
    // Two roles are the same role when every field matches.
    const id = JSON.stringify([role.kind, role.group, role.label, role.term, role.url]);
    if (!roles.has(id)) roles.set(id, role);
  }

  addIndex(index: RolesIndex): void {
    for (const login of Object.keys(index.roles)) {
      for (const r of rolesFor(index, login)) this.add(login, r);
    }
  }

  build(): RolesIndex {
    const entries: [string, Role[]][] = [];
    for (const [login, set] of this.byLogin) {
      const all = [...set.values()];
      const kept = all.filter((r) => !isSuperseded(r, all)).sort(compareRoles);
      if (kept.length) entries.push([login, kept]);
    }
    entries.sort(([a], [b]) => byString(a, b));

    // Each group's shared link is the URL most of its roles carry. A group gets one
    // only if every role in it has a link, so that "no url" keeps meaning "no url"
    // once rolesFor fills links back in.
    const counts = new Map<string, Map<string, number>>();
    const unlinked = new Set<string>();
    for (const [, roles] of entries) {
      for (const r of roles) {
        if (r.url === undefined) {
          unlinked.add(r.group);
          continue;
        }
        let perUrl = counts.get(r.group);
        if (!perUrl) counts.set(r.group, (perUrl = new Map()));
        perUrl.set(r.url, (perUrl.get(r.url) ?? 0) + 1);
      }
    }
    const links = new Map<string, string>();
    for (const [group, perUrl] of counts) {
      if (unlinked.has(group)) continue;
      // Ties go to the URL seen first, which is deterministic: entries are sorted.
      let best: [string, number] | undefined;
      for (const candidate of perUrl) if (!best || candidate[1] > best[1]) best = candidate;
      if (best) links.set(group, best[0]);
    }
    const compact = entries.map(([login, roles]): [string, Role[]] => [
      login,
      roles.map((r) => (r.url !== undefined && links.get(r.group) === r.url ? makeRole(r.kind, r.group, { ...r, url: undefined }) : r)),
    ]);

    // fromEntries defines own properties, so even a key such as "constructor" is plain data.
    return {
      v: ROLES_INDEX_VERSION,
      roles: Object.fromEntries(compact),
      links: Object.fromEntries([...links].sort(([a], [b]) => byString(a, b))),
    };
  }
}

/**
 * Turns a README heading tail such as "October 2027" into the machine form the index
 * stores: `YYYY-MM`, or `YYYY` when only a year is given; `undefined` if unreadable.
 */
function termEnd(s: string): string | undefined {
  const t = s.trim().replace(/[.:]+$/, '');
  let m = /^([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(t);
  if (m) {
    const word = m[1].toLowerCase();
    // Full names, and abbreviations of at least three letters ("Oct").
    const month = MONTHS.findIndex((name) => word.length >= 3 && name.startsWith(word));
    return month < 0 ? m[2] : `${m[2]}-${String(month + 1).padStart(2, '0')}`;
  }
  m = /^(\d{4})(?:-(0[1-9]|1[0-2]))?$/.exec(t);
  if (m) return m[2] ? `${m[1]}-${m[2]}` : m[1];
  return undefined;
}

/** What the Steering README says about membership. */
interface SteeringReadme {
  /** Current members (lower-case) → end of term, `YYYY-MM`/`YYYY`, or `undefined` if unreadable. */
  members: Map<string, string | undefined>;
  /** Former members, lower-case. */
  emeritus: Set<string>;
}

/**
 * Reads the member tables of the Steering README. Only tables under `## Members`
 * count, below a `### Term ends in <Month YYYY>` or `### Emeritus` heading; the
 * next `## ` heading ends the section, because later sections (the CNCF Governing
 * Board representative, the CNCF representative) hold tables of people who are not
 * Steering members. Markdown, not YAML: a small line scanner is enough and tolerant
 * of column changes, since only `[@login]` link texts in table rows are read.
 */
function readSteeringReadme(md: string): SteeringReadme {
  const result: SteeringReadme = { members: new Map(), emeritus: new Set() };
  let inMembers = false;
  let inFence = false;
  let table: { kind: 'member'; term: string | undefined } | { kind: 'emeritus' } | undefined;
  for (const raw of md.split(/\r\n?|\n/)) {
    const line = raw.trim();
    // A heading inside a code block is not a heading.
    if (/^(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) continue;
    const heading = /^(#{1,6})\s+(.*?)(?:\s+#+)?$/.exec(line);
    if (heading) {
      const level = heading[1].length;
      const title = heading[2].trim();
      if (level <= 2) {
        inMembers = level === 2 && /^members$/i.test(title);
        table = undefined;
      } else if (inMembers && level === 3) {
        const term = /^term ends in\s+(.+)$/i.exec(title);
        if (term) table = { kind: 'member', term: termEnd(term[1]) };
        else table = /^emeritus$/i.test(title) ? { kind: 'emeritus' } : undefined;
      }
      continue;
    }
    if (!table || !line.includes('|')) continue;
    for (const m of line.matchAll(README_LOGIN)) {
      const login = m[1].toLowerCase();
      if (table.kind === 'member') result.members.set(login, table.term);
      else result.emeritus.add(login);
    }
  }
  return result;
}

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

  if (isObj(sigs)) {
    for (const [key, display] of GROUP_LISTS) {
      for (const entry of asArray(sigs[key])) addGroup(b, entry, display, steeringRole);
    }
    // `gb_rep: {github, name, company, email}`: the project's seat on the CNCF Governing Board.
    if (isObj(sigs.gb_rep)) b.add(sigs.gb_rep.github, makeRole('governing-board', GOVERNING_BOARD_GROUP, { url: SIGS_YAML_URL }));
  }

  if (isObj(steeringAliases) && isObj(steeringAliases.aliases)) {
    for (const login of asArray(steeringAliases.aliases['steering-committee'])) steeringRole(login);
  }

  if (readme) {
    for (const login of readme.members.keys()) steeringRole(login);
    for (const login of readme.emeritus) b.add(login, makeRole('emeritus', STEERING_GROUP, { url: STEERING_EMERITUS_URL }));
  }

  return b.build();
}

/**
 * Parses the community files and builds the index, on the calling thread. The
 * YAML parser is loaded on first call, as its own chunk. A page should prefer
 * `buildRolesIndexOffMainThread` (`roles-worker-client.ts`), which runs this in a
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

/**
 * The roles of `login` (any case), most senior first, as fresh objects the caller
 * may change. `[]` for a login with no roles, and for keys that only exist on
 * `Object.prototype` ("constructor", "toString").
 */
export function rolesFor(index: RolesIndex, login: string): Role[] {
  if (typeof login !== 'string') return [];
  const key = login.trim().toLowerCase();
  if (!Object.hasOwn(index.roles, key)) return [];
  const roles = index.roles[key];
  if (!Array.isArray(roles)) return [];
  const links = isObj(index.links) ? index.links : {};
  return roles
    .map((r) => {
      const url = r.url ?? (Object.hasOwn(links, r.group) ? links[r.group] : undefined);
      return makeRole(r.kind, r.group, { ...r, url });
    })
    .sort(compareRoles);
}

function isOptString(v: unknown): boolean {
  return v === undefined || typeof v === 'string';
}

function isRole(v: unknown): v is Role {
  return (
    isObj(v) &&
    typeof v.kind === 'string' &&
    kindRank(v.kind) < ROLE_KINDS.length &&
    typeof v.group === 'string' &&
    v.group.length > 0 &&
    isOptString(v.label) &&
    isOptString(v.term) &&
    (v.url === undefined || safeHttpUrl(v.url) !== undefined)
  );
}

/**
 * True if `v` is a usable {@link RolesIndex}: the right version, lower-case login
 * keys, and roles of known kinds whose links are http(s). Use it on anything read
 * from a cache or received from a worker; an index from another version of this
 * code, or one edited by hand, is refused rather than half-rendered.
 */
export function isRolesIndex(v: unknown): v is RolesIndex {
  if (!isObj(v) || v.v !== ROLES_INDEX_VERSION || !isObj(v.roles) || !isObj(v.links)) return false;
  return (
    Object.values(v.links).every((url) => safeHttpUrl(url) !== undefined) &&
    Object.entries(v.roles).every(
      ([login, roles]) =>
        FILE_LOGIN.test(login) && login === login.toLowerCase() && Array.isArray(roles) && roles.every(isRole),
    )
  );
}

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
