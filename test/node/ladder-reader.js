/**
 * A small, test-only reader of the Kubernetes community files that give the
 * contributor-ladder roles: `kubernetes/kubernetes` `OWNERS_ALIASES`, the
 * `kubernetes/org` `org.yaml` files and `kubernetes/org` teams files.
 *
 * It exists so the roles the card shows can be checked against an answer that does
 * not come from the card's own code: nothing here imports `src/` or `dist/`, and the
 * ladder files are read line by line, not through the YAML parser the product uses.
 * Only `sigs.yaml` (190 KB of nested YAML, read here just for its group folders and
 * display names) goes through `js-yaml`.
 *
 * The mapping followed is the one of `docs/roles.md` ("The mapping"); keep the two in
 * step. What this reader does not do: Steering, `sigs.yaml` roles (chairs, tech
 * leads…), `OWNERS` files.
 */
import { load } from 'js-yaml';

/** @typedef {'lead' | 'subproject-lead' | 'maintainer' | 'approver' | 'reviewer' | 'member'} LadderKind */
/** @typedef {{ kind: LadderKind, group: string, label?: string, url: string }} LadderRole */
/** @typedef {{ repo: string, path: string, text: string }} CommunityFile */

/** Where every role read from `kubernetes/kubernetes` `OWNERS_ALIASES` links. */
export const OWNERS_ALIASES_URL = 'https://github.com/kubernetes/kubernetes/blob/HEAD/OWNERS_ALIASES';

/**
 * Where an org member's role links.
 * @param {string} org
 */
export const orgYamlUrl = (org) => `https://github.com/kubernetes/org/blob/HEAD/config/${org}/org.yaml`;

/**
 * Where a team maintainer's role links.
 * @param {string} org
 * @param {string} repo
 */
export const repoUrl = (org, repo) => `https://github.com/${org}/${repo}`;

/** Logins as the files spell them. */
const LOGIN = /^[A-Za-z0-9-]{1,39}$/;

/** Alias-name suffixes and their rungs, longest first. */
const SUFFIXES = /** @type {const} */ ([
  ['subproject-leads', 'subproject-lead'],
  ['leads', 'lead'],
  ['maintainers', 'maintainer'],
  ['managers', 'maintainer'],
  ['approvers', 'approver'],
  ['reviewers', 'reviewer'],
]);

/** Team permissions that let a team's members change a repository. */
const WRITE_PERMISSIONS = new Set(['write', 'maintain', 'admin']);

// ---------------------------------------------------------------------------
// A line reader for the block YAML these files are written in: nested mappings
// (`key:` / `key: value`) and lists of plain or quoted scalars (`- value`), with
// comments. No flow style (`[a, b]`), anchors or block scalars (`|`): the ladder
// files use none. A line deeper than expected after a scalar (the wrapped second
// line of a long `description:`) is skipped.

/**
 * @typedef {{ type: 'map', entries: Array<[string, Node]> }
 *   | { type: 'list', items: string[] }
 *   | { type: 'scalar', value: string }} Node
 * A mapping keeps its entries in order, duplicates included, so a key written twice
 * (an alias defined twice) is seen twice rather than one copy winning.
 */
/** @typedef {{ indent: number, text: string }} Line */

/**
 * Removes a comment: `#` at the start of the content or after white space, outside
 * quotes. `# - login`, `#- login` and `- login # note` all lose their comment.
 * @param {string} line
 */
function stripComment(line) {
  /** @type {string | null} */
  let quote = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = null;
      continue;
    }
    const before = i === 0 ? ' ' : line[i - 1];
    // A quote opens a quoted scalar only where a scalar can start.
    if ((c === '"' || c === "'") && /[\s:-]/.test(before)) quote = c;
    else if (c === '#' && /\s/.test(before)) return line.slice(0, i);
  }
  return line;
}

/**
 * The lines that carry data: comments removed, blank lines dropped.
 * @param {string} text
 * @returns {Line[]}
 */
function dataLines(text) {
  /** @type {Line[]} */
  const lines = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = stripComment(raw).trimEnd();
    const content = line.trimStart();
    if (content === '' || content === '---' || content === '...') continue;
    lines.push({ indent: line.length - content.length, text: content });
  }
  return lines;
}

/** @param {string} s */
function unquote(s) {
  const m = /^"(.*)"$/.exec(s) ?? /^'(.*)'$/.exec(s);
  return m ? m[1] : s;
}

/** @param {Line} line */
const isItem = (line) => line.text === '-' || line.text.startsWith('- ');

/**
 * Reads the block that starts at `lines[pos]`, at indentation `indent`.
 * @param {Line[]} lines
 * @param {number} pos
 * @param {number} indent
 * @returns {{ node: Node, pos: number }}
 */
