import { expect } from '@open-wc/testing';
import type { Role } from '../../src/model/model.js';
import { buildRolesIndex, buildRolesIndexFromDocs, type CommunityFile } from '../../src/roles/build/build.js';
import { addOwnersFiles, expandAliases, ownersDir } from '../../src/roles/build/owners.js';
import { RolesBuilder } from '../../src/roles/build/builder.js';
import { isRolesIndex, rolesFor, type RolesIndex } from '../../src/roles/roles-index.js';
import { buildRolesIndexOffMainThread } from '../../src/roles/worker-client.js';
import { aliasMeaning } from '../../src/roles/build/kubernetes-aliases.js';
import { highestRung } from '../../src/model/roles-order.js';

const TREE = 'https://github.com/kubernetes/community/tree/HEAD/';

async function fixture(name: string): Promise<string> {
  const res = await fetch(new URL(`../fixtures/kubernetes/${name}`, import.meta.url));
  if (!res.ok) throw new Error(`fixture ${name}: HTTP ${res.status}`);
  return res.text();
}

/** `kind group[ label]` per role, for compact assertions on order and content. */
function summary(roles: Role[]): string[] {
  return roles.map((r) => [r.kind, r.group, r.label].filter((x) => x !== undefined).join(' | '));
}

/** The community files as fetched, from their texts. */
function communityFiles(o: { sigsYaml: string; steeringAliases?: string; steeringReadme?: string }): CommunityFile[] {
  const files: CommunityFile[] = [{ repo: 'kubernetes/community', path: 'sigs.yaml', text: o.sigsYaml }];
  if (o.steeringAliases !== undefined) files.push({ repo: 'kubernetes/steering', path: 'OWNERS_ALIASES', text: o.steeringAliases });
  if (o.steeringReadme !== undefined) files.push({ repo: 'kubernetes/steering', path: 'README.md', text: o.steeringReadme });
  return files;
}

/** The index built (on this thread) from those texts. */
async function indexOf(o: Parameters<typeof communityFiles>[0]): Promise<RolesIndex> {
  return (await buildRolesIndex(communityFiles(o))).index;
}

/** A minimal sigs.yaml document with one SIG. */
function sig(extra: Record<string, unknown>): unknown {
  return { sigs: [{ dir: 'sig-node', name: 'Node', ...extra }] };
}

describe('buildRolesIndex on the real community files', () => {
  let sigsYaml: string;
  let index: RolesIndex;

  before(async () => {
    sigsYaml = await fixture('sigs.yaml');
    index = await indexOf({
      sigsYaml,
      steeringAliases: await fixture('steering-OWNERS_ALIASES'),
      steeringReadme: await fixture('steering-README.md'),
    });
  });

  it('gives pacoxu his Steering seat, its term and his liaisons', () => {
    expect(rolesFor(index, 'pacoxu')).to.deep.equal([
      { kind: 'steering-member', group: 'Steering Committee', term: '2027-10', url: `${TREE}committee-steering` },
      { kind: 'steering-liaison', group: 'SIG CLI', url: `${TREE}sig-cli` },
      { kind: 'steering-liaison', group: 'SIG Node', url: `${TREE}sig-node` },
      { kind: 'steering-liaison', group: 'SIG Storage', url: `${TREE}sig-storage` },
      { kind: 'steering-liaison', group: 'SIG Testing', url: `${TREE}sig-testing` },
    ]);
  });

  it('reads the CNCF Governing Board seat from gb_rep, beside the roles the person held', () => {
    expect(rolesFor(index, 'cblecker')).to.deep.equal([
      { kind: 'governing-board', group: 'Kubernetes', url: 'https://github.com/kubernetes/community/blob/HEAD/sigs.yaml' },
      { kind: 'emeritus', group: 'SIG Contributor Experience', url: `${TREE}sig-contributor-experience` },
      { kind: 'emeritus', group: 'Steering Committee', url: 'https://github.com/kubernetes/steering#emeritus' },
    ]);
    const holders = Object.keys(index.roles).filter((l) => index.roles[l]!.some((r) => r.kind === 'governing-board'));
    expect(holders).to.deep.equal(['cblecker']);
  });

  it('finds BenTheElder whatever the case, with every kind of role he holds, most senior first', () => {
    const lower = rolesFor(index, 'bentheelder');
    expect(rolesFor(index, 'BENTHEELDER')).to.deep.equal(lower);
    expect(rolesFor(index, ' BenTheElder ')).to.deep.equal(lower);
    expect(Object.keys(index.roles)).to.include('bentheelder').and.not.include('BenTheElder');
    expect(summary(lower)).to.deep.equal([
      'steering-member | Steering Committee',
      'steering-liaison | Code of Conduct Committee',
      'steering-liaison | SIG Architecture',
      'steering-liaison | SIG Scheduling',
      'steering-liaison | SIG Windows',
      'steering-liaison | WG Checkpoint Restore',
      'steering-liaison | WG Device Management',
      'tech-lead | SIG Testing',
      'subproject-lead | SIG Testing | Cloud Provider for KIND',
      'subproject-lead | SIG Testing | kind',
      'emeritus | SIG K8s Infra',
    ]);
    expect(lower[0].term).to.equal('2026-10');
  });

  it('knows SIG chairs and tech leads', () => {
    expect(summary(rolesFor(index, 'deads2k'))).to.deep.equal([
      'chair | SIG API Machinery',
      'tech-lead | SIG API Machinery',
      'tech-lead | SIG Auth',
    ]);
    expect(rolesFor(index, 'deads2k')[0].url).to.equal(`${TREE}sig-api-machinery`);
  });

  it('knows the Steering liaison of a SIG', () => {
    expect(summary(rolesFor(index, 'saschagrunert'))).to.include('steering-liaison | SIG API Machinery');
  });

  it('knows emeritus leads', () => {
    expect(rolesFor(index, 'mattfarina')).to.deep.equal([
      { kind: 'emeritus', group: 'SIG Apps', url: `${TREE}sig-apps` },
    ]);
  });

  it('names committees as committees', () => {
    // "Security Response" in the file.
    expect(summary(rolesFor(index, 'cjcullen'))).to.include('chair | Security Response Committee');
  });

  it('reads Steering emeriti from the README, and nobody from its Governing Board or CNCF sections', () => {
    expect(rolesFor(index, 'thockin')).to.deep.include({
      kind: 'emeritus',
      group: 'Steering Committee',
      url: 'https://github.com/kubernetes/steering#emeritus',
    });
    // cblecker is the Governing Board representative (and a Steering emeritus), not a member.
    expect(summary(rolesFor(index, 'cblecker'))).to.include('emeritus | Steering Committee');
    expect(rolesFor(index, 'cblecker').map((r) => r.kind)).not.to.include('steering-member');
    // jeefy is only the CNCF representative as far as Steering is concerned.
    expect(rolesFor(index, 'jeefy').filter((r) => r.group === 'Steering Committee')).to.deep.equal([]);
  });

  it('has exactly the seven current Steering members', () => {
    const members = Object.keys(index.roles).filter((login) =>
      rolesFor(index, login).some((r) => r.kind === 'steering-member'),
    );
    expect(members).to.deep.equal(['aojea', 'bentheelder', 'katcosgrove', 'pacoxu', 'ritazh', 'saschagrunert', 'soltysh']);
  });

  it('returns [] for logins with no role, including names Object.prototype knows', () => {
    expect(rolesFor(index, 'no-such-user-xyz')).to.deep.equal([]);
    expect(rolesFor(index, 'constructor')).to.deep.equal([]);
    expect(rolesFor(index, 'toString')).to.deep.equal([]);
    expect(rolesFor(index, '__proto__')).to.deep.equal([]);
    expect(rolesFor(index, '')).to.deep.equal([]);
  });

  it('returns copies: changing them leaves the index alone', () => {
    const roles = rolesFor(index, 'pacoxu');
    roles[0].group = 'changed';
    roles.pop();
    expect(rolesFor(index, 'pacoxu')).to.have.length(5);
    expect(rolesFor(index, 'pacoxu')[0].group).to.equal('Steering Committee');
  });

  it('is a small fraction of the YAML and survives a JSON round trip', () => {
    const json = JSON.stringify(index);
    const jsonBytes = new TextEncoder().encode(json).length;
    const yamlBytes = new TextEncoder().encode(sigsYaml).length;
    const logins = Object.keys(index.roles).length;
    const report = `index ${jsonBytes} B vs sigs.yaml ${yamlBytes} B (${((100 * jsonBytes) / yamlBytes).toFixed(1)} %), ${logins} logins`;
    console.info(report);
    expect(jsonBytes / yamlBytes, report).to.be.below(0.25);
    expect(logins, report).to.be.above(200);

    const back: unknown = JSON.parse(json);
    expect(isRolesIndex(back)).to.equal(true);
    if (isRolesIndex(back)) expect(rolesFor(back, 'BenTheElder')).to.deep.equal(rolesFor(index, 'BenTheElder'));
  });

  it('is the same index when built twice (deterministic output)', async () => {
    const again = await indexOf({ sigsYaml, steeringReadme: await fixture('steering-README.md') });
    const withAliases = JSON.stringify({ ...index, sources: undefined });
    // The aliases file names no one the other two files miss, so it changes nothing here but the list of sources.
    expect(JSON.stringify({ ...again, sources: undefined })).to.equal(withAliases);
    expect(again.sources?.map((f) => f.path)).to.deep.equal(['sigs.yaml', 'README.md']);
  });
});

