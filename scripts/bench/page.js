// The pages the benchmark loads. Times are `performance.now()`, i.e.
// milliseconds since navigation start of the document.
// - renderPage: the blog snippet (the CDN entry as a module script, then the
//   cards, optionally after preload links), preceded by a small classic script
//   that records when each card reaches each stage;
// - renderBaselinePage: a ContribCard page's request shape, one module script
//   that fetches one JSON file and renders it (scripts/bench/servers.js);
// - renderProbePage: the check that network emulation delays each kind of
//   request the card makes (module scripts, fetches, the worker).

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Runs before anything else on the page. It wraps `attachShadow` only to get
 * hold of each card's shadow root the moment it exists: a MutationObserver on
 * it then sees the skeleton and the sparkline inserted in the same microtask
 * checkpoint as Lit's commit, which polling (or a rAF loop) would see up to a
 * frame late.
 */
function instrument() {
  const bench = {
    cards: [],
    longtasks: [],
    frames: [],
    expected: 0,
  };
  window.__bench = bench;
  performance.setResourceTimingBufferSize(5000);

  let resolveDone;
  bench.done = new Promise((r) => (resolveDone = r));
  // What the harness reads once done (the same shape on every bench page).
  bench.result = () => {
    // A card is complete once it has fired `contrib-load` and drawn its sparkline (if it has one).
    const complete = (c) => Math.max(c.load ?? Infinity, c.sparkline ?? c.load ?? Infinity);
    const times = bench.cards.map(complete);
    return {
      cards: bench.cards,
      longtasks: bench.longtasks,
      frames: bench.frames,
      complete: times.length ? Math.max(...times) : undefined,
      firstComplete: times.length ? Math.min(...times) : undefined,
      // The first frame after all are complete (set by the harness once `done` resolves).
      painted: bench.painted,
    };
  };
  const settled = (c) => c.error || (c.load !== undefined && (c.sparkline !== undefined || c.noChart));
  const check = () => {
    if (bench.expected && bench.cards.length === bench.expected && bench.cards.every(settled)) resolveDone();
  };

  const record = (el) => {
    let c = el.__bench;
    if (!c) {
      c = el.__bench = { i: bench.cards.length };
      bench.cards.push(c);
    }
    return c;
  };

  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    if (this.localName === 'k8s-contrib-card') {
      const c = record(this);
      c.shadow = performance.now();
      const mo = new MutationObserver(() => {
        const now = performance.now();
        if (c.skeleton === undefined && root.querySelector('[part~="skeleton"]')) c.skeleton = now;
        // The identity: the name in the card, before the rest of a live card has answered.
        // (Present with its text; no visibility check, which would force a layout per mutation.)
        if (c.identity === undefined && root.querySelector('[part~="name"]')?.textContent.trim()) c.identity = now;
        if (c.sparkline === undefined && root.querySelector('[part~="sparkline"] path.line')) {
          c.sparkline = now;
          mo.disconnect();
          check();
        }
      });
      mo.observe(root, { childList: true, subtree: true });
    }
    return root;
  };

  // Both events bubble and are composed, so one listener sees every card.
  document.addEventListener('contrib-load', (e) => {
    const c = record(e.target);
    c.load = performance.now();
    const d = e.detail;
    c.login = d?.identity?.login;
    c.notices = (d?.notices ?? []).map((n) => `${n.source}:${n.reason}`);
    // A card without activity never draws a sparkline; do not wait for one.
    c.noChart = !d?.activity?.points?.length;
    check();
  });
  document.addEventListener('contrib-error', (e) => {
    const c = record(e.target);
    c.error = { ...e.detail, at: performance.now() };
    check();
  });

  // Long tasks (>= 50 ms) and long animation frames, which name the scripts involved.
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longtasks.push({ start: e.startTime, duration: e.duration, name: e.name });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        bench.frames.push({
          start: e.startTime,
          duration: e.duration,
          blocking: e.blockingDuration,
          scripts: (e.scripts ?? []).map((s) => ({
            url: s.sourceURL,
            fn: s.sourceFunctionName,
            invoker: s.invoker,
            type: s.invokerType,
            duration: s.duration,
          })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
}

/**
 * @param {{ cards: { user?: string, src?: string, theme?: string, repeat?: number }[],
 *           api?: { github: string, devstats: string, raw: string },
 *           loading?: 'eager' | 'lazy',
 *           preload?: { href: string, as: 'fetch' | 'module' }[] }} spec
 *   `loading: 'eager'` on every card (a long page: cards below the fold would
 *   otherwise wait to be scrolled to); `preload`: links in the head, before the
 *   entry script, as a page that knows its card's files would write them.
 */
export function renderPage(spec) {
  const tags = [];
  const preloads = (spec.preload ?? []).map((p) =>
    p.as === 'module' ? `<link rel="modulepreload" href="${esc(p.href)}">` : `<link rel="preload" as="fetch" crossorigin href="${esc(p.href)}">`,
  );
  for (const card of spec.cards) {
    for (let k = 0; k < (card.repeat ?? 1); k++) {
      const attrs = [];
      if (spec.loading) attrs.push(`loading="${esc(spec.loading)}"`);
      if (card.theme) attrs.push(`theme="${esc(card.theme)}"`);
      if (card.src) attrs.push(`src="${esc(card.src)}"`);
      if (card.user) {
        attrs.push(`user="${esc(card.user)}"`);
        attrs.push(`github-api="${esc(spec.api.github)}"`, `devstats-api="${esc(spec.api.devstats)}"`, `raw-base="${esc(spec.api.raw)}"`);
      }
      tags.push(`<k8s-contrib-card ${attrs.join(' ')}></k8s-contrib-card>`);
    }
  }
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>k8s-contrib-card bench</title>
<script>(${instrument.toString()})(); window.__bench.expected = ${tags.length};</script>
${preloads.join('\n')}
<script type="module" src="/dist/cdn/k8s-contrib-card.js"></script>
<style>body { margin: 16px; font: 14px sans-serif; } k8s-contrib-card { margin-block-end: 12px; }</style>
</head>
<body>
${tags.join('\n')}
</body>
</html>
`;
}

/**
 * The baseline: a page with one module script (/baseline/app.js, 66,000 bytes)
 * that fetches one JSON file (/baseline/data.json, 3,000 bytes) and renders it
 * into the DOM, which is how a ContribCard page loads. It reports the same
 * `__bench.result()` as the card pages, with `complete` when the data is in
 * the DOM.
 */
export function renderBaselinePage() {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>baseline bench</title>
<script>(() => {
  let resolveDone;
  const bench = { done: new Promise((r) => (resolveDone = r)), longtasks: [] };
  bench.finish = (at, scriptStart) => { bench.complete = at; bench.scriptStart = scriptStart; resolveDone(); };
  bench.fail = (message) => { bench.error = message; resolveDone(); };
  bench.result = () => ({ complete: bench.complete, firstComplete: bench.complete, painted: bench.painted, scriptStart: bench.scriptStart, error: bench.error, cards: [], longtasks: bench.longtasks, frames: [] });
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) bench.longtasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true });
  } catch {}
  window.__bench = bench;
})();</script>
<script type="module" src="/baseline/app.js"></script>
<style>body { margin: 16px; font: 14px sans-serif; }</style>
</head>
<body>
<div id="card"></div>
</body>
</html>
`;
}

/**
 * The emulation check: times, on the page's clock, a module import, a
 * same-origin and a cross-origin fetch, a fetch the HTTP cache answers, a
 * worker's start (its script download) and, inside the worker, a
 * cross-origin fetch and an import. Run with and without emulated latency:
 * each that is delayed takes about the latency longer.
 * @param {{ cross: string }} params a cross-origin URL that answers with CORS (a stand-in)
 */
export function renderProbePage(params) {
  const cross = JSON.stringify(String(params.cross ?? ''));
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>emulation check</title>
<script type="module">
  const r = {};
  const cross = ${cross};
  const time = async (name, f) => { const t = performance.now(); await f(); r[name] = performance.now() - t; };
  await time('moduleScript', () => import('/probe/mod.js?' + Math.random()));
  await time('fetchSameOrigin', async () => (await fetch('/probe/same?' + Math.random())).text());
  await time('fetchCrossOrigin', async () => (await fetch(cross + '?' + Math.random())).text());
  await (await fetch('/probe/cached')).text();
  await time('fetchHttpCacheHit', async () => (await fetch('/probe/cached')).text());
  const t = performance.now();
  const w = new Worker('/probe/worker.js?cross=' + encodeURIComponent(cross), { type: 'module' });
  w.onmessage = (e) => {
    if (e.data.up !== undefined) r.workerScript = performance.now() - t;
    else {
      r.workerFetchCrossOrigin = e.data.fetchMs;
      r.workerImport = e.data.importMs;
      w.terminate();
      window.__probe = r;
    }
  };
  w.onerror = (e) => { window.__probe = { error: String(e.message ?? e) }; };
</script>
</head><body></body></html>
`;
}
