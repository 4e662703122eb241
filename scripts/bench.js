#!/usr/bin/env node
/**
 * Benchmark of the built CDN bundle (dist/cdn) in Chromium against the local
 * stand-in services: time to the skeleton and to the first data request, time
 * to a complete card (live, live with 50 ms per response, `src`), a page of
 * 100 cards, a theme change, and the longest main-thread task of a cold load.
 *
 *   npm run bench                  (builds first)
 *   node scripts/bench.js [--runs N] [--cdn DIR]   (dist/cdn must be built: npx vite build)
 *
 * It reports; it never fails because a machine is slow. Exit 1 only when
 * something is broken: a card that never completes, errors, or comes back
 * partial (a source failed), a page error, a theme change that changes nothing.
 *
 * Every cold run gets a fresh browser context (empty HTTP cache and
 * localStorage) and its own stand-in scope (empty request log, fresh GitHub
 * budgets), so runs cannot warm each other up except through the OS and V8's
 * process-wide state, which one discarded warm-up run settles first.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServers } from './bench/servers-client.js';
import { mb, ms, summarize } from './bench/stats.js';
import { analyzeTrace, traceCategories } from './bench/trace.js';
import { CHROME_ARGS as BASE_CHROME_ARGS, CHROME_PATH } from '../test/chromium.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const cdnArg = process.argv.indexOf('--cdn');
// Another build's folder (e.g. one made from an older commit) for a before/after comparison.
const CDN = cdnArg > 0 && process.argv[cdnArg + 1] ? resolve(process.argv[cdnArg + 1]) : join(ROOT, 'dist/cdn');
const ENTRY = join(CDN, 'k8s-contrib-card.js');
const ENTRY_PATH = '/dist/cdn/k8s-contrib-card.js';
const CHROME = CHROME_PATH;
const CHROME_ARGS = [
  ...BASE_CHROME_ARGS,
  // Avatars point at avatars.githubusercontent.com; this machine has no way
  // out, and a connection attempt that hangs would make runs differ. Every
  // host but loopback fails name resolution at once.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

const runsArg = process.argv.indexOf('--runs');
const N = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 1) : undefined;
// Sized to finish in about two minutes on two cores.
const RUNS = { live: N ?? 10, delayed: N ?? 10, src: N ?? 10, many: N ? Math.min(N, 3) : 3, trace: N ? Math.min(N, 3) : 3 };
const CARD_TIMEOUT = 20_000;
const MANY_TIMEOUT = 90_000;
const DELAY_MS = 50;
const MANY_USERS = ['pacoxu', 'BenTheElder', 'neolit123'];
const MANY_COPIES = 10;

/** Something is broken (not slow): reported as such, exit 1. */
class Broken extends Error {}

// Unref'd: a timeout that lost its race must not keep the process alive.
const sleep = (t) => new Promise((r) => setTimeout(r, t).unref());

function machine(browserVersion, loadStart) {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown CPU';
  return {
    cpu: model,
    cores: os.availableParallelism?.() ?? os.cpus().length,
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    node: process.version,
    chromium: browserVersion,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    loadStart: loadStart.toFixed(1),
  };
}

/** Identifies the build measured, so two runs can be told apart when the code changes between them. */
function buildId() {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.js')) files.push(p);
    }
  };
  walk(CDN);
  const hash = createHash('sha256');
  for (const f of files) hash.update(f.slice(CDN.length)).update(readFileSync(f));
  return { hash: hash.digest('hex').slice(0, 12), chunks: files.map((f) => f.slice(CDN.length + 1)).filter((f) => f !== 'k8s-contrib-card.js') };
}

