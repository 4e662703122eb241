/**
 * The demo gallery's card files and the JSON Schema, checked in the browser the
 * card runs in. Full JSON Schema validation with Ajv runs in Node instead
 * (test/node/schema.node-test.js): Ajv is CommonJS, which the test runner's
 * nodeResolve serves to Chromium unconverted, so it cannot be imported here.
 * This file checks what needs no Ajv: every demo file through `parseCardData`,
 * and the schema's enums and patterns against the model's constants.
 */
import { expect } from '@open-wc/testing';
import { FAILURE_REASONS, ROLE_KINDS, TOTAL_KEYS, type CardData } from '../../src/model/model.js';
import { LOGIN_PATTERN, parseCardData } from '../../src/model/validate.js';
import { safeHttpUrl } from '../../src/model/safe-url.js';
import { releaseDate } from '../../src/sources/releases.js';

/**
 * Listed in test/demo-files.json (the browser cannot list a directory); the
 * Node test reads the same list and checks it matches demo/data.
 */
const VALID_DEMO_FILES: readonly string[] = (await (await fetch(new URL('../demo-files.json', import.meta.url))).json()).valid;




const at = (rel: string) => new URL(rel, import.meta.url);

async function fetchJson(rel: string): Promise<unknown> {
  const res = await fetch(at(rel));
  expect(res.ok, `${rel}: HTTP ${res.status}`).to.equal(true);
  return res.json();
}

async function loadCard(file: string): Promise<{ raw: Record<string, unknown>; data: CardData }> {
  const raw = (await fetchJson(`../../demo/data/${file}`)) as Record<string, unknown>;
  const r = parseCardData(raw);
  if (!r.ok) throw new Error(`${file}: ${r.error.message}`);
  return { raw, data: r.data };
}

interface Schema {
  $schema: string;
  $id: string;
  required: string[];
  properties: Record<string, SchemaNode>;
  $defs: Record<string, SchemaNode>;
}
interface SchemaNode {
  title?: string;
  description?: string;
  const?: unknown;
  enum?: string[];
  pattern?: string;
  required?: string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  $ref?: string;
}

