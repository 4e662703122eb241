// The page the benchmark loads: the blog snippet (the CDN entry as a module
// script, then the cards), preceded by a small classic script that records
// when each card reaches each stage. Times are `performance.now()`, i.e.
// milliseconds since navigation start of this document.

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
 *           api?: { github: string, devstats: string, raw: string } }} spec
 */
export function renderPage(spec) {
  const tags = [];
  for (const card of spec.cards) {
    for (let k = 0; k < (card.repeat ?? 1); k++) {
      const attrs = [];
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
<script type="module" src="/dist/cdn/k8s-contrib-card.js"></script>
<style>body { margin: 16px; font: 14px sans-serif; } k8s-contrib-card { margin-block-end: 12px; }</style>
</head>
<body>
${tags.join('\n')}
</body>
</html>
`;
}
