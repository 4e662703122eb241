// Reads a Chromium trace (browser.startTracing/stopTracing) and finds the
// longest task on the bench page's renderer main thread, with what it spent
// its time on. The PerformanceObserver in the page only reports tasks of
// 50 ms or more; the trace has every task with its exact duration.

/** Categories for exact task durations. The sampling profiler is added only when asked: it slows the page it measures. */
export function traceCategories({ profile = false } = {}) {
  const cats = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'disabled-by-default-v8.gc'];
  if (profile) cats.push('disabled-by-default-v8.cpu_profiler');
  return cats;
}

/** Trace events worth naming when saying what a task did. */
const NOTABLE = new Set([
  'ParseHTML', 'EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'FunctionCall', 'EventDispatch',
  'RunMicrotasks', 'TimerFire', 'FireAnimationFrame', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize',
  'MajorGC', 'MinorGC', 'V8.GC_SCAVENGER', 'V8.GC_MARK_COMPACTOR', 'XHRLoad', 'ParseAuthorStyleSheet',
]);

const short = (url) => {
  if (!url) return '';
  try {
    const u = new URL(url);
    return u.pathname.replace(/^\/dist\/cdn\//, '').replace(/-[\w-]{8}\.js$/, '-*.js') || u.href;
  } catch {
    return url;
  }
};

/**
 * @param {Buffer|string} raw trace JSON
 * @param {string} pageMarker a substring of the bench page's URL
 * @returns {{ tasks: number, longest?: { ms: number, what: string[], profile?: { sampledMs: number, byFile: {name: string, ms: number}[], byFunction: {name: string, ms: number}[] } }, second?: number, workerLongest?: number }}
 */
export function analyzeTrace(raw, pageMarker) {
  const parsed = JSON.parse(String(raw));
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const threadName = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, e.args.name);

  // The page's renderer: where its navigation started. Later tasks only (earlier ones belong to about:blank).
  const nav = events.find((e) => e.name === 'navigationStart' && String(e.args?.data?.documentLoaderURL ?? '').includes(pageMarker));
  if (!nav) return { tasks: 0 };
  const pid = nav.pid;
  const mainTid = events.find((e) => e.pid === pid && threadName.get(`${e.pid}:${e.tid}`) === 'CrRendererMain')?.tid;
  const isTask = (e) => e.ph === 'X' && e.name === 'RunTask' && e.pid === pid && e.ts >= nav.ts;
  const tasks = events.filter((e) => isTask(e) && e.tid === mainTid).sort((a, b) => b.dur - a.dur);
  const workerTasks = events.filter((e) => isTask(e) && /Worker/i.test(threadName.get(`${e.pid}:${e.tid}`) ?? '')).sort((a, b) => b.dur - a.dur);
  const out = { tasks: tasks.length, second: tasks[1] ? tasks[1].dur / 1000 : undefined, workerLongest: workerTasks[0] ? workerTasks[0].dur / 1000 : undefined };
  const top = tasks[0];
  if (!top) return out;

  const end = top.ts + top.dur;
  const inside = events.filter((e) => e.pid === pid && e.tid === mainTid && e.ph === 'X' && e !== top && e.ts >= top.ts && e.ts + (e.dur ?? 0) <= end);
  // Name the notable events at their outermost level (a FunctionCall inside an
  // EventDispatch is part of it), largest first.
  const notable = inside.filter((e) => NOTABLE.has(e.name)).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const outer = [];
  for (const e of notable) {
    const parent = outer.find((o) => e.ts >= o.ts && e.ts + e.dur <= o.ts + o.dur);
    if (parent) {
      (parent.kids ??= []).push(e);
      continue;
    }
    outer.push({ ...e });
  }
  const label = (e) => {
    const d = e.args?.data ?? e.args?.beginData ?? {};
    const extra = e.name === 'EventDispatch' ? d.type : e.name === 'FunctionCall' ? `${short(d.url)}${d.functionName ? ` ${d.functionName}` : ''}` : short(d.url);
    return `${e.name}${extra ? ` (${extra})` : ''} ${(e.dur / 1000).toFixed(1)} ms`;
  };
  const what = outer
    .sort((a, b) => b.dur - a.dur)
    .slice(0, 4)
    .map((e) => {
      const kids = (e.kids ?? []).filter((k) => k.dur >= 1000).sort((a, b) => b.dur - a.dur).slice(0, 3);
      return kids.length ? `${label(e)}: ${kids.map(label).join(', ')}` : label(e);
    });
  out.longest = { ms: top.dur / 1000, what, profile: profileWithin(events, pid, mainTid, top.ts, end) };
  return out;
}

/**
 * Where the sampling profiler saw the main thread during [from, to] (trace µs):
 * per script file, the innermost frame of the card's own code on each sample's
 * stack (so time inside the YAML parser counts for the YAML chunk, not for the
 * built-in it happened to call), plus the hottest functions.
 */
function profileWithin(events, pid, tid, from, to) {
  const profiles = new Map();
  for (const e of events) {
    if (e.pid !== pid) continue;
    // One profile per thread; only the main thread's samples say what blocked it.
    if (e.name === 'Profile' && e.tid === tid) profiles.set(e.id, { start: e.args.data.startTime, nodes: new Map(), samples: [], tid: e.tid });
  }
  for (const e of events) {
    if (e.pid !== pid || e.name !== 'ProfileChunk') continue;
    const p = profiles.get(e.id);
    if (!p) continue;
    const cpu = e.args.data.cpuProfile ?? {};
    for (const n of cpu.nodes ?? []) p.nodes.set(n.id, n);
    const deltas = e.args.data.timeDeltas ?? [];
    (cpu.samples ?? []).forEach((id, i) => p.samples.push([id, deltas[i] ?? 0]));
  }
  const byFile = new Map();
  const byFn = new Map();
  let total = 0;
  for (const p of profiles.values()) {
    let t = p.start;
    const step = [];
    for (const [id, delta] of p.samples) {
      t += delta;
      step.push([id, t]);
    }
    for (let i = 0; i < step.length; i++) {
      const [id, t0] = step[i];
      if (t0 < from || t0 > to) continue;
      const dt = (i + 1 < step.length ? step[i + 1][1] : t0) - t0;
      if (dt <= 0) continue;
      let node = p.nodes.get(id);
      const leaf = node?.callFrame;
      if (!leaf || leaf.functionName === '(idle)') continue;
      total += dt;
      let file = '';
      while (node) {
        if (node.callFrame?.url) {
          file = short(node.callFrame.url);
          break;
        }
        node = p.nodes.get(node.parent);
      }
      file ||= leaf.functionName === '(garbage collector)' ? '(garbage collector)' : '(native / program)';
      byFile.set(file, (byFile.get(file) ?? 0) + dt);
      const fn = `${leaf.functionName || '(anonymous)'}${leaf.url ? ` @${short(leaf.url)}` : ''}`;
      byFn.set(fn, (byFn.get(fn) ?? 0) + dt);
    }
  }
  if (!total) return undefined;
  const top = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, us]) => ({ name, ms: us / 1000 }));
  return { sampledMs: total / 1000, byFile: top(byFile, 4), byFunction: top(byFn, 4) };
}
