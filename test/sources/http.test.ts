import { expect } from '@open-wc/testing';
import { configure, getConfig } from '../../src/sources/config.js';
import { LoadError } from '../../src/model/load-error.js';
import { gateReset, isFresh, rateLimitReset, request, type RequestSpec } from '../../src/sources/net/http.js';
import { loadLiveCard } from '../../src/sources/live.js';
import { resetLiveState } from '../../src/sources/reset.js';
import { STARTS_PER_TASK } from '../../src/sources/net/pace.js';
import { callCounts, standIns } from '../stand-ins/client.js';
import { rejectionOf, useStandIns } from '../stand-ins/live-setup.js';
import { spyOnFetch } from '../harness.js';

const PREFIX = 'k8s-contrib-card:v1:';

describe('http: rate-limit signals', () => {
  const res = (status: number, headers: Record<string, string>) => new Response(null, { status, headers });

  it('reads GitHub primary limits, secondary limits and plain 403s apart', () => {
    const reset = Math.floor(Date.now() / 1000) + 300;
    expect(rateLimitReset(res(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) }), undefined)).to.equal(reset * 1000);
    expect(rateLimitReset(res(429, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) }), undefined)).to.equal(reset * 1000);
    const secondary = rateLimitReset(res(403, { 'x-ratelimit-remaining': '40' }), 'You have exceeded a secondary rate limit');
    expect(secondary! - Date.now()).to.be.within(50_000, 61_000);
    expect(rateLimitReset(res(403, { 'retry-after': '30' }), undefined)! - Date.now()).to.be.within(25_000, 31_000);
    expect(rateLimitReset(res(403, {}), 'Resource not accessible')).to.equal(undefined);
    expect(rateLimitReset(res(404, { 'x-ratelimit-remaining': '0' }), undefined)).to.equal(undefined);
    // A reset far in the future (bad clock, bad header) falls back to a short wait.
    const far = rateLimitReset(res(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '99999999999' }), undefined);
    expect(far! - Date.now()).to.be.within(50_000, 61_000);
  });

  it('judges freshness per kind, or by a page-set TTL', () => {
    expect(isFresh(Date.now() - 1000, 'profile')).to.equal(true);
    expect(isFresh(Date.now() - (getConfig().ttl.search + 1) * 1000, 'search')).to.equal(false);
    expect(isFresh(Date.now() - 1000, 'profile', 0)).to.equal(false);
  });
});

