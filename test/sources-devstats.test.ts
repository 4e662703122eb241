import { expect } from '@open-wc/testing';
import { LoadError } from '../src/load-error.js';
import {
  ACTIVITY_RELEASES,
  fetchDevstats,
  isNotInResults,
  parseDevActCnt,
  parseRanges,
  releaseDate,
  releaseRanges,
} from '../src/sources/devstats.js';
import { loadLiveCard } from '../src/sources/live.js';
import { callCounts, standIns } from './stand-ins/client.js';
import { rejectionOf, useStandIns } from './stand-ins/live-setup.js';

describe('DevStats source: validation', () => {
  it('keeps only the row of the asked login, exactly as spelled', () => {
    const body = { rank: [3, 9], login: ['BenTheElder', 'pacoxu'], number: [10, 20] };
    expect(parseDevActCnt(body, 'pacoxu')).to.deep.equal({ rank: [9], login: ['pacoxu'], number: [20] });
    expect(() => parseDevActCnt(body, 'PacoXu'), 'case matters').to.throw();
    expect(parseDevActCnt({ rank: [], login: [], number: [] }, 'x')).to.deep.equal({ rank: [], login: [], number: [] });
  });

  it('is strict about the rank/login/number arrays', () => {
    const bad = [
      null,
      [],
      { rank: 1, login: 'pacoxu', number: 1 },
      { rank: [1], login: ['pacoxu'] },
      { rank: [1], login: ['pacoxu'], number: [1, 2] },
      { rank: [1], login: ['pacoxu'], number: ['12'] },
      { rank: [1], login: ['pacoxu'], number: [-1] },
      { rank: [1], login: ['pacoxu'], number: [1.5] },
      { rank: [1], login: [7], number: [1] },
      { error: "API 'DevActCnt': boom" },
    ];
    for (const b of bad) expect(() => parseDevActCnt(b, 'pacoxu'), JSON.stringify(b)).to.throw();
  });

  it('recognises the "not found in results" error and nothing else', () => {
    expect(isNotInResults({ error: "API 'DevActCnt': github_id 'x' not found in results" })).to.equal(true);
    expect(isNotInResults({ error: "API 'DevActCnt': database not found for project 'x'" })).to.equal(false);
    expect(isNotInResults('github_id x not found in results')).to.equal(false);
  });

  it('picks and dates release ranges, newest last, ignoring time ranges', () => {
    const names = ['Last century', 'v1.34.0 - v1.35.0', 'v1.35.0 - now', 'Since joining CNCF', 'v1.9.0 - v1.10.0', 'v2.0.0 - now'];
    const r = releaseRanges(names, 'kubernetes');
    expect(r.map((x) => x.label)).to.deep.equal(['v1.9', 'v1.34', 'v1.35']);
    expect(r.map((x) => x.start)).to.deep.equal(['2017-12-15', '2025-08-27', '2025-12-17']);
    expect(releaseRanges(names, 'prometheus')).to.deep.equal([]);
    // Releases after the table are placed four months apart.
    expect(releaseDate('kubernetes', 1, 36)).to.equal('2026-04-17');
    expect(parseRanges({ project: 'kubernetes', ranges: ['a'] })).to.deep.equal(['a']);
    expect(() => parseRanges({ ranges: [1] })).to.throw();
  });
});

