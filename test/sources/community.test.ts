import { expect } from '@open-wc/testing';
import { cacheGet, cachePut } from '../../src/sources/net/http.js';
import { LoadError } from '../../src/model/load-error.js';
import { fetchRoles } from '../../src/sources/community.js';
import { loadLiveCard } from '../../src/sources/live.js';
import { resetLiveState } from '../../src/sources/reset.js';
import { callCounts, standIns } from '../stand-ins/client.js';
import { rejectionOf, useStandIns } from '../stand-ins/live-setup.js';

/**
 * The community source starts `new URL('./worker.js', import.meta.url)` (src/roles/worker-client.ts), a
 * name a bundler gives the built worker; the test server has it as `.ts`. Every
 * worker this file starts is recorded, so the tests below run through the real
 * worker and can tell that they did.
 */
const RealWorker = window.Worker;
const workers: { url: string; answered: boolean; terminated: boolean }[] = [];
class DevServerWorker extends RealWorker {
  private readonly record: { url: string; answered: boolean; terminated: boolean };
  constructor(url: string | URL, options?: WorkerOptions) {
    const record = { url: String(url), answered: false, terminated: false };
    workers.push(record);
    super(record.url.replace(/\/src\/roles\/worker\.js$/, '/src/roles/worker.ts'), options);
    this.record = record;
    this.addEventListener('message', () => (record.answered = true));
  }
  override terminate(): void {
    this.record.terminated = true;
    super.terminate();
  }
}
before(() => {
  window.Worker = DevServerWorker;
});
after(() => {
  window.Worker = RealWorker;
});