describe('buildRolesIndexFromDocs mapping rules', () => {
  it('maps every kind of sigs.yaml role, with group names and links', () => {
    const doc = {
      sigs: [
        {
          dir: 'sig-node',
          name: 'Node',
          leadership: {
            chairs: [{ github: 'Chair1', name: 'A' }],
            tech_leads: [{ github: 'tl1' }],
            emeritus_leads: [{ github: 'old1' }],
          },
          contact: { liaison: { github: 'liaison1' } },
          subprojects: [{ name: 'kubelet', leads: [{ github: 'sub1' }] }, { name: 'no-leads', owners: [] }],
        },
      ],
      workinggroups: [{ dir: 'wg-serving', name: 'Serving', leadership: { chairs: [{ github: 'wgchair' }] } }],
      usergroups: [{ dir: 'ug-big-data', name: 'Big Data', leadership: { chairs: [{ github: 'ugchair' }] } }],
      committees: [
        { dir: 'committee-code-of-conduct', name: 'Code of Conduct', leadership: { chairs: [{ github: 'coc' }] } },
        { dir: 'committee-x', name: 'Release Committee', leadership: { chairs: [{ github: 'rel' }] } },
        { dir: 'committee-steering', name: 'Steering', leadership: { chairs: [{ github: 'steer' }] } },
      ],
    };
    const index = buildRolesIndexFromDocs({ sigs: doc });
    const node = `${TREE}sig-node`;
    expect(rolesFor(index, 'chair1')).to.deep.equal([{ kind: 'chair', group: 'SIG Node', url: node }]);
    expect(rolesFor(index, 'tl1')).to.deep.equal([{ kind: 'tech-lead', group: 'SIG Node', url: node }]);
    expect(rolesFor(index, 'old1')).to.deep.equal([{ kind: 'emeritus', group: 'SIG Node', url: node }]);
    expect(rolesFor(index, 'liaison1')).to.deep.equal([{ kind: 'steering-liaison', group: 'SIG Node', url: node }]);
    expect(rolesFor(index, 'sub1')).to.deep.equal([
      { kind: 'subproject-lead', group: 'SIG Node', label: 'kubelet', url: node },
    ]);
    expect(summary(rolesFor(index, 'wgchair'))).to.deep.equal(['chair | WG Serving']);
    expect(summary(rolesFor(index, 'ugchair'))).to.deep.equal(['chair | UG Big Data']);
    expect(summary(rolesFor(index, 'coc'))).to.deep.equal(['chair | Code of Conduct Committee']);
    expect(summary(rolesFor(index, 'rel'))).to.deep.equal(['chair | Release Committee']);
    expect(rolesFor(index, 'steer')).to.deep.equal([
      { kind: 'steering-member', group: 'Steering Committee', url: `${TREE}committee-steering` },
    ]);
    expect(Object.keys(index.roles)).to.have.length(10);
  });

  it('sorts by seniority, then group, and drops duplicates', () => {
    const lead = [{ github: 'multi' }];
    const doc = {
      sigs: [
        { dir: 'sig-b', name: 'B', leadership: { emeritus_leads: lead }, contact: { liaison: { github: 'multi' } } },
        { dir: 'sig-a', name: 'A', leadership: { tech_leads: lead, chairs: [...lead, { github: 'MULTI' }] } },
        { dir: 'sig-c', name: 'C', subprojects: [{ name: 's', leads: lead }], leadership: { chairs: lead } },
      ],
      committees: [{ dir: 'committee-steering', name: 'Steering', leadership: { chairs: lead } }],
    };
    expect(summary(rolesFor(buildRolesIndexFromDocs({ sigs: doc }), 'multi'))).to.deep.equal([
      'steering-member | Steering Committee',
      'steering-liaison | SIG B',
      'chair | SIG A',
      'chair | SIG C',
      'tech-lead | SIG A',
      'subproject-lead | SIG C | s',
      'emeritus | SIG B',
    ]);
  });

  it('sorts a hand-made index that is out of order', () => {
    const index: RolesIndex = {
      v: 3,
      links: {},
      roles: {
        x: [
          { kind: 'reviewer', group: 'a' },
          { kind: 'emeritus', group: 'b' },
          { kind: 'chair', group: 'z' },
          { kind: 'chair', group: 'c' },
          { kind: 'steering-member', group: 'Steering Committee' },
        ],
      },
    };
    expect(summary(rolesFor(index, 'X'))).to.deep.equal([
      'steering-member | Steering Committee',
      'chair | c',
      'chair | z',
      'reviewer | a',
      'emeritus | b',
    ]);
  });

  it('drops an emeritus role where the same person leads the group today', () => {
    const doc = sig({ leadership: { chairs: [{ github: 'back' }], emeritus_leads: [{ github: 'back' }, { github: 'gone' }] } });
    const index = buildRolesIndexFromDocs({ sigs: doc });
    expect(summary(rolesFor(index, 'back'))).to.deep.equal(['chair | SIG Node']);
    expect(summary(rolesFor(index, 'gone'))).to.deep.equal(['emeritus | SIG Node']);
  });

  it('adds Steering members from OWNERS_ALIASES without duplicating sigs.yaml', () => {
    const sigs = { committees: [{ dir: 'committee-steering', name: 'Steering', leadership: { chairs: [{ github: 'Both' }] } }] };
    const aliases = { aliases: { 'steering-committee': ['both', 'OnlyAlias', 42, '<b>x</b>'], other: ['nobody'] } };
    const index = buildRolesIndexFromDocs({ sigs: sigs, steeringAliases: aliases });
    expect(Object.keys(index.roles)).to.deep.equal(['both', 'onlyalias']);
    expect(rolesFor(index, 'both')).to.have.length(1);
    expect(summary(rolesFor(index, 'onlyalias'))).to.deep.equal(['steering-member | Steering Committee']);
  });
});