function readBlock(lines, pos, indent) {
  /** Skips lines deeper than `indent` (continuations, shapes this reader ignores). */
  const skipDeeper = () => {
    while (pos < lines.length && lines[pos].indent > indent) pos++;
  };
  if (isItem(lines[pos])) {
    /** @type {string[]} */
    const items = [];
    while (pos < lines.length && lines[pos].indent === indent && isItem(lines[pos])) {
      items.push(unquote(lines[pos].text.slice(1).trim()));
      pos++;
      skipDeeper();
    }
    return { node: { type: 'list', items }, pos };
  }
  /** @type {Array<[string, Node]>} */
  const entries = [];
  while (pos < lines.length && lines[pos].indent === indent && !isItem(lines[pos])) {
    const m = /^(.+?):(?:\s+(.*))?$/.exec(lines[pos].text);
    pos++;
    if (!m) {
      skipDeeper();
      continue;
    }
    const key = unquote(m[1].trim());
    const value = (m[2] ?? '').trim();
    if (value !== '') {
      entries.push([key, { type: 'scalar', value: unquote(value) }]);
      skipDeeper();
      continue;
    }
    const next = lines[pos];
    // A list may sit at the key's own indentation (`members:` then `- login`).
    if (next && (next.indent > indent || (next.indent === indent && isItem(next)))) {
      const child = readBlock(lines, pos, next.indent);
      entries.push([key, child.node]);
      pos = child.pos;
      skipDeeper();
    } else {
      entries.push([key, { type: 'scalar', value: '' }]);
    }
  }
  return { node: { type: 'map', entries }, pos };
}

/**
 * @param {string} text
 * @returns {Node}
 */
function readYamlLines(text) {
  const lines = dataLines(text);
  if (lines.length === 0) return { type: 'map', entries: [] };
  return readBlock(lines, 0, lines[0].indent).node;
}

/**
 * The values of every entry `key` of a mapping (all of them, if written twice).
 * @param {Node | undefined} node
 * @param {string} key
 * @returns {Node[]}
 */
function valuesOf(node, key) {
  if (!node || node.type !== 'map') return [];
  return node.entries.filter(([k]) => k === key).map(([, v]) => v);
}

/**
 * Logins of the lists under `key` of a mapping; values that are not login-shaped
 * are skipped.
 * @param {Node | undefined} node
 * @param {string} key
 */
function loginsOf(node, key) {
  return valuesOf(node, key).flatMap((v) => (v.type === 'list' ? v.items.filter((s) => LOGIN.test(s)) : []));
}

// ---------------------------------------------------------------------------
// sigs.yaml: group folders and display names.

/**
 * `dir` → display name for every group of `sigs.yaml`.
 * @param {string} sigsYaml
 * @returns {Map<string, string>}
 */
export function groupFolders(sigsYaml) {
  const doc = /** @type {Record<string, unknown>} */ (load(sigsYaml) ?? {});
  /** @type {Map<string, string>} */
  const folders = new Map();
  /** @type {Array<[string, (name: string, dir: string) => string]>} */
  const kinds = [
    ['sigs', (name) => `SIG ${name}`],
    ['workinggroups', (name) => `WG ${name}`],
    ['usergroups', (name) => `UG ${name}`],
    [
      'committees',
      (name, dir) =>
        dir === 'committee-steering' ? 'Steering Committee' : /committee/i.test(name) ? name : `${name} Committee`,
    ],
  ];
  for (const [list, display] of kinds) {
    const groups = doc[list];
    if (!Array.isArray(groups)) continue;
    for (const g of groups) {
      if (g && typeof g.dir === 'string' && typeof g.name === 'string') folders.set(g.dir, display(g.name, g.dir));
    }
  }
  return folders;
}

// ---------------------------------------------------------------------------
// kubernetes/kubernetes OWNERS_ALIASES

/**
 * The role an alias name stands for (rules 1–5 of docs/roles.md), without its url.
 * @param {string} key
 * @param {Map<string, string>} folders
 * @returns {{ kind: LadderKind, group: string, label?: string }}
 */
export function aliasRole(key, folders) {
  const suffix = SUFFIXES.find(([s]) => key.endsWith(`-${s}`) && key.length > s.length + 1);
  if (!suffix) return { kind: 'reviewer', group: key }; // rule 5
  const [s, kind] = suffix;
  const prefix = key.slice(0, key.length - s.length - 1);
  let dir = '';
  for (const d of folders.keys()) {
    if ((prefix === d || prefix.startsWith(`${d}-`)) && d.length > dir.length) dir = d;
  }
  if (dir) {
    const group = /** @type {string} */ (folders.get(dir));
    if (prefix === dir) return { kind, group }; // rule 1
    const area = prefix.slice(dir.length + 1);
    return { kind, group, label: area === 'api' ? 'API' : area }; // rules 2 and 3
  }
  const words = prefix
    .split('-')
    .filter((w) => w !== '')
    .map((w) => (w === 'api' ? 'API' : w))
    .join(' ');
  return { kind, group: words.charAt(0).toUpperCase() + words.slice(1) }; // rule 4
}

