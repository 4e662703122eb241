/**
 * The element with `user` and no `src`: live data from the stand-ins through
 * the card's own attributes, the partial state on a GitHub rate limit, "not
 * found" for an unknown user, and a user switched while requests are in flight.
 */
import { expect } from '@open-wc/testing';
import { resetConfig } from '../../src/sources/config.js';
import { $, assertNoJunk, failed, hrefs, mount, settled, text, until } from '../harness.js';
import { callCounts, standIns } from '../stand-ins/client.js';
import { useStandIns } from '../stand-ins/live-setup.js';

describe('<k8s-contrib-card user> with live sources', () => {
  const t = useStandIns();

  /** A card pointed at the stand-ins by attributes only (the page-wide configuration is reset). */
  function liveCard(user: string, lang = 'en') {
    resetConfig();
    return mount({ user, 'github-api': t.urls.github, 'devstats-api': t.urls.devstats, 'raw-base': t.urls.raw }, { lang });
  }

  it('renders a complete card from GitHub, DevStats and the community files', async () => {
    const { el, done } = await liveCard('pacoxu');
    const e = await done;
    expect(e.type).to.equal('contrib-load');
    const t2 = text(el);
    expect($(el, '[part=name]')!.textContent).to.equal('Paco Xu 徐俊杰');
    expect(t2).to.include('Steering Committee member');
    expect(t2).to.include('Merged PRs · per release');
    expect(t2).to.include('PRs merged');
    expect(hrefs(el).every((h) => /^https?:/.test(h))).to.equal(true);
    expect($(el, '[part=notice]')).to.equal(null);
    assertNoJunk(el);
    const n = await callCounts();
    expect(n).to.deep.include({ githubCore: 1, githubSearch: 1, raw: 8 });
    expect(n.devstats).to.be.at.most(22);
  });

  it('shows the partial state with the reset time when GitHub is rate-limited', async () => {
    await standIns.fault({ service: 'github', kind: 'rate-limit', resetIn: 1800 });
    const { el, done } = await liveCard('pacoxu');
    expect((await done).type).to.equal('contrib-load');
    const notice = $(el, '[part=notice]')!;
    expect(notice.textContent).to.match(/GitHub unavailable \(rate limit reached\)\. Back in (30|29) minutes\./);
    // DevStats and the roles still arrived.
    expect(text(el)).to.include('Steering Committee member');
    expect(text(el)).to.include('Contributions');
  });

  // GitHub's profile and search limits reset apart: the notice kept the last failure's time (the
  // search's, "Back this minute") while the name waited half an hour.
  it('says when GitHub is back by the later of its two limits', async () => {
    await standIns.fault({ service: 'github', kind: 'rate-limit', match: '/users/', resetIn: 1800 });
    await standIns.fault({ service: 'github', kind: 'rate-limit', match: '/search/', resetIn: 30 });
    const { el, done } = await liveCard('pacoxu');
    expect((await done).type).to.equal('contrib-load');
    expect($(el, '[part=notice]')!.textContent).to.match(/GitHub unavailable \(rate limit reached\)\. Back in (30|29) minutes\./);
  });

  // A user only GitHub can confirm (DevStats lists them under its thresholds): with GitHub limited
  // the card fails, and its error said nothing of when to try again, as the notice does.
  it('says when GitHub is back in the error state of a rate limit, in Chinese too', async () => {
    await standIns.fault({ service: 'github', kind: 'rate-limit', resetIn: 1800 });
    const { el, done } = await liveCard('kube-newbie-2026');
    expect((await done).type).to.equal('contrib-error');
    expect($(el, '[part~=error]')!.textContent).to.match(/GitHub unavailable \(rate limit reached\)\. Back in (30|29) minutes\./);
    const zh = await liveCard('kube-newbie-2026', 'zh-CN');
    expect((await zh.done).type).to.equal('contrib-error');
    expect($(zh.el, '[part~=error]')!.textContent).to.match(/将于(30|29) ?分钟后恢复。/);
  });

  it('does not trust a stored rate-limit gate further off than any reset', async () => {
    localStorage.setItem(`k8s-contrib-card:v1:gate:${t.urls.github} core`, String(Date.now() + 50 * 365 * 864e5));
    try {
      const { el, done } = await liveCard('pacoxu');
      expect((await done).type).to.equal('contrib-load');
      expect(!!$(el, '[part=notice]'), 'no notice').to.equal(false);
      expect($(el, '[part=name]')!.textContent).to.equal('Paco Xu 徐俊杰');
    } finally {
      localStorage.removeItem(`k8s-contrib-card:v1:gate:${t.urls.github} core`);
    }
  });

  it('reads project="Kubernetes", as DevStats\' project list spells it, as Kubernetes', async () => {
    resetConfig();
    const { el, done } = await mount({ user: 'pacoxu', project: 'Kubernetes', 'github-api': t.urls.github, 'devstats-api': t.urls.devstats, 'raw-base': t.urls.raw });
    expect((await done).type).to.equal('contrib-load');
    expect(text(el)).to.include('Steering Committee member');
    expect(text(el)).to.include('Merged PRs · per release');
  });

  // DevStats answers 400 "database not found for project" (cncf/devstatscode cmd/api/api.go nameToDB):
  // the notice said "server error", as if DevStats were down, for a typo in the page.
  it('says DevStats has no such project for a misspelt project, in Chinese too, and still shows the person', async () => {
    resetConfig();
    const attrs = { user: 'pacoxu', project: 'kubernets', 'github-api': t.urls.github, 'devstats-api': t.urls.devstats, 'raw-base': t.urls.raw };
    const { el, done } = await mount(attrs);
    expect((await done).type).to.equal('contrib-load');
    expect($(el, '[part=name]')!.textContent).to.equal('Paco Xu 徐俊杰');
    expect($(el, '[part=notice]')!.textContent!.trim()).to.equal('CNCF DevStats unavailable (no project of that name).');
    const zh = await mount(attrs, { lang: 'zh-CN' });
    expect((await zh.done).type).to.equal('contrib-load');
    expect($(zh.el, '[part=notice]')!.textContent).to.include('没有该名称的项目');
  });

  it('says "user not found" for an unknown user, in Chinese too', async () => {
    const { el, done } = await liveCard('no-such-user-zz', 'zh-CN');
    const e = await done;
    expect(e.type).to.equal('contrib-error');
    expect(failed(e).detail.reason).to.equal('not-found');
    expect(text(el)).to.include('未找到 GitHub 用户“no-such-user-zz”');
    expect($(el, '[part~=state] h2')!.textContent, 'headed as a user not found').to.equal('未找到用户');
  });

  it('ends on the last user when switched while requests are in flight', async () => {
    await standIns.fault({ service: 'github', kind: 'delay', delayMs: 400, match: 'pacoxu' });
    const { el } = await liveCard('pacoxu');
    const loads: string[] = [];
    el.addEventListener('contrib-load', (e) => loads.push(e.detail.identity.login));
    el.user = 'BenTheElder';
    await settled(el);
    await new Promise((r) => setTimeout(r, 600));
    expect(loads).to.deep.equal(['BenTheElder']);
    expect(text(el)).to.include('@BenTheElder');
  });

  it('moved in the DOM mid-load (out and back in, in one task), goes on loading: no request sent twice, one contrib-load', async () => {
    await standIns.fault({ service: 'devstats', kind: 'delay', delayMs: 400 });
    const { el } = await liveCard('pacoxu');
    const loads: string[] = [];
    el.addEventListener('contrib-load', (e) => loads.push(e.detail.identity.login));
    await until(async () => (await callCounts()).devstats > 0, 'DevStats asked');
    // As a list reordered or a framework re-parenting it does: it was aborted and loaded again,
    // every request still in flight sent a second time.
    const box = document.createElement('div');
    el.parentElement!.append(box);
    box.append(el);
    await settled(el);
    await new Promise((r) => setTimeout(r, 300));
    expect(loads).to.deep.equal(['pacoxu']);
    const n = await callCounts();
    expect(n).to.deep.include({ githubCore: 1, githubSearch: 1, raw: 8 });
    expect(n.devstats).to.be.at.most(22);
    expect($(el, '[part=name]')!.textContent).to.equal('Paco Xu 徐俊杰');
  });

  it('tells an organization or a bot account from a person, without a retry', async () => {
    const org = await liveCard('kubernetes');
    const e = await org.done;
    expect(e.type).to.equal('contrib-error');
    expect(failed(e).detail.reason).to.equal('organization');
    expect(text(org.el)).to.include('Not a contributor');
    expect(text(org.el)).to.include('kubernetes is a GitHub organization, not a person.');
    expect($(org.el, '[part=retry]')).to.equal(null);
    const bot = await liveCard('dependabot[bot]', 'zh-CN');
    expect(failed(await bot.done).detail.reason).to.equal('bot');
    expect(text(bot.el)).to.include('dependabot[bot] 是机器人账号');
    assertNoJunk(bot.el);
  });

  it('shows a newcomer with one merged PR without any DevStats notice', async () => {
    const { el, done } = await liveCard('kube-newbie-2026');
    expect((await done).type).to.equal('contrib-load');
    expect($(el, '[part=notice]')).to.equal(null);
    const t2 = text(el);
    expect(t2).to.include('fewer than 30');
    expect(t2).to.include('First merged PR: Fix a typo in the kubectl debug task page');
    expect(t2).to.include('First PR');
    assertNoJunk(el);
  });
});