describe('the Steering README', () => {
  const readme = [
    '# Steering Committee',
    '',
    '## Members',
    '',
    '### Term ends in October 2027',
    '',
    '| Name | Profile | Affiliation |',
    '| ---- | ------- | ----------- |',
    '| A | **[@Alice](https://github.com/alice)** | X |',
    '',
    '### Term ends in 2029',
    '| B | [@bob](https://github.com/bob) |',
    '',
    '### Term ends in Oct. 2028',
    '| C | [@carol](https://github.com/carol) |',
    '',
    '### Term ends in TBD',
    '| D | [@dave](https://github.com/dave) |',
    '',
    '### Emeritus',
    '',
    '| Name | Profile |',
    '| ---- | ------- |',
    '| E | **[@erin](https://github.com/erin)** |',
    '| A again | **[@alice](https://github.com/alice)** |',
    '',
    'Mentioned outside a table: [@frank](https://github.com/frank)',
    '',
    '## Governing Board Representative',
    '',
    '| Name | Profile | Term |',
    '| ---- | ------- | ---- |',
    '| G | **[@grace](https://github.com/grace)** | 2025 |',
    '',
    '### Emeritus',
    '| H | [@heidi](https://github.com/heidi) |',
    '',
    '### Term ends in October 2030',
    '| I | [@ivan](https://github.com/ivan) |',
    '',
    '```md',
    '## Members',
    '```',
    '| J | [@judy](https://github.com/judy) |',
  ].join('\r\n');
  const index = buildRolesIndexFromDocs({ sigs: null, steeringReadme: readme });
  const steeringUrl = `${TREE}committee-steering`;

  it('stores the end of each term as YYYY-MM, or YYYY when only a year is given', () => {
    expect(rolesFor(index, 'alice')).to.deep.equal([
      { kind: 'steering-member', group: 'Steering Committee', term: '2027-10', url: steeringUrl },
    ]);
    expect(rolesFor(index, 'bob')[0].term).to.equal('2029');
    expect(rolesFor(index, 'carol')[0].term).to.equal('2028-10');
  });

  it('keeps a member whose term it cannot read, without a term', () => {
    expect(rolesFor(index, 'dave')).to.deep.equal([
      { kind: 'steering-member', group: 'Steering Committee', url: steeringUrl },
    ]);
  });

  it('reads the Emeritus table, but not a current member listed there too', () => {
    expect(summary(rolesFor(index, 'erin'))).to.deep.equal(['emeritus | Steering Committee']);
    expect(rolesFor(index, 'alice').map((r) => r.kind)).to.deep.equal(['steering-member']);
  });

  it('reads only tables, and only in the Members section', () => {
    expect(Object.keys(index.roles)).to.deep.equal(['alice', 'bob', 'carol', 'dave', 'erin']);
  });

  it('attaches the README term to members found in sigs.yaml', () => {
    const sigs = { committees: [{ dir: 'committee-steering', name: 'Steering', leadership: { chairs: [{ github: 'ALICE' }] } }] };
    expect(rolesFor(buildRolesIndexFromDocs({ sigs: sigs, steeringReadme: readme }), 'alice')).to.deep.equal([
      { kind: 'steering-member', group: 'Steering Committee', term: '2027-10', url: steeringUrl },
    ]);
  });
});