describe('demo card files', () => {
  for (const file of VALID_DEMO_FILES) {
    it(`${file} passes parseCardData without losing anything`, async () => {
      const { raw, data } = await loadCard(file);
      expect(data.schemaVersion).to.equal(1);
      expect(data.roles.length).to.equal(((raw.roles as unknown[]) ?? []).length);
      const identity = raw.identity as Record<string, unknown>;
      expect(data.identity.avatarUrl).to.equal(identity.avatarUrl);
      expect(data.identity.profileUrl).to.equal(identity.profileUrl);
    });
  }

  it('broken.json fails parseCardData at totals.prsMerged', async () => {
    const r = parseCardData(await fetchJson('../../demo/data/broken.json'));
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.error.path).to.equal('totals.prsMerged');
  });

  it('are dated November 2026 (or undated, with their source named) and credit their sources with https links', async () => {
    for (const file of VALID_DEMO_FILES) {
      const { data } = await loadCard(file);
      if (data.asOf !== undefined) expect(data.asOf, file).to.match(/^2026-11-/);
      expect(data.sources.length, file).to.be.greaterThan(0);
      for (const s of data.sources) expect(s.url, `${file} ${s.id}`).to.match(/^https:\/\//);
      for (const r of data.roles) if (r.url) expect(r.url, file).to.match(/^https:\/\//);
    }
  });

  it('have plausible activity: release points start on release dates, months on the 1st', async () => {
    const units = new Set<string>();
    for (const file of VALID_DEMO_FILES) {
      const { data } = await loadCard(file);
      if (!data.activity) continue;
      units.add(data.activity.unit);
      for (const p of data.activity.points) {
        // A release cycle v1.N starts at the v1.(N-1).0 tag, as releases.ts dates it.
        const minor = Number(/^v1\.(\d+)$/.exec(p.period)?.[1]);
        if (data.activity.unit === 'release') expect(p.start, `${file} ${p.period}`).to.equal(releaseDate('kubernetes', 1, minor - 1));
        else expect(p.start, file).to.equal(`${p.period}-01`);
      }
      const sum = data.activity.points.reduce((s, p) => s + (p.count ?? 0), 0);
      if (data.totals.prsMerged !== undefined) expect(sum, file).to.be.at.most(data.totals.prsMerged);
    }
    expect([...units].sort()).to.deep.equal(['month', 'release']);
  });

  it('cover the gallery states: a complete card, a newcomer, below every threshold, zero and partial', async () => {
    const full = (await loadCard('gopher-chair-42.json')).data;
    expect(full.activity?.unit).to.equal('release');
    expect(full.activity?.points.map((p) => p.period)).to.deep.equal(Array.from({ length: 12 }, (_, i) => `v1.${27 + i}`));
    expect(full.activity?.points.at(-1)?.ongoing).to.equal(true);

    const newcomer = (await loadCard('newcomer.json')).data;
    expect(newcomer.roles).to.deep.equal([]);
    expect(newcomer.totals.prsMerged).to.equal(1);
    expect(newcomer.scopes?.prsMerged?.source).to.equal('github');
    expect(newcomer.totalsBelow?.contributions).to.equal(30);

    const below = (await loadCard('below.json')).data;
    // As a live card makes it: DevStats' "fewer than 2" merged PRs, not the search's 0 over 2 orgs.
    expect(below.totals.prsMerged).to.equal(undefined);
    expect(below.totalsBelow?.prsMerged).to.equal(2);
    expect(below.totalsBelow?.contributions).to.equal(30);

    const zero = (await loadCard('zero.json')).data;
    expect(Object.keys(zero.totals).sort()).to.deep.equal([...TOTAL_KEYS].sort());
    expect(Object.values(zero.totals).every((n) => n === 0)).to.equal(true);
    expect(zero.activity).to.equal(undefined);

    const partial = (await loadCard('partial.json')).data;
    expect(partial.notices?.[0]).to.include({ source: 'github', reason: 'rate-limited' });
    expect(Date.parse(partial.notices?.[0].retryAt ?? '')).to.be.greaterThan(Date.parse(partial.asOf ?? ''));
    expect(partial.activity?.points.filter((p) => p.count === undefined)).to.have.length(1);
  });

  it('show a real person only with figures from a named public source (demo/data/SOURCES.md)', async () => {
    const paco = (await loadCard('pacoxu.json')).data;
    expect(paco.totals).to.deep.equal({ contributions: 15769 });
    expect(paco.activity).to.equal(undefined);
    expect(paco.firstContribution).to.equal(undefined);
    expect(paco.roles.find((r) => r.kind === 'steering-member')?.term).to.equal('2027-10');
    const notes = await (await fetch(at('../../demo/data/SOURCES.md'))).text();
    expect(notes).to.contain('15,769 contributions');
  });

  it('load nothing from the network: no avatar URL (the card shows initials)', async () => {
    for (const file of VALID_DEMO_FILES) {
      const { data } = await loadCard(file);
      expect(data.identity.avatarUrl, file).to.equal(undefined);
    }
  });
});

describe('the JSON Schema matches the model', () => {
  let schema: Schema;
  before(async () => {
    schema = (await fetchJson('../../schema/card-data.schema.json')) as Schema;
  });
  const def = (ref: string | undefined): SchemaNode => schema.$defs[(ref ?? '').replace('#/$defs/', '')];

  it('is draft 2020-12 with the published $id', () => {
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).to.equal('https://unpkg.com/k8s-contrib-card/schema/card-data.schema.json');
    expect(schema.required).to.deep.equal(['schemaVersion', 'identity']);
    expect(schema.properties.schemaVersion.const).to.equal(1);
  });

  it('has the model’s role kinds, failure reasons, activity units and totals', () => {
    expect(schema.$defs.roleKind.enum).to.deep.equal([...ROLE_KINDS]);
    expect(schema.$defs.failureReason.enum).to.deep.equal([...FAILURE_REASONS]);
    expect(schema.properties.activity.properties?.unit.enum).to.deep.equal(['month', 'release']);
    expect(Object.keys(schema.properties.totals.properties ?? {}).sort()).to.deep.equal([...TOTAL_KEYS].sort());
  });

  it('uses the validator’s login pattern', () => {
    expect(schema.properties.identity.properties?.login.pattern).to.equal(LOGIN_PATTERN.source);
  });

  it('has a title and a description on every property', () => {
    const missing: string[] = [];
    const walk = (node: SchemaNode, path: string) => {
      if (!node.title || !node.description) missing.push(path);
      for (const [k, child] of Object.entries(node.properties ?? {})) walk(child, `${path}.${k}`);
      if (node.items) walk(node.items, `${path}[]`);
    };
    walk(schema as unknown as SchemaNode, '$');
    for (const [k, d] of Object.entries(schema.$defs)) walk(d, `$defs.${k}`);
    expect(missing).to.deep.equal([]);
  });

  it('accepts only dates the validator accepts', () => {
    const pattern = new RegExp(def('#/$defs/isoDate').pattern ?? '', 'u');
    const dates = ['2025-03', '2025-03-01', '2024-02-29', '2025-03-01T10:00', '2025-03-01T23:59:59.5Z',
      '2025-03-01T10:00:00+08:00', '2025-03-01T10:00:00-0530', '2025-13', '2025-03-32', '2025-03-01T24:00', 'now'];
    for (const d of dates) {
      if (pattern.test(d)) expect(parseCardData({ schemaVersion: 1, identity: { login: 'a' }, asOf: d }).ok, d).to.equal(true);
    }
  });

  it('accepts only links the card keeps', () => {
    const pattern = new RegExp(def('#/$defs/httpUrl').pattern ?? '', 'u');
    const urls = ['https://github.com/pacoxu', 'HTTP://example.com/x', 'http://[::1]:8080/', 'https://a',
      'javascript:alert(1)', 'data:text/html,x', 'https:/github.com', '//github.com/pacoxu', 'ftp://x.org/'];
    for (const u of urls) if (pattern.test(u)) expect(safeHttpUrl(u), u).to.be.a('string');
    expect(pattern.test('javascript:alert(1)')).to.equal(false);
  });

  it('requires visible text where the validator requires text', () => {
    const pattern = new RegExp(def('#/$defs/requiredText').pattern ?? '', 'u');
    expect(pattern.test('SIG Node')).to.equal(true);
    for (const blank of ['', '   ', '\u202E', '\u0007\t']) expect(pattern.test(blank), JSON.stringify(blank)).to.equal(false);
  });
});
