/**
 * The ladder roles of the roles index, against an independent reader.
 *
 * `ladder-reader.js` reads the ladder files (kubernetes/kubernetes OWNERS_ALIASES, the
 * kubernetes/org org.yaml and teams files) line by line, with none of the product's
 * code; this test builds the product's index from the same fixture files and asks, for
 * every login the reader knows, that both agree on that login's ladder roles. A
 * mistake in the product's mapping is then a failure here, not a second copy of the
 * same mistake. The hand-written facts below pin the rules of docs/roles.md on real
 * people, and hold for both sides.
 *
 * Run after `npm run build:lib` (it reads `dist/lib`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { loadAll, FAILSAFE_SCHEMA } from 'js-yaml';
import { buildRolesIndexWith } from '../../dist/lib/roles/build/build.js';
import { rolesFor } from '../../dist/lib/roles/roles-index.js';
import { expectedLadderRoles, OWNERS_ALIASES_URL } from './ladder-reader.js';

/** @typedef {import('./ladder-reader.js').LadderRole} LadderRole */

/** @param {string} name */
const fixture = (name) => readFile(new URL(`../fixtures/kubernetes/${name}`, import.meta.url), 'utf8');

/** What the card fetches, as `{repo, path, text}`: the ladder files, `sigs.yaml` and Steering. */
const FILES = await Promise.all(
  /** @type {Array<[string, string, string]>} */ ([
    ['kubernetes/community', 'sigs.yaml', 'sigs.yaml'],
    ['kubernetes/steering', 'OWNERS_ALIASES', 'steering-OWNERS_ALIASES'],
    ['kubernetes/steering', 'README.md', 'steering-README.md'],
    ['kubernetes/kubernetes', 'OWNERS_ALIASES', 'kubernetes-OWNERS_ALIASES'],
    ['kubernetes/org', 'config/kubernetes/org.yaml', 'org-kubernetes-org.yaml'],
    ['kubernetes/org', 'config/kubernetes-sigs/org.yaml', 'org-kubernetes-sigs-org.yaml'],
    ['kubernetes/org', 'config/kubernetes/sig-cluster-lifecycle/teams.yaml', 'org-sig-cluster-lifecycle-teams.yaml'],
    ['kubernetes/org', 'config/kubernetes-sigs/sig-network/teams.yaml', 'org-kubernetes-sigs-sig-network-teams.yaml'],
  ]).map(async ([repo, path, name]) => ({ repo, path, text: await fixture(name) })),
);

const EXPECTED = expectedLadderRoles(FILES);

/** @type {{ index?: import('../../dist/lib/roles/roles-index.js').RolesIndex, error?: unknown } | undefined} */
let built;
/** The product's index of {@link FILES}, built once; throws what the build threw. */
function productIndex() {
  if (!built) {
    try {
      /** @type {any} */
      const result = buildRolesIndexWith({ loadAll, FAILSAFE_SCHEMA }, /** @type {any} */ (FILES));
      // `{ index, unreadable }`: every one of these files must have been read.
      if (result && typeof result === 'object' && 'index' in result) {
        assert.deepEqual(result.unreadable ?? [], [], 'files the product could not read');
        built = { index: result.index };
      } else {
        built = { index: result };
      }
    } catch (error) {
      built = { error };
    }
  }
  if (built.error) throw built.error;
  return /** @type {import('../../dist/lib/roles/roles-index.js').RolesIndex} */ (built.index);
}

// ---------------------------------------------------------------------------
// Which of the product's roles are ladder roles: those linking to the ladder files.