describe('Community source (roles) against the stand-in', () => {
  const t = useStandIns();

  it('finds the roles sigs.yaml, the steering files and the ladder files give', async () => {
    const r = await fetchRoles('pacoxu', { rawBase: t.urls.raw });
    const kinds = r.value.map((x) => `${x.kind} ${x.group}`);
    expect(kinds).to.include('steering-member Steering Committee');
    expect(kinds).to.include('steering-liaison SIG Node');
    // kubernetes/org teams, kubernetes/kubernetes OWNERS_ALIASES, org.yaml: the ladder.
    expect(kinds).to.include.members(['maintainer kubeadm', 'reviewer SIG Node', 'member kubernetes', 'member kubernetes-sigs']);
    expect(r.value.find((x) => x.group === 'kubeadm')?.url).to.equal('https://github.com/kubernetes/kubeadm');
    const ben = await fetchRoles('BENTHEELDER', { rawBase: t.urls.raw });
    expect(ben.value.some((x) => x.kind === 'steering-member')).to.equal(true);
    expect((await fetchRoles('k8s-newcomer', { rawBase: t.urls.raw })).value).to.deep.equal([]);
  });

  it('fetches the eight files once for every card on the page, in parallel, with bare GETs', async () => {
    performance.clearResourceTimings();
    // Each answer takes 300 ms: files asked one after another would arrive 300 ms apart.
    await standIns.fault({ service: 'raw', kind: 'delay', delayMs: 300 });
    await Promise.all(['pacoxu', 'BenTheElder', 'neolit123', 'k8s-newcomer', 'evil-markup'].map((u) => loadLiveCard(u)));
    const log = await standIns.log({ service: 'raw' });
    expect(log.map((r) => r.path).sort()).to.deep.equal([
      '/kubernetes/community/HEAD/sigs.yaml',
      '/kubernetes/kubernetes/HEAD/OWNERS_ALIASES',
      '/kubernetes/org/HEAD/config/kubernetes-sigs/org.yaml',
      '/kubernetes/org/HEAD/config/kubernetes-sigs/sig-network/teams.yaml',
      '/kubernetes/org/HEAD/config/kubernetes/org.yaml',
      '/kubernetes/org/HEAD/config/kubernetes/sig-cluster-lifecycle/teams.yaml',
      '/kubernetes/steering/HEAD/OWNERS_ALIASES',
      '/kubernetes/steering/HEAD/README.md',
    ]);
    // Asked at once by the page (resource timing's start, before any wait for a free
    // connection: the stand-in speaks HTTP/1.1, six connections a host; GitHub's raw host HTTP/2).
    const asked = performance
      .getEntriesByType('resource')
      .filter((e) => e.name.startsWith(t.urls.raw))
      .map((e) => e.startTime);
    expect(asked).to.have.length(8);
    expect(Math.max(...asked) - Math.min(...asked), 'no file waits for another').to.be.below(250);
    for (const r of log) {
      expect(r.method).to.equal('GET');
      // The raw stand-in refuses preflights, so any header of ours would have failed the request.
      expect(Object.keys(r.headers).sort()).to.deep.equal(['accept', 'origin']);
      expect(r.headers.accept).to.equal('*/*');
    }
  });

  it('caches the compact index, not the YAML, for the next page', async () => {
    await loadLiveCard('pacoxu');
    const stored = Object.keys(localStorage).filter((k) => k.includes(t.scopeTag));
    const indexKey = stored.find((k) => k.includes('roles-index'));
    expect(indexKey).to.be.a('string');
    expect(stored.some((k) => k.includes('sigs.yaml')), 'YAML is not stored').to.equal(false);
    expect(localStorage.getItem(indexKey!)!.length).to.be.below(150_000);

    resetLiveState({ keepStorage: true });
    await standIns.clearLog();
    const card = await loadLiveCard('pacoxu');
    expect((await callCounts()).raw).to.equal(0);
    expect(card.roles.some((r) => r.kind === 'steering-member')).to.equal(true);
  });

  it('a missing sigs.yaml fails the roles alone (http, not "user not found")', async () => {
    await standIns.fault({ service: 'raw', kind: 'status', status: 404, match: 'sigs.yaml' });
    const card = await loadLiveCard('pacoxu');
    expect(card.roles).to.deep.equal([]);
    expect(card.totals.contributions).to.equal(14523);
    expect(card.notices).to.deep.equal([{ source: 'community', reason: 'http' }]);
  });

  // Every card of a page, and every reload, asked all eight files again while raw.githubusercontent.com was refusing.
  it('a 429 from raw.githubusercontent.com waits out the limit: no file is asked again until then', async () => {
    await standIns.fault({ service: 'raw', kind: 'status', status: 429, match: 'sigs.yaml' });
    const card = await loadLiveCard('pacoxu');
    expect(card.roles).to.deep.equal([]);
    expect(card.notices?.map((n) => `${n.source} ${n.reason}`)).to.deep.equal(['community rate-limited']);
    await standIns.clearLog();
    const again = await loadLiveCard('BenTheElder');
    expect((await callCounts()).raw, 'no raw request while the limit lasts').to.equal(0);
    expect(again.notices?.find((n) => n.source === 'community')?.reason).to.equal('rate-limited');
  });

  it('YAML that is not sigs.yaml is bad data', async () => {
    await standIns.fault({ service: 'raw', kind: 'wrong-shape', match: 'sigs.yaml' });
    const e = await rejectionOf(fetchRoles('pacoxu', { rawBase: t.urls.raw }));
    expect((e as LoadError).reason).to.equal('bad-data');
  });

  it('a missing ladder file leaves every other role in place, with a notice, and is not stored', async () => {
    await standIns.fault({ service: 'raw', kind: 'status', status: 503, match: 'kubernetes-sigs/org.yaml' });
    const card = await loadLiveCard('pacoxu');
    const kinds = card.roles.map((x) => `${x.kind} ${x.group}`);
    expect(kinds).to.include.members(['steering-member Steering Committee', 'maintainer kubeadm', 'member kubernetes']);
    expect(kinds).not.to.include('member kubernetes-sigs');
    expect(card.notices).to.deep.equal([{ source: 'community', reason: 'http' }]);
    expect(Object.keys(localStorage).some((k) => k.includes(t.scopeTag) && k.includes('roles-index'))).to.equal(false);
  });

  it('a ladder file that is not YAML is skipped as unreadable; the rest stands', async () => {
    await standIns.fault({ service: 'raw', kind: 'garbage', match: 'kubernetes/kubernetes/HEAD/OWNERS_ALIASES' });
    const card = await loadLiveCard('pacoxu');
    const kinds = card.roles.map((x) => `${x.kind} ${x.group}`);
    expect(kinds).to.include.members(['steering-member Steering Committee', 'maintainer kubeadm']);
    expect(kinds).not.to.include('reviewer SIG Node');
    expect(card.notices).to.deep.equal([{ source: 'community', reason: 'bad-data' }]);
  });

  it('missing steering files still give sigs.yaml roles, with a notice, and are not stored', async () => {
    await standIns.fault({ service: 'raw', kind: 'status', status: 503, match: 'steering' });
    const card = await loadLiveCard('pacoxu');
    expect(card.roles.some((r) => r.kind === 'steering-liaison')).to.equal(true);
    expect(card.notices).to.deep.equal([{ source: 'community', reason: 'http' }]);
    expect(Object.keys(localStorage).some((k) => k.includes(t.scopeTag) && k.includes('roles-index'))).to.equal(false);
  });

  it('serves the expired index when the files cannot be fetched', async () => {
    await fetchRoles('pacoxu', { rawBase: t.urls.raw });
    // An index stored a week ago for a base the browser never fetched (its HTTP cache cannot answer).
    const index = cacheGet(`roles-index ${t.urls.raw}`, (v) => v)!.value;
    const base = `${t.urls.raw}/mirror`;
    cachePut(`roles-index ${base}`, index, Date.now() - 7 * 86400_000);
    resetLiveState({ keepStorage: true });
    await standIns.clearLog();
    await standIns.fault({ service: 'raw', kind: 'drop' });
    const r = await fetchRoles('pacoxu', { rawBase: base });
    expect(r.value.some((x) => x.kind === 'steering-member')).to.equal(true);
    expect(r.degraded?.reason).to.equal('network');
    const tried = await standIns.log({ service: 'raw' });
    expect(tried.length).to.be.greaterThan(0);
    expect(tried.every((x) => x.fault === 'drop' && x.path.startsWith('/mirror/'))).to.equal(true);
  });

  it('a card that leaves early does not cancel the shared files for the others', async () => {
    await standIns.fault({ service: 'raw', kind: 'delay', delayMs: 200 });
    const ctrl = new AbortController();
    const leaving = fetchRoles('pacoxu', { rawBase: t.urls.raw, signal: ctrl.signal });
    const staying = fetchRoles('BenTheElder', { rawBase: t.urls.raw });
    ctrl.abort();
    expect(((await rejectionOf(leaving)) as DOMException).name).to.equal('AbortError');
    expect((await staying).value.length).to.be.greaterThan(0);
    expect((await callCounts()).raw).to.equal(8);
  });
});

