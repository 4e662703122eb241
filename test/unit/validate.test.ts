import { expect } from '@open-wc/testing';
import { parseCardData, isValidLogin } from '../../src/model/validate.js';

describe('parseCardData', () => {
  it('accepts a minimal card', () => {
    const r = parseCardData({ schemaVersion: 1, identity: { login: 'pacoxu' } });
    expect(r.ok).to.equal(true);
    if (r.ok) {
      expect(r.data.roles).to.deep.equal([]);
      expect(r.data.totals).to.deep.equal({});
    }
  });
  it('reads a role kind it does not know as other, under its label or its own name', () => {
    const r = parseCardData({
      schemaVersion: 1,
      identity: { login: 'a' },
      roles: [
        { kind: 'ladder-captain', group: 'SIG Future' },
        { kind: 'co-pilot', group: 'SIG Future', label: 'Co-pilot' },
        { kind: 'approver', group: 'kubernetes', paths: ['pkg/kubelet', '', 'pkg/kubelet', ...Array.from({ length: 30 }, (_, i) => `d${i}`)] },
      ],
    });
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.data.roles[0]).to.deep.equal({ kind: 'other', group: 'SIG Future', label: 'ladder-captain' });
    expect(r.data.roles[1]).to.deep.equal({ kind: 'other', group: 'SIG Future', label: 'Co-pilot' });
    // Paths: kept in order, duplicates dropped, at most 20.
    expect(r.data.roles[2].paths).to.have.length(20);
    expect(r.data.roles[2].paths!.slice(0, 3)).to.deep.equal(['pkg/kubelet', '', 'd0']);
    const bad = parseCardData({ schemaVersion: 1, identity: { login: 'a' }, roles: [{ kind: 'approver', group: 'k', paths: [3] }] });
    expect(bad.ok).to.equal(false);
    if (!bad.ok) expect(bad.error.path).to.equal('roles[0].paths[0]');
  });

  it('names the path of a wrong type', () => {
    const r = parseCardData({ schemaVersion: 1, identity: { login: 'pacoxu' }, totals: { prsMerged: '12' } });
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.error.path).to.equal('totals.prsMerged');
  });
  it('names the first bad member in the format\'s order when there are several (the schema\'s order of members)', () => {
    const r = parseCardData({
      schemaVersion: 1,
      identity: { login: 'a', name: 7 },
      roles: [{ kind: 'approver', group: 'k', paths: [3] }],
      yearsActive: 'long',
      activity: { unit: 'month', points: [{}] },
    });
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.error.path).to.equal('identity.name');
    const point = parseCardData({ schemaVersion: 1, identity: { login: 'a' }, activity: { unit: 'month', points: [{ start: 'x', period: 3 }] } });
    if (!point.ok) expect(point.error.path).to.equal('activity.points[0].period');
    expect(point.ok).to.equal(false);
  });
  it('drops non-http links', () => {
    const r = parseCardData({ schemaVersion: 1, identity: { login: 'a', profileUrl: 'javascript:alert(1)' } });
    expect(r.ok && r.data.identity.profileUrl).to.equal(undefined);
  });
  it('refuses wrong schema versions and non-objects', () => {
    expect(parseCardData({ schemaVersion: 2, identity: { login: 'a' } }).ok).to.equal(false);
    expect(parseCardData('hello').ok).to.equal(false);
    expect(parseCardData(null).ok).to.equal(false);
  });
  it('checks logins', () => {
    expect(isValidLogin('pacoxu')).to.equal(true);
    expect(isValidLogin('Ben-The-Elder')).to.equal(true);
    expect(isValidLogin('-bad')).to.equal(false);
    expect(isValidLogin('a--b')).to.equal(false);
    expect(isValidLogin('x'.repeat(40))).to.equal(false);
    expect(isValidLogin('<script>')).to.equal(false);
  });

  it('accepts ISO dates only, checked against the calendar', () => {
    const at = (asOf: string) => parseCardData({ schemaVersion: 1, identity: { login: 'a' }, asOf }).ok;
    for (const ok of ['2025-03', '2025-03-05', '2024-02-29', '2025-03-05T10:00:00Z', '2025-03-05T10:00Z', '2025-03-05T10:00:00.123+08:00']) {
      expect(at(ok), ok).to.equal(true);
    }
    for (const bad of ['2025-02-31', '2025-13', '2025-00-10', '2025-03-01 10:00', '2025-03-01T24:00Z', '2025-03-01T10:00', 'March 2025', '2023-02-29']) {
      expect(at(bad), bad).to.equal(false);
    }
  });

  it('refuses a count too large to be exact (the chart drew NaN for 1e306)', () => {
    for (const big of [1e306, Number.MAX_VALUE, 2 ** 53]) {
      const r = parseCardData({ schemaVersion: 1, identity: { login: 'a' }, activity: { unit: 'release', points: [{ period: 'v1.33', start: '2025-04-23', count: 3 }, { period: 'v1.34', start: '2025-08-27', count: big }] } });
      expect(r.ok, String(big)).to.equal(false);
      if (!r.ok) expect(r.error.path).to.equal('activity.points[1].count');
    }
    expect(parseCardData({ schemaVersion: 1, identity: { login: 'a' }, totals: { contributions: 2 ** 53 - 1 } }).ok).to.equal(true);
  });

  it('cuts long text between characters, never inside a surrogate pair', () => {
    const r = parseCardData({ schemaVersion: 1, identity: { login: 'a', name: '😀'.repeat(200) } });
    expect(r.ok).to.equal(true);
    if (r.ok) {
      const name = r.data.identity.name!;
      expect(name.endsWith('…')).to.equal(true);
      expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(name), 'no lone surrogate').to.equal(false);
      expect([...name.slice(0, -1)].every((c) => c === '😀')).to.equal(true);
    }
  });

  it('cuts very long text and strips bidi overrides', () => {
    const r = parseCardData({ schemaVersion: 1, identity: { login: 'a', name: '\u202Eevil' + 'x'.repeat(10000) } });
    expect(r.ok).to.equal(true);
    if (r.ok) {
      expect(r.data.identity.name!.length).to.equal(300);
      expect(r.data.identity.name!.startsWith('evil')).to.equal(true);
    }
  });
});
