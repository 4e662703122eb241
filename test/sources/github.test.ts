import { expect } from '@open-wc/testing';
import { LoadError } from '../../src/model/load-error.js';
import { fetchMergedPrs, fetchProfile, mergedPrQuery, SEARCH_ORGS } from '../../src/sources/github.js';
import { parseSearch, parseUser, repositoryName, searchToMerged, userToIdentity } from '../../src/sources/github-answers.js';
import { loadLiveCard } from '../../src/sources/live.js';
import { resetLiveState } from '../../src/sources/reset.js';
import { callCounts, standIns } from '../stand-ins/client.js';
import { rejectionOf, useStandIns } from '../stand-ins/live-setup.js';

describe('GitHub source: mapping', () => {
  it('keeps the profile fields the card shows, and refuses wrong shapes', () => {
    const u = parseUser({ login: 'pacoxu', id: 1, name: null, company: 'DaoCloud', avatar_url: 'https://a/x', html_url: 'https://github.com/pacoxu' });
    expect(u).to.deep.equal({ login: 'pacoxu', company: 'DaoCloud', avatar_url: 'https://a/x', html_url: 'https://github.com/pacoxu' });
    expect(parseUser(u)).to.deep.equal(u); // cached copies re-validate through the same parser
    expect(userToIdentity(u)).to.deep.equal({ login: 'pacoxu', company: 'DaoCloud', avatarUrl: 'https://a/x', profileUrl: 'https://github.com/pacoxu' });
    expect(() => parseUser({ user: { login: 'x' } })).to.throw();
    expect(() => parseUser({ login: 7 })).to.throw();
    expect(() => parseUser({ login: 'x', name: { first: 'a' } })).to.throw();
    expect(() => parseUser([])).to.throw();
  });

  it('reads the count and the oldest merged PR from one search answer', () => {
    const s = parseSearch({
      total_count: 12,
      incomplete_results: false,
      items: [
        {
          title: 'first',
          html_url: 'https://github.com/kubernetes/kubeadm/pull/3',
          repository_url: 'https://api.github.com/repos/kubernetes/kubeadm',
          created_at: '2019-01-02T03:04:05Z',
          pull_request: { merged_at: '2019-01-03T00:00:00Z' },
        },
      ],
    });
    expect(parseSearch(s)).to.deep.equal(s);
    expect(searchToMerged(s)).to.deep.equal({
      prsMerged: 12,
      firstContribution: {
        title: 'first',
        repository: 'kubernetes/kubeadm',
        date: '2019-01-02T03:04:05Z',
        url: 'https://github.com/kubernetes/kubeadm/pull/3',
      },
    });
    expect(searchToMerged(parseSearch({ total_count: 0, items: [] }))).to.deep.equal({ prsMerged: 0 });
    expect(() => parseSearch({ total_count: '12', items: [] })).to.throw();
    expect(() => parseSearch({ total_count: 1, items: {} })).to.throw();
    expect(() => parseSearch({ total_count: 1, items: [{ created_at: 'yesterday' }] })).to.throw();
    expect(repositoryName('http://127.0.0.1:9/_s/x/repos/kubernetes-sigs/kind')).to.equal('kubernetes-sigs/kind');
    expect(repositoryName('https://example.com/nothing')).to.equal(undefined);
  });

  it('keeps one bad field from failing the whole answer or the card', () => {
    // A malformed escape in the repository URL: the repository is unknown, the rest stays.
    expect(repositoryName('https://api.github.com/repos/%E0%A4%A/x')).to.equal(undefined);
    // A date Date.parse tolerates but the card model refuses is a bad answer here, not a broken card later.
    expect(() => parseSearch({ total_count: 1, items: [{ created_at: 'Tue, 01 Jan 2019 00:00:00 GMT' }] })).to.throw();
    expect(() => parseSearch({ total_count: 1, items: [{ created_at: '2019-02-30T00:00:00Z' }] })).to.throw();
  });

  it('builds the documented merged-PR query', () => {
    expect(mergedPrQuery('pacoxu', SEARCH_ORGS.kubernetes!)).to.equal(
      'is:pr is:merged author:pacoxu org:kubernetes org:kubernetes-sigs',
    );
  });
});

