// The request timeline of one page, from the DevTools protocol, with
// Chromium's network emulation (added latency) applied to the page.
//
// Emulation. `Network.emulateNetworkConditions({ latency })` on the page's
// CDP session makes Chromium's network service hold every HTTP request of the
// page for `latency` ms between sending it and its response headers: the
// document, module scripts, fetches to any origin, the dedicated worker's
// script and the worker's own requests (the emulation check in
// scripts/bench.js measures each kind, every run). It does not delay what
// never reaches the network: memory/HTTP-cache hits, a preload that a later
// fetch takes over, blob: and data: URLs. Nor does it delay connection set-up:
// DNS (none here: everything is 127.0.0.1), TCP connect and the TLS handshake
// happen below the emulation, so a first request to each origin costs 1 RTT
// here where a real network charges 2 more (TCP + TLS 1.3) plus DNS.
//
// Events come from the page's own CDP session: every request of the page, and
// the request of the worker's script (its end is reported to the worker's
// session, so it is taken from Playwright's `requestfinished`, which sees both).

/**
 * Starts recording (and emulating) on `page`. Call before navigating.
 * @param {import('playwright-core').BrowserContext} context
 * @param {import('playwright-core').Page} page
 * @param {{ latencyMs?: number }} options latency 0 or undefined: no emulation
 */
export async function recordNetwork(context, page, { latencyMs } = {}) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (latencyMs) {
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: latencyMs, downloadThroughput: -1, uploadThroughput: -1 });
  }
  /** requestId → the request's current hop (a redirect starts a new hop under the same id). */
  const live = new Map();
  const hops = [];
  const begin = (p) => {
    const hop = { id: p.requestId, url: p.request.url, method: p.request.method, type: p.type, sentAt: p.timestamp, wallTime: p.wallTime, initiator: p.initiator?.type };
    live.set(p.requestId, hop);
    hops.push(hop);
  };
  cdp.on('Network.requestWillBeSent', (p) => {
    const prev = live.get(p.requestId);
    if (prev && p.redirectResponse) {
      // The redirect answer ends the previous hop: it was a round trip of its own.
      prev.status = p.redirectResponse.status;
      prev.timing = p.redirectResponse.timing;
      prev.protocol = p.redirectResponse.protocol;
      prev.end = p.timestamp;
    }
    begin(p);
  });
  cdp.on('Network.requestServedFromCache', (p) => {
    const hop = live.get(p.requestId);
    if (hop) hop.memoryCache = true;
  });
  cdp.on('Network.responseReceived', (p) => {
    const hop = live.get(p.requestId);
    if (!hop) return;
    hop.status = p.response.status;
    hop.protocol = p.response.protocol;
    hop.timing = p.response.timing;
    hop.diskCache = p.response.fromDiskCache === true;
    hop.prefetchCache = p.response.fromPrefetchCache === true;
    hop.serviceWorker = p.response.fromServiceWorker === true;
  });
  cdp.on('Network.loadingFinished', (p) => {
    const hop = live.get(p.requestId);
    if (hop) hop.end = p.timestamp;
  });
  cdp.on('Network.loadingFailed', (p) => {
    const hop = live.get(p.requestId);
    if (hop) {
      hop.failed = p.errorText || 'failed';
      hop.canceled = p.canceled === true;
      hop.end = p.timestamp;
    }
  });
  // Ends seen by Playwright (page and workers), for requests whose end the page's session does not see.
  const finished = [];
  const onFinished = (r) => {
    const t = r.timing();
    if (t.startTime > 0 && t.responseEnd >= 0) finished.push({ url: r.url(), start: t.startTime, end: t.startTime + t.responseEnd });
  };
  page.on('requestfinished', onFinished);

  return {
    /**
     * Every request of the navigation, on the page's clock (ms since its navigation start).
     * @param {number} timeOrigin the page's `performance.timeOrigin` (epoch ms)
     */
    timeline(timeOrigin) {
      const doc = hops.find((h) => h.type === 'Document');
      if (!doc) return [];
      // CDP timestamps are monotonic seconds; `wallTime` ties the document's to the epoch.
      const toPage = (mono) => (mono - doc.sentAt) * 1000 + (doc.wallTime * 1000 - timeOrigin);
      const epochToPage = (epochMs) => epochMs - timeOrigin;
      return hops
        .filter((h) => h.sentAt >= doc.sentAt)
        .map((h) => {
          let end = h.end !== undefined ? toPage(h.end) : undefined;
          let endFrom = 'page';
          if (end === undefined) {
            // The worker's script: the same URL, finished after it was sent.
            const sent = toPage(h.sentAt);
            const match = finished.filter((f) => f.url === h.url && epochToPage(f.end) >= sent - 1).sort((a, b) => a.end - b.end)[0];
            if (match) {
              end = epochToPage(match.end);
              endFrom = 'playwright';
            }
          }
          // When the request went out: after any wait for a connection (or, over
          // HTTP/1.1, for one of the 6 per host) and any CORS preflight.
          const sendAt = h.timing && h.timing.requestTime > 0 ? toPage(h.timing.requestTime) + Math.max(0, h.timing.sendStart) : undefined;
          // When its answer began to arrive (the headers): the end of the round trip. The body
          // may still stream after that, and a page acts on it before it ends (the HTML parser
          // asks for the scripts it finds in the first bytes).
          const headersAt = h.timing && h.timing.requestTime > 0 && h.timing.receiveHeadersEnd >= 0 ? toPage(h.timing.requestTime) + h.timing.receiveHeadersEnd : undefined;
          const cached = h.memoryCache === true || h.diskCache === true || h.prefetchCache === true || h.serviceWorker === true;
          return {
            url: h.url,
            method: h.method,
            type: h.type,
            status: h.status,
            protocol: h.protocol,
            issued: toPage(h.sentAt),
            start: sendAt ?? toPage(h.sentAt),
            headers: headersAt !== undefined && end !== undefined ? Math.min(headersAt, end) : end,
            end,
            endFrom,
            cached,
            failed: h.failed,
            // A round trip: an http(s) request that left the browser and came back.
            network: /^https?:/.test(h.url) && !cached && !h.failed && end !== undefined,
          };
        });
    },
    async stop() {
      page.off('requestfinished', onFinished);
      await cdp.detach().catch(() => undefined);
    },
  };
}

