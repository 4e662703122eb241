import { expect } from '@open-wc/testing';
import { configure } from '../../src/sources/config.js';
import { LoadError } from '../../src/model/load-error.js';
import { loadLiveCard } from '../../src/sources/live.js';
import { resetLiveState } from '../../src/sources/reset.js';
import { parseCardData } from '../../src/model/validate.js';
import { hasNothingToCount } from '../../src/model/state.js';
import { callCounts, standIns } from '../stand-ins/client.js';
import { rejectionOf, useStandIns } from '../stand-ins/live-setup.js';

describe('loadLiveCard', () => {
  const t = useStandIns();

  it('merges every source of a cold card into one valid card', async () => {
    const card = await loadLiveCard('pacoxu');
    expect(parseCardData(card).ok).to.equal(true);
    expect(card.schemaVersion).to.equal(1);
    expect(card.identity.login).to.equal('pacoxu');
    expect(card.identity.name).to.equal('Paco Xu 徐俊杰');
    expect(card.totals.prsMerged).to.equal(1136);
    expect(card.totals.contributions).to.equal(14523);
    expect(card.activity?.unit).to.equal('release');
    expect(card.roles.some((r) => r.kind === 'steering-member')).to.equal(true);
    expect(card.sources.map((s) => s.id)).to.deep.equal(['github', 'devstats', 'community']);
    expect(card.notices).to.equal(undefined);
    expect(Date.now() - Date.parse(card.asOf!)).to.be.within(0, 60_000);
  });

  it('stays within the request budget of a cold card', async () => {
    configure({ contribcardBase: t.urls.contribcard });
    await loadLiveCard('pacoxu');
    const n = await callCounts();
    expect(n.githubCore, 'GitHub core').to.be.at.most(2);
    expect(n.githubSearch, 'GitHub search').to.be.at.most(2);
    expect(n.devstats, 'DevStats').to.be.at.most(22);
    // sigs.yaml, the Steering files and the ladder's OWNERS_ALIASES, org and teams files (docs/roles.md).
    expect(n.raw, 'raw files').to.be.at.most(8);
    expect(n.contribcard, 'ContribCard').to.equal(1);
    // The measured figures, so a change in either direction is noticed.
    expect(n).to.deep.include({ githubCore: 1, githubSearch: 1, devstats: 22, raw: 8 });
  });

  it('refuses invalid logins before any request', async () => {
    for (const bad of ['', '-x', 'a--b', 'x'.repeat(40), '<script>', 'a/b', '../users', 'pacoxu ', 'ü']) {
      const e = await rejectionOf(loadLiveCard(bad));
      expect(e).to.be.instanceOf(LoadError);
      expect((e as LoadError).reason, bad).to.equal('invalid-user');
    }
    expect(await standIns.log()).to.have.length(0);
  });

  it('shares one profile call between 50 parallel cards of one user', async () => {
    const cards = await Promise.all(Array.from({ length: 50 }, () => loadLiveCard('pacoxu')));
    expect(cards.every((c) => c.identity.name === 'Paco Xu 徐俊杰')).to.equal(true);
    const n = await callCounts();
    expect(n.githubCore).to.equal(1);
    expect(n.githubSearch).to.equal(1);
    expect(n.devstats).to.equal(22);
    expect(n.raw).to.equal(8);
  });

  it('shares GitHub calls between cards whose logins differ only in case; DevStats is asked per spelling, then in GitHub\'s', async () => {
    // GitHub answers after DevStats has been asked with the logins as written: long enough for all
    // 63 paced starts to leave on a busy machine (at 300 ms, a CI run once saw 55: the rest were
    // no longer wanted when GitHub's spelling came, and never left).
    await standIns.fault({ service: 'github', kind: 'delay', delayMs: 1500 });
    const cards = await Promise.all([loadLiveCard('pacoxu'), loadLiveCard('PacoXu'), loadLiveCard('PACOXU')]);
    expect(new Set(cards.map((c) => c.identity.login))).to.deep.equal(new Set(['pacoxu']));
    expect(cards.every((c) => c.totals.contributions === 14523 && !c.notices)).to.equal(true);
    // The cards can be complete (served with GitHub's spelling, shared with the first card's calls)
    // before the last as-written calls have left: their starts are spread over tasks
    // (src/sources/net/pace.ts). Count once the stand-ins' log has stopped growing.
    let n = await callCounts();
    for (let still = 0, i = 0; still < 3 && i < 50; i++) {
      await new Promise((r) => setTimeout(r, 100));
      const next = await callCounts();
      still = next.devstats === n.devstats ? still + 1 : 0;
      n = next;
    }
    expect(n.githubCore).to.equal(1);
    expect(n.githubSearch).to.equal(1);
    // DevStats is case-sensitive and asked before GitHub answers: 21 calls per spelling
    // as written, and one shared Ranges; GitHub's spelling is one of them.
    expect(n.devstats).to.equal(1 + 3 * 21);
  });

  it('shares the community files and the DevStats ranges between different users', async () => {
    await Promise.all([loadLiveCard('pacoxu'), loadLiveCard('BenTheElder'), loadLiveCard('neolit123')]);
    const log = await standIns.log({ service: 'devstats' });
    expect(log.filter((r) => r.body?.includes('"api":"Ranges"'))).to.have.length(1);
    expect((await callCounts()).raw).to.equal(8);
  });

  it('answers a second load inside the TTL from cache, with zero requests', async () => {
    const first = await loadLiveCard('pacoxu');
    await standIns.clearLog();
    const second = await loadLiveCard('pacoxu');
    expect(await standIns.log()).to.have.length(0);
    expect(second).to.deep.equal(first);
  });

  // Warm for "pacoxu", a card written "PacoXu" asked DevStats with "PacoXu" (case-sensitive: new calls)
  // before the cached profile said GitHub spells it "pacoxu".
  it('answers a warm card written in another case from cache too, with zero requests', async () => {
    const first = await loadLiveCard('pacoxu');
    await standIns.clearLog();
    const second = await loadLiveCard('PacoXu');
    // Any as-written call would leave within a few tasks (net/pace.ts): give them the time to show.
    await new Promise((r) => setTimeout(r, 200));
    expect(await standIns.log()).to.have.length(0);
    expect(second.totals).to.deep.equal(first.totals);
    expect(second.identity.login).to.equal('pacoxu');
  });

  it('answers a reloaded page from localStorage, with zero requests', async () => {
    const first = await loadLiveCard('BenTheElder');
    await standIns.clearLog();
    resetLiveState({ keepStorage: true });
    const second = await loadLiveCard('BenTheElder');
    expect(await standIns.log()).to.have.length(0);
    expect(second.totals).to.deep.equal(first.totals);
    expect(second.roles).to.deep.equal(first.roles);
    expect(second.asOf).to.equal(first.asOf);
  });

  it('refetches once the page-set TTL has passed', async () => {
    await loadLiveCard('pacoxu', { cacheTtl: 3600 });
    await standIns.clearLog();
    await loadLiveCard('pacoxu', { cacheTtl: 0 });
    const n = await callCounts();
    expect(n.githubCore).to.equal(1);
    expect(n.devstats).to.be.greaterThan(0);
  });

  it('throws not-found for a login GitHub does not know, and stops the other sources', async () => {
    // DevStats is asked at once (with the login as written) and is slow to answer. GitHub's 404
    // comes after 300 ms, so DevStats' requests have left by then: Firefox and WebKit never send
    // a request aborted before it leaves, and an instant 404 raced them there.
    await standIns.fault({ service: 'devstats', kind: 'delay', delayMs: 1500 });
    await standIns.fault({ service: 'github', kind: 'delay', delayMs: 300 });
    const started = Date.now();
    const e = await rejectionOf(loadLiveCard('no-such-person-here'));
    expect(e).to.be.instanceOf(LoadError);
    expect((e as LoadError).reason).to.equal('not-found');
    expect(Date.now() - started, 'the 404 ends the card without waiting for DevStats').to.be.below(1000);
    // Nobody else waits for those calls, so they were cancelled, not answered. (Until the stand-in
    // has seen every one close: on a busy machine an abort takes more than 100 ms to arrive. An
    // answered call would have closed with its answer, complete.)
    let log = await standIns.log({ service: 'devstats' });
    for (let waited = 0; log.some((r) => r.open) && waited < 1000; waited += 50) {
      await new Promise((r) => setTimeout(r, 50));
      log = await standIns.log({ service: 'devstats' });
    }
    expect(log.length).to.be.greaterThan(0);
    expect(log.every((r) => !r.open && r.complete === false)).to.equal(true);
  });

  it('says an organization or a bot account is not a person', async () => {
    const org = await rejectionOf(loadLiveCard('kubernetes'));
    expect((org as LoadError).reason).to.equal('organization');
    const bot = await rejectionOf(loadLiveCard('dependabot[bot]'));
    expect((bot as LoadError).reason).to.equal('bot');
    expect((await standIns.log({ service: 'github' })).map((r) => r.path)).to.include('/users/dependabot%5Bbot%5D');
    // A `[bot]` login is an app's bot even when GitHub cannot be asked.
    await standIns.budget({ resource: 'core', remaining: 0, resetIn: 100 });
    const unasked = await rejectionOf(loadLiveCard('renovate[bot]'));
    expect((unasked as LoadError).reason).to.equal('bot');
  });

  it('throws GitHub\'s failure, not "not found", when GitHub is down and no other source knows the user', async () => {
    await standIns.fault({ service: 'github', kind: 'status', status: 503 });
    const e = await rejectionOf(loadLiveCard('someone-unknown'));
    // GitHub failed: its failure is the most useful thing to say.
    expect((e as LoadError).reason).to.equal('http');
  });

  it('throws the first failure when every source failed', async () => {
    for (const service of ['github', 'devstats', 'raw'] as const) {
      await standIns.fault({ service, kind: 'drop' });
    }
    const e = await rejectionOf(loadLiveCard('pacoxu'));
    expect(e).to.be.instanceOf(LoadError);
    expect((e as LoadError).reason).to.equal('network');
    expect((e as LoadError).source).to.equal('github');
  });

  it('rejects with the abort reason and leaves shared requests running for other cards', async () => {
    await standIns.fault({ service: 'github', kind: 'delay', delayMs: 300, match: '/users/' });
    const ctrl = new AbortController();
    const aborted = loadLiveCard('pacoxu', { signal: ctrl.signal });
    const other = loadLiveCard('pacoxu');
    setTimeout(() => ctrl.abort(), 50);
    const e = await rejectionOf(aborted);
    expect((e as DOMException).name).to.equal('AbortError');
    const card = await other;
    expect(card.identity.name).to.equal('Paco Xu 徐俊杰');
    expect((await callCounts()).githubCore).to.equal(1);
  });

  it('never lets the old user win when the user is switched mid-flight', async () => {
    // The old user's answers arrive last.
    await standIns.fault({ service: 'github', kind: 'delay', delayMs: 400, match: 'pacoxu' });
    let shown: string | undefined;
    const ctrl1 = new AbortController();
    const old = loadLiveCard('pacoxu', { signal: ctrl1.signal }).then(
      (c) => (shown = c.identity.login),
      () => undefined,
    );
    await new Promise((r) => setTimeout(r, 30));
    ctrl1.abort();
    const ctrl2 = new AbortController();
    const now = loadLiveCard('BenTheElder', { signal: ctrl2.signal }).then((c) => (shown = c.identity.login));
    await Promise.all([old, now]);
    await new Promise((r) => setTimeout(r, 500));
    expect(shown).to.equal('BenTheElder');
  });

  it('refuses a signal that is already aborted without a request', async () => {
    const ctrl = new AbortController();
    ctrl.abort();
    const e = await rejectionOf(loadLiveCard('pacoxu', { signal: ctrl.signal }));
    expect((e as DOMException).name).to.equal('AbortError');
    expect(await standIns.log()).to.have.length(0);
  });

  it('cleans hostile strings and drops unsafe links', async () => {
    const card = await loadLiveCard('evil-markup');
    expect(card.identity.profileUrl).to.equal(undefined);
    expect(card.identity.avatarUrl).to.equal(undefined);
    expect(card.identity.name).to.not.match(/[\u202A-\u202E]/);
    expect(card.identity.name).to.contain('<img'); // text, escaped by the renderer, never parsed here
    expect(card.firstContribution?.title).to.not.match(/[\u202A-\u202E]/);
    expect(card.sources.find((s) => s.id === 'github')?.url).to.equal(undefined);
  });

  it('works for a user with no Kubernetes history: below every DevStats threshold, no notice', async () => {
    const card = await loadLiveCard('quiet-newcomer');
    expect(card.identity.name).to.equal('New Contributor');
    // GitHub search's zero (2 orgs) does not stand in for DevStats' "fewer than 2" (17 orgs): it
    // could hide a merged PR in another org (the csi-first-pr case below).
    expect(card.totals).to.deep.equal({ reviews: 0, approvals: 0 });
    expect(card.scopes).to.equal(undefined);
    expect(card.totalsBelow).to.deep.equal({ contributions: 30, prsOpened: 2, prsMerged: 2, issues: 2, commits: 2, comments: 20, repositories: 3 });
    expect(card.firstContribution).to.equal(undefined);
    expect(card.roles).to.deep.equal([]);
    expect(card.notices).to.equal(undefined);
  });

  it('never reads DevStats\' bot filter as "under the threshold": a login it leaves out is not asked, and the card says so', async () => {
    // `k8s-%` is in DevStats' bot filter (util_sql/exclude_bots.sql): no row in any range for
    // k8s-newcomer (or k8s-ci-robot), whatever the activity, so "fewer than 30" would be false.
    const card = await loadLiveCard('k8s-newcomer');
    expect(card.identity.name).to.equal('New Contributor');
    expect(card.totalsBelow, 'no "fewer than" figures').to.equal(undefined);
    expect(card.totals).to.deep.equal({ prsMerged: 0 });
    expect(card.notices).to.deep.equal([{ source: 'devstats', reason: 'not-searchable' }]);
    expect((await callCounts()).devstats, 'DevStats is not asked').to.equal(0);
  });

  it('shows someone with one merged PR as they are: figures below the thresholds, the PR from GitHub', async () => {
    const card = await loadLiveCard('kube-newbie-2026');
    expect(card.notices, 'never "not found" or "unavailable" for small values').to.equal(undefined);
    expect(card.totals).to.deep.equal({ prsMerged: 1, reviews: 0, approvals: 0 });
    expect(card.scopes?.prsMerged).to.deep.equal({ source: 'github', orgs: ['kubernetes', 'kubernetes-sigs'] });
    expect(card.totalsBelow).to.deep.equal({ contributions: 30, prsOpened: 2, issues: 2, commits: 2, comments: 20, repositories: 3 });
    expect(card.firstContribution).to.deep.equal({
      title: 'Fix a typo in the kubectl debug task page',
      repository: 'kubernetes/website',
      date: '2026-09-16T14:05:00Z',
      url: 'https://github.com/kubernetes/website/pull/52817',
    });
    expect(card.scopes?.firstContribution).to.deep.equal({ source: 'github', orgs: ['kubernetes', 'kubernetes-sigs'] });
    expect(card.activity!.points.every((p) => p.below === 2)).to.equal(true);
    expect(card.scope).to.deep.equal({ source: 'devstats', project: 'kubernetes' });
  });

  it('keeps DevStats\' "fewer than 2" merged PRs when the search, over fewer orgs, finds none', async () => {
    // One merged PR in kubernetes-csi: DevStats (17 orgs) lists no row under 2; the search
    // (kubernetes, kubernetes-sigs) counts 0. "0" would be wrong, "<2" is what is known.
    const card = await loadLiveCard('csi-first-pr');
    expect(card.totals.prsMerged, 'no zero from the narrower search').to.equal(undefined);
    expect(card.scopes?.prsMerged).to.equal(undefined);
    expect(card.totalsBelow?.prsMerged).to.equal(2);
    expect(card.notices).to.equal(undefined);
  });

  it('does not count repositories someone only starred or forked as contributions', async () => {
    // DevStats' Active repositories counts any event, so it lists 4 for someone with nothing else.
    const card = await loadLiveCard('star-gazer');
    expect(card.totals.repositories).to.equal(4);
    expect(card.totalsBelow?.contributions).to.equal(30);
    expect(card.totalsBelow?.prsMerged, 'the search\'s 0 does not replace DevStats\' "<2"').to.equal(2);
    expect(hasNothingToCount(card), 'the card says how far under the thresholds, not figures').to.equal(true);
  });

  // With GitHub's profile out of reach, "bentheelder" (BenTheElder, in the wrong case) read as a
  // newcomer: DevStats files Kubernetes rows under the exact spelling, so the case asked had none.
  it('never reads a login GitHub could not spell as "under the thresholds"; a row of its own proves the spelling', async () => {
    await standIns.fault({ service: 'github', kind: 'rate-limit', match: '/users/', resetIn: 1800 });
    const wrongCase = await loadLiveCard('bentheelder');
    expect(wrongCase.totalsBelow, 'no "fewer than"').to.equal(undefined);
    expect(wrongCase.totals.contributions, 'no DevStats figure').to.equal(undefined);
    expect(wrongCase.notices?.map((n) => `${n.source} ${n.reason}`)).to.deep.equal(['github rate-limited']);
    // Written as GitHub spells it, DevStats' own rows say so: the figures stand.
    const right = await loadLiveCard('BenTheElder');
    expect(right.totals.contributions, 'DevStats\' figure').to.be.above(30);
    // A newcomer GitHub could not spell either: no row of its own, so no "fewer than 30" either.
    const newcomer = await loadLiveCard('kube-newbie-2026');
    expect(newcomer.totalsBelow).to.equal(undefined);
  });

  it('keeps DevStats as the one scope of a Steering member\'s totals', async () => {
    const card = await loadLiveCard('pacoxu');
    expect(card.scope).to.deep.equal({ source: 'devstats', project: 'kubernetes' });
    expect(card.scopes?.prsMerged).to.equal(undefined);
    expect(card.totalsBelow).to.equal(undefined);
    expect(card.totals.prsMerged).to.equal(1136);
    expect(card.roles.filter((r) => r.kind === 'steering-member')).to.have.length(1);
  });

  it('leaves no unhandled rejection when everything fails at once', async () => {
    for (const service of ['github', 'devstats', 'raw', 'contribcard'] as const) {
      await standIns.fault({ service, kind: 'garbage' });
    }
    configure({ contribcardBase: t.urls.contribcard });
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => loadLiveCard('pacoxu')));
    expect(results.every((r) => r.status === 'rejected')).to.equal(true);
    // The afterEach hook fails the test if any rejection went unhandled.
  });
});
