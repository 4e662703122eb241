// The JSON Schema and the runtime validator must describe the same format.
// Runs in Node (`node --test test/node/schema.node-test.js`), not in the browser:
// Ajv is CommonJS, and the test runner's nodeResolve serves it to Chromium
// unconverted ("Could not import your test module"). src/validate.ts is
// bundled with esbuild on the fly so the test checks the real validator.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import Ajv2020 from 'ajv/dist/2020.js';

const root = new URL('../../', import.meta.url);
const readJson = async (rel) => JSON.parse(await readFile(new URL(rel, root), 'utf8'));

/** Every demo card that must be valid, and the one that must not be (shared with test/unit/schema.test.ts). */
const { valid: VALID_DEMO_FILES, broken: BROKEN_DEMO_FILE } = await readJson('test/demo-files.json');

/** @type {import('../../src/model/validate.ts').parseCardData} */
let parseCardData;
/** @type {import('ajv').ValidateFunction} */
let validateSchema;

before(async () => {
  const out = await build({
    entryPoints: [fileURLToPath(new URL('src/model/validate.ts', root))],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const code = Buffer.from(out.outputFiles[0].contents).toString('base64');
  ({ parseCardData } = await import(`data:text/javascript;base64,${code}`));

  const schema = await readJson('schema/card-data.schema.json');
  // strict: an unknown keyword or a type slip in the schema fails here, not in a user's editor.
  const ajv = new Ajv2020({ strict: true, allErrors: false });
  validateSchema = ajv.compile(schema);
});

/** An Ajv error as the validator's path: `/roles/0/kind` → `roles[0].kind`, root → `$`. */
function ajvPath(error) {
  const parts = error.instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (error.keyword === 'required') parts.push(error.params.missingProperty);
  let path = '';
  for (const p of parts) path += /^\d+$/.test(p) ? `[${p}]` : path ? `.${p}` : p;
  return path || '$';
}

function schemaResult(doc) {
  const ok = validateSchema(doc);
  return ok ? { ok: true } : { ok: false, path: ajvPath(validateSchema.errors[0]), errors: validateSchema.errors };
}

describe('demo card files', () => {
  test('the list above names every file in demo/data', async () => {
    const onDisk = (await readdir(new URL('demo/data/', root))).filter((f) => f.endsWith('.json')).sort();
    assert.deepEqual(onDisk, [...VALID_DEMO_FILES, BROKEN_DEMO_FILE].sort());
  });

  for (const file of VALID_DEMO_FILES) {
    test(`${file} passes parseCardData and the JSON Schema`, async () => {
      const doc = await readJson(`demo/data/${file}`);
      const parsed = parseCardData(doc);
      assert.equal(parsed.ok, true, parsed.ok ? '' : parsed.error.message);
      const s = schemaResult(doc);
      assert.equal(s.ok, true, JSON.stringify(s.errors));
      // Nothing in a demo file is silently dropped or cut by the validator.
      assert.equal(parsed.data.identity.login, doc.identity.login);
      assert.equal(parsed.data.roles.length, (doc.roles ?? []).length);
      for (const key of ['avatarUrl', 'profileUrl']) assert.equal(parsed.data.identity[key], doc.identity[key]);
    });
  }

  test(`${BROKEN_DEMO_FILE} fails both, at totals.prsMerged`, async () => {
    const doc = await readJson(`demo/data/${BROKEN_DEMO_FILE}`);
    const parsed = parseCardData(doc);
    assert.equal(parsed.ok, false);
    assert.equal(parsed.error.path, 'totals.prsMerged');
    assert.deepEqual({ ok: false, path: 'totals.prsMerged' }, pick(schemaResult(doc)));
  });
});

const pick = ({ ok, path }) => ({ ok, path });

/** A valid card that each invalid case below breaks in exactly one place. */
const base = () => ({
  schemaVersion: 1,
  identity: { login: 'pacoxu', name: 'Paco Xu', avatarUrl: 'https://avatars.githubusercontent.com/u/1?v=4' },
  totals: { contributions: 10, prsMerged: 3 },
  firstContribution: { repository: 'kubernetes/kubeadm', date: '2019-04-02' },
  yearsActive: [2019, 2020, 2021],
  roles: [
    { kind: 'steering-member', group: 'Steering Committee', term: 'Term ends in October 2027' },
    { kind: 'approver', group: 'SIG Cluster Lifecycle', label: 'kubeadm' },
  ],
  activity: {
    unit: 'release',
    points: [
      { period: 'v1.34', start: '2025-08-27', count: 4 },
      { period: 'v1.35', start: '2025-12-17', count: 2 },
    ],
  },
  sources: [{ id: 'github', name: 'GitHub', url: 'https://github.com/pacoxu' }],
  asOf: '2026-11-02T08:00:00Z',
  notices: [{ source: 'devstats', reason: 'timeout' }],
});

/** [description, expected path, mutation of the base card] */
const INVALID = [
  ['schemaVersion 2', 'schemaVersion', (d) => (d.schemaVersion = 2)],
  ['no schemaVersion', 'schemaVersion', (d) => delete d.schemaVersion],
  ['no identity', 'identity', (d) => delete d.identity],
  ['identity is a string', 'identity', (d) => (d.identity = 'pacoxu')],
  ['no login', 'identity.login', (d) => delete d.identity.login],
  ['login starting with a hyphen', 'identity.login', (d) => (d.identity.login = '-pacoxu')],
  ['login with a double hyphen', 'identity.login', (d) => (d.identity.login = 'paco--xu')],
  ['login of 40 characters', 'identity.login', (d) => (d.identity.login = 'a'.repeat(40))],
  ['login with markup', 'identity.login', (d) => (d.identity.login = '<img src=x>')],
  ['name is a number', 'identity.name', (d) => (d.identity.name = 42)],
  ['avatarUrl is a number', 'identity.avatarUrl', (d) => (d.identity.avatarUrl = 7)],
  ['totals is an array', 'totals', (d) => (d.totals = [1, 2])],
  ['prsMerged is a string', 'totals.prsMerged', (d) => (d.totals.prsMerged = '12')],
  ['reviews is negative', 'totals.reviews', (d) => (d.totals.reviews = -1)],
  ['commits is a fraction', 'totals.commits', (d) => (d.totals.commits = 2.5)],
  ['repositories is a boolean', 'totals.repositories', (d) => (d.totals.repositories = true)],
  ['firstContribution without date', 'firstContribution.date', (d) => delete d.firstContribution.date],
  ['firstContribution date in words', 'firstContribution.date', (d) => (d.firstContribution.date = 'April 2019')],
  ['yearsActive is a number', 'yearsActive', (d) => (d.yearsActive = 2019)],
  ['a year before 2000', 'yearsActive[1]', (d) => (d.yearsActive[1] = 1999)],
  ['a year after 2100', 'yearsActive[2]', (d) => (d.yearsActive[2] = 2101)],
  ['a year as a string', 'yearsActive[0]', (d) => (d.yearsActive[0] = '2019')],
  ['roles is an object', 'roles', (d) => (d.roles = { kind: 'chair' })],
  ['a role is a string', 'roles[0]', (d) => (d.roles[0] = 'chair')],
  ['a role kind that is no kind name', 'roles[1].kind', (d) => (d.roles[1].kind = 'Over Lord!')],
  ['role paths as a string', 'roles[1].paths', (d) => (d.roles[1].paths = 'pkg/kubelet')],
  ['a role path as a number', 'roles[1].paths[0]', (d) => (d.roles[1].paths = [7])],
  ['role without group', 'roles[0].group', (d) => delete d.roles[0].group],
  ['role with a blank group', 'roles[0].group', (d) => (d.roles[0].group = '   ')],
  ['role term is a number', 'roles[0].term', (d) => (d.roles[0].term = 2027)],
  ['activity unit week', 'activity.unit', (d) => (d.activity.unit = 'week')],
  ['activity without unit', 'activity.unit', (d) => delete d.activity.unit],
  ['points is an object', 'activity.points', (d) => (d.activity.points = {})],
  ['point start in words', 'activity.points[1].start', (d) => (d.activity.points[1].start = 'last spring')],
  ['point start month 13', 'activity.points[0].start', (d) => (d.activity.points[0].start = '2025-13')],
  ['point count as a string', 'activity.points[0].count', (d) => (d.activity.points[0].count = '4')],
  ['point below of 0', 'activity.points[0].below', (d) => (d.activity.points[0].below = 0)],
  ['point below as a string', 'activity.points[0].below', (d) => (d.activity.points[0].below = '2')],
  ['point ongoing as a string', 'activity.points[1].ongoing', (d) => (d.activity.points[1].ongoing = 'yes')],
  ['totalsBelow is an array', 'totalsBelow', (d) => (d.totalsBelow = [30])],
  ['totalsBelow of 0', 'totalsBelow.contributions', (d) => (d.totalsBelow = { contributions: 0 })],
  ['totalsBelow as a string', 'totalsBelow.comments', (d) => (d.totalsBelow = { comments: '20' })],
  ['scope without source', 'scope.source', (d) => (d.scope = { project: 'kubernetes' })],
  ['scope orgs as a string', 'scope.orgs', (d) => (d.scope = { source: 'github', orgs: 'kubernetes' })],
  ['scope org with a slash', 'scopes.prsMerged.orgs[0]', (d) => (d.scopes = { prsMerged: { source: 'github', orgs: ['kubernetes/kubernetes'] } })],
  ['a figure scope as a string', 'scopes.firstContribution', (d) => (d.scopes = { firstContribution: 'github' })],
  ['point without period', 'activity.points[1].period', (d) => delete d.activity.points[1].period],
  ['source without name', 'sources[0].name', (d) => delete d.sources[0].name],
  ['source with an empty id', 'sources[0].id', (d) => (d.sources[0].id = '')],
  ['asOf month 13', 'asOf', (d) => (d.asOf = '2026-13-01')],
  ['asOf as epoch seconds', 'asOf', (d) => (d.asOf = 1793606400)],
  ['notices is a string', 'notices', (d) => (d.notices = 'github')],
  ['unknown failure reason', 'notices[0].reason', (d) => (d.notices[0].reason = 'exploded')],
  ['notice without source', 'notices[0].source', (d) => delete d.notices[0].source],
  ['retryAt in words', 'notices[0].retryAt', (d) => (d.notices[0].retryAt = 'in an hour')],
];

describe('schema and validator agree', () => {
  test('the base card passes both', () => {
    assert.equal(parseCardData(base()).ok, true);
    assert.equal(schemaResult(base()).ok, true);
  });

  for (const [what, path, mutate] of INVALID) {
    test(`${what}: both fail at ${path}`, () => {
      const doc = base();
      mutate(doc);
      const parsed = parseCardData(doc);
      assert.deepEqual(
        { validator: parsed.ok ? 'ok' : parsed.error.path, schema: pick(schemaResult(doc)).path ?? 'ok' },
        { validator: path, schema: path },
      );
    });
  }

  test('a role kind from a newer version passes both, and reads as other under its name', () => {
    const doc = base();
    doc.roles[1].kind = 'ladder-captain';
    delete doc.roles[1].label;
    doc.roles[1].paths = ['pkg/kubelet', ''];
    assert.equal(schemaResult(doc).ok, true);
    const parsed = parseCardData(doc);
    assert.equal(parsed.ok, true);
    assert.deepEqual(parsed.data.roles[1], { kind: 'other', group: 'SIG Cluster Lifecycle', label: 'ladder-captain', paths: ['pkg/kubelet', ''] });
  });

  test('non-objects fail both at $', () => {
    for (const doc of [null, 'card', 42, [base()]]) {
      const parsed = parseCardData(doc);
      assert.equal(parsed.ok ? 'ok' : parsed.error.path, '$');
      assert.equal(pick(schemaResult(doc)).path, '$');
    }
  });

  test('unknown keys are ignored by both', () => {
    const doc = base();
    doc.extra = { anything: true };
    doc.identity.twitter = '@x';
    doc.totals.stars = 'many';
    doc.roles[0].since = 2024;
    assert.equal(parseCardData(doc).ok, true);
    assert.equal(schemaResult(doc).ok, true);
  });

  test('a gap, a count below a threshold, a cycle under way, and scopes pass both', () => {
    const doc = base();
    doc.activity.points = [
      { period: 'v1.37', start: '2026-04-22' },
      { period: 'v1.38', start: '2026-08-26', count: 0, below: 2, ongoing: true },
    ];
    doc.totalsBelow = { contributions: 30, comments: 20 };
    doc.scope = { source: 'devstats', project: 'kubernetes' };
    doc.scopes = { prsMerged: { source: 'github', orgs: ['kubernetes', 'kubernetes-sigs'] }, firstContribution: { source: 'github', orgs: ['kubernetes'] } };
    const parsed = parseCardData(doc);
    assert.equal(parsed.ok, true, parsed.ok ? '' : parsed.error.message);
    assert.equal(schemaResult(doc).ok, true, JSON.stringify(schemaResult(doc).errors));
    assert.deepEqual(parsed.data.activity.points.map((p) => [p.count, p.below, p.ongoing]), [[undefined, undefined, undefined], [0, 2, true]]);
    assert.deepEqual(parsed.data.totalsBelow, { comments: 20 }, 'a listed total wins over its "below"');
  });

  test('absent totals, roles and sources are accepted by both', () => {
    const doc = { schemaVersion: 1, identity: { login: 'pacoxu' } };
    assert.equal(parseCardData(doc).ok, true);
    assert.equal(schemaResult(doc).ok, true);
  });

  test('every date the schema accepts, the validator accepts', () => {
    const dates = [
      '2025-03', '2025-12', '2025-03-01', '2024-02-29', '2025-03-31',
      '2025-03-01T10:00Z', '2025-03-01T10:00:59Z', '2025-03-01T23:59:59.999Z',
      '2025-03-01T10:00:00+08:00', '2000-01-01T00:00:00.123456Z',
      // rejected by the schema
      '2025-3', '2025-03-1', '2025-00', '2025-03-32', '2025-03-01T24:00', '2025-03-01T10:60',
      '2025-03-01 10:00', '2025-03-01T10', '20250301', 'now', '2025-03-01T10:00', '2025-03-01T10:00:00-0530',
    ];
    for (const date of dates) {
      const doc = { schemaVersion: 1, identity: { login: 'a' }, asOf: date };
      if (schemaResult(doc).ok) assert.equal(parseCardData(doc).ok, true, `schema accepts ${date} but the validator does not`);
      if (parseCardData(doc).ok) assert.equal(schemaResult(doc).ok, true, `validator accepts ${date} but the schema does not`);
    }
  });

  test('days that do not exist are refused by the validator (a pattern cannot tell)', () => {
    for (const date of ['2025-02-29', '2025-04-31', '2023-02-29']) {
      assert.equal(parseCardData({ schemaVersion: 1, identity: { login: 'a' }, asOf: date }).ok, false, date);
    }
  });

  test('every enum in the schema is the validator’s', () => {
    const schemaKinds = validateSchema.schema.$defs.roleKind.enum;
    const schemaReasons = validateSchema.schema.$defs.failureReason.enum;
    for (const kind of schemaKinds) {
      const doc = { schemaVersion: 1, identity: { login: 'a' }, roles: [{ kind, group: 'SIG Node' }] };
      assert.equal(parseCardData(doc).ok, true, kind);
    }
    for (const reason of schemaReasons) {
      const doc = { schemaVersion: 1, identity: { login: 'a' }, notices: [{ source: 'github', reason }] };
      assert.equal(parseCardData(doc).ok, true, reason);
    }
  });

  // Deliberate difference: the validator drops an unsafe link (hostile data, the
  // card still renders); the schema, a contract for file authors, rejects it.
  test('a javascript: link is dropped by the validator and rejected by the schema', () => {
    const doc = base();
    doc.identity.avatarUrl = 'javascript:alert(1)';
    const parsed = parseCardData(doc);
    assert.equal(parsed.ok, true);
    assert.equal(parsed.data.identity.avatarUrl, undefined);
    assert.equal(pick(schemaResult(doc)).path, 'identity.avatarUrl');
  });
});
