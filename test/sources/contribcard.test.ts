import { expect } from '@open-wc/testing';
import { configure } from '../../src/sources/config.js';
import { LoadError } from '../../src/model/load-error.js';
import { fetchContribCard } from '../../src/sources/contribcard.js';
import { contribCardToCard, parseContribCard } from '../../src/sources/contribcard-answers.js';
import { loadLiveCard } from '../../src/sources/live.js';
import { standIns } from '../stand-ins/client.js';
import { rejectionOf, useStandIns } from '../stand-ins/live-setup.js';

const FILE = {
  id: 1,
  login: 'someone',
  contributions: { total: 30, by_kind: { commit: 10, issue: 5, pull_request: 15 } },
  repositories: ['kubernetes/kubernetes', 'kubernetes/website'],
  years: [2024, 2022, 2024],
  first_commit: null,
  first_contribution: { kind: 'pull_request', owner: 'kubernetes', repository: 'website', sha: null, number: 42, title: 'Fix a link', ts: 1551513600 },
};

describe('ContribCard source: mapping', () => {
  it('maps totals, the first contribution and the years', () => {
    const f = parseContribCard(FILE);
    expect(parseContribCard(f)).to.deep.equal(f);
    expect(contribCardToCard(f)).to.deep.equal({
      totals: { contributions: 30, commits: 10, issues: 5, prsOpened: 15, repositories: 2 },
      firstContribution: {
        title: 'Fix a link',
        repository: 'kubernetes/website',
        date: '2019-03-02T08:00:00.000Z',
        url: 'https://github.com/kubernetes/website/pull/42',
      },
      yearsActive: [2022, 2024],
    });
  });

  it('links commits and issues, and never a made-up path', () => {
    const commit = { ...FILE, first_contribution: { ...FILE.first_contribution, kind: 'commit', number: null, sha: 'abc1234' } };
    expect(contribCardToCard(parseContribCard(commit)).firstContribution?.url).to.equal('https://github.com/kubernetes/website/commit/abc1234');
    const evil = { ...FILE, first_contribution: { ...FILE.first_contribution, owner: '..', repository: 'x/../../evil' } };
    const mapped = contribCardToCard(parseContribCard(evil)).firstContribution!;
    expect(mapped.url).to.equal(undefined);
    expect(mapped.repository).to.equal(undefined);
  });

  it('refuses wrong shapes', () => {
    for (const bad of [
      { ...FILE, contributions: 'many' },
      { ...FILE, repositories: 'kubernetes/kubernetes' },
      { ...FILE, years: ['2024'] },
      { ...FILE, contributions: { total: -1, by_kind: {} } },
      { ...FILE, first_contribution: { ...FILE.first_contribution, ts: 'yesterday' } },
      { ...FILE, login: undefined },
    ]) {
      expect(() => parseContribCard(bad)).to.throw();
    }
  });
});

describe('ContribCard source against the stand-in', () => {
  const t = useStandIns();

  it('is merged in when a page provides it: earliest first contribution, years; its counts stay out of DevStats\' fields', async () => {
    configure({ contribcardBase: t.urls.contribcard });
    const card = await loadLiveCard('pacoxu');
    // DevStats counts every total it lists; ContribCard's counts (another crawl, another scope) do not replace them.
    expect(card.totals).to.deep.equal({
      contributions: 14523, prsMerged: 1136, prsOpened: 1320, reviews: 6240, approvals: 1890, issues: 412, commits: 1502, comments: 9870, repositories: 64,
    });
    expect(card.scope).to.deep.equal({ source: 'devstats', project: 'kubernetes' });
    expect(card.scopes).to.deep.equal({ firstContribution: { source: 'contribcard' } });
    // ContribCard's 2017 issue is earlier than the first merged PR (2018).
    expect(card.firstContribution).to.deep.equal({
      title: 'kubeadm join fails behind a proxy',
      repository: 'kubernetes/kubeadm',
      date: '2017-11-15T08:30:00.000Z',
      url: 'https://github.com/kubernetes/kubeadm/issues/541',
    });
    expect(card.yearsActive).to.deep.equal([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(card.sources.find((s) => s.id === 'contribcard')?.url).to.equal(`${t.urls.contribcard}/pacoxu.json`);
  });

  it('asks for the file named as GitHub spells the login', async () => {
    const card = await loadLiveCard('bentheelder', { contribcardBase: t.urls.contribcard });
    expect(card.yearsActive).to.have.length(11);
    const [req] = await standIns.log({ service: 'contribcard' });
    expect(req!.path).to.equal('/data/BenTheElder.json');
  });

  it('fills a total DevStats lists no value for, labelled with its own scope', async () => {
    await standIns.fault({ service: 'devstats', kind: 'status', status: 500, match: '"metric":"Contributions"' });
    const card = await loadLiveCard('pacoxu', { contribcardBase: t.urls.contribcard });
    expect(card.totals.contributions).to.equal(2843);
    expect(card.scopes?.contributions).to.deep.equal({ source: 'contribcard' });
    expect(card.totals.commits, 'DevStats still counts the rest').to.equal(1502);
    expect(card.scopes?.commits).to.equal(undefined);
  });

  it('is not asked when no base is set', async () => {
    await loadLiveCard('pacoxu');
    expect(await standIns.log({ service: 'contribcard' })).to.have.length(0);
  });

  it('a missing file is a not-found notice for that source only', async () => {
    const card = await loadLiveCard('neolit123', { contribcardBase: t.urls.contribcard });
    expect(card.totals.contributions).to.equal(30100);
    expect(card.notices).to.deep.equal([{ source: 'contribcard', reason: 'not-found' }]);
    const e = await rejectionOf(fetchContribCard('neolit123', { base: t.urls.contribcard }));
    expect((e as LoadError).reason).to.equal('not-found');
  });
});