async function main() {
  if (!existsSync(ENTRY)) throw new Broken(`${ENTRY} is missing: build the CDN bundle first (npx vite build, or npm run bench).`);
  if (!existsSync(CHROME)) throw new Broken(`Chromium not found at ${CHROME}: apt-get install chromium, or set CHROME_PATH.`);
  const build = buildId();
  const started = performance.now();
  // Other work on the machine skews every number here; the report says how busy it was.
  const loadStart = os.loadavg()[0];

  const servers = await startServers(CDN);
  let browser;
  try {
    const info = await servers.call('info');
    const standInOrigins = Object.values(info.origins);
    browser = await chromium.launch({ executablePath: CHROME, args: CHROME_ARGS, headless: true });
    const env = machine(browser.version(), loadStart);
    const bench = new Bench(browser, servers, info, standInOrigins);

    const progress = (what) => process.stderr.write(`bench: ${what} (${((performance.now() - started) / 1000).toFixed(0)} s)\n`);
    progress('warm-up run (discarded)');
    await bench.cold({ cards: [{ user: 'pacoxu', theme: 'light' }] });

    // Round-robin rather than one scenario after the other: other load on the
    // machine then hits all three alike, and their difference stays meaningful.
    progress(`single cards, interleaved: live ×${RUNS.live}, live +${DELAY_MS} ms ×${RUNS.delayed}, src ×${RUNS.src}`);
    const live = [];
    const delayed = [];
    const src = [];
    for (let i = 0; i < Math.max(RUNS.live, RUNS.delayed, RUNS.src); i++) {
      if (i < RUNS.live) live.push(await bench.cold({ cards: [{ user: 'pacoxu', theme: 'light' }], theme: true, heap: true }));
      if (i < RUNS.delayed) delayed.push(await bench.cold({ cards: [{ user: 'pacoxu' }], delayMs: DELAY_MS }));
      if (i < RUNS.src) src.push(await bench.cold({ cards: [{ src: '/data/full.json' }] }));
    }

    const users = [...MANY_USERS, ...info.extraUsers];
    progress(`${users.length * MANY_COPIES} cards of ${users.length} users, ${RUNS.many} cold runs`);
    const many = [];
    // Interleaved, as a team page would list people, not ten copies in a row.
    const manyCards = Array.from({ length: users.length * MANY_COPIES }, (_, i) => ({ user: users[i % users.length] }));
    for (let i = 0; i < RUNS.many; i++) many.push(await bench.cold({ cards: manyCards, heap: true, timeout: MANY_TIMEOUT }));

    progress(`traced live loads, ${RUNS.trace} runs + 1 with the sampling profiler`);
    const traced = [];
    for (let i = 0; i < RUNS.trace; i++) traced.push(await bench.cold({ cards: [{ user: 'pacoxu' }], trace: 'plain' }));
    const profiled = await bench.cold({ cards: [{ user: 'pacoxu' }], trace: 'profile' });
    progress('done');

    report({ env, build, live, delayed, src, many, traced, profiled, users, seconds: (performance.now() - started) / 1000 });
  } finally {
    await browser?.close().catch(() => undefined);
    await servers.stop().catch(() => servers.kill());
  }
}

class Bench {
  constructor(browser, servers, info, standInOrigins) {
    this.browser = browser;
    this.servers = servers;
    this.info = info;
    this.standInOrigins = standInOrigins;
    this.runs = 0;
  }