describe('http: sharing, cache, storage', () => {
  const t = useStandIns();
  const profileSpec = (signal?: AbortSignal): RequestSpec<unknown> => ({
    source: 'github',
    service: 'github',
    url: `${t.urls.github}/users/pacoxu`,
    accept: 'json',
    parse: (b) => b,
    cache: 'profile',
    rateLimit: `${t.urls.github} core`,
    signal,
  });

  it('one caller leaving does not cancel the shared request for the other', async () => {
    await standIns.fault({ service: 'github', kind: 'delay', delayMs: 200 });
    const ctrl = new AbortController();
    const a = request(profileSpec(ctrl.signal));
    const b = request(profileSpec());
    ctrl.abort(new DOMException('user switched', 'AbortError'));
    const e = await rejectionOf(a);
    expect((e as DOMException).message).to.equal('user switched');
    expect(((await b).value as { login: string }).login).to.equal('pacoxu');
    expect((await callCounts()).github).to.equal(1);
  });

  it('the last caller leaving cancels the request; the next caller starts afresh', async () => {
    await standIns.fault({ service: 'github', kind: 'delay', delayMs: 300, times: 1 });
    const c1 = new AbortController();
    const c2 = new AbortController();
    const a = request(profileSpec(c1.signal));
    const b = request(profileSpec(c2.signal));
    // Both leave while the shared request is at the service (held there 300 ms). Firefox and
    // WebKit would drop a request aborted in the same task before sending it at all.
    for (let i = 0; (await standIns.log({ service: 'github', method: 'GET' })).length < 1; i++) {
      if (i > 100) throw new Error('the shared request never reached the service');
      await new Promise((r) => setTimeout(r, 10));
    }
    c1.abort();
    c2.abort();
    await Promise.allSettled([a, b]);
    const fresh = await request(profileSpec());
    expect((fresh.value as { login: string }).login).to.equal('pacoxu');
    const calls = await standIns.log({ service: 'github', method: 'GET' });
    expect(calls).to.have.length(2);
  });

  /** Runs `body` with the page's `fetch` calls recorded (`spyOnFetch`), by URL. */
  async function countingFetch(body: (sent: () => string[]) => Promise<void>): Promise<void> {
    const spy = spyOnFetch();
    try {
      await body(spy.urls);
    } finally {
      spy.restore();
    }
  }

  it('a request whose caller left while it waited its turn to start never calls fetch, nor holds up the next', async () => {
    // A card removed and put back 1,000 times left ~30,000 abandoned starts queued ahead of its
    // own, which then timed out without reaching the network (Firefox, busy machine).
    await countingFetch(async (sent) => {
      const ctrl = new AbortController();
      // 40 requests asked in one task: a few start at once (src/sources/net/pace.ts), the rest wait.
      const left = Array.from({ length: 40 }, (_, i) => request({ ...profileSpec(ctrl.signal), url: `${t.urls.github}/users/someone-${i}` }));
      expect(sent().length, 'requests started in the asking task').to.equal(STARTS_PER_TASK);
      ctrl.abort();
      await Promise.allSettled(left);
      const fresh = await request(profileSpec());
      expect((fresh.value as { login: string }).login).to.equal('pacoxu');
      expect(sent().filter((u) => u.includes('someone-')), 'abandoned requests that called fetch').to.have.length(STARTS_PER_TASK);
    });
  });

  it('a DevStats request waiting for a slot leaves the queue when its caller leaves', async () => {
    configure({ devstatsConcurrency: 2 });
    await standIns.fault({ service: 'devstats', kind: 'hang' });
    await countingFetch(async (sent) => {
      const ctrl = new AbortController();
      const spec = (i: number): RequestSpec<unknown> => ({
        source: 'devstats',
        service: 'devstats',
        url: t.urls.devstats,
        body: JSON.stringify({ api: 'Health', payload: { project: 'kubernetes', probe: i } }),
        accept: 'json',
        parse: (b) => b,
        signal: ctrl.signal,
      });
      const left = Array.from({ length: 12 }, (_, i) => request(spec(i)));
      // Two are at the service (held there), ten wait for a slot.
      for (let i = 0; (await standIns.log({ service: 'devstats', method: 'POST' })).length < 2; i++) {
        if (i > 100) throw new Error('the first two DevStats requests never reached the service');
        await new Promise((r) => setTimeout(r, 10));
      }
      ctrl.abort();
      await Promise.allSettled(left);
      // Long enough for the ten to have taken the freed slots one after another, had they stayed.
      for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 5));
      expect(sent(), 'DevStats requests that called fetch').to.have.length(2);
    });
  });

  it('works with storage that throws on every access (memory still caches)', async () => {
    const proto = Storage.prototype;
    const saved = { getItem: proto.getItem, setItem: proto.setItem, removeItem: proto.removeItem, key: proto.key };
    const boom = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    Object.assign(proto, { getItem: boom, setItem: boom, removeItem: boom, key: boom });
    try {
      const card = await loadLiveCard('pacoxu');
      expect(card.identity.name).to.equal('Paco Xu 徐俊杰');
      await standIns.clearLog();
      await loadLiveCard('pacoxu');
      expect(await standIns.log()).to.have.length(0);
    } finally {
      Object.assign(proto, saved);
    }
  });

  it('works with full storage: evicts only its own older entries, then stores', async () => {
    localStorage.setItem('someone-elses-key', 'keep me');
    // Older than anything another test file of this run stored on this origin (eviction drops our older
    // half), yet young enough not to be swept as too old to serve stale: only eviction can drop it.
    const old = Date.now() - getConfig().staleMaxAge * 1000 + 60_000;
    localStorage.setItem(`${PREFIX}github ${t.urls.github}/old-entry`, JSON.stringify({ t: old, v: 1 }));
    const proto = Storage.prototype;
    const setItem = proto.setItem;
    let refusals = 0;
    proto.setItem = function (this: Storage, k: string, v: string) {
      if (k.startsWith(PREFIX) && refusals < 1) {
        refusals++;
        throw new DOMException('full', 'QuotaExceededError');
      }
      return setItem.call(this, k, v);
    };
    try {
      await loadLiveCard('pacoxu');
    } finally {
      proto.setItem = setItem;
    }
    expect(refusals).to.equal(1);
    expect(localStorage.getItem('someone-elses-key')).to.equal('keep me');
    expect(localStorage.getItem(`${PREFIX}github ${t.urls.github}/old-entry`)).to.equal(null);
    expect(Object.keys(localStorage).some((k) => k.includes(`${t.urls.github}/users/pacoxu`))).to.equal(true);
    localStorage.removeItem('someone-elses-key');
  });

  it('keeps nothing in storage when persistence is off', async () => {
    configure({ persist: false });
    await loadLiveCard('pacoxu');
    expect(Object.keys(localStorage).filter((k) => k.includes(t.urls.github))).to.deep.equal([]);
  });

  it('refuses a tampered cache entry and asks again', async () => {
    await loadLiveCard('pacoxu');
    const key = Object.keys(localStorage).find((k) => k.endsWith(`${t.urls.github}/users/pacoxu`))!;
    localStorage.setItem(key, JSON.stringify({ t: Date.now(), v: { login: 42 } }));
    resetLiveState({ keepStorage: true });
    await standIns.clearLog();
    const card = await loadLiveCard('pacoxu');
    expect(card.identity.name).to.equal('Paco Xu 徐俊杰');
    expect((await callCounts()).githubCore).to.equal(1);
  });

  it('opens the gate again after the reset time', async () => {
    // Resets are whole epoch seconds: 2 s leaves at least one full second of refusal.
    await standIns.budget({ resource: 'core', remaining: 0, resetIn: 2 });
    const e = await rejectionOf(request(profileSpec()));
    expect((e as LoadError).reason).to.equal('rate-limited');
    expect(gateReset(`${t.urls.github} core`)).to.be.a('number');
    await new Promise((r) => setTimeout(r, 2300));
    expect(gateReset(`${t.urls.github} core`)).to.equal(undefined);
    const ok = await request(profileSpec());
    expect((ok.value as { login: string }).login).to.equal('pacoxu');
  });

  it('classifies a 404 as not-found and other statuses as http with the status', async () => {
    const e404 = await rejectionOf(request({ ...profileSpec(), url: `${t.urls.github}/users/nobody-here` }));
    expect((e404 as LoadError).reason).to.equal('not-found');
    await standIns.fault({ service: 'github', kind: 'status', status: 502 });
    const e502 = await rejectionOf(request({ ...profileSpec(), cache: undefined }));
    expect((e502 as LoadError).reason).to.equal('http');
    expect((e502 as LoadError & { status: number }).status).to.equal(502);
  });
});
