import { expect } from '@open-wc/testing';
import { LoadError } from '../../src/model/load-error.js';
import { ACTIVITY_RELEASES, fetchDevstats } from '../../src/sources/devstats.js';
import { isInvalidPeriodBody, isNotInResults, KUBERNETES_THRESHOLDS, parseDevActCnt, parseRanges } from '../../src/sources/devstats-answers.js';
import { loadLiveCard } from '../../src/sources/live.js';
import { resetLiveState } from '../../src/sources/reset.js';
import { KUBERNETES_RELEASES, latestMinor, predictedRangeNames, releaseDate, releaseRanges } from '../../src/sources/releases.js';
import { callCounts, standIns } from '../stand-ins/client.js';
import { rejectionOf, useStandIns } from '../stand-ins/live-setup.js';

const day = (iso: string) => Date.parse(`${iso}T12:00:00Z`);

describe('DevStats source: validation', () => {
  it('keeps only the row of the asked login, exactly as spelled', () => {
    const body = { rank: [3, 9], login: ['BenTheElder', 'pacoxu'], number: [10, 20] };
    expect(parseDevActCnt(body, 'pacoxu')).to.deep.equal({ rank: [9], login: ['pacoxu'], number: [20] });
    expect(() => parseDevActCnt(body, 'PacoXu'), 'case matters').to.throw();
    expect(parseDevActCnt({ rank: [], login: [], number: [] }, 'x')).to.deep.equal({ rank: [], login: [], number: [] });
    // Go encodes an empty ranking as null arrays.
    expect(parseDevActCnt({ rank: null, login: null, number: null }, 'x')).to.deep.equal({ rank: [], login: [], number: [] });
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
      { rank: null, login: ['pacoxu'], number: [1] },
      { error: "API 'DevActCnt': boom" },
    ];
    for (const b of bad) expect(() => parseDevActCnt(b, 'pacoxu'), JSON.stringify(b)).to.throw();
  });

  it('recognises "not found in results" and "invalid period name", and nothing else', () => {
    expect(isNotInResults({ error: "API 'DevActCnt': github_id 'x' not found in results" })).to.equal(true);
    expect(isNotInResults({ error: "API 'DevActCnt': database not found for project 'x'" })).to.equal(false);
    expect(isNotInResults('github_id x not found in results')).to.equal(false);
    expect(isInvalidPeriodBody({ error: "API 'DevActCnt': invalid period name: 'v1.37.0 - now'" })).to.equal(true);
    expect(isInvalidPeriodBody({ error: "API 'DevActCnt': invalid metric value: 'x'" })).to.equal(false);
    expect(parseRanges({ project: 'kubernetes', ranges: ['a'] })).to.deep.equal(['a']);
    expect(() => parseRanges({ ranges: [1] })).to.throw();
  });

  it('keeps the All/All listing thresholds of project_developer_stats.sql', () => {
    expect(KUBERNETES_THRESHOLDS).to.deep.equal({
      Contributions: 30, Comments: 20, 'Active repositories': 3, Commits: 2, Issues: 2, PRs: 2, 'Merged PRs': 2,
    });
  });
});

describe('Kubernetes releases', () => {
  it('labels each cycle by the release its work went into, and dates it by its first tag', () => {
    const names = ['Last century', 'v1.35.0 - v1.36.0', 'v1.36.0 - v1.37.0', 'v1.37.0 - now', 'Since joining CNCF', 'v1.9.0 - v1.10.0', 'v2.0.0 - now'];
    const r = releaseRanges(names, 'kubernetes');
    expect(r.map((x) => x.label)).to.deep.equal(['v1.10', 'v1.36', 'v1.37', 'v1.38']);
    expect(r.map((x) => x.ongoing)).to.deep.equal([false, false, false, true]);
    expect(r.map((x) => x.start)).to.deep.equal(['2017-12-15', '2025-12-17', '2026-04-22', '2026-08-26']);
    expect(releaseRanges(names, 'prometheus')).to.deep.equal([]);
  });

  it('dates releases by their git tag (v1.26.0 was tagged on 2022-12-08), and estimates only past the calendar', () => {
    expect(releaseDate('kubernetes', 1, 26)).to.equal('2022-12-08');
    expect(releaseDate('kubernetes', 1, 17)).to.equal('2019-12-07');
    expect(KUBERNETES_RELEASES).to.have.length(38);
    // One minor past the calendar: four months after the last one.
    expect(releaseDate('kubernetes', 1, 38)).to.equal('2026-12-26');
    expect(releaseDate('etcd', 1, 3)).to.equal(undefined);
  });

  it('predicts the list DevStats has: v1.37.0 - now until v1.38 is due, with two weeks of slip', () => {
    expect(latestMinor(day('2026-11-30'))).to.equal(37);
    expect(predictedRangeNames(day('2026-11-30')).slice(-2)).to.deep.equal(['v1.36.0 - v1.37.0', 'v1.37.0 - now']);
    expect(latestMinor(day('2027-01-02'))).to.equal(37);
    expect(latestMinor(day('2027-01-10'))).to.equal(38);
    expect(latestMinor(day('2026-05-01'))).to.equal(36);
    expect(predictedRangeNames(day('2026-11-30'))[0]).to.equal('v1.0.0 - v1.1.0');
  });
});