describe('untrusted input', () => {
  const empty = { v: 3, roles: {}, links: {} };

  it('turns documents of the wrong shape into an empty index', () => {
    for (const doc of [null, undefined, 'sigs', 5, [], { sigs: 5 }, { sigs: 'x', committees: {} }, { sigs: [null, 3, 'x', []] }]) {
      expect(buildRolesIndexFromDocs({ sigs: doc, steeringAliases: doc }), JSON.stringify(doc)).to.deep.equal(empty);
    }
    expect(buildRolesIndexFromDocs({ sigs: null, steeringAliases: { aliases: { 'steering-committee': 'pacoxu' } }, steeringReadme: '' })).to.deep.equal(empty);
  });

  it('skips entries whose github value is not a login, keeps the good ones', () => {
    const doc = sig({
      leadership: {
        chairs: [
          { github: '<img src=x onerror=alert(1)>' },
          { github: 'a b' },
          { github: '../../etc' },
          { github: 'x'.repeat(40) },
          { github: 42 },
          { github: ['good'] },
          { name: 'no github' },
          null,
          'good-too',
          { github: 'Good-Chair' },
        ],
        tech_leads: { github: 'not-a-list' },
        emeritus_leads: 'nope',
      },
      contact: { liaison: 'somebody' },
      subprojects: [{ name: 'p', leads: 'x' }, { name: 'q', leads: [{ github: '' }] }, 'r'],
    });
    const index = buildRolesIndexFromDocs({ sigs: doc });
    expect(index.roles).to.deep.equal({ 'good-chair': [{ kind: 'chair', group: 'SIG Node' }] });
    expect(rolesFor(index, 'good-chair')[0].url).to.equal(`${TREE}sig-node`);
  });

  it('tolerates a missing leadership, contact or name, and never links a bad dir', () => {
    const doc = {
      sigs: [
        { dir: 'sig-a', name: 'A' },
        { dir: 'sig-b', name: 'B', leadership: null, contact: null, subprojects: null },
        { dir: 'sig-c', leadership: { chairs: [{ github: 'noname' }] } },
        { name: 'Evil', dir: 'javascript:alert(1)', leadership: { chairs: [{ github: 'evil' }] } },
        { dir: 5, name: 5, leadership: { chairs: [{ github: 'nobody' }] } },
      ],
    };
    const index = buildRolesIndexFromDocs({ sigs: doc });
    expect(rolesFor(index, 'noname')).to.deep.equal([{ kind: 'chair', group: 'SIG sig-c', url: `${TREE}sig-c` }]);
    expect(rolesFor(index, 'evil')).to.deep.equal([{ kind: 'chair', group: 'SIG Evil' }]);
    expect(rolesFor(index, 'nobody')).to.deep.equal([]);
  });

  it('parses YAML whatever its indentation style', async () => {
    const indented = [
      'sigs:',
      '    -   dir: sig-node',
      '        name: Node',
      '        leadership:',
      '            chairs:',
      '                -   github: Chair1',
      '                    name: A',
    ].join('\n');
    const flush = ['sigs:', '- dir: sig-node', '  name: Node', '  leadership:', '    chairs:', '    - github: Chair1'].join('\n');
    const flow = 'sigs: [{dir: sig-node, name: Node, leadership: {chairs: [{github: Chair1}]}}]';
    const expected = [{ kind: 'chair', group: 'SIG Node', url: `${TREE}sig-node` }];
    for (const sigsYaml of [indented, flush, flow]) {
      expect(rolesFor(await indexOf({ sigsYaml }), 'chair1'), sigsYaml).to.deep.equal(expected);
    }
  });

  it('keeps an all-digit login as written instead of turning it into a number', async () => {
    const sigsYaml = 'sigs:\n  - dir: sig-node\n    name: Node\n    leadership:\n      chairs:\n        - github: 0123\n';
    expect(Object.keys((await indexOf({ sigsYaml })).roles)).to.deep.equal(['0123']);
  });

  it('throws on a sigs.yaml that is not YAML, but ignores a broken OWNERS_ALIASES', async () => {
    let error: unknown;
    try {
      await indexOf({ sigsYaml: 'sigs: [ {dir: sig-node' });
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(Error);

    const index = await indexOf({
      sigsYaml: 'committees:\n  - dir: committee-steering\n    name: Steering\n    leadership: {chairs: [{github: a}]}\n',
      steeringAliases: 'aliases: [ {',
    });
    expect(Object.keys(index.roles)).to.deep.equal(['a']);
  });

  it('reads teams nested through YAML aliases once: a cycle or a "billion laughs" neither throws nor hangs', async () => {
    const sigs = { repo: 'kubernetes/community', path: 'sigs.yaml', text: 'sigs:\n  - dir: sig-node\n    name: Node\n    leadership: {chairs: [{github: alice}]}\n' };
    const teams = (text: string) => ({ repo: 'kubernetes/org', path: 'config/kubernetes/sig-x/teams.yaml', text });
    // A map that is its own descendant: the stack overflowed, and every file's roles were lost.
    const cycle = await buildRolesIndex([sigs, teams('teams: &a\n  x-maintainers:\n    members: [bob]\n    repos: {kubernetes: write}\n    teams: *a\n')]);
    expect(rolesFor(cycle.index, 'alice').map((r) => r.kind)).to.deep.equal(['chair']);
    expect(rolesFor(cycle.index, 'bob').map((r) => [r.kind, r.group])).to.deep.equal([['maintainer', 'kubernetes']]);
    // Eight levels of ten aliases of the level below (2 KB): 10^7 visits took about 30 s.
    let laughs = 'l0: &l0 {t-maintainers: {members: [bob], repos: {r: write}}}\n';
    for (let i = 1; i < 8; i++) laughs += `l${i}: &l${i} {${Array.from({ length: 10 }, (_, j) => `t${j}: {teams: *l${i - 1}}`).join(', ')}}\n`;
    const started = performance.now();
    const shared = await buildRolesIndex([sigs, teams(`${laughs}teams: *l7\n`)]);
    expect(performance.now() - started, 'ms').to.be.below(2000);
    expect(rolesFor(shared.index, 'bob').map((r) => [r.kind, r.group])).to.deep.equal([['maintainer', 'r']]);
  });

  it('accepts an empty sigs.yaml as "no roles"', async () => {
    expect(await indexOf({ sigsYaml: '' })).to.deep.equal({ ...empty, sources: [{ repo: 'kubernetes/community', path: 'sigs.yaml', commit: 'HEAD' }] });
  });
});

describe('isRolesIndex', () => {
  const good = { v: 3, links: { 'SIG Node': `${TREE}sig-node` }, roles: { pacoxu: [{ kind: 'chair', group: 'SIG Node' }] } };

  it('accepts a well-formed index', () => {
    expect(isRolesIndex(good)).to.equal(true);
    expect(isRolesIndex({ v: 3, roles: {}, links: {} })).to.equal(true);
    expect(isRolesIndex({ ...good, members: { kubernetes: { url: 'https://github.com/kubernetes/org', logins: ['a', 'b-c'] } } })).to.equal(true);
    expect(isRolesIndex({ ...good, sources: [{ repo: 'kubernetes/community', path: 'sigs.yaml', commit: 'HEAD' }] })).to.equal(true);
    expect(isRolesIndex({ ...good, roles: { pacoxu: [{ kind: 'approver', group: 'kubernetes', paths: ['pkg/kubelet', ''] }] } })).to.equal(true);
  });

  it('rejects garbage', () => {
    const bad: unknown[] = [
      null,
      undefined,
      'index',
      42,
      [],
      {},
      { ...good, v: 2 },
      { ...good, v: 4 },
      { ...good, v: '3' },
      { v: 3, roles: good.roles },
      { ...good, members: { kubernetes: { logins: ['PacoXu'] } } },
      { ...good, members: { kubernetes: { logins: ['<img>'] } } },
      { ...good, members: { kubernetes: ['pacoxu'] } },
      { ...good, members: { '<x>': { logins: [] } } },
      { ...good, members: { kubernetes: { url: 'javascript:alert(1)', logins: [] } } },
      { ...good, sources: [{ repo: 'kubernetes/community', path: 'sigs.yaml' }] },
      { ...good, generatedAt: 2026 },
      { ...good, roles: { pacoxu: [{ kind: 'approver', group: 'kubernetes', paths: [7] }] } },
      { ...good, roles: [] },
      { ...good, roles: null },
      { ...good, links: { 'SIG Node': 'javascript:alert(1)' } },
      { ...good, roles: { PacoXu: good.roles.pacoxu } },
      { ...good, roles: { '<img>': good.roles.pacoxu } },
      { ...good, roles: { pacoxu: 'chair' } },
      { ...good, roles: { pacoxu: [null] } },
      { ...good, roles: { pacoxu: [{ kind: 'king', group: 'SIG Node' }] } },
      { ...good, roles: { pacoxu: [{ kind: 'chair' }] } },
      { ...good, roles: { pacoxu: [{ kind: 'chair', group: '' }] } },
      { ...good, roles: { pacoxu: [{ kind: 'chair', group: 'SIG Node', term: 2027 }] } },
      { ...good, roles: { pacoxu: [{ kind: 'chair', group: 'SIG Node', url: 'javascript:alert(1)' }] } },
    ];
    for (const v of bad) expect(isRolesIndex(v), JSON.stringify(v)).to.equal(false);
  });
});

describe('OWNERS files (the crawl)', () => {
  const sigs = { repo: 'kubernetes/community', path: 'sigs.yaml', text: 'sigs: []\n' };

  it('reads approvers, reviewers and emeritus approvers of kubeadm, for the repository and its directory', async () => {
    const { index } = await buildRolesIndex([sigs, { repo: 'kubernetes/kubeadm', path: 'OWNERS', text: await fixture('kubeadm-OWNERS') }]);
    const url = 'https://github.com/kubernetes/kubeadm';
    // An approver is not listed a second time as reviewer.
    expect(rolesFor(index, 'pacoxu')).to.deep.equal([{ kind: 'approver', group: 'kubeadm', url, paths: [''] }]);
    expect(rolesFor(index, 'timothysc')).to.deep.equal([{ kind: 'emeritus', group: 'kubeadm', label: 'approver', url, paths: [''] }]);
    expect(Object.keys(index.roles)).to.have.length(11);
  });

  it('expands aliases, aliases of aliases, and stops at a cycle', () => {
    const aliases = { aliases: { leads: ['Ann', 'reviewers-team'], 'reviewers-team': ['bob', 'LEADS', 'carl'] } };
    expect(expandAliases(['leads', 'dora', 7], aliases)).to.deep.equal(['Ann', 'bob', 'carl', 'dora', 7]);
    expect(expandAliases(['x'], null)).to.deep.equal(['x']);
  });

  it('keeps one role per kind and repository, with its directories, and reads filters', () => {
    const b = new RolesBuilder();
    const aliases = { aliases: { 'sig-node-approvers': ['Node1'] } };
    addOwnersFiles(
      b,
      [
        { repo: 'kubernetes/kubernetes', path: 'pkg/kubelet/OWNERS', doc: { approvers: ['sig-node-approvers'], reviewers: ['rev'] } },
        { repo: 'kubernetes/kubernetes', path: 'cmd/kubelet/OWNERS', doc: { approvers: ['node1'], filters: { '\\.md$': { reviewers: ['docs'] }, bad: 'x' } } },
        { repo: 'kubernetes/kubernetes', path: 'OWNERS', doc: { reviewers: ['rev', '<x>', 7] } },
        { repo: 'not a repo', path: 'OWNERS', doc: { approvers: ['nobody'] } },
        { repo: 'kubernetes/website', path: 'OWNERS', doc: null },
      ],
      (repo) => (repo === 'kubernetes/kubernetes' ? aliases : undefined),
    );
    const index = b.build();
    const url = 'https://github.com/kubernetes/kubernetes';
    expect(rolesFor(index, 'node1')).to.deep.equal([{ kind: 'approver', group: 'kubernetes', url, paths: ['cmd/kubelet', 'pkg/kubelet'] }]);
    expect(rolesFor(index, 'rev')).to.deep.equal([{ kind: 'reviewer', group: 'kubernetes', url, paths: ['', 'pkg/kubelet'] }]);
    expect(rolesFor(index, 'docs')).to.deep.equal([{ kind: 'reviewer', group: 'kubernetes', url, paths: ['cmd/kubelet'] }]);
    expect(rolesFor(index, 'nobody')).to.deep.equal([]);
    expect(ownersDir('pkg/kubelet/OWNERS')).to.equal('pkg/kubelet');
    expect(ownersDir('OWNERS')).to.equal('');
  });

  it('keeps at most 20 directories per role', () => {
    const b = new RolesBuilder();
    const files = Array.from({ length: 30 }, (_, i) => ({ repo: 'kubernetes/kubernetes', path: `d${String(i).padStart(2, '0')}/OWNERS`, doc: { approvers: ['many'] } }));
    addOwnersFiles(b, files, () => undefined);
    expect(rolesFor(b.build(), 'many')[0].paths).to.have.length(20);
  });

  it('merges with the community roles, in seniority order', async () => {
    const { index } = await buildRolesIndex([
      { repo: 'kubernetes/community', path: 'sigs.yaml', text: await fixture('sigs.yaml') },
      { repo: 'kubernetes/steering', path: 'README.md', text: await fixture('steering-README.md') },
      { repo: 'kubernetes/kubeadm', path: 'OWNERS', text: await fixture('kubeadm-OWNERS') },
    ]);
    expect(summary(rolesFor(index, 'pacoxu'))).to.deep.equal([
      'steering-member | Steering Committee',
      'steering-liaison | SIG CLI',
      'steering-liaison | SIG Node',
      'steering-liaison | SIG Storage',
      'steering-liaison | SIG Testing',
      'approver | kubeadm',
    ]);
    expect(isRolesIndex(JSON.parse(JSON.stringify(index)))).to.equal(true);
  });
});

describe('building the index off the main thread', () => {
  // The dev server serves the worker's TypeScript source; a bundler would have
  // rewritten the URL to its built file (the CDN build is checked separately).
  const workerUrl = new URL('../../src/roles/worker.ts', import.meta.url);
  let files: CommunityFile[];
  let onMainThread: RolesIndex;
  const pageErrors: string[] = [];
  const onRejection = (e: PromiseRejectionEvent) => pageErrors.push(`unhandled rejection: ${String(e.reason)}`);
  const onError = (e: ErrorEvent) => pageErrors.push(`error: ${e.message}`);

  before(async () => {
    files = communityFiles({
      sigsYaml: await fixture('sigs.yaml'),
      steeringAliases: await fixture('steering-OWNERS_ALIASES'),
      steeringReadme: await fixture('steering-README.md'),
    });
    onMainThread = (await buildRolesIndex(files)).index;
    addEventListener('unhandledrejection', onRejection);
    addEventListener('error', onError);
  });

  after(() => {
    removeEventListener('unhandledrejection', onRejection);
    removeEventListener('error', onError);
  });

  afterEach(async () => {
    // A rejection nobody handled is reported a task later.
    await new Promise((r) => setTimeout(r, 50));
    expect(pageErrors, 'the page saw no error and no unhandled rejection').to.deep.equal([]);
  });

  it('builds the same index in a worker as on the main thread, then stops the worker', async () => {
    const workers = stubWorker((url) => url);
    try {
      const built = await buildRolesIndexOffMainThread(files, { workerUrl });
      expect(built.thread).to.equal('worker');
      expect(built.index).to.deep.equal(onMainThread);
      expect(JSON.stringify(built.index), 'same key order too').to.equal(JSON.stringify(onMainThread));
      expect(workers.started.map((w) => w.url)).to.deep.equal([workerUrl.href]);
      expect(workers.started[0].terminated).to.equal(true);
    } finally {
      workers.restore();
    }
  });

  it('goes through a blob: module worker when the script may not be started directly (a CDN page)', async () => {
    // What Chromium does for a script on another origin, here for any non-blob URL.
    const workers = stubWorker((url) => (url.startsWith('blob:') ? url : new DOMException('cross-origin script', 'SecurityError')));
    const revoked = spyRevoke();
    try {
      const built = await buildRolesIndexOffMainThread(files, { workerUrl });
      expect(built.thread).to.equal('blob-worker');
      expect(built.index).to.deep.equal(onMainThread);
      const [direct, blob] = workers.started;
      expect(direct.url).to.equal(workerUrl.href);
      expect(blob.url).to.match(/^blob:/);
      expect(blob.terminated).to.equal(true);
      expect(revoked.urls, 'the blob URL is revoked').to.deep.equal([blob.url]);
    } finally {
      workers.restore();
      revoked.restore();
    }
  });

  it('builds on the main thread, with the same index, when the Worker constructor throws', async () => {
    const workers = stubWorker(() => new DOMException('refused by the page policy', 'SecurityError'));
    const revoked = spyRevoke();
    try {
      const built = await buildRolesIndexOffMainThread(files, { workerUrl });
      expect(built.thread).to.equal('main-thread');
      expect(built.fallbackReason).to.include('direct: SecurityError').and.include('blob: SecurityError');
      expect(built.index).to.deep.equal(onMainThread);
      expect(workers.started).to.have.length(2);
      expect(revoked.urls, 'the blob URL made for the refused worker is revoked').to.have.length(1);
    } finally {
      workers.restore();
      revoked.restore();
    }
  });

  it('builds on the main thread when there is no Worker at all', async () => {
    const real = window.Worker;
    (window as { Worker?: typeof Worker }).Worker = undefined;
    try {
      const built = await buildRolesIndexOffMainThread(files, { workerUrl });
      expect(built.thread).to.equal('main-thread');
      expect(built.index).to.deep.equal(onMainThread);
    } finally {
      window.Worker = real;
    }
  });

  it('falls back when the script is on another origin that sends no CORS headers', async () => {
    // The same server under another host name is another origin, and it sends no CORS headers.
    const other = new URL(workerUrl);
    other.hostname = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    expect(await refusedWorker(other), 'the premise: no direct cross-origin worker').to.be.a('string');
    const workers = stubWorker((url) => url);
    const revoked = spyRevoke();
    try {
      const built = await buildRolesIndexOffMainThread(files, { workerUrl: other });
      expect(built.thread).to.equal('main-thread');
      expect(built.fallbackReason).to.include('worker error');
      expect(built.index).to.deep.equal(onMainThread);
      // Not tried directly: the blob route straight away, then stopped and revoked.
      expect(workers.started.map((w) => w.url)).to.have.length(1).and.satisfy((urls: string[]) => urls[0].startsWith('blob:'));
      expect(workers.started[0].terminated).to.equal(true);
      expect(revoked.urls).to.deep.equal([workers.started[0].url]);
    } finally {
      workers.restore();
      revoked.restore();
    }
  });

  it('stops a worker that does not answer in time and builds on the main thread', async () => {
    const silent = URL.createObjectURL(new Blob(['// listens to nothing\n'], { type: 'text/javascript' }));
    const workers = stubWorker((url) => url);
    try {
      const built = await buildRolesIndexOffMainThread(files, { workerUrl: silent, timeoutMs: 300 });
      expect(built.thread).to.equal('main-thread');
      expect(built.fallbackReason).to.equal('no answer in 300 ms');
      expect(built.index).to.deep.equal(onMainThread);
      expect(workers.started[0].terminated).to.equal(true);
    } finally {
      workers.restore();
      URL.revokeObjectURL(silent);
    }
  });

  it('does not take an answer that is not a valid index', async () => {
    const liar = URL.createObjectURL(
      new Blob(["onmessage = () => postMessage({ ok: true, index: { v: 3, roles: { '<x>': [] }, links: {} }, unreadable: [] });\n"], { type: 'text/javascript' }),
    );
    try {
      const built = await buildRolesIndexOffMainThread(files, { workerUrl: liar });
      expect(built.thread).to.equal('main-thread');
      expect(built.fallbackReason).to.equal('unexpected answer');
      expect(built.index).to.deep.equal(onMainThread);
    } finally {
      URL.revokeObjectURL(liar);
    }
  });

  it('fails as the main thread fails when sigs.yaml is not YAML, without a second try', async () => {
    const broken = communityFiles({ sigsYaml: 'sigs: [ {dir: sig-node' });
    const workers = stubWorker((url) => url);
    try {
      const [inWorker, onMain] = await Promise.all([
        buildRolesIndexOffMainThread(broken, { workerUrl }).then(
          () => undefined,
          (e: unknown) => e,
        ),
        buildRolesIndex(broken).then(
          () => undefined,
          (e: unknown) => e,
        ),
      ]);
      expect(inWorker).to.be.instanceOf(Error);
      expect(onMain).to.be.instanceOf(Error);
      expect(String(inWorker)).to.equal(String(onMain));
      expect(workers.started).to.have.length(1);
      expect(workers.started[0].terminated).to.equal(true);
    } finally {
      workers.restore();
    }
  });
});

interface StartedWorker {
  url: string;
  terminated: boolean;
}

/**
 * Replaces `window.Worker` with one that records every worker asked for. `route`
 * maps the requested URL to the one to start, or to an error to throw instead
 * (as a browser does for a cross-origin script, or a CSP that refuses it).
 */
function stubWorker(route: (url: string) => string | Error): { started: StartedWorker[]; restore: () => void } {
  const Real = window.Worker;
  const started: StartedWorker[] = [];
  class Recording extends Real {
    private readonly record: StartedWorker;
    constructor(url: string | URL, options?: WorkerOptions) {
      const record = { url: String(url), terminated: false };
      started.push(record);
      const target = route(String(url));
      if (target instanceof Error) throw target;
      super(target, options);
      this.record = record;
    }
    override terminate(): void {
      this.record.terminated = true;
      super.terminate();
    }
  }
  window.Worker = Recording;
  return { started, restore: () => (window.Worker = Real) };
}

/**
 * How the browser refuses a module worker whose script is on another origin, or
 * `undefined` if the worker ran (it answers a message). Chromium's constructor
 * throws a SecurityError; Firefox and WebKit construct it, as the HTML standard
 * now says, and the script's same-origin fetch fails with an `error` event.
 */
async function refusedWorker(url: URL): Promise<string | undefined> {
  let worker: Worker;
  try {
    worker = new Worker(url, { type: 'module' });
  } catch (e) {
    return `the constructor threw ${e instanceof Error ? e.name : String(e)}`;
  }
  try {
    return await new Promise<string | undefined>((resolve) => {
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        resolve('an error event');
      });
      worker.addEventListener('message', () => resolve(undefined));
      worker.postMessage([]);
      setTimeout(() => resolve(undefined), 5000);
    });
  } finally {
    worker.terminate();
  }
}