describe('DevStats source against the stand-in', () => {
  const t = useStandIns();
  const opts = () => ({ api: t.urls.devstats, project: 'kubernetes' });

  it('maps totals and the per-release merged-PR series', async () => {
    const r = await fetchDevstats('pacoxu', opts());
    expect(r.degraded).to.equal(undefined);
    expect(r.value.totals).to.deep.equal({
      contributions: 14523,
      prsOpened: 1320,
      reviews: 6240,
      approvals: 1890,
      issues: 412,
      commits: 1502,
      comments: 9870,
    });
    const a = r.value.activity!;
    expect(a.unit).to.equal('release');
    expect(a.points).to.have.length(ACTIVITY_RELEASES);
    expect(a.points.map((p) => p.period)).to.deep.equal(
      ['v1.24', 'v1.25', 'v1.26', 'v1.27', 'v1.28', 'v1.29', 'v1.30', 'v1.31', 'v1.32', 'v1.33', 'v1.34', 'v1.35'],
    );
    expect(a.points.map((p) => p.count)).to.deep.equal([58, 61, 55, 63, 70, 66, 59, 72, 68, 64, 57, 24]);
    const years = (Date.parse(a.points.at(-1)!.start) - Date.parse(a.points[0]!.start)) / (365.25 * 86400_000);
    expect(years).to.be.at.least(2);
  });

  it('asks with the login as GitHub spells it (DevStats is case-sensitive)', async () => {
    const card = await loadLiveCard('bentheelder');
    expect(card.totals.contributions).to.equal(61040);
    const bodies = (await standIns.log({ service: 'devstats' })).map((r) => r.body ?? '');
    const asked = bodies.filter((b) => b.includes('DevActCnt'));
    expect(asked.length).to.be.greaterThan(0);
    expect(asked.every((b) => b.includes('"github_id":"BenTheElder"'))).to.equal(true);
  });

  it('a wrongly cased login is unknown to DevStats: not-found', async () => {
    const e = await rejectionOf(fetchDevstats('bentheelder', opts()));
    expect((e as LoadError).reason).to.equal('not-found');
    expect((e as LoadError).source).to.equal('devstats');
  });

  it('"not found in results" for a release means zero, and is cached like an answer', async () => {
    const r = await fetchDevstats('neolit123', opts());
    expect(r.value.activity!.points.slice(-4).map((p) => p.count)).to.deep.equal([0, 0, 0, 0]);
    const statuses = (await standIns.log({ service: 'devstats' })).map((x) => x.status);
    expect(statuses.filter((s) => s === 400)).to.have.length(4);
    await standIns.clearLog();
    await fetchDevstats('neolit123', opts());
    expect(await standIns.log()).to.have.length(0);
  });

  it('sends bodies as text/plain: no preflight', async () => {
    await fetchDevstats('pacoxu', opts());
    const log = await standIns.log({ service: 'devstats' });
    expect(log.filter((r) => r.method === 'OPTIONS')).to.have.length(0);
    expect(log.every((r) => r.method === 'POST' && r.headers['content-type']?.startsWith('text/plain'))).to.equal(true);
    expect(log.filter((r) => r.body?.includes('"api":"Ranges"'))).to.have.length(1);
  });

  it('makes at most 20 calls for a cold card, and 19 once the ranges are cached', async () => {
    await fetchDevstats('pacoxu', opts());
    expect((await callCounts()).devstats).to.equal(20);
    await standIns.clearLog();
    await fetchDevstats('BenTheElder', opts());
    expect((await callCounts()).devstats).to.equal(19);
  });

  it('one failing metric drops that total only, with a notice', async () => {
    await standIns.fault({ service: 'devstats', kind: 'status', status: 500, match: '"metric":"Commits"' });
    const card = await loadLiveCard('pacoxu');
    expect(card.totals.commits).to.equal(undefined);
    expect(card.totals.reviews).to.equal(6240);
    expect(card.activity?.points).to.have.length(12);
    expect(card.notices).to.deep.equal([{ source: 'devstats', reason: 'http' }]);
  });

  it('one failing release drops the series (no holes), totals stay', async () => {
    await standIns.fault({ service: 'devstats', kind: 'garbage', match: 'v1.30.0 - v1.31.0' });
    const card = await loadLiveCard('pacoxu');
    expect(card.activity).to.equal(undefined);
    expect(card.totals.contributions).to.equal(14523);
    expect(card.notices).to.deep.equal([{ source: 'devstats', reason: 'bad-data' }]);
  });

  it('an unknown project fails DevStats alone (and skips Kubernetes-only sources)', async () => {
    const card = await loadLiveCard('pacoxu', { project: 'no-such-project' });
    expect(card.identity.name).to.equal('Paco Xu 徐俊杰');
    expect(card.notices).to.deep.equal([{ source: 'devstats', reason: 'http' }]);
    const n = await callCounts();
    expect(n.githubSearch, 'no Kubernetes org search for another project').to.equal(0);
    expect(n.raw, 'no Kubernetes roles for another project').to.equal(0);
  });
});
