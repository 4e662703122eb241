import { expect } from '@open-wc/testing';
import { devstatsExcludes, EXCLUDE_BOTS, likeToRegExp } from '../../src/sources/devstats-excluded.js';

describe('DevStats bot filter', () => {
  it('is the list of cncf/devstats util_sql/exclude_bots.sql, pattern for pattern', async () => {
    const sql = await (await fetch(new URL('../fixtures/devstats/exclude_bots.sql', import.meta.url))).text();
    const upstream = [...sql.matchAll(/'([^']*)'/g)].map((m) => m[1]);
    expect(upstream.length).to.be.greaterThan(50);
    expect([...EXCLUDE_BOTS]).to.deep.equal(upstream);
  });

  it('reads SQL LIKE: % any run, _ one character, everything else literal, whole login', () => {
    expect(likeToRegExp('k8s-%').test('k8s-ci-robot')).to.equal(true);
    expect(likeToRegExp('k8s-%').test('xk8s-a')).to.equal(false);
    expect(likeToRegExp('%[bot]%').test('dependabot[bot]')).to.equal(true);
    expect(likeToRegExp('%[bot]%').test('b')).to.equal(false);
    expect(likeToRegExp('a_c').test('abc')).to.equal(true);
    expect(likeToRegExp('a_c').test('ac')).to.equal(false);
    expect(likeToRegExp('a.c').test('abc'), 'a dot is a dot').to.equal(false);
  });

  it('matches the lower-cased login, as DevStats does', () => {
    for (const login of ['k8s-ci-robot', 'K8S-CI-ROBOT', 'gprasath', 'someone-bot', 'my-ci', 'istio-testing', 'dependabot[bot]', 'Copilot']) {
      expect(devstatsExcludes(login), login).to.equal(true);
    }
    for (const login of ['pacoxu', 'BenTheElder', 'k8s', 'robotics-fan', 'claude-dev', 'ci-fan', 'bottle']) {
      expect(devstatsExcludes(login), login).to.equal(false);
    }
  });
});
