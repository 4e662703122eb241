/**
 * The stand-ins must answer like the real services, or the other source tests
 * prove nothing. These tests talk to them with plain `fetch`, as a browser
 * page would, and check the rules data-sources.md describes.
 */
import { expect } from '@open-wc/testing';
import { standIns } from '../stand-ins/client.js';
import { STAND_IN_TOKEN } from '../stand-ins/token.js';
import { rejectionOf, useStandIns } from '../stand-ins/live-setup.js';

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body), headers, cache: 'no-store' });

describe('stand-in: GitHub', () => {
  const t = useStandIns();

  it('blocks a request header its preflight does not allow, and lets If-None-Match through', async () => {
    const e = await rejectionOf(fetch(`${t.urls.github}/users/pacoxu`, { headers: { 'X-Card-Version': '1' } }));
    expect(e).to.be.instanceOf(TypeError);
    const [preflight] = await standIns.log({ method: 'OPTIONS' });
    expect(preflight!.disallowedHeaders).to.deep.equal(['x-card-version']);
    const ok = await fetch(`${t.urls.github}/users/pacoxu`, { headers: { 'If-None-Match': '"nope"' }, cache: 'no-store' });
    expect(ok.status).to.equal(200);
  });

  it('exposes the response headers api.github.com exposes, and no others', async () => {
    const r = await fetch(`${t.urls.github}/users/pacoxu`, { cache: 'no-store' });
    expect(r.headers.get('etag')).to.match(/^W\//);
    expect(r.headers.get('x-ratelimit-remaining')).to.equal('59');
    expect(r.headers.get('x-ratelimit-limit')).to.equal('60');
    expect(Number(r.headers.get('x-ratelimit-reset'))).to.be.greaterThan(Date.now() / 1000);
    // As recorded from api.github.com (test/stand-ins/github.js EXPOSED): more than its docs list.
    expect(r.headers.get('x-ratelimit-resource')).to.equal('core');
    expect(r.headers.get('x-github-request-id')).to.not.equal(null);
    expect(r.headers.get('x-github-api-version-selected'), 'not in the exposed list').to.equal(null);
    expect(r.headers.get('x-frame-options'), 'not in the exposed list').to.equal(null);
  });

  it('answers 304 to a matching If-None-Match, charged without a token (free only when authorized)', async () => {
    const r1 = await fetch(`${t.urls.github}/users/pacoxu`, { cache: 'no-store' });
    const etag = r1.headers.get('etag')!;
    const r2 = await fetch(`${t.urls.github}/users/pacoxu`, { headers: { 'If-None-Match': etag }, cache: 'no-store' });
    expect(r2.status).to.equal(304);
    expect(r2.headers.get('x-ratelimit-remaining')).to.equal('58');
    // With a token: its own budget (5,000), charged for the 200 and not for the 304.
    const authorization = `token ${STAND_IN_TOKEN}`;
    const r3 = await fetch(`${t.urls.github}/users/pacoxu`, { headers: { Authorization: authorization }, cache: 'no-store' });
    expect(r3.status).to.equal(200);
    const left = r3.headers.get('x-ratelimit-remaining');
    expect(r3.headers.get('x-ratelimit-limit')).to.equal('5000');
    const r4 = await fetch(`${t.urls.github}/users/pacoxu`, { headers: { 'If-None-Match': etag, Authorization: authorization }, cache: 'no-store' });
    expect(r4.status).to.equal(304);
    expect(r4.headers.get('x-ratelimit-remaining')).to.equal(left);
    // Any other token: 401 "Bad credentials", as GitHub answers it.
    const r5 = await fetch(`${t.urls.github}/users/pacoxu`, { headers: { Authorization: 'token x' }, cache: 'no-store' });
    expect(r5.status).to.equal(401);
    expect((await r5.json()).message).to.equal('Bad credentials');
  });

  it('says which accounts are organizations and bots, and refuses searches it will not list or that are too long', async () => {
    expect((await (await fetch(`${t.urls.github}/users/kubernetes`, { cache: 'no-store' })).json()).type).to.equal('Organization');
    expect((await (await fetch(`${t.urls.github}/users/dependabot%5Bbot%5D`, { cache: 'no-store' })).json()).type).to.equal('Bot');
    expect((await (await fetch(`${t.urls.github}/users/pacoxu`, { cache: 'no-store' })).json()).type).to.equal('User');
    const hidden = await fetch(`${t.urls.github}/users/hidden-gopher`, { cache: 'no-store' });
    expect(hidden.status).to.equal(200);
    const q = encodeURIComponent('is:pr is:merged author:hidden-gopher org:kubernetes');
    const r = await fetch(`${t.urls.github}/search/issues?q=${q}`, { cache: 'no-store' });
    expect(r.status).to.equal(422);
    const long = encodeURIComponent(`is:pr author:pacoxu ${'org:kubernetes-incubator-retired '.repeat(8)}`);
    const tooLong = await fetch(`${t.urls.github}/search/issues?q=${long}`, { cache: 'no-store' });
    expect(tooLong.status).to.equal(422);
    expect((await tooLong.json()).errors[0].message).to.match(/longer than 256 characters/);
  });

  it('answers a timed-out search with incomplete_results and a short count', async () => {
    await standIns.fault({ service: 'github', kind: 'search-timeout', match: '/search/' });
    const q = encodeURIComponent('is:pr is:merged author:pacoxu org:kubernetes');
    const body = await (await fetch(`${t.urls.github}/search/issues?q=${q}&per_page=1`, { cache: 'no-store' })).json();
    expect(body.incomplete_results).to.equal(true);
    expect(body.total_count).to.equal(470);
  });

  it('answers 404, 422 and the rate-limit 403 with GitHub bodies', async () => {
    const r404 = await fetch(`${t.urls.github}/users/no-such-user-x`, { cache: 'no-store' });
    expect(r404.status).to.equal(404);
    expect(await r404.json()).to.deep.include({ message: 'Not Found', status: '404' });
    const q = encodeURIComponent('is:pr is:merged author:no-such-user-x org:kubernetes');
    const r422 = await fetch(`${t.urls.github}/search/issues?q=${q}`, { cache: 'no-store' });
    expect(r422.status).to.equal(422);
    const body = await r422.json();
    expect(body.message).to.equal('Validation Failed');
    expect(body.errors[0].message).to.contain('cannot be searched');
    await standIns.budget({ resource: 'core', remaining: 0, resetIn: 100 });
    const r403 = await fetch(`${t.urls.github}/users/pacoxu`, { cache: 'no-store' });
    expect(r403.status).to.equal(403);
    expect(r403.headers.get('x-ratelimit-remaining')).to.equal('0');
    expect((await r403.json()).message).to.match(/^API rate limit exceeded for 127\.0\.0\.1\. \(But here's the good news/);
  });

  it('answers a search page past the first 1,000 results and a spent token as GitHub does', async () => {
    // brekkylab/backlot#144, microsoft/vscode#93983: the message at the top level, no `errors`.
    const q = encodeURIComponent('is:pr is:merged author:pacoxu org:kubernetes');
    const past = await fetch(`${t.urls.github}/search/issues?q=${q}&per_page=100&page=11`, { cache: 'no-store' });
    expect(past.status).to.equal(422);
    expect(await past.json()).to.deep.equal({ message: 'Only the first 1000 search results are available', documentation_url: 'https://docs.github.com/v3/search/', status: '422' });
    // With a token, the message names the token's user, not the address (anuraghazra/github-readme-stats#4438).
    await standIns.budget({ resource: 'core:auth', remaining: 0, resetIn: 100 });
    const spent = await fetch(`${t.urls.github}/users/pacoxu`, { cache: 'no-store', headers: { Authorization: `Bearer ${STAND_IN_TOKEN}` } });
    expect(spent.status).to.equal(403);
    expect((await spent.json()).message).to.equal('API rate limit exceeded for user ID 1.');
  });

  it('spends search calls from a separate budget of 10', async () => {
    const q = encodeURIComponent('is:pr is:merged author:pacoxu org:kubernetes');
    const r = await fetch(`${t.urls.github}/search/issues?q=${q}&per_page=1`, { cache: 'no-store' });
    expect(r.headers.get('x-ratelimit-limit')).to.equal('10');
    expect((await r.json()).total_count).to.equal(940);
  });
});

describe('stand-in: DevStats', () => {
  const t = useStandIns();
  const payload = (githubId: string) => ({
    api: 'DevActCnt',
    payload: { project: 'kubernetes', range: 'Last century', metric: 'Commits', repository_group: 'All', country: 'All', github_id: githubId },
  });

  it('reads text/plain bodies without a preflight; a JSON content type costs one', async () => {
    const r = await post(t.urls.devstats, payload('pacoxu'));
    expect((await r.json()).number).to.deep.equal([1502]);
    expect(await standIns.log({ method: 'OPTIONS' })).to.have.length(0);
    const r2 = await post(t.urls.devstats, payload('pacoxu'), { 'Content-Type': 'application/json' });
    expect(r2.status).to.equal(200);
    expect(await standIns.log({ method: 'OPTIONS' })).to.have.length(1);
  });

  it('matches github_id exactly and reports every error as a 400 with an error body', async () => {
    const r = await post(t.urls.devstats, payload('PACOXU'));
    expect(r.status).to.equal(400);
    expect(await r.json()).to.deep.equal({ error: "API 'DevActCnt': github_id 'PACOXU' not found in results" });
    const bad = await post(t.urls.devstats, { api: 'Nope', payload: {} });
    expect(await bad.json()).to.deep.equal({ error: "API 'unknown:Nope': unknown API 'Nope'" });
    const garbage = await post(t.urls.devstats, 'hello');
    expect(garbage.status).to.equal(400);
    expect((await garbage.json()).error).to.match(/^API 'unknown': /);
    const noProject = await post(t.urls.devstats, { api: 'Ranges', payload: { project: 'nope' } });
    expect((await noProject.json()).error).to.equal("API 'Ranges': database not found for project 'nope'");
  });

  it('lists time ranges and per-release ranges, up to v1.37.0 - now', async () => {
    const r = await post(t.urls.devstats, { api: 'Ranges', payload: { project: 'kubernetes' } });
    const ranges: string[] = (await r.json()).ranges;
    expect(ranges).to.include('Last century');
    expect(ranges).to.include('v1.30.0 - v1.31.0');
    expect(ranges.filter((x) => x.endsWith(' - now'))).to.deep.equal(['v1.37.0 - now']);
  });

  it('replaces the "- now" range when a release is tagged: the old name is an invalid period', async () => {
    const ask = (range: string) =>
      post(t.urls.devstats, { api: 'DevActCnt', payload: { project: 'kubernetes', range, metric: 'Merged PRs', repository_group: 'All', country: 'All', github_id: 'pacoxu' } });
    expect((await ask('v1.37.0 - now')).status).to.equal(200);
    expect(await standIns.release()).to.equal(38);
    // Listed at once, computed later in the same sync: no row for anyone until then.
    const pending = await ask('v1.37.0 - v1.38.0');
    expect(pending.status).to.equal(400);
    expect(await pending.json()).to.deep.equal({ error: "API 'DevActCnt': github_id 'pacoxu' not found in results" });
    await standIns.histograms();
    const old = await ask('v1.37.0 - now');
    expect(old.status).to.equal(400);
    expect(await old.json()).to.deep.equal({ error: "API 'DevActCnt': invalid period name: 'v1.37.0 - now'" });
    expect((await (await ask('v1.37.0 - v1.38.0')).json()).number).to.deep.equal([41]);
    const ranges: string[] = (await (await post(t.urls.devstats, { api: 'Ranges', payload: { project: 'kubernetes' } })).json()).ranges;
    expect(ranges.filter((x) => x.endsWith(' - now'))).to.deep.equal(['v1.38.0 - now']);
  });

  it('stores no All/All row under the listing thresholds', async () => {
    const ask = (metric: string, githubId: string) =>
      post(t.urls.devstats, { api: 'DevActCnt', payload: { project: 'kubernetes', range: 'Last century', metric, repository_group: 'All', country: 'All', github_id: githubId } });
    // kube-newbie-2026 has 9 contributions and 1 merged PR: under 30 and 2.
    for (const metric of ['Contributions', 'Merged PRs', 'PRs', 'Comments', 'Active repositories']) {
      const r = await ask(metric, 'kube-newbie-2026');
      expect(r.status, metric).to.equal(400);
      expect((await r.json()).error).to.equal("API 'DevActCnt': github_id 'kube-newbie-2026' not found in results");
    }
    expect((await (await ask('Contributions', 'pacoxu')).json()).number).to.deep.equal([14523]);
    // Without github_id, an empty ranking is null arrays (Go nil slices).
    const none = await post(t.urls.devstats, { api: 'DevActCnt', payload: { project: 'prometheus', range: 'Last day', metric: 'Commits', repository_group: 'All', country: 'All', github_id: '' } });
    const body = await none.json();
    expect([body.rank, body.login, body.number]).to.deep.equal([null, null, null]);
  });

  it('files another project\'s rows under the lower-cased login, above thresholds that grow with the range', async () => {
    const ask = (metric: string, githubId: string, range = 'Last century') =>
      post(t.urls.devstats, { api: 'DevActCnt', payload: { project: 'prometheus', range, metric, repository_group: 'All', country: 'All', github_id: githubId } });
    expect((await (await ask('Contributions', 'bentheelder')).json()).number).to.deep.equal([412]);
    expect((await ask('Contributions', 'BenTheElder')).status, 'GitHub\'s spelling has no row').to.equal(400);
    // 20 issues: under 0.8 × 1.2 × sqrt(876,600 / 1,450) = 23.6 over a century, over 0.8 × 1.2 × sqrt(87,660 / 1,450) = 7.5 over a decade.
    expect((await ask('Issues', 'bentheelder')).status).to.equal(400);
    expect((await (await ask('Issues', 'bentheelder', 'Last decade')).json()).number).to.deep.equal([20]);
  });

  it('lower-cases logins in GithubIDContributions and answers zeros for strangers', async () => {
    const known = await (await post(t.urls.devstats, { api: 'GithubIDContributions', payload: { github_id: 'BENTHEELDER' } })).json();
    expect(known.contributions).to.equal(61040);
    const nobody = await post(t.urls.devstats, { api: 'GithubIDContributions', payload: { github_id: 'nobody-x' } });
    expect(nobody.status).to.equal(200);
    expect(await nobody.json()).to.deep.equal({ contributions: 0, issues: 0, prs: 0 });
  });
});

describe('stand-in: raw files and ContribCard', () => {
  const t = useStandIns();

  it('serves the fixtures as text at HEAD and the default branch only, and refuses preflights', async () => {
    const r = await fetch(`${t.urls.raw}/kubernetes/community/HEAD/sigs.yaml`, { cache: 'no-store' });
    expect(r.headers.get('content-type')).to.equal('text/plain; charset=utf-8');
    expect((await r.text()).length).to.be.greaterThan(100_000);
    expect((await fetch(`${t.urls.raw}/kubernetes/community/main/sigs.yaml`, { cache: 'no-store' })).status).to.equal(200);
    // kubernetes/community renamed master to main; raw URLs of the old name are not redirected.
    const renamed = await fetch(`${t.urls.raw}/kubernetes/community/master/sigs.yaml`, { cache: 'no-store' });
    expect(renamed.status).to.equal(404);
    expect(await renamed.text()).to.equal('404: Not Found');
    const viaHead = await fetch(`${t.urls.raw}/kubernetes/steering/HEAD/OWNERS_ALIASES`, { cache: 'no-store' });
    expect(await viaHead.text()).to.contain('steering-committee');
    const e = await rejectionOf(fetch(`${t.urls.raw}/kubernetes/community/HEAD/sigs.yaml`, { headers: { 'X-Requested-With': 'x' } }));
    expect(e).to.be.instanceOf(TypeError);
    const missing = await fetch(`${t.urls.raw}/kubernetes/community/HEAD/nope.yaml`, { cache: 'no-store' });
    expect(missing.status).to.equal(404);
    expect(await missing.text()).to.equal('404: Not Found');
  });

  it('names ContribCard files case-sensitively', async () => {
    expect((await fetch(`${t.urls.contribcard}/BenTheElder.json`, { cache: 'no-store' })).status).to.equal(200);
    expect((await fetch(`${t.urls.contribcard}/bentheelder.json`, { cache: 'no-store' })).status).to.equal(404);
  });
});