  /**
   * One cold page load in a fresh context, until every card has fired
   * `contrib-load` and drawn its sparkline.
   */
  async cold({ cards, theme = false, heap = false, delayMs, trace, timeout = CARD_TIMEOUT }) {
    const scope = `bench${++this.runs}`;
    const urls = await this.servers.call('urls', { scope });
    // Every stand-in, every answer (the fault has no service and no match, and never runs out).
    if (delayMs) await this.servers.call('fault', { scope, spec: { kind: 'delay', delayMs } });
    const spec = { cards, api: { github: urls.github, devstats: urls.devstats, raw: urls.raw } };
    const url = `${this.info.blogOrigin}/bench.html?run=${scope}&spec=${Buffer.from(JSON.stringify(spec)).toString('base64url')}`;

    const context = await this.browser.newContext({ viewport: { width: 1000, height: 800 } });
    const page = await context.newPage();
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(String(e?.stack ?? e)));
    let tracing = false;
    try {
      if (trace) {
        await this.browser.startTracing(page, { categories: traceCategories({ profile: trace === 'profile' }) });
        tracing = true;
      }
      await page.goto(url, { waitUntil: 'commit', timeout });
      const done = page.evaluate(() => window.__bench.done.then(() => true));
      // Still pending when the timeout wins; closing the context rejects it then, which is expected.
      done.catch(() => undefined);
      const finished = await Promise.race([done, sleep(timeout).then(() => false)]);
      let traceResult;
      if (tracing) {
        tracing = false;
        traceResult = analyzeTrace(await this.browser.stopTracing(), `run=${scope}&`, ENTRY_PATH);
      }
      const snap = await page.evaluate(([origins, entryPath]) => ({
        cards: window.__bench.cards,
        longtasks: window.__bench.longtasks,
        frames: window.__bench.frames,
        timeOrigin: performance.timeOrigin,
        entryEnd: performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname === entryPath)?.responseEnd,
        data: performance
          .getEntriesByType('resource')
          .filter((e) => origins.some((o) => e.name.startsWith(o)))
          .map((e) => ({ name: e.name, start: e.startTime, end: e.responseEnd })),
      }), [this.standInOrigins, ENTRY_PATH]);

      if (pageErrors.length) throw new Broken(`page error during ${describe(cards)}:\n${pageErrors.join('\n')}`);
      checkCards(snap.cards, cards, finished, timeout);

      // As in the traces: tasks over before the entry file arrived are the page's own, not the card's.
      const longtasks = snap.longtasks.filter((t) => t.start + t.duration > (snap.entryEnd ?? 0));
      const result = { scope, cards: snap.cards, longtasks, frames: snap.frames, trace: traceResult };
      result.firstData = snap.data.length ? Math.min(...snap.data.map((d) => d.start)) : undefined;
      const log = await this.servers.call('log', { scope });
      result.requests = countRequests(log);
      // The delay is a fault the stand-ins apply per request (preflights excepted): check it really hit every answer.
      const undelayed = delayMs ? log.filter((e) => e.method !== 'OPTIONS' && e.fault !== 'delay') : [];
      if (undelayed.length) throw new Broken(`${undelayed.length} answers were not delayed by ${delayMs} ms (e.g. ${undelayed[0].service} ${undelayed[0].path})`);
      result.firstArrival = log.length ? Math.min(...log.map((e) => e.t)) - snap.timeOrigin : undefined;
      if (theme) result.theme = await flipTheme(page);
      if (heap) result.heap = await heapUsage(context, page);
      return result;
    } finally {
      if (tracing) await this.browser.stopTracing().catch(() => undefined);
      await context.close().catch(() => undefined);
      await this.servers.call('drop', { scope }).catch(() => undefined);
    }
  }
}

function describe(cards) {
  const users = [...new Set(cards.map((c) => c.user ?? `src=${c.src}`))];
  return cards.length === 1 ? `the ${users[0]} card` : `the page of ${cards.length} cards (${users.join(', ')})`;
}

/** Every card must have loaded completely: an error or a partial card means the bench measured something else. */
function checkCards(got, wanted, finished, timeout) {
  const problems = [];
  if (got.length !== wanted.length) problems.push(`${got.length} of ${wanted.length} cards were created (is the bundle defining <k8s-contrib-card>?)`);
  for (const c of got) {
    const who = wanted[c.i]?.user ?? `src=${wanted[c.i]?.src}`;
    if (c.error) problems.push(`card ${c.i} (${who}) fired contrib-error: ${c.error.reason} from ${c.error.source}: ${c.error.message}`);
    else if (c.load === undefined) problems.push(`card ${c.i} (${who}) never fired contrib-load within ${timeout / 1000} s (skeleton ${c.skeleton === undefined ? 'never shown' : 'shown'})`);
    else if (c.notices?.length) problems.push(`card ${c.i} (${who}) is partial, a source failed: ${c.notices.join(', ')}`);
    else if (c.sparkline === undefined && !c.noChart) problems.push(`card ${c.i} (${who}) loaded but never drew its sparkline`);
    if (c.skeleton === undefined && !c.error) problems.push(`card ${c.i} (${who}) never showed [part=skeleton]`);
  }
  if (!finished && !problems.length) problems.push(`the page did not settle within ${timeout / 1000} s`);
  if (problems.length) {
    const shown = problems.slice(0, 8);
    if (problems.length > shown.length) shown.push(`… and ${problems.length - shown.length} more`);
    throw new Broken(`cards did not complete:\n  ${shown.join('\n  ')}`);
  }
}