/** The browser's own request for the site icon: not the page's, and not on any path to a complete card. */
const isFavicon = (r) => /\/favicon\.ico$/.test(new URL(r.url).pathname);

/**
 * Round trips in sequence before `until` (ms on the page's clock).
 *
 * Definition: among the page's network requests (http(s), not answered by a
 * cache, not failed, ended by `until`; the site icon excluded), the length of
 * the longest chain r1 → r2 → … → rk in which each r(i+1) went out (its
 * `sendStart`: after any wait for a connection, an HTTP/2 stream or a CORS
 * preflight) no earlier than r(i)'s answer began to arrive (its response
 * headers; the emulated latency ends there, and the body may still stream:
 * the HTML parser sends for the scripts it finds in the first bytes, before
 * the document has ended). The HTML document is a request like any other, so
 * a page that needs nothing else counts 1.
 *
 * It reads order from timing alone, not from what caused what, so it is an
 * upper bound on the dependency depth: two independent requests, one merely
 * sent after the other ended, chain too. With 100 ms of added latency that
 * takes a gap of 100 ms, so there the count is the number of round trips the
 * page waited for one after another; at 0 ms a request that is sent a
 * millisecond after an unrelated one ended chains, and the count is inflated.
 *
 * @returns {{ count: number, chain: object[] }} the chain, first request first
 */
export function roundTrips(timeline, until) {
  const rs = timeline
    .filter((r) => r.network && !isFavicon(r) && r.end <= until + 0.5)
    .sort((a, b) => a.headers - b.headers);
  const best = new Array(rs.length).fill(1);
  const prev = new Array(rs.length).fill(-1);
  for (let i = 0; i < rs.length; i++) {
    for (let j = 0; j < i; j++) {
      if (rs[j].headers <= rs[i].start && best[j] + 1 > best[i]) {
        best[i] = best[j] + 1;
        prev[i] = j;
      }
    }
  }
  let top = -1;
  for (let i = 0; i < rs.length; i++) if (top < 0 || best[i] > best[top]) top = i;
  const chain = [];
  for (let i = top; i >= 0; i = prev[i]) chain.unshift(rs[i]);
  return { count: chain.length, chain };
}

/** Short names for a chain: `bench.html → k8s-contrib-card.js → chunks/view.js → …`. */
export function describeChain(chain) {
  return chain
    .map((r) => {
      const u = new URL(r.url);
      const path = u.pathname.replace(/^\/_s\/[^/]+/, '').replace(/^\/dist\/cdn\//, '');
      const last = path.split('/').filter(Boolean).slice(-2).join('/') || u.host;
      return r.method === 'POST' ? `${last} (POST)` : last;
    })
    .join(' → ');
}

/** Counts of a timeline: requests that went to the network, cache hits, failures. */
export function countTimeline(timeline) {
  const n = { network: 0, cached: 0, failed: 0 };
  for (const r of timeline) {
    if (!/^https?:/.test(r.url) || isFavicon(r)) continue;
    if (r.network) n.network++;
    else if (r.cached) n.cached++;
    else if (r.failed) n.failed++;
  }
  return n;
}
