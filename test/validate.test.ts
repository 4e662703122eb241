import { expect } from '@open-wc/testing';
import { parseCardData, isValidLogin } from '../src/validate.js';

describe('parseCardData', () => {
  it('accepts a minimal card', () => {
    const r = parseCardData({ schemaVersion: 1, identity: { login: 'pacoxu' } });
    expect(r.ok).to.equal(true);
    if (r.ok) {
      expect(r.data.roles).to.deep.equal([]);
      expect(r.data.totals).to.deep.equal({});
    }
  });
  it('names the path of a wrong type', () => {
    const r = parseCardData({ schemaVersion: 1, identity: { login: 'pacoxu' }, totals: { prsMerged: '12' } });
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.error.path).to.equal('totals.prsMerged');
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
});