function countRequests(log) {
  const n = { core: 0, search: 0, devstats: 0, raw: 0, contribcard: 0, preflight: 0 };
  for (const e of log) {
    if (e.method === 'OPTIONS') n.preflight++;
    else if (e.service === 'github') n[e.path.startsWith('/search/') ? 'search' : 'core']++;
    else n[e.service]++;
  }
  return n;
}

/** light → dark on the first card, timed in the page around the attribute change. */
async function flipTheme(page) {
  const r = await page.evaluate(async () => {
    const el = document.querySelector('k8s-contrib-card');
    const card = el.shadowRoot.querySelector('[part~="card"]');
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
    // Let the load's last frames go by so only the theme change is timed.
    await frame();
    await frame();
    const before = getComputedStyle(card).backgroundColor;
    const t0 = performance.now();
    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    // Reading a computed style forces the recalculation now instead of in the next frame.
    const after = getComputedStyle(card).backgroundColor;
    const t1 = performance.now();
    await frame();
    const t2 = performance.now();
    return { update: t1 - t0, frame: t2 - t0, before, after };
  });
  if (r.before === r.after) throw new Broken(`theme light → dark did not change the card's background (${r.before})`);
  return r;
}

/** JS heap of the page, as it is and after a full GC (what the cards keep). */
async function heapUsage(context, page) {
  const cdp = await context.newCDPSession(page);
  try {
    const now = await cdp.send('Runtime.getHeapUsage');
    await cdp.send('HeapProfiler.collectGarbage');
    const retained = await cdp.send('Runtime.getHeapUsage');
    return { used: now.usedSize, retained: retained.usedSize };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** The longest PerformanceObserver long task of a run, with the scripts its long animation frame names. */
function longestTask(run) {
  const top = [...run.longtasks].sort((a, b) => b.duration - a.duration)[0];
  if (!top) return undefined;
  // The long animation frame that holds the task names its scripts; only overlapping frames if none holds it whole.
  const holds = (f) => f.start <= top.start + 1 && f.start + f.duration >= top.start + top.duration - 1;
  const overlaps = (f) => f.start <= top.start + top.duration && f.start + f.duration >= top.start;
  const frames = run.frames.some(holds) ? run.frames.filter(holds) : run.frames.filter(overlaps);
  const scripts = frames
    .flatMap((f) => f.scripts)
    .filter((s) => s.duration >= 5)
    .sort((a, b) => b.duration - a.duration)
    .slice(0, 3)
    .map((s) => `${s.type} ${shortUrl(s.url)}${s.fn ? ` ${s.fn}` : ''}${s.invoker && s.type !== 'classic-script' && s.type !== 'module-script' ? ` via ${s.invoker}` : ''} ${ms(s.duration)}`);
  return { ms: top.duration, at: top.start, scripts };
}

/** What a script file of the build is, for readers who do not know the chunk names. */
function meaning(file) {
  const known = [
    [/roles-worker-client/, 'the roles worker client'],
    [/roles-worker/, 'the roles worker (YAML parser and roles index)'],
    [/yaml/i, 'the YAML parser'],
    [/roles-index/, 'the roles index (community files → login → roles)'],
    [/^k8s-contrib-card\.js$/, 'the entry (element, skeleton)'],
    [/^chunks\/(card-)?view-/, 'the card view (loaded-card templates)'],
    [/sparkline/, 'the chart'],
    [/^chunks\/live-/, 'the live sources'],
    [/validate/, 'validation'],
    [/^chunks\/core-/, 'Lit'],
    [/^chunks\/(en|zh-CN)-/, 'messages'],
    [/native \/ program/, 'native code outside JS (style, layout, compiling)'],
    [/garbage collector/, 'garbage collection'],
  ];
  const hit = known.find(([re]) => re.test(file));
  // Pseudo-files such as "(garbage collector)" need no file name after them.
  return hit ? (file.startsWith('(') ? hit[1] : `${hit[1]} (${file})`) : file;
}

function shortUrl(url) {
  try {
    const u = new URL(url);
    return u.pathname === '/bench.html' ? 'bench page (inline)' : u.pathname.replace(/^\/dist\/cdn\//, '').replace(/-[\w-]{8}\.js$/, '-*.js');
  } catch {
    return url || '(unknown)';
  }
}

function report({ env, build, live, delayed, src, many, traced, profiled, users, seconds }) {
  const cardOf = (r) => r.cards[0];
  const complete = (c) => Math.max(c.load, c.sparkline ?? c.load);
  const skel = summarize(live.map((r) => cardOf(r).skeleton));
  const first = summarize(live.map((r) => r.firstData));
  const arrival = summarize(live.map((r) => r.firstArrival));
  const liveDone = summarize(live.map((r) => complete(cardOf(r)) - cardOf(r).skeleton));
  const liveNav = summarize(live.map((r) => complete(cardOf(r))));
  const delayedDone = summarize(delayed.map((r) => complete(cardOf(r)) - cardOf(r).skeleton));
  const delayedNav = summarize(delayed.map((r) => complete(cardOf(r))));
  const srcDone = summarize(src.map((r) => complete(cardOf(r)) - cardOf(r).skeleton));
  const srcNav = summarize(src.map((r) => complete(cardOf(r))));
  const manyAll = summarize(many.map((r) => Math.max(...r.cards.map((c) => c.load))));
  const manyFromSkel = summarize(many.map((r) => Math.max(...r.cards.map(complete)) - Math.min(...r.cards.map((c) => c.skeleton))));
  const heapOne = summarize(live.map((r) => r.heap.retained));
  const heapOneNow = summarize(live.map((r) => r.heap.used));
  const heapMany = summarize(many.map((r) => r.heap.retained));
  const heapManyNow = summarize(many.map((r) => r.heap.used));
  const themeUpdate = summarize(live.map((r) => r.theme.update));
  const themeFrame = summarize(live.map((r) => r.theme.frame));
  const lt = live.map(longestTask);
  const ltMs = summarize(lt.map((t) => t?.ms ?? 0));
  const ltRuns = lt.filter(Boolean).length;
  const worst = lt.filter(Boolean).sort((a, b) => b.ms - a.ms)[0];
  const tr = summarize(traced.map((r) => r.trace?.longest?.ms));
  const trWorst = [...traced].sort((a, b) => (b.trace?.longest?.ms ?? 0) - (a.trace?.longest?.ms ?? 0))[0]?.trace;
  const trSecond = summarize(traced.map((r) => r.trace?.second));
  const worker = summarize(traced.map((r) => r.trace?.worker?.ms));
  const workerCpu = summarize(traced.map((r) => r.trace?.worker?.cpu));
  const trCpu = summarize(traced.map((r) => r.trace?.cpuLongest?.cpu));
  const wallCpu = (t) => `${ms(t.ms)}${t.cpu !== undefined ? ` (CPU ${ms(t.cpu)})` : ''}`;
  const reqOne = live[0].requests;
  const reqMany = many[0].requests;
  const reqSame = many.every((r) => JSON.stringify(r.requests) === JSON.stringify(reqMany));

  const lines = [];
  const out = (s = '') => lines.push(s);
  const pct = (x) => `${Math.round(100 * x)}%`;
  out(`k8s-contrib-card benchmark, ${env.date}`);
  out(`machine: ${env.cpu}, ${env.cores} cores, ${env.memory} RAM; ${env.os}`);
  out(`Node ${env.node}; Chromium ${env.chromium} (headless)`);
  out(`build: ${CDN === join(ROOT, 'dist/cdn') ? 'dist/cdn' : CDN} ${build.hash} (entry + ${build.chunks.length} files: ${build.chunks.map((c) => c.replace(/-[\w-]{8}\.js$/, '')).join(', ')})`);
  env.busy = Math.max(Number(env.loadStart), os.loadavg()[0]) > env.cores;
  out(`load average (1 min): ${env.loadStart} at the start, ${os.loadavg()[0].toFixed(1)} at the end`);
  out(`services: stand-ins on 127.0.0.1, one origin each; page and bundle from a separate 127.0.0.1 origin; fresh browser context per cold run; ${seconds.toFixed(0)} s in all`);
  out();
  out('details');
  out(`  nav → skeleton: median ${ms(skel.median)}; nav → first data request leaves (Resource Timing) ${ms(first.median)}, reaches a stand-in ${ms(arrival.median)}`);
  out(`  nav → complete: live ${ms(liveNav.median)}, live +${DELAY_MS} ms ${ms(delayedNav.median)}, src ${ms(srcNav.median)}`);
  out(`  requests of one cold live card: GitHub core ${reqOne.core}, search ${reqOne.search}, DevStats ${reqOne.devstats}, raw ${reqOne.raw}, preflights ${reqOne.preflight}`);
  out(`  ${many[0].cards.length} cards: GitHub core ${reqMany.core}, search ${reqMany.search}, DevStats ${reqMany.devstats}, raw ${reqMany.raw}, preflights ${reqMany.preflight}${reqSame ? ' (same in every run)' : ' (differs between runs!)'}`);
  out(`  JS heap of the page's main thread (Runtime.getHeapUsage; a worker's heap is not in it), before GC (median): 1 card ${mb(heapOneNow.median)}, ${many[0].cards.length} cards ${mb(heapManyNow.median)}`);
  out(`  theme light → dark: ${live[0].theme.before} → ${live[0].theme.after}`);
  out('  main-thread tasks count from the arrival of the entry file on (the navigation commit and page parse before it are not the card\'s)');
  out(`  long tasks ≥ 50 ms (PerformanceObserver, untraced): in ${ltRuns} of ${live.length} runs; longest ${worst ? `${ms(worst.ms)} at ${ms(worst.at)} after nav: ${worst.scripts.join('; ') || 'no script attribution'}` : 'none'}`);
  if (trWorst?.longest) {
    out(`  longest task in the traces (${traced.length} runs, exact, wall clock): ${wallCpu(trWorst.longest)}; next longest median ${ms(trSecond?.median)}; most CPU in one task median ${ms(trCpu?.median)}`);
    for (const w of trWorst.longest.what) out(`    ${w}`);
  }
  const pw = profiled.trace?.worker;
  if (worker) out(`  longest task on a worker thread (traced, not blocking the page): median ${ms(worker.median)} (CPU ${ms(workerCpu?.median)}), max ${ms(worker.max)}`);
  if (pw?.profile) out(`    in the profiled run ${wallCpu(pw)} on "${pw.thread}": ${pw.profile.byFile.map((f) => `${f.name} ${pct(f.share)}`).join(', ')}`);
  if (profiled.trace?.top) {
    out('  profiled run (sampling profiler on, so slower), its three longest main-thread tasks, shares by samples:');
    for (const t of profiled.trace.top) {
      const p = t.profile;
      out(`    ${wallCpu(t)} at ${ms(t.at)}: ${p ? p.byFile.map((f) => `${f.name} ${pct(f.share)}`).join(', ') : t.what.join('; ') || 'no samples'}`);
      if (p) out(`      hottest functions: ${p.byFunction.map((f) => `${f.name} ${pct(f.share)}`).join(', ')}`);
    }
  }
  out();

  const row = (what, s, unit = ms) => `| ${what} | ${s ? unit(s.median) : '—'} | ${s ? unit(s.min) : '—'} | ${s ? unit(s.max) : '—'} | ${s?.n ?? 0} |`;
  out(`Measured on ${env.date.slice(0, 10)}: ${env.cpu}, ${env.cores} cores, ${env.memory}; Node ${env.node}, Chromium ${env.chromium}; stand-in services on loopback, no added latency unless stated.`);
  out();
  out('| measure (cold: fresh browser context) | median | min | max | runs |');
  out('| --- | ---: | ---: | ---: | ---: |');
  out(row('navigation → skeleton (`[part=skeleton]` in the shadow root)', skel));
  out(row('navigation → first data request leaves', first));
  out(row('live card `user="pacoxu"`: skeleton → complete (`contrib-load` + sparkline)', liveDone));
  out(row(`live card, +${DELAY_MS} ms on every response: skeleton → complete`, delayedDone));
  out(row('`src` card (test/data/full.json): skeleton → complete', srcDone));
  out(row(`${many[0].cards.length} live cards of ${users.length} users: navigation → all fired \`contrib-load\``, manyAll));
  out(row(`${many[0].cards.length} live cards: first skeleton → all complete`, manyFromSkel));
  out(`| ${many[0].cards.length} live cards: requests (GitHub core / search, DevStats, raw files) | ${reqMany.core} / ${reqMany.search}, ${reqMany.devstats}, ${reqMany.raw} | | | ${many.length} |`);
  out(row('JS heap used after 1 live card (after a full GC)', heapOne, mb));
  out(row(`JS heap used after ${many[0].cards.length} live cards (after a full GC)`, heapMany, mb));
  out(row('theme light → dark on a loaded card: `updateComplete` + style recalc', themeUpdate));
  out(row('theme light → dark: … + next animation frame', themeFrame));
  out(row('longest main-thread task of the card, cold live load (PerformanceObserver long tasks ≥ 50 ms; 0 = none)', ltMs));
  out(row('longest main-thread task of the card, cold live load (trace: every task, exact, wall clock)', tr));
  out(row('most thread CPU time in one main-thread task, cold live load (trace; not inflated by other load on the machine)', trCpu));
  out();
  // For the README: the longest task, and what the profiled run's longest tasks spent their time on.
  const longest = tr?.max ?? worst?.ms;
  if (longest !== undefined) {
    out(`Longest main-thread task of a cold live load: ${ms(longest)} wall clock (traces; at most ${ms(trCpu?.max)} of CPU in one task); a task of 50 ms or more in ${ltRuns} of ${live.length} untraced runs.`);
    const explained = (profiled.trace?.top ?? []).filter((t) => t.ms >= 50 && t.profile);
    if (explained.length) {
      const parts = explained.map((t) => `${wallCpu(t)}: ${t.profile.byFile.filter((f) => f.share >= 0.15).map((f) => `${pct(f.share)} ${meaning(f.name)}`).join(', ')}`);
      out(`Where the longest tasks went (profiled run, share of samples): ${parts.join('; ')}.`);
    }
    if (worker) {
      const on = pw?.profile ? `: ${pw.profile.byFile.filter((f) => f.share >= 0.15).map((f) => `${pct(f.share)} ${meaning(f.name)}`).join(', ')}` : '';
      out(`Off the main thread, the longest worker task: ${ms(worker.max)} (median ${ms(worker.median)}, CPU ${ms(workerCpu?.median)})${on}.`);
    }
  }
  if (env.busy) out(`Note: the machine was busy while this ran (load average ${env.loadStart} at the start, ${os.loadavg()[0].toFixed(1)} at the end, on ${env.cores} cores): expect noisy numbers.`);
  console.log(lines.join('\n'));
}

main().then(
  () => process.exit(0),
  (e) => {
    if (e instanceof Broken) console.error(`bench: broken: ${e.message}`);
    else console.error(`bench: failed: ${e?.stack ?? e}`);
    process.exit(1);
  },
);