const ORG_YAML_URL = /^https:\/\/github\.com\/kubernetes\/org\/blob\/HEAD\/config\/[^/]+\/org\.yaml$/;
const REPO_URL = /^https:\/\/github\.com\/[^/?#]+\/[^/?#]+$/;
/**
 * Kinds only `sigs.yaml` and the Steering files give. Kept out of the repository-link
 * case in case one of those roles ever links to a repository (kubernetes/steering),
 * which would not make it a team maintainer.
 */
const NOT_LADDER_KINDS = new Set(['steering-member', 'steering-liaison', 'chair', 'tech-lead', 'emeritus', 'governing-board']);

/** @param {{ kind: string, url?: string }} role */
function isLadderRole(role) {
  const url = role.url ?? '';
  return url === OWNERS_ALIASES_URL || ORG_YAML_URL.test(url) || (REPO_URL.test(url) && !NOT_LADDER_KINDS.has(role.kind));
}

/**
 * A role as compared: `{kind, group, label?, url}`, without `paths`, `term` or
 * anything else.
 * @param {{ kind: string, group: string, label?: string, url?: string }} role
 */
function comparable(role) {
  /** @type {{ kind: string, group: string, label?: string, url?: string }} */
  const out = { kind: role.kind, group: role.group };
  if (role.label !== undefined) out.label = role.label;
  out.url = role.url;
  return out;
}

/** @param {{ kind: string, group: string, label?: string, url?: string }} r */
const roleKey = (r) => JSON.stringify([r.kind, r.group, r.label ?? '', r.url ?? '']);

/**
 * Roles as a sorted list of comparable roles, for set comparison.
 * @param {Array<{ kind: string, group: string, label?: string, url?: string }>} roles
 */
const sorted = (roles) => roles.map(comparable).sort((a, b) => (roleKey(a) < roleKey(b) ? -1 : roleKey(a) > roleKey(b) ? 1 : 0));

/**
 * @param {import('../../dist/lib/roles/roles-index.js').RolesIndex} index
 * @param {string} login
 */
const productLadderRoles = (index, login) => rolesFor(index, login).filter(isLadderRole);

/** The product's logins holding at least one ladder role. */
function productLadderLogins() {
  const index = productIndex();
  // Org members are kept as one list per org (index.members), not as role entries.
  const logins = new Set([...Object.keys(index.roles), ...Object.values(index.members ?? {}).flatMap((m) => m.logins)]);
  return [...logins].filter((login) => productLadderRoles(index, login).length > 0);
}

// ---------------------------------------------------------------------------
// Hand-written facts: the rules of docs/roles.md on people of the fixtures.

const OA = OWNERS_ALIASES_URL;
const MEMBER_K = { kind: 'member', group: 'kubernetes', url: 'https://github.com/kubernetes/org/blob/HEAD/config/kubernetes/org.yaml' };
const MEMBER_KS = {
  kind: 'member',
  group: 'kubernetes-sigs',
  url: 'https://github.com/kubernetes/org/blob/HEAD/config/kubernetes-sigs/org.yaml',
};

/**
 * @typedef {object} Side
 * @property {(login: string) => LadderRole[]} roles ladder roles of a login (any case)
 * @property {() => string[]} logins lower-case logins with a ladder role
 */

/**
 * @param {Side} side
 * @param {string} kind
 * @param {string} group
 * @param {string} [label]
 * @param {string} [url]
 */
function holders(side, kind, group, label, url) {
  return side
    .logins()
    .filter((login) =>
      side.roles(login).some((r) => r.kind === kind && r.group === group && r.label === label && (url === undefined || r.url === url)),
    )
    .sort();
}

/**
 * @param {Side} side
 * @param {string} login
 * @param {object} role
 */
function assertHas(side, login, role) {
  assert.ok(
    side.roles(login).some((r) => roleKey(r) === roleKey(/** @type {LadderRole} */ (role))),
    `${login} should hold ${JSON.stringify(role)}; holds ${JSON.stringify(side.roles(login))}`,
  );
}

/**
 * @param {Side} side
 * @param {string} login
 * @param {(r: LadderRole) => boolean} match
 * @param {string} what
 */
function assertHasNo(side, login, match, what) {
  const found = side.roles(login).filter(match);
  assert.deepEqual(found, [], `${login} should not hold ${what}`);
}

/**
 * @param {Side} side
 * @param {string} login
 * @param {object[]} roles
 */
function assertExactly(side, login, roles) {
  assert.deepEqual(sorted(side.roles(login)), sorted(/** @type {LadderRole[]} */ (roles)), `ladder roles of ${login}`);
}

/** @param {Side} side */
function assertFacts(side) {
  // org.yaml members, a team maintainer, an OWNERS_ALIASES reviewer.
  assertExactly(side, 'pacoxu', [
    { kind: 'reviewer', group: 'SIG Node', url: OA },
    MEMBER_K,
    MEMBER_KS,
    { kind: 'maintainer', group: 'kubeadm', url: 'https://github.com/kubernetes/kubeadm' },
    { kind: 'maintainer', group: 'system-validators', url: 'https://github.com/kubernetes/system-validators' },
  ]);

  // One person however the files spell the login.
  assert.deepEqual(sorted(side.roles('BenTheElder')), sorted(side.roles('bentheelder')), 'BenTheElder is bentheelder');
  assertExactly(side, 'BenTheElder', [
    { kind: 'reviewer', group: 'SIG Testing', url: OA }, // listed as "bentheelder"
    { kind: 'approver', group: 'Build image', url: OA }, // also a Build image reviewer: superseded
    { kind: 'approver', group: 'Dep', url: OA },
    MEMBER_K,
    MEMBER_KS,
    // kubernetes-maintainers, in config/kubernetes/org.yaml
    { kind: 'maintainer', group: 'apiextensions-apiserver', url: 'https://github.com/kubernetes/apiextensions-apiserver' },
    { kind: 'maintainer', group: 'client-go', url: 'https://github.com/kubernetes/client-go' },
    { kind: 'maintainer', group: 'kube-aggregator', url: 'https://github.com/kubernetes/kube-aggregator' },
    { kind: 'maintainer', group: 'kubernetes', url: 'https://github.com/kubernetes/kubernetes' },
    { kind: 'maintainer', group: 'sample-apiserver', url: 'https://github.com/kubernetes/sample-apiserver' },
    { kind: 'maintainer', group: 'sample-controller', url: 'https://github.com/kubernetes/sample-controller' },
    // sig-network teams, listed as "bentheelder"
    { kind: 'maintainer', group: 'kubernetes-network-drivers', url: 'https://github.com/kubernetes-sigs/kubernetes-network-drivers' },
    { kind: 'maintainer', group: 'kindnet', url: 'https://github.com/kubernetes-sigs/kindnet' },
  ]);

  // `#- justaugustus # … approvals only` under build-image-reviewers is a comment.
  assertHas(side, 'justaugustus', { kind: 'approver', group: 'Build image', url: OA });
  assertHasNo(side, 'justaugustus', (r) => r.kind === 'reviewer' && r.group === 'Build image', 'reviewer of Build image');
  assertExactly(side, 'justaugustus', [
    { kind: 'approver', group: 'Release engineering', url: OA },
    { kind: 'maintainer', group: 'Release', url: OA },
    { kind: 'approver', group: 'Build image', url: OA },
    MEMBER_K,
    MEMBER_KS,
  ]);

  // Rule 5: the bare key `sig-scheduling`; `# - damemi` under sig-scheduling-maintainers is a comment.
  assertExactly(side, 'damemi', [{ kind: 'reviewer', group: 'sig-scheduling', url: OA }, MEMBER_K, MEMBER_KS]);
  // Only ever in commented-out emeritus lines of OWNERS_ALIASES.
  assertExactly(side, 'ncdc', [MEMBER_K, MEMBER_KS]);

  // Rule 1 with each suffix.
  assert.deepEqual(holders(side, 'lead', 'SIG Cluster Lifecycle'), ['fabriziopandini', 'justinsb', 'neolit123', 'vincepri']);
  assertHas(side, 'neolit123', { kind: 'lead', group: 'SIG Cluster Lifecycle', url: OA });
  assert.deepEqual(holders(side, 'approver', 'SIG Network'), [
    'andrewsykim', 'aojea', 'bowei', 'caseydavenport', 'danwinship', 'dcbw', 'freehan', 'khenidak', 'mrhohn', 'robscott', 'thockin',
  ]);
  // sig-network-reviewers, less its approvers.
  assert.deepEqual(holders(side, 'reviewer', 'SIG Network'), ['aroradaman', 'tnqn']);

  // Rule 2: `-api-`, label API; the longest folder wins (sig-api-machinery).
  assert.deepEqual(holders(side, 'reviewer', 'SIG Apps', 'API'), ['janetkuo', 'kow3ns', 'soltysh']);
  assert.deepEqual(holders(side, 'approver', 'SIG Apps', 'API'), ['deads2k', 'liggitt', 'smarterclayton']);
  assert.deepEqual(holders(side, 'approver', 'SIG API Machinery', 'API'), ['deads2k', 'liggitt', 'smarterclayton']);

  // Rule 3: the area, as written, is the label.
  assert.deepEqual(holders(side, 'approver', 'SIG Node', 'cri'), [
    'haircommander', 'mikebrow', 'msau42', 'saschagrunert', 'smarterclayton', 'thockin',
  ]);
  assertHas(side, 'aramase', { kind: 'reviewer', group: 'SIG Auth', label: 'encryption-at-rest', url: OA });
  assertHas(side, 'enj', { kind: 'approver', group: 'SIG Auth', label: 'encryption-at-rest', url: OA });
  assertHasNo(
    side,
    'enj',
    (r) => r.kind === 'reviewer' && r.group === 'SIG Auth' && r.label === 'encryption-at-rest',
    'reviewer of SIG Auth (encryption-at-rest): approver of it',
  );

  // Rule 4: no group folder.
  assert.deepEqual(holders(side, 'approver', 'API'), ['deads2k', 'liggitt', 'msau42', 'smarterclayton', 'thockin']);
  assert.deepEqual(holders(side, 'maintainer', 'Release', undefined, OA), [
    'cpanato', 'jeremyrickard', 'justaugustus', 'palnabarun', 'puerco', 'saschagrunert', 'verolop', 'xmudrii',
  ]);
  assert.deepEqual(holders(side, 'subproject-lead', 'Release team'), ['gracenng', 'katcosgrove']);
  assert.deepEqual(holders(side, 'approver', 'Conformance behavior'), ['dims', 'johnbelamaric', 'smarterclayton', 'spiffxp']);
  assert.deepEqual(holders(side, 'reviewer', 'Dep'), ['logicalhan']);
  assert.equal(holders(side, 'approver', 'Feature').length, 40);

  // Supersession: approver of SIG Node (no label) is not also its reviewer; a
  // labelled reviewer role of the same group stays.
  assertHas(side, 'tallclair', { kind: 'approver', group: 'SIG Node', url: OA });
  assertHasNo(side, 'tallclair', (r) => r.kind === 'reviewer' && r.group === 'SIG Node' && r.label === undefined, 'reviewer of SIG Node');
  assertHas(side, 'tallclair', { kind: 'reviewer', group: 'SIG Node', label: 'API', url: OA });

  // Milestone teams give nothing: these three are only in
  // gateway-api-inference-extension-milestone-maintainers, besides the org lists.
  for (const login of ['elevran', 'kaushikmitr', 'rahulgurnani']) assertExactly(side, login, [MEMBER_K, MEMBER_KS]);

  // A team's `maintainers:` list is not read: thelinuxfoundation and cblecker manage
  // kubernetes-maintainers, they are not in its members.
  assertExactly(side, 'thelinuxfoundation', [MEMBER_K, MEMBER_KS]);
  assertHasNo(side, 'cblecker', (r) => r.kind === 'maintainer', 'a maintainer role');
  assert.deepEqual(holders(side, 'maintainer', 'kubernetes', undefined, 'https://github.com/kubernetes/kubernetes'), [
    'apelisse', 'bentheelder', 'cheftako', 'dchen1107', 'deads2k', 'dims', 'jsafrane', 'liggitt', 'smarterclayton', 'soltysh',
    'sttts', 'thockin', 'wojtek-t',
  ]);

  // Only `-maintainers` teams: gateway-api-release-team has write on gateway-api too.
  assert.deepEqual(holders(side, 'maintainer', 'gateway-api'), ['rikatz', 'robscott', 'youngnick']);
  assertHas(side, 'bexxmodd', {
    kind: 'maintainer',
    group: 'gateway-api-conformance-images',
    url: 'https://github.com/kubernetes-sigs/gateway-api-conformance-images',
  });
  // Only `-maintainers` teams: sig-cluster-lifecycle-leads the team (no repos) adds nothing.
  assertHasNo(side, 'fabriziopandini', (r) => r.url !== OA && r.kind !== 'member', 'a team role');

  // A quoted all-digit login is a login.
  assertExactly(side, '249043822', [MEMBER_K, MEMBER_KS]);
}

/** @type {Side} */
const READER = {
  roles: (login) => EXPECTED.get(login.toLowerCase()) ?? [],
  logins: () => [...EXPECTED.keys()],
};

// ---------------------------------------------------------------------------

test('the reader: hand-written facts of the mapping hold', () => {
  assertFacts(READER);
});

test('the reader knows hundreds of people, in every kind of ladder role', () => {
  assert.ok(EXPECTED.size > 1000, `${EXPECTED.size} logins`);
  const kinds = new Set([...EXPECTED.values()].flat().map((r) => r.kind));
  assert.deepEqual([...kinds].sort(), ['approver', 'lead', 'maintainer', 'member', 'reviewer', 'subproject-lead']);
  for (const login of EXPECTED.keys()) assert.equal(login, login.toLowerCase());
});

test('the product: hand-written facts of the mapping hold', () => {
  const index = productIndex();
  assert.deepEqual(rolesFor(index, 'BenTheElder'), rolesFor(index, 'bentheelder'), 'BenTheElder is bentheelder, all roles');
  assertFacts({
    roles: (login) => /** @type {LadderRole[]} */ (productLadderRoles(index, login).map(comparable)),
    logins: productLadderLogins,
  });
});

test('the product gives every login the ladder roles the reader reads', () => {
  const index = productIndex();
  /** @type {string[]} */
  const differences = [];
  for (const [login, expected] of EXPECTED) {
    const actual = sorted(productLadderRoles(index, login));
    const want = sorted(expected);
    try {
      assert.deepEqual(actual, want, `ladder roles of ${login}`);
    } catch {
      const have = new Set(actual.map(roleKey));
      const need = new Set(want.map(roleKey));
      const missing = want.filter((r) => !have.has(roleKey(r)));
      const extra = actual.filter((r) => !need.has(roleKey(r)));
      differences.push(
        `${login}: missing ${JSON.stringify(missing)}; extra ${JSON.stringify(extra)}` +
          (missing.length === 0 && extra.length === 0 ? ` (duplicates: ${JSON.stringify(actual)})` : ''),
      );
    }
  }
  assert.deepEqual(
    differences,
    [],
    `${differences.length} of ${EXPECTED.size} logins differ; first ones:\n${differences.slice(0, 25).join('\n')}`,
  );
});

test('the product and the reader know the same people with ladder roles', () => {
  const product = productLadderLogins().sort();
  const reader = [...EXPECTED.keys()].sort();
  const onlyProduct = product.filter((l) => !EXPECTED.has(l));
  const productSet = new Set(product);
  const onlyReader = reader.filter((l) => !productSet.has(l));
  assert.deepEqual({ onlyProduct: onlyProduct.slice(0, 25), onlyReader: onlyReader.slice(0, 25) }, { onlyProduct: [], onlyReader: [] });
  assert.equal(product.length, EXPECTED.size, 'logins with a ladder role');
});