/** Records the blob URLs revoked, and still revokes them. */
function spyRevoke(): { urls: string[]; restore: () => void } {
  const real = URL.revokeObjectURL;
  const urls: string[] = [];
  URL.revokeObjectURL = (url: string) => {
    urls.push(url);
    real.call(URL, url);
  };
  return { urls, restore: () => (URL.revokeObjectURL = real) };
}

describe('the contributor ladder (a sample; every login is checked in test/node/ladder.node-test.js)', () => {
  const groups = new Map([
    ['sig-node', 'SIG Node'],
    ['sig-api-machinery', 'SIG API Machinery'],
    ['sig-api', 'SIG API'],
    ['sig-auth', 'SIG Auth'],
    ['wg-serving', 'WG Serving'],
  ]);

  it('reads alias names by the five rules of docs/roles.md', () => {
    const m = (name: string) => aliasMeaning(name, groups);
    expect(m('sig-node-approvers')).to.deep.equal({ kind: 'approver', group: 'SIG Node' });
    expect(m('sig-node-api-reviewers')).to.deep.equal({ kind: 'reviewer', group: 'SIG Node', label: 'API' });
    // The longest folder wins: SIG API Machinery, not a "SIG API" with area "machinery-api".
    expect(m('sig-api-machinery-api-approvers')).to.deep.equal({ kind: 'approver', group: 'SIG API Machinery', label: 'API' });
    expect(m('sig-auth-encryption-at-rest-reviewers')).to.deep.equal({ kind: 'reviewer', group: 'SIG Auth', label: 'encryption-at-rest' });
    expect(m('wg-serving-maintainers')).to.deep.equal({ kind: 'maintainer', group: 'WG Serving' });
    expect(m('api-approvers')).to.deep.equal({ kind: 'approver', group: 'API' });
    expect(m('build-image-reviewers')).to.deep.equal({ kind: 'reviewer', group: 'Build image' });
    expect(m('release-managers')).to.deep.equal({ kind: 'maintainer', group: 'Release' });
    expect(m('release-team-subproject-leads')).to.deep.equal({ kind: 'subproject-lead', group: 'Release team' });
    expect(m('sig-node-leads')).to.deep.equal({ kind: 'lead', group: 'SIG Node' });
    // Not covered by a rule: shown under its own name, at reviewer level.
    expect(m('sig-scheduling')).to.deep.equal({ kind: 'reviewer', group: 'sig-scheduling' });
    expect(m('sig-node')).to.deep.equal({ kind: 'reviewer', group: 'sig-node' });
    expect(m('approvers')).to.deep.equal({ kind: 'reviewer', group: 'approvers' });
    expect(m('Sig-Node-CRI-Approvers')).to.deep.equal({ kind: 'approver', group: 'SIG Node', label: 'CRI' });
  });

  it('gives the real files\' roles to a sample of people, whatever the case of their login', async () => {
    const text = (n: string) => fixture(n);
    const { index, unreadable } = await buildRolesIndex([
      { repo: 'kubernetes/community', path: 'sigs.yaml', text: await text('sigs.yaml') },
      { repo: 'kubernetes/kubernetes', path: 'OWNERS_ALIASES', text: await text('kubernetes-OWNERS_ALIASES') },
      { repo: 'kubernetes/org', path: 'config/kubernetes/org.yaml', text: await text('org-kubernetes-org.yaml') },
      { repo: 'kubernetes/org', path: 'config/kubernetes-sigs/org.yaml', text: await text('org-kubernetes-sigs-org.yaml') },
      { repo: 'kubernetes/org', path: 'config/kubernetes/sig-cluster-lifecycle/teams.yaml', text: await text('org-sig-cluster-lifecycle-teams.yaml') },
      { repo: 'kubernetes/org', path: 'config/kubernetes-sigs/sig-network/teams.yaml', text: await text('org-kubernetes-sigs-sig-network-teams.yaml') },
    ]);
    expect(unreadable).to.deep.equal([]);
    const ladder = (login: string) =>
      summary(rolesFor(index, login).filter((r) => ['lead', 'maintainer', 'approver', 'reviewer', 'member'].includes(r.kind)));
    expect(ladder('PacoXu')).to.deep.equal([
      'maintainer | kubeadm',
      'maintainer | system-validators',
      'reviewer | SIG Node',
      'member | kubernetes',
      'member | kubernetes-sigs',
    ]);
    // bentheelder (sig-testing-reviewers) and BenTheElder (dep-approvers) are one person.
    expect(ladder('bentheelder')).to.deep.equal(ladder('BenTheElder'));
    expect(ladder('bentheelder')).to.include.members(['reviewer | SIG Testing', 'approver | Dep', 'approver | Build image']);
    // A commented-out emeritus block is not data; the bare `sig-scheduling` alias is.
    expect(ladder('damemi')).to.deep.equal(['reviewer | sig-scheduling', 'member | kubernetes', 'member | kubernetes-sigs']);
    // `#- justaugustus` under build-image-reviewers is a comment; he approves it.
    expect(ladder('justaugustus')).to.include('approver | Build image').and.not.include('reviewer | Build image');
    expect(ladder('neolit123')).to.include('lead | SIG Cluster Lifecycle');
    expect(ladder('tallclair')).to.include('approver | SIG Node').and.not.include('reviewer | SIG Node');
    // org.yaml's own team: write access to kubernetes/kubernetes.
    expect(rolesFor(index, 'liggitt').find((r) => r.kind === 'maintainer' && r.group === 'kubernetes')?.url).to.equal('https://github.com/kubernetes/kubernetes');
    // Membership is one list per org, not a role object per person.
    expect(index.members?.kubernetes.logins.length).to.be.greaterThan(1000);
    expect(Object.values(index.roles).flat().some((r) => r.kind === 'member')).to.equal(false);
  });

  it('reads teams: -maintainers teams with write access, nested ones too; not milestone teams, not the team\'s own maintainers', () => {
    const teams = {
      teams: {
        'kubeadm-maintainers': { members: ['A'], maintainers: ['teamadmin'], repos: { kubeadm: 'write', website: 'read' } },
        'milestone-maintainers': { members: ['m'], repos: { enhancements: 'write' } },
        'kubeadm-admins': { members: ['admin'], repos: { kubeadm: 'admin' } },
        'no-repos-maintainers': { members: ['n'] },
        parent: { members: [], teams: { 'kind-maintainers': { members: ['nested'], repos: { kind: 'maintain', '../x': 'write' } } } },
      },
    };
    const index = buildRolesIndexFromDocs({ sigs: null, teams: [['kubernetes-sigs', teams]] });
    expect(rolesFor(index, 'a')).to.deep.equal([{ kind: 'maintainer', group: 'kubeadm', url: 'https://github.com/kubernetes-sigs/kubeadm' }]);
    expect(rolesFor(index, 'nested')).to.deep.equal([{ kind: 'maintainer', group: 'kind', url: 'https://github.com/kubernetes-sigs/kind' }]);
    for (const nobody of ['teamadmin', 'm', 'admin', 'n']) expect(rolesFor(index, nobody), nobody).to.deep.equal([]);
  });

  it('gives one role for an alias defined twice or a login listed twice', async () => {
    const { index } = await buildRolesIndex([
      { repo: 'kubernetes/community', path: 'sigs.yaml', text: 'sigs:\n  - dir: sig-node\n    name: Node\n' },
      {
        repo: 'kubernetes/kubernetes',
        path: 'OWNERS_ALIASES',
        text: 'aliases:\n  sig-node-reviewers:\n    - twice\n    - Twice\n  sig-node-reviewers:\n    - twice\n',
      },
      { repo: 'kubernetes/org', path: 'config/kubernetes/org.yaml', text: 'members:\n- twice\n- TWICE\nadmins:\n- twice\n' },
    ]);
    expect(summary(rolesFor(index, 'twice'))).to.deep.equal(['reviewer | SIG Node', 'member | kubernetes']);
  });

  it('names a ladder file that is not YAML as unreadable, and keeps the rest', async () => {
    const { index, unreadable } = await buildRolesIndex([
      { repo: 'kubernetes/community', path: 'sigs.yaml', text: 'sigs:\n  - dir: sig-node\n    name: Node\n    leadership: {chairs: [{github: c}]}\n' },
      { repo: 'kubernetes/kubernetes', path: 'OWNERS_ALIASES', text: 'aliases: [ {' },
      { repo: 'kubernetes/website', path: 'README.md', text: '# not a community file' },
    ]);
    expect(unreadable).to.deep.equal(['kubernetes/kubernetes/OWNERS_ALIASES', 'kubernetes/website/README.md']);
    expect(summary(rolesFor(index, 'c'))).to.deep.equal(['chair | SIG Node']);
    expect(index.sources).to.deep.equal([{ repo: 'kubernetes/community', path: 'sigs.yaml', commit: 'HEAD' }]);
  });

  it('finds the highest rung: Steering, chair, tech lead, lead/maintainer, approver, reviewer, member', () => {
    const r = (kind: Role['kind'], group = 'G'): Role => ({ kind, group });
    expect(highestRung([r('member'), r('reviewer'), r('emeritus')])).to.deep.equal(r('reviewer'));
    expect(highestRung([r('approver', 'b'), r('approver', 'a'), r('governing-board')])).to.deep.equal(r('approver', 'a'));
    expect(highestRung([r('maintainer'), r('tech-lead'), r('steering-liaison')])).to.deep.equal(r('tech-lead'));
    // A liaison, the Governing Board seat and emeritus roles are not rungs.
    expect(highestRung([r('steering-liaison'), r('governing-board'), r('emeritus'), r('other')])).to.equal(undefined);
  });
});
