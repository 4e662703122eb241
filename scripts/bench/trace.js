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
    if (!/^https?:$/.test(u.protocol)) return u.href;
    if (u.pathname === '/bench.html') return 'bench page (inline)';
    return u.pathname.replace(/^\/dist\/cdn\//, '').replace(/-[\w-]{8}\.js$/, '-*.js') || u.href;
  } catch {
    return url;
  }
};

/**
 * @param {Buffer|string} raw trace JSON
 * @param {string} pageMarker a substring of the bench page's URL
 * @param {string} entryPath path of the bundle's entry file
 * @returns {{ tasks: number, longest?: Task, top?: Task[], second?: number, cpuLongest?: { cpu, ms }, worker?: Task & { thread: string } }}
 *   where Task = { ms (wall clock), cpu (thread time), at (ms after navigation start), what: string[], profile?: { samples, byFile: {name, share, ms}[], byFunction: {name, share, ms}[] } }
 */
export function analyzeTrace(raw, pageMarker, entryPath) {
  const parsed = JSON.parse(String(raw));
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const threadName = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, e.args.name);

  // The page's renderer: where its navigation started. Later tasks only (earlier ones belong to about:blank).
  const nav = events.find((e) => e.name === 'navigationStart' && String(e.args?.data?.documentLoaderURL ?? '').includes(pageMarker));
  if (!nav) return { tasks: 0 };
  const pid = nav.pid;
  const mainTid = events.find((e) => e.pid === pid && threadName.get(`${e.pid}:${e.tid}`) === 'CrRendererMain')?.tid;
  // Tasks that start before the bundle's entry file has arrived (the navigation
  // commit, parsing the page) are the page's, not the card's. A task is the
  // card's if it ends after the entry arrived: the one handling its arrival on.
  const entryReq = events.find((e) => e.pid === pid && e.name === 'ResourceSendRequest' && String(e.args?.data?.url ?? '').includes(entryPath));
  const entryDone = entryReq && events.find((e) => e.pid === pid && e.name === 'ResourceFinish' && e.args?.data?.requestId === entryReq.args.data.requestId);
  const from = entryDone?.ts ?? nav.ts;
  const isTask = (e) => e.ph === 'X' && e.name === 'RunTask' && e.pid === pid && e.ts + e.dur > from;
  const tasks = events.filter((e) => isTask(e) && e.tid === mainTid).sort((a, b) => b.dur - a.dur);
  const workerTasks = events.filter((e) => isTask(e) && /Worker/i.test(threadName.get(`${e.pid}:${e.tid}`) ?? '')).sort((a, b) => b.dur - a.dur);
  // `dur` is wall-clock time, what the page waits; `tdur` is the thread's CPU
  // time, which a busy machine does not inflate (a descheduled renderer's task
  // goes on in wall time, not in CPU time).
  const cpu = (e) => (typeof e.tdur === 'number' ? e.tdur / 1000 : undefined);
  const byCpu = tasks.filter((t) => cpu(t) !== undefined).sort((a, b) => b.tdur - a.tdur)[0];
  const out = { tasks: tasks.length, second: tasks[1] ? tasks[1].dur / 1000 : undefined, cpuLongest: byCpu && { cpu: cpu(byCpu), ms: byCpu.dur / 1000 } };
  const w = workerTasks[0];
  if (w) out.worker = { ms: w.dur / 1000, cpu: cpu(w), at: (w.ts - nav.ts) / 1000, thread: threadName.get(`${w.pid}:${w.tid}`), profile: profileWithin(events, pid, w.tid, w.ts, w.ts + w.dur) };
  if (!tasks.length) return out;

  const inThread = events.filter((e) => e.pid === pid && e.tid === mainTid && e.ph === 'X' && NOTABLE.has(e.name));
  out.top = tasks.slice(0, 3).map((task) => ({
    ms: task.dur / 1000,
    cpu: cpu(task),
    at: (task.ts - nav.ts) / 1000,
    what: describeTask(task, inThread),
    profile: profileWithin(events, pid, mainTid, task.ts, task.ts + task.dur),
  }));
  out.longest = out.top[0];
  return out;
}

/**
 * The notable events inside a task at their outermost level (a FunctionCall
 * inside an EventDispatch is part of it), largest first, with their largest
 * notable children.
 */
function describeTask(task, inThread) {
  const end = task.ts + task.dur;
  const notable = inThread.filter((e) => e.ts >= task.ts && e.ts + e.dur <= end).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const outer = [];
  for (const e of notable) {
    const parent = outer.find((o) => e.ts >= o.ts && e.ts + e.dur <= o.ts + o.dur);
    if (parent) (parent.kids ??= []).push(e);
    else outer.push({ ...e });
  }
  const label = (e) => {
    const d = e.args?.data ?? e.args?.beginData ?? {};
    const extra = e.name === 'EventDispatch' ? d.type : e.name === 'FunctionCall' ? `${short(d.url)}${d.functionName ? ` ${d.functionName}` : ''}` : short(d.url);
    return `${e.name}${extra ? ` (${extra})` : ''} ${(e.dur / 1000).toFixed(1)} ms`;
  };
  return outer
    .sort((a, b) => b.dur - a.dur)
    .slice(0, 3)
    .map((e) => {
      const all = e.kids ?? [];
      const direct = all.filter((k) => !all.some((o) => o !== k && k.ts >= o.ts && k.ts + k.dur <= o.ts + o.dur && o.dur > k.dur));
      const kids = direct.filter((k) => k.dur >= 1000).sort((a, b) => b.dur - a.dur).slice(0, 3);
      return kids.length ? `${label(e)}, including ${kids.map(label).join(', ')}` : label(e);
    });
}

/**
 * Where the sampling profiler saw the main thread during [from, to] (trace µs):
 * per script file, the innermost frame of the card's own code on each sample's
 * stack (so time inside the YAML parser counts for the YAML chunk, not for the
 * built-in it happened to call), plus the hottest functions. Shares are
 * counted in samples, not in the time between them: on a busy machine the
 * renderer is descheduled now and then, and a long gap would credit all of it
 * to whatever happened to be on the stack.
 */
function profileWithin(events, pid, tid, from, to) {
  const profiles = new Map();
  for (const e of events) {
    // One profile per thread; only the main thread's samples say what blocked it.
    if (e.pid === pid && e.tid === tid && e.name === 'Profile') profiles.set(e.id, { start: e.args.data.startTime, nodes: new Map(), samples: [] });
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
  const add = (m, k) => m.set(k, (m.get(k) ?? 0) + 1);
  let total = 0;
  for (const p of profiles.values()) {
    let t = p.start;
    for (const [id, delta] of p.samples) {
      t += delta;
      if (t < from || t > to) continue;
      let node = p.nodes.get(id);
      const leaf = node?.callFrame;
      if (!leaf || leaf.functionName === '(idle)') continue;
      total++;
      let file = '';
      while (node) {
        if (node.callFrame?.url) {
          file = short(node.callFrame.url);
          break;
        }
        node = p.nodes.get(node.parent);
      }
      add(byFile, file || (leaf.functionName === '(garbage collector)' ? '(garbage collector)' : '(native / program)'));
      add(byFn, `${leaf.functionName || '(anonymous)'}${leaf.url ? ` @${short(leaf.url)}` : ''}`);
    }
  }
  if (!total) return undefined;
  const taskMs = (to - from) / 1000;
  const top = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, count]) => ({ name, share: count / total, ms: (count / total) * taskMs }));
  return { samples: total, byFile: top(byFile, 4), byFunction: top(byFn, 4) };
}