describe('<k8s-contrib-card user>: progressive and lazy', () => {
  const t = useStandIns();
  const attrs = () => ({ 'github-api': t.urls.github, 'devstats-api': t.urls.devstats, 'raw-base': t.urls.raw });

  it('shows GitHub\'s part first, with placeholders where DevStats and the roles will go, and fires contrib-load once', async () => {
    resetConfig();
    // DevStats answers after 1.5 s; GitHub and the community files at once.
    await standIns.fault({ service: 'devstats', kind: 'delay', delayMs: 1500 });
    const started = performance.now();
    const { el, done } = await mount({ user: 'pacoxu', ...attrs() });
    const events: string[] = [];
    el.addEventListener('contrib-load', () => events.push('load'));
    await until(() => $(el, '[part=name]'), 'the name, before DevStats answers', 1400);
    const identityAt = performance.now() - started;
    expect(identityAt, 'the identity shows within GitHub\'s round trip').to.be.below(1400);
    expect($(el, '[part=name]')!.textContent).to.equal('Paco Xu 徐俊杰');
    // Where the totals and the chart will be: placeholders, not "no contributions".
    expect(el.shadowRoot!.querySelectorAll('.bone.total').length).to.equal(6);
    expect($(el, '.bone.chart')).to.not.equal(null);
    expect(text(el)).to.not.include('no Kubernetes contributions');
    expect($(el, '[part=card]')!.getAttribute('aria-busy')).to.equal('true');
    expect(events).to.deep.equal([]);
    expect((await done).type).to.equal('contrib-load');
    expect(el.shadowRoot!.querySelectorAll('.bone').length, 'no placeholder left').to.equal(0);
    expect(text(el)).to.include('Contributions');
    await new Promise((r) => setTimeout(r, 100));
    expect(events).to.deep.equal(['load']);
    assertNoJunk(el);
  });

  it('waits until it comes near the viewport before it fetches anything (unless loading="eager")', async () => {
    resetConfig();
    const far = document.createElement('div');
    far.style.height = '6000px';
    const { el } = await mount({ user: 'pacoxu', ...attrs() }, { before: far });
    const eager = await mount({ user: 'BenTheElder', loading: 'eager', ...attrs() }, { before: far.cloneNode() as HTMLElement });
    await eager.done;
    await new Promise((r) => setTimeout(r, 300));
    const before = await standIns.log();
    expect(before.some((r) => /pacoxu/i.test(`${r.path} ${r.query} ${r.body ?? ''}`)), 'nothing asked for the card far below').to.equal(false);
    expect($(el, '[part=skeleton]')).to.not.equal(null);
    el.scrollIntoView();
    const e = await settled(el);
    expect(e.type).to.equal('contrib-load');
    expect($(el, '[part=name]')!.textContent).to.equal('Paco Xu 徐俊杰');
  });

  // Set to eager while it waited far below, a card went on waiting (a page's "load all" or print did nothing).
  it('a card waiting far below loads at once when the page sets loading="eager"', async () => {
    resetConfig();
    const far = document.createElement('div');
    far.style.height = '6000px';
    await standIns.clearLog();
    // From the top of the page (the test before scrolled down to its card).
    window.scrollTo(0, 0);
    const { el } = await mount({ user: 'neolit123', ...attrs() }, { before: far });
    await new Promise((r) => setTimeout(r, 300));
    expect(mentions(await standIns.log(), /neolit123/i), 'waiting').to.equal(false);
    const done = settled(el);
    el.loading = 'eager';
    const e = await done;
    expect(e.type).to.equal('contrib-load');
    expect(mentions(await standIns.log(), /neolit123/i), 'asked for').to.equal(true);
  });
});

const mentions = (log: { path: string; query: string; body?: string }[], re: RegExp) => log.some((r) => re.test(`${r.path} ${r.query} ${r.body ?? ''}`));