describe('Community source: a prebuilt roles index (roles-src)', () => {
  const t = useStandIns();
  const indexUrl = (name: string) => new URL(`/test/data/${name}`, location.href).href;

  it('reads every card\'s roles from one request: no community file, no worker, no YAML', async () => {
    workers.length = 0;
    performance.clearResourceTimings();
    const [paco, ben] = await Promise.all([
      fetchRoles('pacoxu', { rawBase: t.urls.raw, rolesSrc: indexUrl('roles-index.json') }),
      fetchRoles('BenTheElder', { rawBase: t.urls.raw, rolesSrc: indexUrl('roles-index.json') }),
    ]);
    expect(paco.value.map((r) => `${r.kind} ${r.group}`)).to.deep.equal([
      'steering-member Steering Committee',
      'maintainer kubeadm',
      'approver kubernetes',
      'member kubernetes',
    ]);
    expect(paco.value.find((r) => r.kind === 'approver')?.paths).to.deep.equal(['cmd/kubeadm', 'pkg/kubelet']);
    expect(ben.value.map((r) => r.kind)).to.deep.equal(['tech-lead', 'member']);
    expect((await callCounts()).raw).to.equal(0);
    expect(workers).to.deep.equal([]);
    const loaded = performance.getEntriesByType('resource').map((e) => e.name);
    expect(loaded.filter((n) => n.includes('roles-index.json'))).to.have.length(1);
    expect(loaded.some((n) => n.includes('js-yaml'))).to.equal(false);
  });

  it('refuses an index of another version (a copy made before the ladder)', async () => {
    const e = await rejectionOf(fetchRoles('pacoxu', { rawBase: t.urls.raw, rolesSrc: indexUrl('roles-index-v2.json') }));
    expect((e as LoadError).reason).to.equal('bad-data');
  });
});

describe('Community source: the index is built off the main thread', () => {
  const t = useStandIns();

  it('builds in one worker that answers, and stops it', async () => {
    workers.length = 0;
    const r = await fetchRoles('pacoxu', { rawBase: t.urls.raw });
    expect(r.value.some((x) => x.kind === 'steering-member')).to.equal(true);
    expect(workers.map((w) => new URL(w.url).pathname)).to.deep.equal(['/src/roles/worker.js']);
    expect(workers[0].answered, 'the index came from the worker').to.equal(true);
    expect(workers[0].terminated).to.equal(true);
  });

  it('gives the same roles when no worker can be started', async () => {
    const viaWorker = await fetchRoles('BenTheElder', { rawBase: t.urls.raw });
    resetLiveState({ storageMatching: t.scopeTag });
    let refused = 0;
    window.Worker = function RefusingWorker(): never {
      refused++;
      throw new DOMException('worker-src refused', 'SecurityError');
    } as unknown as typeof Worker;
    try {
      const onMainThread = await fetchRoles('BenTheElder', { rawBase: t.urls.raw });
      expect(refused, 'the direct and the blob: worker were both tried').to.equal(2);
      expect(onMainThread.value).to.deep.equal(viaWorker.value);
      expect(onMainThread.value.length).to.be.greaterThan(5);
    } finally {
      window.Worker = DevServerWorker;
    }
  });
});