// ---------------------------------------------------------------------------
// The reader.

/**
 * The ladder roles the files give, per lower-case login: deduplicated, and with a
 * reviewer role dropped where the same login approves the same group and label.
 * Files other than `kubernetes/community` `sigs.yaml`, `kubernetes/kubernetes`
 * `OWNERS_ALIASES` and `kubernetes/org` `config/<org>/org.yaml` /
 * `config/<org>/…/teams.yaml` are ignored (Steering files, say).
 *
 * @param {CommunityFile[]} files
 * @param {{ supersede?: boolean }} [options] `supersede: false` leaves reviewer roles
 *   in place (for a test proving the comparison can fail).
 * @returns {Map<string, LadderRole[]>}
 */
export function expectedLadderRoles(files, options = {}) {
  const supersede = options.supersede ?? true;
  /** @type {Map<string, Map<string, LadderRole>>} login → role key → role */
  const byLogin = new Map();
  /**
   * @param {string} login
   * @param {LadderRole} role
   */
  const add = (login, role) => {
    if (!LOGIN.test(login)) return;
    const key = login.toLowerCase();
    let roles = byLogin.get(key);
    if (!roles) byLogin.set(key, (roles = new Map()));
    /** @type {LadderRole} */
    const clean = { kind: role.kind, group: role.group, url: role.url };
    if (role.label !== undefined) clean.label = role.label;
    roles.set(JSON.stringify([clean.kind, clean.group, clean.label ?? '', clean.url]), clean);
  };

  const sigs = files.find((f) => f.repo === 'kubernetes/community' && f.path === 'sigs.yaml');
  const folders = sigs ? groupFolders(sigs.text) : new Map();

  /**
   * Teams of a `teams:` mapping, nested teams included.
   * @param {Node} teams
   * @param {string} org
   */
  const readTeams = (teams, org) => {
    if (teams.type !== 'map') return;
    for (const [name, team] of teams.entries) {
      for (const nested of valuesOf(team, 'teams')) readTeams(nested, org);
      if (!name.endsWith('-maintainers') || name.endsWith('milestone-maintainers')) continue;
      const repos = valuesOf(team, 'repos').flatMap((r) => (r.type === 'map' ? r.entries : []));
      const members = loginsOf(team, 'members'); // never the team's own `maintainers:`
      for (const [repo, permission] of repos) {
        if (permission.type !== 'scalar' || !WRITE_PERMISSIONS.has(permission.value)) continue;
        for (const login of members) add(login, { kind: 'maintainer', group: repo, url: repoUrl(org, repo) });
      }
    }
  };

  for (const file of files) {
    if (file.repo === 'kubernetes/kubernetes' && file.path === 'OWNERS_ALIASES') {
      const doc = readYamlLines(file.text);
      for (const aliases of valuesOf(doc, 'aliases')) {
        if (aliases.type !== 'map') continue;
        for (const [key, list] of aliases.entries) {
          if (list.type !== 'list') continue;
          const role = aliasRole(key, folders);
          for (const login of list.items) add(login, { ...role, url: OWNERS_ALIASES_URL });
        }
      }
      continue;
    }
    if (file.repo !== 'kubernetes/org') continue;
    const orgYaml = /^config\/([^/]+)\/org\.yaml$/.exec(file.path);
    const teamsYaml = /^config\/([^/]+)\/(?:.+\/)?teams\.yaml$/.exec(file.path);
    if (!orgYaml && !teamsYaml) continue;
    const org = /** @type {RegExpExecArray} */ (orgYaml ?? teamsYaml)[1];
    const doc = readYamlLines(file.text);
    if (orgYaml) {
      for (const login of [...loginsOf(doc, 'members'), ...loginsOf(doc, 'admins')]) {
        add(login, { kind: 'member', group: org, url: orgYamlUrl(org) });
      }
    }
    for (const teams of valuesOf(doc, 'teams')) readTeams(teams, org);
  }

  /** @type {Map<string, LadderRole[]>} */
  const out = new Map();
  for (const [login, roles] of byLogin) {
    const all = [...roles.values()];
    const approves = new Set(all.filter((r) => r.kind === 'approver').map((r) => JSON.stringify([r.group, r.label ?? null])));
    const kept = supersede
      ? all.filter((r) => !(r.kind === 'reviewer' && approves.has(JSON.stringify([r.group, r.label ?? null]))))
      : all;
    out.set(login, kept);
  }
  return out;
}