describe('DevStats source against the stand-in', () => {
  const t = useStandIns();
  const opts = () => ({ api: t.urls.devstats, project: 'kubernetes' });
  const releaseBodies = async () =>
    (await standIns.log({ service: 'devstats' })).filter((r) => r.body?.includes('"metric":"Merged PRs"') && !r.body.includes('Last century'));

  it('maps nine totals and the merged PRs of the last twelve release cycles', async () => {
    const r = await fetchDevstats('pacoxu', undefined, opts());
    expect(r.degraded).to.equal(undefined);
    expect(r.value.totals).to.deep.equal({
      contributions: 14523,
      prsMerged: 1136,
      prsOpened: 1320,
      reviews: 6240,
      approvals: 1890,
      issues: 412,
      commits: 1502,
      comments: 9870,
      repositories: 64,
    });
    expect(r.value.below).to.deep.equal({});
    const a = r.value.activity!;
    expect(a.unit).to.equal('release');
    expect(a.points).to.have.length(ACTIVITY_RELEASES);
    expect(a.points.map((p) => p.period)).to.deep.equal(
      ['v1.27', 'v1.28', 'v1.29', 'v1.30', 'v1.31', 'v1.32', 'v1.33', 'v1.34', 'v1.35', 'v1.36', 'v1.37', 'v1.38'],
    );
    expect(a.points.map((p) => p.count)).to.deep.equal([55, 63, 70, 66, 59, 72, 68, 64, 57, 60, 66, 41]);
    expect(a.points.at(-1)!.ongoing, 'the cycle under way').to.equal(true);
    expect(a.points.slice(0, -1).every((p) => p.ongoing === undefined)).to.equal(true);
    // v1.34 is what was merged between the v1.33.0 and v1.34.0 tags, so it starts at v1.33.0.
    expect(a.points.find((p) => p.period === 'v1.34')!.start).to.equal('2025-04-23');
  });

  it('asks with the login as written, and again only when GitHub spells it otherwise', async () => {
    const same = await fetchDevstats('pacoxu', Promise.resolve('pacoxu'), opts());
    expect(same.value.totals.contributions).to.equal(14523);
    expect((await callCounts()).devstats, 'one set of calls').to.equal(22);

    await standIns.clearLog();
    const other = await fetchDevstats('bentheelder', Promise.resolve('BenTheElder'), opts());
    expect(other.value.totals.contributions).to.equal(61040);
    const ids = (await standIns.log({ service: 'devstats' })).map((r) => /"github_id":"([^"]+)"/.exec(r.body ?? '')?.[1]).filter(Boolean);
    expect(ids.filter((id) => id === 'bentheelder')).to.have.length(21);
    expect(ids.filter((id) => id === 'BenTheElder')).to.have.length(21);
  });

  // Every project but Kubernetes files its rows under the lower-cased login, and its listing
  // thresholds grow with the range (cncf/devstats metrics/shared/project_developer_stats.sql).
  // Asked as GitHub spells it, every total of `BenTheElder` in Prometheus was "not found": blank.
  it('asks another project with the lower-cased login, once, and says which totals are under its thresholds', async () => {
    await standIns.clearLog();
    const r = await fetchDevstats('BenTheElder', Promise.resolve('BenTheElder'), { api: t.urls.devstats, project: 'prometheus' });
    expect(r.degraded).to.equal(undefined);
    expect(r.value.totals).to.deep.equal({ contributions: 412, prsMerged: 57, prsOpened: 63, commits: 70 });
    // 1.2 (Prometheus' project_scale) × sqrt(876,600 h / 1,450) = 29.5: comments 20×, issues 0.8×, repositories 3×.
    expect(r.value.below).to.deep.equal({ comments: 591, issues: 24, repositories: 89 });
    const ids = (await standIns.log({ service: 'devstats' })).map((q) => /"github_id":"([^"]+)"/.exec(q.body ?? '')?.[1]).filter(Boolean);
    expect([...new Set(ids)]).to.deep.equal(['bentheelder']);
    expect(ids, 'one set of calls: no second set for GitHub\'s spelling').to.have.length(7);
  });

  it('keeps the as-written answers when the profile cannot say how GitHub spells the login', async () => {
    const r = await fetchDevstats('pacoxu', Promise.reject(new LoadError('rate-limited', 'github')), opts());
    expect(r.value.totals.contributions).to.equal(14523);
    expect((await callCounts()).devstats).to.equal(22);
  });

  it('a newcomer under every listing threshold is "below", never unknown and never a failure', async () => {
    const r = await fetchDevstats('kube-newbie-2026', undefined, opts());
    expect(r.degraded).to.equal(undefined);
    expect(r.value.listed).to.equal(false);
    // No row for Reviews (kept from 1) or Approves (no minimum) means zero.
    expect(r.value.totals).to.deep.equal({ reviews: 0, approvals: 0 });
    expect(r.value.below).to.deep.equal({
      contributions: 30, prsMerged: 2, prsOpened: 2, issues: 2, commits: 2, comments: 20, repositories: 3,
    });
    const pts = r.value.activity!.points;
    expect(pts).to.have.length(12);
    expect(pts.every((p) => p.count === 0 && p.below === 2)).to.equal(true);
    const statuses = (await standIns.log({ service: 'devstats' })).map((x) => x.status);
    expect(statuses.filter((s) => s === 400), 'every DevActCnt answers "not found in results"').to.have.length(21);
  });

  it('a release under the threshold is "0 or 1", and is cached like an answer', async () => {
    const r = await fetchDevstats('neolit123', undefined, opts());
    expect(r.value.activity!.points.slice(-4).map((p) => [p.count, p.below])).to.deep.equal([
      [0, 2], [0, 2], [0, 2], [0, 2],
    ]);
    await standIns.clearLog();
    await fetchDevstats('neolit123', undefined, opts());
    expect(await standIns.log()).to.have.length(0);
  });

  it('sends bodies as text/plain: no preflight', async () => {
    await fetchDevstats('pacoxu', undefined, opts());
    const log = await standIns.log({ service: 'devstats' });
    expect(log.filter((r) => r.method === 'OPTIONS')).to.have.length(0);
    expect(log.every((r) => r.method === 'POST' && r.headers['content-type']?.startsWith('text/plain'))).to.equal(true);
    expect(log.filter((r) => r.body?.includes('"api":"Ranges"'))).to.have.length(1);
  });

  it('makes 22 calls for a cold card (1 Ranges, 9 totals, 12 releases), and 21 once the ranges are cached', async () => {
    await fetchDevstats('pacoxu', undefined, opts());
    expect((await callCounts()).devstats).to.equal(22);
    await standIns.clearLog();
    await fetchDevstats('kube-newbie-2026', undefined, opts());
    expect((await callCounts()).devstats).to.equal(21);
  });

  it('counts the commits DevStats files under the lower-cased login (co-authored) for a login with capitals: one call more', async () => {
    const ben = await fetchDevstats('BenTheElder', undefined, opts());
    // 4,100 under BenTheElder, 260 co-authored under bentheelder (project_developer_stats.sql:139-163).
    expect(ben.value.totals.commits).to.equal(4360);
    expect(ben.degraded).to.equal(undefined);
    const ids = (await standIns.log({ service: 'devstats' })).map((r) => /"github_id":"([^"]+)"/.exec(r.body ?? '')?.[1]).filter(Boolean);
    expect(ids.filter((id) => id === 'bentheelder'), 'the co-authored row, asked once').to.have.length(1);
    expect((await callCounts()).devstats).to.equal(23);
    // Written in lower case, the login asks that row first: GitHub's spelling then adds no call for it.
    await standIns.clearLog();
    resetLiveState({ storageMatching: t.scopeTag });
    const written = await fetchDevstats('bentheelder', Promise.resolve('BenTheElder'), opts());
    expect(written.value.totals.commits).to.equal(4360);
    const again = (await standIns.log({ service: 'devstats' })).map((r) => /"github_id":"([^"]+)"/.exec(r.body ?? '')?.[1]).filter(Boolean);
    expect(again.filter((id) => id === 'bentheelder')).to.have.length(21);
  });

  it('sends the release calls without waiting for Ranges', async () => {
    await standIns.fault({ service: 'devstats', kind: 'delay', delayMs: 600, match: '"api":"Ranges"' });
    await fetchDevstats('pacoxu', undefined, opts());
    const log = await standIns.log({ service: 'devstats' });
    const ranges = log.find((r) => r.body?.includes('"api":"Ranges"'))!;
    const releases = await releaseBodies();
    expect(releases).to.have.length(12);
    expect(releases.every((r) => r.t < ranges.t + 300), 'all sent while Ranges was still on its way').to.equal(true);
  });

  describe('after a release is tagged', () => {
    const realNow = Date.now;
    afterEach(() => {
      Date.now = realNow;
    });

    it('a saved range list heals itself: one refresh, the new cycles asked, no notice', async () => {
      const before = await loadLiveCard('pacoxu');
      expect(before.activity!.points.at(-1)!.period).to.equal('v1.38');
      expect(await standIns.release()).to.equal(38);
      await standIns.histograms();
      // Half a day later: the saved counts have expired, the saved range list (a week) has not.
      Date.now = () => realNow() + 13 * 3600_000;
      await standIns.clearLog();
      const after = await loadLiveCard('pacoxu');
      expect(after.notices, "a reader never sees a notice because a release was tagged").to.equal(undefined);
      const pts = after.activity!.points;
      expect(pts).to.have.length(12);
      expect(pts.slice(-3).map((p) => [p.period, p.count, p.ongoing ?? false])).to.deep.equal([
        ['v1.37', 66, false],
        ['v1.38', 41, false],
        ['v1.39', 9, true],
      ]);
      const log = await standIns.log({ service: 'devstats' });
      expect(log.filter((r) => r.body?.includes('"api":"Ranges"')), 'one refresh of the list').to.have.length(1);
      expect(log.filter((r) => r.status === 400 && r.body?.includes('v1.37.0 - now'))).to.have.length(1);
      // 12 release calls (one of them for the deleted range), the list, 2 new cycles, 9 totals.
      expect((await callCounts()).devstats).to.equal(24);
    });

    it('the ranges a release makes are asked again within the hour: DevStats lists them before it has computed them', async () => {
      await loadLiveCard('pacoxu');
      await standIns.release();
      // Just after the sync's annotations step: the new ranges are listed, with no row for anyone.
      Date.now = () => realNow() + 13 * 3600_000;
      const during = await loadLiveCard('pacoxu');
      expect(during.activity!.points.slice(-2).map((p) => [p.period, p.below]), 'what DevStats says then').to.deep.equal([
        ['v1.38', 2],
        ['v1.39', 2],
      ]);
      // The same sync computes them; an hour later the card has their counts.
      await standIns.histograms();
      Date.now = () => realNow() + 14 * 3600_000 + 60_000;
      await standIns.clearLog();
      const after = await loadLiveCard('pacoxu');
      expect(after.activity!.points.slice(-2).map((p) => [p.period, p.count, p.below])).to.deep.equal([
        ['v1.38', 41, undefined],
        ['v1.39', 9, undefined],
      ]);
      const asked = (await standIns.log({ service: 'devstats' })).filter((r) => r.body?.includes('"api":"DevActCnt"'));
      expect(asked.map((r) => JSON.parse(r.body!).payload.range).sort(), 'only the new ranges; the other counts are kept 12 hours').to.deep.equal([
        'v1.37.0 - v1.38.0',
        'v1.38.0 - now',
      ]);
    });

    it('a first visit after a release the calendar does not know yet needs no refresh', async () => {
      await standIns.release();
      await standIns.histograms();
      const card = await loadLiveCard('pacoxu');
      expect(card.notices).to.equal(undefined);
      expect(card.activity!.points.at(-1)!.period).to.equal('v1.39');
      const log = await standIns.log({ service: 'devstats' });
      expect(log.filter((r) => r.body?.includes('"api":"Ranges"'))).to.have.length(1);
    });
  });

  it('a release that fails alone is a gap, with a notice; the chart and the totals stay', async () => {
    await standIns.fault({ service: 'devstats', kind: 'status', status: 500, match: 'v1.30.0 - v1.31.0' });
    const card = await loadLiveCard('pacoxu');
    const pts = card.activity!.points;
    expect(pts).to.have.length(12);
    const gap = pts.find((p) => p.period === 'v1.31')!;
    expect(gap.count).to.equal(undefined);
    expect(pts.filter((p) => p.count === undefined)).to.have.length(1);
    expect(card.totals.contributions).to.equal(14523);
    expect(card.notices).to.deep.equal([{ source: 'devstats', reason: 'http' }]);
  });

  it('one failing metric drops that total only, with a notice', async () => {
    await standIns.fault({ service: 'devstats', kind: 'status', status: 500, match: '"metric":"Commits"' });
    const card = await loadLiveCard('pacoxu');
    expect(card.totals.commits).to.equal(undefined);
    expect(card.totals.reviews).to.equal(6240);
    expect(card.activity?.points).to.have.length(12);
    expect(card.notices).to.deep.equal([{ source: 'devstats', reason: 'http' }]);
  });

  // The API answers its own failures 400, a database timeout among them (api.go:275-284): that 400
  // is a failure, not the "not found in results" that reads "fewer than".
  it('a database timeout (400) drops that total with a notice, never reads as under the threshold', async () => {
    await standIns.fault({ service: 'devstats', kind: 'status', status: 400, match: '"metric":"Commits"' });
    const card = await loadLiveCard('pacoxu');
    expect(card.totals.commits).to.equal(undefined);
    expect(card.totalsBelow?.commits).to.equal(undefined);
    expect(card.totals.reviews).to.equal(6240);
    expect(card.notices).to.deep.equal([{ source: 'devstats', reason: 'http' }]);
  });

  // DevStats rewrites each series hourly, delete then insert (calc_metric.go 1136-1176): asked in
  // between, a Steering member has no row, "fewer than 30". That answer was kept 12 hours.
  it('keeps a "no row" answer an hour at most, a count for the kind\'s 12 hours', async () => {
    await loadLiveCard('pacoxu');
    await loadLiveCard('kube-newbie-2026');
    const stored = Object.keys(localStorage).filter((k) => k.includes(t.urls.devstats) && k.includes('"api":"DevActCnt"'));
    // Ranges DevStats recomputes: the totals' and the cycle under way (a closed release's is computed once).
    const recomputed = (k: string) => k.includes('"range":"Last century"') || k.includes(' - now"');
    const noRow = stored.filter((k) => JSON.parse(localStorage.getItem(k)!).v.number.length === 0 && recomputed(k));
    expect(noRow.length, 'some no-row answers').to.be.above(0);
    expect(noRow.length, 'and some counts').to.be.below(stored.length);
    // Two hours on.
    for (const k of stored) {
      const e = JSON.parse(localStorage.getItem(k)!);
      localStorage.setItem(k, JSON.stringify({ ...e, t: e.t - 2 * 3600_000 }));
    }
    resetLiveState({ keepStorage: true });
    await standIns.clearLog();
    await loadLiveCard('pacoxu');
    await loadLiveCard('kube-newbie-2026');
    const asked = new Set((await standIns.log({ service: 'devstats' })).map((r) => r.body));
    const body = (k: string) => k.slice(k.indexOf('{'));
    expect(noRow.filter((k) => !asked.has(body(k))), 'every no-row answer asked again').to.deep.equal([]);
    // The counts and a closed release's "no row" stay, but for the newest release's ranges, kept an hour (NEW_RANGE_TTL).
    const counts = stored.filter((k) => !noRow.includes(k) && asked.has(body(k)));
    const tag = /"range":"(v1\.\d+\.0) - now"/.exec(stored.join(' '))![1];
    const newest = [`"range":"${tag} - now"`, ` - ${tag}"`];
    expect(counts.filter((k) => !newest.some((n) => k.includes(n))), 'only the two newest ranges').to.deep.equal([]);
  });

  it('an unknown project fails DevStats alone (and skips Kubernetes-only sources)', async () => {
    const card = await loadLiveCard('pacoxu', { project: 'no-such-project' });
    expect(card.identity.name).to.equal('Paco Xu 徐俊杰');
    // DevStats' 400 "database not found for project" (api.go nameToDB) is said as such, not as a server error.
    expect(card.notices).to.deep.equal([{ source: 'devstats', reason: 'unknown-project' }]);
    const n = await callCounts();
    expect(n.githubSearch, 'no Kubernetes org search for another project').to.equal(0);
    expect(n.raw, 'no Kubernetes roles for another project').to.equal(0);
  });

  it('fails as a whole only when nothing answers', async () => {
    await standIns.fault({ service: 'devstats', kind: 'status', status: 502 });
    const e = await rejectionOf(fetchDevstats('pacoxu', undefined, opts()));
    expect((e as LoadError).reason).to.equal('http');
  });
});