describe('GitHub source against the stand-in', () => {
  const t = useStandIns();

  it('maps the profile, whatever case the login was typed in', async () => {
    const r = await fetchProfile('PACOXU', { api: t.urls.github });
    expect(r.value.login).to.equal('pacoxu');
    expect(userToIdentity(r.value)).to.deep.equal({
      login: 'pacoxu',
      name: 'Paco Xu 徐俊杰',
      avatarUrl: 'https://avatars.githubusercontent.com/u/2010320?v=4',
      profileUrl: 'https://github.com/pacoxu',
      company: 'DaoCloud',
    });
  });

  it('maps merged PRs: count and first contribution from one search call', async () => {
    const r = await fetchMergedPrs('pacoxu', SEARCH_ORGS.kubernetes!, { api: t.urls.github });
    expect(searchToMerged(r.value)).to.deep.equal({
      prsMerged: 1136,
      firstContribution: {
        title: 'kubeadm: fix typo in the init help text',
        repository: 'kubernetes/kubernetes',
        date: '2018-03-06T08:12:40Z',
        url: 'https://github.com/kubernetes/kubernetes/pull/60991',
      },
    });
    const [call] = (await standIns.log()).filter((x) => x.method === 'GET');
    expect(call!.query).to.contain('q=is:pr is:merged author:pacoxu org:kubernetes org:kubernetes-sigs');
    expect(call!.query).to.contain('sort=created').and.contain('order=asc').and.contain('per_page=1');
  });

  it('sends only headers GitHub allows cross-origin (no preflight asks for more)', async () => {
    await loadLiveCard('pacoxu');
    const log = await standIns.log({ service: 'github' });
    const preflights = log.filter((r) => r.method === 'OPTIONS');
    for (const p of preflights) expect(p.disallowedHeaders, p.path).to.deep.equal([]);
    const gets = log.filter((r) => r.method === 'GET');
    expect(gets).to.have.length(2);
    for (const g of gets) {
      expect(g.headers.accept).to.equal('application/vnd.github+json');
      expect(g.headers.authorization).to.equal(undefined);
      expect(g.status).to.equal(200);
    }
  });

  it('card: 404 profile → not-found', async () => {
    const e = await rejectionOf(loadLiveCard('nobody-at-all'));
    expect((e as LoadError).reason).to.equal('not-found');
    expect((e as LoadError).source).to.equal('github');
  });

  it('card: a search 422 for a user whose profile loaded gives a partial card, not "not found"', async () => {
    // GitHub answers its "cannot be searched" 422 for users it will not list, not only unknown ones.
    const card = await loadLiveCard('hidden-gopher');
    expect(card.identity.name).to.equal('Hidden Gopher');
    expect(card.totals.prsMerged).to.equal(44);
    expect(card.firstContribution).to.equal(undefined);
    expect(card.notices).to.deep.equal([{ source: 'github', reason: 'not-searchable' }]);
    const [search] = (await standIns.log({ service: 'github', method: 'GET' })).filter((r) => r.path === '/search/issues');
    expect(search!.status).to.equal(422);
  });

  it('never keeps a timed-out search (incomplete_results) as exact', async () => {
    await standIns.fault({ service: 'github', kind: 'search-timeout', match: '/search/', times: 1 });
    const r = await fetchMergedPrs('pacoxu', SEARCH_ORGS.kubernetes!, { api: t.urls.github });
    expect(r.value.incomplete_results).to.equal(true);
    // Asked again on the next load, although a complete answer would be kept for 6 hours.
    await standIns.clearLog();
    const again = await fetchMergedPrs('pacoxu', SEARCH_ORGS.kubernetes!, { api: t.urls.github });
    expect(again.value.incomplete_results).to.equal(undefined);
    expect((await callCounts()).githubSearch).to.equal(1);
    await standIns.clearLog();
    await fetchMergedPrs('pacoxu', SEARCH_ORGS.kubernetes!, { api: t.urls.github });
    expect((await callCounts()).githubSearch, 'the complete answer is kept').to.equal(0);
  });

  it('a timed-out search is no stand-in for a merged-PR count, nor for the first contribution, and the card says so', async () => {
    await standIns.fault({ service: 'devstats', kind: 'status', status: 500, match: '"metric":"Merged PRs","repository_group"' });
    await standIns.fault({ service: 'github', kind: 'search-timeout', match: '/search/' });
    const card = await loadLiveCard('pacoxu');
    expect(card.totals.prsMerged).to.equal(undefined);
    // The oldest of what a timed-out search found is not known to be the oldest (REST "Search",
    // "Timeouts and incomplete results": the results may be incomplete, with no word on which).
    expect(card.firstContribution).to.equal(undefined);
    expect(card.notices, 'the figures it left out are said to be missing').to.deep.include({ source: 'github', reason: 'timeout' });
  });

  it('a timed-out search says so even when DevStats has the count', async () => {
    await standIns.fault({ service: 'github', kind: 'search-timeout', match: '/search/' });
    const card = await loadLiveCard('pacoxu');
    expect(card.totals.prsMerged, 'DevStats\' count').to.be.a('number');
    expect(card.firstContribution).to.equal(undefined);
    expect(card.notices).to.deep.equal([{ source: 'github', reason: 'timeout' }]);
  });

  it('revalidates an expired profile with If-None-Match; the 304 saves the body but, without a token, costs a call', async () => {
    const first = await loadLiveCard('pacoxu');
    const before = await standIns.budget({ resource: 'core' });
    await standIns.clearLog();
    const second = await loadLiveCard('pacoxu', { cacheTtl: 0 });
    const profileCalls = (await standIns.log({ service: 'github', method: 'GET' })).filter((r) => r.path === '/users/pacoxu');
    expect(profileCalls).to.have.length(1);
    expect(profileCalls[0]!.headers['if-none-match']).to.match(/^W\/"[0-9a-f]+"$/);
    expect(profileCalls[0]!.status).to.equal(304);
    expect(second.identity).to.deep.equal(first.identity);
    expect(second.notices, 'a 304 is a success, not a failure').to.equal(undefined);
    // Free only with an Authorization header: the stand-in charges like GitHub.
    const after = await standIns.budget({ resource: 'core' });
    expect(after.used).to.equal(before.used + 1);
    // …and the revalidated answer counts as fresh again.
    expect(Date.parse(second.asOf!)).to.be.at.least(Date.parse(first.asOf!));
  });

  it('rate limit: a 304 that spends the last call closes the gate like any other answer', async () => {
    await loadLiveCard('pacoxu');
    await standIns.budget({ resource: 'core', remaining: 1, resetIn: 200 });
    await standIns.clearLog();
    await loadLiveCard('pacoxu', { cacheTtl: 0 });
    const [revalidated] = (await standIns.log({ service: 'github', method: 'GET' })).filter((r) => r.path === '/users/pacoxu');
    expect(revalidated!.status).to.equal(304);
    await standIns.clearLog();
    const card = await loadLiveCard('BenTheElder');
    expect((await callCounts()).githubCore, 'no call once the budget is spent').to.equal(0);
    expect(card.notices?.find((n) => n.source === 'github')?.reason).to.equal('rate-limited');
  });

  it('rate limit: notice with retryAt, then no GitHub call until the reset', async () => {
    await standIns.budget({ resource: 'core', remaining: 0, resetIn: 120 });
    const card = await loadLiveCard('pacoxu');
    // DevStats, search and roles still arrive.
    expect(card.totals.contributions).to.equal(14523);
    expect(card.totals.prsMerged).to.equal(1136);
    const notice = card.notices?.find((n) => n.source === 'github');
    expect(notice?.reason).to.equal('rate-limited');
    const retryIn = Date.parse(notice!.retryAt!) - Date.now();
    expect(retryIn).to.be.within(100_000, 121_000);
    expect((await callCounts()).githubCore).to.equal(1);

    await standIns.clearLog();
    const again = await loadLiveCard('BenTheElder');
    expect((await callCounts()).githubCore, 'no core call while the gate is closed').to.equal(0);
    expect(again.notices?.find((n) => n.source === 'github')?.reason).to.equal('rate-limited');
    expect(again.totals.contributions).to.equal(61040);
  });

  it('rate limit: the gate survives a reload (kept in storage)', async () => {
    await standIns.budget({ resource: 'core', remaining: 0, resetIn: 300 });
    await loadLiveCard('pacoxu');
    resetLiveState({ keepStorage: true });
    await standIns.clearLog();
    await loadLiveCard('BenTheElder');
    expect((await callCounts()).githubCore).to.equal(0);
  });

  it('rate limit: serves stale cached data while the gate is closed', async () => {
    const fresh = await loadLiveCard('pacoxu');
    expect(fresh.notices).to.equal(undefined);
    await standIns.budget({ resource: 'core', remaining: 0, resetIn: 600 });
    await standIns.budget({ resource: 'search', remaining: 0, resetIn: 60 });
    await standIns.clearLog();
    // Everything expired: GitHub refuses, the cached copies are served.
    const started = Date.now();
    const stale = await loadLiveCard('pacoxu', { cacheTtl: 0 });
    expect(stale.identity).to.deep.equal(fresh.identity);
    expect(stale.totals.prsMerged).to.equal(1136);
    expect(stale.notices?.filter((n) => n.source === 'github').map((n) => n.reason)).to.deep.equal(['rate-limited']);
    // The card says when its oldest part was taken: before this load began.
    expect(Date.parse(stale.asOf!)).to.be.below(started);
    const n1 = await callCounts();
    expect(n1.githubCore).to.equal(1);
    expect(n1.githubSearch).to.equal(1);

    await standIns.clearLog();
    const again = await loadLiveCard('pacoxu', { cacheTtl: 0 });
    expect(again.identity.name).to.equal('Paco Xu 徐俊杰');
    expect((await callCounts()).github, 'gate closed: no call at all').to.equal(0);
  });

  it('rate limit: 429 and secondary limits close the gate too', async () => {
    await standIns.fault({ service: 'github', kind: 'rate-limit', status: 429, match: '/users/', resetIn: 90 });
    await standIns.fault({ service: 'github', kind: 'secondary-rate-limit', match: '/search/' });
    const card = await loadLiveCard('pacoxu');
    const notices = card.notices?.filter((n) => n.source === 'github') ?? [];
    expect(notices.map((n) => n.reason)).to.deep.equal(['rate-limited']);
    await standIns.clearLog();
    await loadLiveCard('BenTheElder');
    expect((await callCounts()).github).to.equal(0);
  });

  // api.github.com exposes Retry-After to scripts; the stand-in did not, so only the 60 s guess was ever tested.
  it('rate limit: a secondary limit\'s Retry-After says when GitHub answers again', async () => {
    await standIns.fault({ service: 'github', kind: 'secondary-rate-limit', match: '/search/', resetIn: 600 });
    const before = Date.now();
    const card = await loadLiveCard('pacoxu');
    const notice = card.notices?.find((n) => n.source === 'github');
    expect(notice?.reason).to.equal('rate-limited');
    const wait = Date.parse(notice!.retryAt!) - before;
    expect(wait, `${wait} ms`).to.be.within(590_000, 610_000);
  });

  it('rate limit: the last call of the budget closes the gate before a refusal', async () => {
    await standIns.budget({ resource: 'core', remaining: 1, resetIn: 200 });
    await loadLiveCard('pacoxu');
    await standIns.clearLog();
    const card = await loadLiveCard('BenTheElder');
    expect((await callCounts()).githubCore).to.equal(0);
    expect(card.notices?.find((n) => n.source === 'github')?.reason).to.equal('rate-limited');
  });

  it('a search that is rate-limited leaves the profile (core budget) alone', async () => {
    await standIns.budget({ resource: 'search', remaining: 0, resetIn: 50 });
    const card = await loadLiveCard('pacoxu');
    expect(card.identity.name).to.equal('Paco Xu 徐俊杰');
    expect(card.firstContribution).to.equal(undefined);
    expect(card.totals.prsMerged, 'DevStats counts merged PRs').to.equal(1136);
    expect(card.notices).to.deep.equal([
      { source: 'github', reason: 'rate-limited', retryAt: card.notices![0]!.retryAt },
    ]);
  });

  it('refuses an answer about somebody else', async () => {
    // A base whose fragment swallows the path: the request fetches BenTheElder's profile.
    const e = await rejectionOf(fetchProfile('pacoxu', { api: `${t.urls.github}/users/BenTheElder#` }));
    expect(e).to.be.instanceOf(LoadError);
    expect((e as LoadError).reason).to.equal('bad-data');
  });
});
