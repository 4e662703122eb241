import { expect } from '@open-wc/testing';
import { configure } from '../../src/sources/config.js';
import type { FailureReason } from '../../src/model/model.js';
import { loadLiveCard } from '../../src/sources/live.js';
import type { Fault } from '../stand-ins/client.js';
import { standIns } from '../stand-ins/client.js';
import { useStandIns } from '../stand-ins/live-setup.js';

/**
 * Each failure of one source: the card still arrives with what the others
 * gave, and one notice names the failed source and why.
 */
interface Case {
  name: string;
  fault: Omit<Fault, 'service'> & { service: Fault['service'] };
  source: string;
  reason: FailureReason;
  /** What must still be on the card. */
  check: (card: Awaited<ReturnType<typeof loadLiveCard>>) => void;
  timeoutMs?: number;
}

const devstatsGone = (c: Awaited<ReturnType<typeof loadLiveCard>>) => {
  expect(c.totals.reviews).to.equal(undefined);
  expect(c.activity).to.equal(undefined);
  expect(c.identity.name).to.equal('Paco Xu 徐俊杰');
  // GitHub search's count stands in, marked with its own scope.
  expect(c.totals.prsMerged).to.equal(1136);
  expect(c.scopes?.prsMerged).to.deep.equal({ source: 'github', orgs: ['kubernetes', 'kubernetes-sigs'] });
  expect(c.scope).to.equal(undefined);
  expect(c.roles.length).to.be.greaterThan(0);
};
const profileGone = (c: Awaited<ReturnType<typeof loadLiveCard>>) => {
  expect(c.identity).to.deep.equal({ login: 'pacoxu', profileUrl: 'https://github.com/pacoxu' });
  expect(c.totals.reviews).to.equal(6240);
  expect(c.totals.prsMerged).to.equal(1136);
  expect(c.activity?.points).to.have.length(12);
};
const searchGone = (c: Awaited<ReturnType<typeof loadLiveCard>>) => {
  // DevStats counts merged PRs; only the first merged PR came from the search.
  expect(c.totals.prsMerged).to.equal(1136);
  expect(c.scopes?.prsMerged).to.equal(undefined);
  // Only ContribCard's first contribution is left.
  expect(c.firstContribution?.repository).to.equal('kubernetes/kubeadm');
  expect(c.scopes?.firstContribution).to.deep.equal({ source: 'contribcard' });
  expect(c.identity.name).to.equal('Paco Xu 徐俊杰');
  expect(c.totals.reviews).to.equal(6240);
};
const rolesGone = (c: Awaited<ReturnType<typeof loadLiveCard>>) => {
  expect(c.roles).to.deep.equal([]);
  expect(c.identity.name).to.equal('Paco Xu 徐俊杰');
  expect(c.totals.reviews).to.equal(6240);
};
const contribcardGone = (c: Awaited<ReturnType<typeof loadLiveCard>>) => {
  expect(c.yearsActive).to.equal(undefined);
  // The first merged PR from GitHub search is the earliest contribution left.
  expect(c.firstContribution?.date).to.equal('2018-03-06T08:12:40Z');
  expect(c.totals.contributions).to.equal(14523);
  expect(c.totals.reviews).to.equal(6240);
};

const CASES: Case[] = [
  { name: 'DevStats hangs → timeout', fault: { service: 'devstats', kind: 'hang' }, source: 'devstats', reason: 'timeout', check: devstatsGone, timeoutMs: 400 },
  { name: 'profile slower than the timeout → timeout', fault: { service: 'github', kind: 'delay', delayMs: 1500, match: '/users/' }, source: 'github', reason: 'timeout', check: profileGone, timeoutMs: 400 },
  { name: 'profile 503 → http', fault: { service: 'github', kind: 'status', status: 503, match: '/users/' }, source: 'github', reason: 'http', check: profileGone },
  { name: 'DevStats 502 from a proxy without CORS → network', fault: { service: 'devstats', kind: 'no-cors' }, source: 'devstats', reason: 'network', check: devstatsGone },
  { name: 'DevStats connection dropped → network', fault: { service: 'devstats', kind: 'drop' }, source: 'devstats', reason: 'network', check: devstatsGone },
  { name: 'DevStats 500 → http', fault: { service: 'devstats', kind: 'status', status: 500 }, source: 'devstats', reason: 'http', check: devstatsGone },
  { name: 'search answers an HTML page → bad-data', fault: { service: 'github', kind: 'html', match: '/search/' }, source: 'github', reason: 'bad-data', check: searchGone },
  { name: 'profile answers garbage → bad-data', fault: { service: 'github', kind: 'garbage', match: '/users/' }, source: 'github', reason: 'bad-data', check: profileGone },
  { name: 'profile of the wrong shape → bad-data', fault: { service: 'github', kind: 'wrong-shape', match: '/users/' }, source: 'github', reason: 'bad-data', check: profileGone },
  { name: 'search of the wrong shape → bad-data', fault: { service: 'github', kind: 'wrong-shape', match: '/search/' }, source: 'github', reason: 'bad-data', check: searchGone },
  { name: 'DevStats of the wrong shape → bad-data', fault: { service: 'devstats', kind: 'wrong-shape' }, source: 'devstats', reason: 'bad-data', check: devstatsGone },
  { name: 'DevStats answers 3 MB (streamed) → bad-data', fault: { service: 'devstats', kind: 'huge' }, source: 'devstats', reason: 'bad-data', check: devstatsGone },
  { name: 'profile announces 3 MB → bad-data', fault: { service: 'github', kind: 'huge-declared', match: '/users/' }, source: 'github', reason: 'bad-data', check: profileGone },
  { name: 'sigs.yaml is 3 MB → bad-data', fault: { service: 'raw', kind: 'huge', match: 'sigs.yaml' }, source: 'community', reason: 'bad-data', check: rolesGone },
  { name: 'sigs.yaml is an HTML page → bad-data', fault: { service: 'raw', kind: 'html', match: 'sigs.yaml' }, source: 'community', reason: 'bad-data', check: rolesGone },
  { name: 'sigs.yaml is garbage → bad-data', fault: { service: 'raw', kind: 'garbage', match: 'sigs.yaml' }, source: 'community', reason: 'bad-data', check: rolesGone },
  { name: 'raw host down → network', fault: { service: 'raw', kind: 'drop' }, source: 'community', reason: 'network', check: rolesGone },
  { name: 'ContribCard 404 → not-found', fault: { service: 'contribcard', kind: 'status', status: 404 }, source: 'contribcard', reason: 'not-found', check: contribcardGone },
  { name: 'ContribCard without CORS → network', fault: { service: 'contribcard', kind: 'no-cors', status: 200 }, source: 'contribcard', reason: 'network', check: contribcardGone },
  { name: 'ContribCard of the wrong shape → bad-data', fault: { service: 'contribcard', kind: 'wrong-shape' }, source: 'contribcard', reason: 'bad-data', check: contribcardGone },
];

describe('one failing source fails alone', () => {
  const t = useStandIns();

  for (const c of CASES) {
    it(c.name, async () => {
      configure({ contribcardBase: t.urls.contribcard, ...(c.timeoutMs ? { timeoutMs: c.timeoutMs } : {}) });
      await standIns.fault(c.fault);
      const card = await loadLiveCard('pacoxu');
      expect(card.notices).to.deep.equal([{ source: c.source, reason: c.reason }]);
      c.check(card);
      const hit = (await standIns.log()).filter((r) => r.fault);
      expect(hit.length, 'the fault was applied').to.be.greaterThan(0);
    });
  }
});
