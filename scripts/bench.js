#!/usr/bin/env node
/**
 * Benchmark of the built CDN bundle (dist/cdn) in Chromium against the local
 * stand-in services, and of the CLI against the same stand-ins.
 *
 * Pages, each at 0 ms and at 100 ms of emulated latency on every request
 * (Chromium's network emulation, scripts/bench/network.js):
 * - the baseline: a ContribCard page's request shape (HTML → one 66 KB module
 *   script → one 3 KB JSON file → DOM);
 * - a `src` card, cold; the same with the data and the view preloaded, and
 *   with the messages chunk preloaded too;
 * - a live card, cold, then warm (a second visit in the same browser context);
 * - a page of 100 `src` cards made from 10 files; a page of 100 live cards of
 *   10 users;
 * and, without emulation, a live card whose DevStats answers after 3 s (time
 * to its identity and to complete). Per scenario: time to complete (median,
 * min, max), the round trips in sequence before complete (from the request
 * timeline), and the ratio to the baseline. Plus the first paint, the first
 * data request, a theme change, the JS heap and the longest main-thread tasks.
 *
 * CLI: `k8s-contrib-card build` of 200 logins, 50 ms added to every answer,
 * rate limits off: wall time, cards per minute, requests per service.
 *
 *   npm run bench                  (builds first)
 *   node scripts/bench.js [--runs N] [--cdn DIR] [--cli DIR] [--json] [--http1] [--no-cli]
 *     --runs N    runs per page scenario (default 10; the 100-card pages and slow DevStats at most 5, traces at most 3)
 *     --cdn DIR   the CDN build to load (default dist/cdn), e.g. one made from another commit
 *     --cli DIR   the library build whose cli/bin.js is run (default dist/lib)
 *     --json      machine-readable results on stdout instead of the tables
 *     --http1     serve everything over plain HTTP/1.1 instead of HTTP/2 + TLS
 *     --no-cli    skip the CLI measure
 *
 * It reports; it never fails because a machine is slow. Exit 1 only when
 * something is broken: a card that never completes, errors, or comes back
 * partial for another reason than a timeout (a source failed), a page error,
 * a theme change that changes nothing, a CLI build that fails. A card left
 * partial by a timeout is reported with the figures.
 *
 * Every cold run gets a fresh browser context (empty HTTP cache and
 * localStorage, new connections) and its own stand-in scope (empty request
 * log, fresh GitHub budgets), so runs cannot warm each other up except through
 * the OS and V8's process-wide state, which discarded warm-up runs settle first.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { measureCli } from './bench/cli.js';
import { countTimeline, describeChain, recordNetwork, roundTrips } from './bench/network.js';
import { startServers } from './bench/servers-client.js';
import { mb, ms, summarize } from './bench/stats.js';
import { analyzeTrace, traceCategories } from './bench/trace.js';
import { CHROME_ARGS as BASE_CHROME_ARGS, CHROME_PATH } from '../test/chromium.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const argv = process.argv.slice(2);
const option = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[i + 1] : undefined;
};
const flag = (name) => argv.includes(name);
// Another build's folder (e.g. one made from an older commit) for a before/after comparison.
const CDN = option('--cdn') ? resolve(option('--cdn')) : join(ROOT, 'dist/cdn');
const CLI_BIN = join(option('--cli') ? resolve(option('--cli')) : join(ROOT, 'dist/lib'), 'cli/bin.js');
const JSON_OUT = flag('--json');
const HTTP1 = flag('--http1');
const SKIP_CLI = flag('--no-cli');
const ENTRY = join(CDN, 'k8s-contrib-card.js');
const ENTRY_PATH = '/dist/cdn/k8s-contrib-card.js';
const CHROME = CHROME_PATH;

const N = option('--runs') !== undefined ? Math.max(1, Number(option('--runs')) || 1) : undefined;
// Sized to finish in about six minutes on two idle cores, two of them the CLI's.
const RUNS = {
  single: N ?? 10,
  // Five, not three: the 100-card page's time spreads by ±15% run to run on two cores, and its
  // goal is a ratio of medians.
  many: N ? Math.min(N, 5) : 5,
  trace: N ? Math.min(N, 3) : 3,
  slow: N ? Math.min(N, 5) : 5,
};
/** Emulated latency, in ms, added to every request: none, and a plausible transatlantic round trip. */
const RTTS = [0, 100];
const CARD_TIMEOUT = 20_000;
const MANY_TIMEOUT = 90_000;
const SLOW_DEVSTATS_MS = 3000;
const MANY_USERS = ['pacoxu', 'BenTheElder', 'neolit123'];
const MANY_COPIES = 10;
const CARD_FILES = 10;
const CLI = { logins: 200, delayMs: 50, concurrency: 8 };

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

/** The pages, as scripts/bench/page.js renders them. */
const PAGES = {
  baseline: { path: '/baseline.html' },
  src: { cards: [{ src: '/data/full.json' }] },
  srcPreload: {
    cards: [{ src: '/data/full.json' }],
    preload: [
      { href: '/data/full.json', as: 'fetch' },
      { href: '/dist/cdn/chunks/view.js', as: 'module' },
    ],
  },
  // …and the messages too: everything a `src` card needs is then asked for with the HTML.
  srcPreloadAll: {
    cards: [{ src: '/data/full.json' }],
    preload: [
      { href: '/data/full.json', as: 'fetch' },
      { href: '/dist/cdn/chunks/view.js', as: 'module' },
      { href: '/dist/cdn/chunks/en.js', as: 'module' },
    ],
  },
  live: { cards: [{ user: 'pacoxu', theme: 'light' }] },
  src100: { cards: Array.from({ length: CARD_FILES * 10 }, (_, i) => ({ src: `/cards/${i % CARD_FILES}.json` })), loading: 'eager' },
  // live100 is made in main(): its users come from the servers.
};

async function main() {
  if (!existsSync(ENTRY)) throw new Broken(`${ENTRY} is missing: build the CDN bundle first (npx vite build, or npm run bench).`);
  if (!existsSync(CHROME)) throw new Broken(`Chromium not found at ${CHROME}: apt-get install chromium, or set CHROME_PATH.`);
  const build = buildId();
  const started = performance.now();
  // Other work on the machine skews every number here; the report says how busy it was.
  const loadStart = os.loadavg()[0];

  const servers = await startServers(CDN, { http1: HTTP1 });
  let browser;
  try {
    const info = await servers.call('info');
    const args = [
      ...BASE_CHROME_ARGS,
      // Avatars point at avatars.githubusercontent.com; this machine has no way
      // out, and a connection attempt that hangs would make runs differ. Every
      // host but loopback fails name resolution at once.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ];
    // The servers' throwaway certificate, accepted by its key: a valid certificate as far as
    // Chromium is concerned, so HTTP/2 is used and responses are cached as on a real site.
    if (info.spki) args.push(`--ignore-certificate-errors-spki-list=${info.spki}`);
    browser = await chromium.launch({ executablePath: CHROME, args, headless: true });
    const env = machine(browser.version(), loadStart);
    const bench = new Bench(browser, servers, info);
    const progress = (what) => process.stderr.write(`bench: ${what} (${((performance.now() - started) / 1000).toFixed(0)} s)\n`);

    progress(`serving over ${info.protocol}${info.note ? ` (${info.note})` : ''}; warm-up runs (discarded)`);
    await bench.visit({ page: PAGES.live });
    await bench.visit({ page: PAGES.baseline });

    progress('emulation check: which requests 100 ms of emulated latency delays');
    // Each kind's fastest of five runs: a busy machine can only make a request slower.
    const probe = {};
    for (const rtt of RTTS) {
      const tries = [];
      for (let i = 0; i < 5; i++) tries.push(await bench.probe(rtt));
      probe[rtt] = Object.fromEntries(Object.keys(tries[0]).map((k) => [k, Math.min(...tries.map((t) => t[k]))]));
    }

    // Round-robin rather than one scenario after the other: other load on the
    // machine then hits all of them alike, and their differences stay meaningful.
    progress(`single-card pages at ${RTTS.join(' and ')} ms, interleaved, ${RUNS.single} runs each: baseline, src, src preloaded, live cold + warm`);
    const S = { baseline: {}, src: {}, srcPreload: {}, srcPreloadAll: {}, liveCold: {}, liveWarm: {}, src100: {}, live100: {}, slowDevstats: {} };
    for (const key of Object.keys(S)) for (const rtt of RTTS) S[key][rtt] = [];
    for (let i = 0; i < RUNS.single; i++) {
      for (const rtt of RTTS) {
        S.baseline[rtt].push(await bench.visit({ page: PAGES.baseline, rtt }));
        S.src[rtt].push(await bench.visit({ page: PAGES.src, rtt }));
        S.srcPreload[rtt].push(await bench.visit({ page: PAGES.srcPreload, rtt }));
        S.srcPreloadAll[rtt].push(await bench.visit({ page: PAGES.srcPreloadAll, rtt }));
        const live = await bench.visit({ page: PAGES.live, rtt, warm: true, theme: rtt === 0, heap: rtt === 0 });
        S.liveCold[rtt].push(live);
        S.liveWarm[rtt].push(live.warm);
      }
    }

    const users = [...MANY_USERS, ...info.extraUsers];
    // Interleaved, as a team page would list people, not ten copies in a row.
    const live100 = { cards: Array.from({ length: users.length * MANY_COPIES }, (_, i) => ({ user: users[i % users.length] })), loading: 'eager' };
    progress(`pages of 100 cards (${CARD_FILES} src files; ${users.length} live users), ${RUNS.many} runs each at each latency`);
    for (let i = 0; i < RUNS.many; i++) {
      for (const rtt of RTTS) {
        S.src100[rtt].push(await bench.visit({ page: PAGES.src100, rtt, timeout: MANY_TIMEOUT }));
        S.live100[rtt].push(await bench.visit({ page: live100, rtt, timeout: MANY_TIMEOUT, heap: rtt === 0 }));
      }
    }

    progress(`live card with DevStats answering after ${SLOW_DEVSTATS_MS / 1000} s, no emulation, ${RUNS.slow} runs`);
    for (let i = 0; i < RUNS.slow; i++) {
      S.slowDevstats[0].push(
        await bench.visit({
          page: { cards: [{ user: 'pacoxu' }] },
          faults: [{ service: 'devstats', kind: 'delay', delayMs: SLOW_DEVSTATS_MS }],
          timeout: CARD_TIMEOUT + SLOW_DEVSTATS_MS,
          allowNotices: true,
        }),
      );
    }

    progress(`traced loads: live ×${RUNS.trace} + 1 with the sampling profiler; 100 src cards ×${RUNS.trace} at each latency`);
    const traced = [];
    for (let i = 0; i < RUNS.trace; i++) traced.push(await bench.visit({ page: PAGES.live, trace: 'plain' }));
    const profiled = await bench.visit({ page: PAGES.live, trace: 'profile' });
    const tracedSrc100 = {};
    for (const rtt of RTTS) {
      tracedSrc100[rtt] = [];
      for (let i = 0; i < RUNS.trace; i++) tracedSrc100[rtt].push(await bench.visit({ page: PAGES.src100, rtt, trace: 'plain', timeout: MANY_TIMEOUT }));
    }

    let cli;
    if (SKIP_CLI) cli = { skipped: '--no-cli' };
    else {
      progress(`CLI: build of ${CLI.logins} logins, +${CLI.delayMs} ms per answer, rate limits off, --concurrency ${CLI.concurrency}`);
      cli = await measureCli(servers, { bin: CLI_BIN, scope: 'cli', ...CLI });
      if (!cli.skipped && (cli.exitCode !== 0 || cli.built !== CLI.logins)) {
        throw new Broken(`the CLI build exited ${cli.exitCode} with ${cli.built} of ${CLI.logins} cards built (${cli.failed.length} failed: ${cli.failed.slice(0, 3).map((f) => `${f.login} ${f.reason}`).join(', ')}; ${cli.remaining} not built)\n${cli.stderrTail.join('\n')}`);
      }
      if (!cli.skipped && cli.requests.undelayed) throw new Broken(`${cli.requests.undelayed} CLI requests were not delayed by ${CLI.delayMs} ms`);
    }
    progress('done');

    const results = { env, build, info: { ...info, priority: servers.priority }, runs: RUNS, probe, S, traced, profiled, tracedSrc100, cli, users, seconds: (performance.now() - started) / 1000 };
    if (JSON_OUT) console.log(JSON.stringify(toJson(results), null, 2));
    else report(results);
  } finally {
    await browser?.close().catch(() => undefined);
    await servers.stop().catch(() => servers.kill());
  }
}

class Bench {
  constructor(browser, servers, info) {
    this.browser = browser;
    this.servers = servers;
    this.info = info;
    this.standInOrigins = Object.values(info.origins);
    this.runs = 0;
  }

  /**
   * One visit in a fresh context, until every card has fired `contrib-load`
   * and drawn its sparkline (the baseline: until its data is in the DOM); with
   * `warm`, then a second visit to the same page in the same context.
   */
  async visit({ page: pageSpec, rtt = 0, faults = [], trace, theme = false, heap = false, warm = false, timeout = CARD_TIMEOUT, allowNotices = false }) {
    const scope = `bench${++this.runs}`;
    const urls = await this.servers.call('urls', { scope });
    for (const spec of faults) await this.servers.call('fault', { scope, spec });
    const { path = '/bench.html', ...spec } = pageSpec;
    if (spec.cards) spec.api = { github: urls.github, devstats: urls.devstats, raw: urls.raw };
    const url = `${this.info.blogOrigin}${path}?run=${scope}&spec=${Buffer.from(JSON.stringify(spec)).toString('base64url')}`;

    const context = await this.browser.newContext({ viewport: { width: 1000, height: 800 } });
    try {
      const first = await this.load(context, url, { rtt, trace, timeout, cards: spec.cards, allowNotices, scope }).catch(async (e) => {
        // Say whether the bench's own HTTP/2 fronts failed requests: then the bench broke, not the card.
        const fronts = await this.servers.call('fronts', { scope }).catch(() => undefined);
        if (e instanceof Broken && fronts?.errors.length) e.message += `\n(the bench's HTTP/2 front failed ${fronts.errors.length} request(s): ${fronts.errors.slice(0, 3).join('; ')})`;
        if (e instanceof Broken) e.message += `\n(scenario: ${describePage(url, spec.cards)}, RTT ${rtt} ms${faults.length ? `, faults ${JSON.stringify(faults)}` : ''})`;
        throw e;
      });
      if (theme) first.theme = await flipTheme(first.page);
      if (heap) first.heap = await heapUsage(context, first.page);
      const log = await this.servers.call('log', { scope });
      first.standIn = countRequests(log);
      const fronts = await this.servers.call('fronts', { scope });
      first.serviceTimes = fronts.times;
      // A request the bench's own HTTP/2 front failed is the bench's fault, not the card's.
      if (fronts.errors.length) throw new Broken(`the bench's HTTP/2 front failed ${fronts.errors.length} request(s): ${fronts.errors.slice(0, 3).join('; ')}`);
      first.firstArrival = log.length ? Math.min(...log.map((e) => e.t)) - first.timeOrigin : undefined;
      const applied = faults.filter((f) => f.kind === 'delay');
      const undelayed = applied.length ? log.filter((e) => e.method !== 'OPTIONS' && applied.some((f) => !f.service || f.service === e.service) && e.fault !== 'delay') : [];
      if (undelayed.length) throw new Broken(`${undelayed.length} answers escaped the delay fault (e.g. ${undelayed[0].service} ${undelayed[0].path})`);
      await first.page.close();
      if (warm) {
        first.warm = await this.load(context, url, { rtt, timeout, cards: spec.cards, allowNotices, scope });
        const after = await this.servers.call('log', { scope });
        first.warm.standIn = countRequests(after.slice(log.length));
        await first.warm.page.close();
        delete first.warm.page;
      }
      delete first.page;
      return first;
    } finally {
      await context.close().catch(() => undefined);
      await this.servers.call('drop', { scope }).catch(() => undefined);
    }
  }

  /** One navigation in `context`, measured; the page is left open for the caller. */
  async load(context, url, { rtt, trace, timeout, cards, allowNotices, scope }) {
    const page = await context.newPage();
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(String(e?.stack ?? e)));
    const net = await recordNetwork(context, page, { latencyMs: rtt });
    let tracing = false;
    try {
      if (trace) {
        await this.browser.startTracing(page, { categories: traceCategories({ profile: trace === 'profile' }) });
        tracing = true;
      }
      await page.goto(url, { waitUntil: 'commit', timeout });
      // At commit the page's first script may not have run yet: wait for it, then for the page.
      const done = page.evaluate(
        () =>
          new Promise((resolve) => {
            // Done, then the frame that shows it: `complete` is when the last card's DOM is in
            // place, and the browser may still have to lay out and paint what came before.
            const painted = () =>
              requestAnimationFrame(() =>
                setTimeout(() => {
                  window.__bench.painted = performance.now();
                  resolve(true);
                }),
              );
            const ready = () => (window.__bench ? window.__bench.done.then(painted) : setTimeout(ready, 2));
            ready();
          }),
      );
      // Still pending when the timeout wins; closing the context rejects it then, which is expected.
      done.catch(() => undefined);
      const finished = await Promise.race([done, sleep(timeout).then(() => false)]);
      let traceResult;
      if (tracing) {
        tracing = false;
        traceResult = analyzeTrace(await this.browser.stopTracing(), `run=${scope}&`, ENTRY_PATH);
      }
      const snap = await page.evaluate(() => ({ ...window.__bench.result(), timeOrigin: performance.timeOrigin }));
      if (pageErrors.length) throw new Broken(`page error on ${describePage(url, cards)}:\n${pageErrors.join('\n')}`);
      if (cards) checkCards(snap.cards, cards, finished, timeout, allowNotices);
      else if (!finished || snap.error || snap.complete === undefined) throw new Broken(`the baseline page did not complete: ${snap.error ?? 'timeout'}`);

      const timeline = net.timeline(snap.timeOrigin);
      const rt = roundTrips(timeline, snap.complete);
      // As in the traces: tasks over before the entry file arrived are the page's own, not the card's.
      const entryEnd = timeline.find((r) => r.url.endsWith(ENTRY_PATH))?.end ?? 0;
      const toStandIn = timeline.filter((r) => this.standInOrigins.some((o) => r.url.startsWith(o)));
      return {
        page,
        scope,
        timeOrigin: snap.timeOrigin,
        complete: snap.complete,
        // The first card complete (its data and sparkline in its DOM), and the first frame after the last.
        firstComplete: snap.firstComplete,
        painted: snap.painted,
        cards: snap.cards,
        skeleton: snap.cards[0]?.skeleton,
        identity: snap.cards.length ? Math.max(...snap.cards.map((c) => c.identity ?? Infinity)) : undefined,
        notices: [...new Set(snap.cards.flatMap((c) => c.notices ?? []))],
        partialCards: snap.cards.filter((c) => c.notices?.length).length,
        longtasks: snap.longtasks.filter((t) => t.start + t.duration > entryEnd),
        frames: snap.frames,
        firstData: toStandIn.length ? Math.min(...toStandIn.map((r) => r.issued)) : undefined,
        roundTrips: rt.count,
        chain: describeChain(rt.chain),
        requests: countTimeline(timeline),
        protocols: [...new Set(timeline.filter((r) => r.network && r.protocol).map((r) => r.protocol))],
        cardFiles: timeline.filter((r) => r.network && /\/cards\/\d+\.json$/.test(r.url)).length,
        dataFile: timeline.filter((r) => r.network && r.url.endsWith('/data/full.json')).length,
        trace: traceResult,
      };
    } finally {
      if (tracing) await this.browser.stopTracing().catch(() => undefined);
      await net.stop();
    }
  }

  /** The emulation check at one latency (scripts/bench/page.js renderProbePage). */
  async probe(rtt) {
    const urls = await this.servers.call('urls', { scope: 'probe' });
    // A stand-in that answers anything with CORS: raw files (a 404 for a file it does not have).
    const cross = `${urls.raw}/probe/none/HEAD/file`;
    const context = await this.browser.newContext();
    try {
      const page = await context.newPage();
      const net = await recordNetwork(context, page, { latencyMs: rtt });
      await page.goto(`${this.info.blogOrigin}/probe.html?cross=${encodeURIComponent(cross)}`, { waitUntil: 'commit' });
      const r = await page.waitForFunction(() => window.__probe, undefined, { timeout: CARD_TIMEOUT }).then((h) => h.jsonValue());
      const nav = await page.evaluate(() => performance.getEntriesByType('navigation')[0]?.responseEnd);
      await net.stop();
      if (r.error) throw new Broken(`the emulation check failed: ${r.error}`);
      return { document: nav, ...r };
    } finally {
      await context.close().catch(() => undefined);
      await this.servers.call('drop', { scope: 'probe' }).catch(() => undefined);
    }
  }
}

function describePage(url, cards) {
  if (!cards) return 'the baseline page';
  const users = [...new Set(cards.map((c) => c.user ?? `src=${c.src}`))];
  return cards.length === 1 ? `the ${users[0]} card` : `the page of ${cards.length} cards (${users.slice(0, 10).join(', ')})`;
}

/**
 * Every card must have loaded: an error, a card that never completes, or a
 * partial card whose source failed for another reason than time means the
 * bench measured something else. A source that timed out (the card's 10 s per
 * request) is slowness, which is reported, not a failure: on a machine busy
 * enough for that, the other sources of the page may fail in its wake (a
 * timed-out DevStats range list, then ranges the card had to guess), so a page
 * with a timeout is reported whole.
 */
function checkCards(got, wanted, finished, timeout, allowNotices) {
  const problems = [];
  const timedOut = got.some((c) => c.notices?.some((n) => n.endsWith(':timeout')));
  if (got.length !== wanted.length) problems.push(`${got.length} of ${wanted.length} cards were created (is the bundle defining <k8s-contrib-card>?)`);
  for (const c of got) {
    const who = wanted[c.i]?.user ?? `src=${wanted[c.i]?.src}`;
    if (c.error) problems.push(`card ${c.i} (${who}) fired contrib-error: ${c.error.reason} from ${c.error.source}: ${c.error.message}`);
    else if (c.load === undefined) problems.push(`card ${c.i} (${who}) never fired contrib-load within ${timeout / 1000} s (skeleton ${c.skeleton === undefined ? 'never shown' : 'shown'})`);
    else if (c.notices?.length && !allowNotices && !timedOut) problems.push(`card ${c.i} (${who}) is partial, a source failed: ${c.notices.join(', ')}`);
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
    [/^assets\/worker/, 'the roles worker (YAML parser and roles index)'],
    [/^chunks\/js-yaml/, 'the YAML parser'],
    [/^k8s-contrib-card\.js$/, 'the entry (element, skeleton, Lit)'],
    [/^chunks\/view/, 'the card view (templates, validation, chart)'],
    [/^chunks\/live/, 'the live sources and roles index'],
    [/^chunks\/[a-z]{2}(-[A-Z]{2})?\.js/, 'messages'],
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
    return u.pathname === '/bench.html' ? 'bench page (inline)' : u.pathname.replace(/^\/dist\/cdn\//, '');
  } catch {
    return url || '(unknown)';
  }
}

/** The median run of a list (by `complete`), for showing one representative request chain. */
function medianRun(runs) {
  const sorted = [...runs].sort((a, b) => a.complete - b.complete);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** Figures per scenario and latency: summaries of the measures, for the tables and --json. */
function figures(S) {
  const out = {};
  for (const [key, byRtt] of Object.entries(S)) {
    out[key] = {};
    for (const [rtt, runs] of Object.entries(byRtt)) {
      if (!runs.length) continue;
      out[key][rtt] = {
        runs: runs.length,
        complete: summarize(runs.map((r) => r.complete)),
        firstComplete: summarize(runs.map((r) => r.firstComplete)),
        painted: summarize(runs.map((r) => r.painted)),
        identity: summarize(runs.map((r) => r.identity)),
        skeleton: summarize(runs.map((r) => r.skeleton)),
        firstData: summarize(runs.map((r) => r.firstData)),
        firstArrival: summarize(runs.map((r) => r.firstArrival)),
        roundTrips: summarize(runs.map((r) => r.roundTrips)),
        requests: summarize(runs.map((r) => r.requests.network)),
        cached: summarize(runs.map((r) => r.requests.cached)),
        cardFiles: summarize(runs.map((r) => r.cardFiles)),
        dataFile: summarize(runs.map((r) => r.dataFile)),
        chain: medianRun(runs).chain,
        chainCount: medianRun(runs).roundTrips,
        protocols: [...new Set(runs.flatMap((r) => r.protocols))],
        standIn: medianRun(runs).standIn,
        notices: [...new Set(runs.flatMap((r) => r.notices))],
      };
    }
  }
  return out;
}

/** What --json prints: every figure, and the raw per-run values that make them. */
function toJson({ env, build, info, runs, probe, S, traced, profiled, tracedSrc100, cli, seconds }) {
  const F = figures(S);
  const ratio = {};
  for (const [key, byRtt] of Object.entries(F)) {
    ratio[key] = {};
    for (const rtt of Object.keys(byRtt)) {
      const base = F.baseline[rtt]?.complete?.median;
      ratio[key][rtt] = base ? byRtt[rtt].complete.median / base : undefined;
    }
  }
  const slim = (r) => ({
    complete: r.complete, firstComplete: r.firstComplete, painted: r.painted, identity: Number.isFinite(r.identity) ? r.identity : undefined, skeleton: r.skeleton, firstData: r.firstData,
    roundTrips: r.roundTrips, chain: r.chain, requests: r.requests, standIn: r.standIn, cardFiles: r.cardFiles, notices: r.notices, partialCards: r.partialCards,
    longestTask: longestTask(r)?.ms ?? 0, theme: r.theme, heap: r.heap,
  });
  return {
    env, build, server: { protocol: info.protocol, note: info.note, baseline: info.baseline, priority: info.priority }, runs, seconds,
    emulationCheck: probe,
    figures: F,
    ratioToBaseline: ratio,
    perRun: Object.fromEntries(Object.entries(S).map(([k, byRtt]) => [k, Object.fromEntries(Object.entries(byRtt).filter(([, v]) => v.length).map(([rtt, v]) => [rtt, v.map(slim)]))])),
    traces: {
      live: traced.map((r) => r.trace),
      profiled: profiled.trace,
      src100: Object.fromEntries(Object.entries(tracedSrc100).map(([rtt, v]) => [rtt, v.map((r) => ({ longest: r.trace?.longest, cpuLongest: r.trace?.cpuLongest, tasks: r.trace?.tasks }))])),
    },
    cli,
  };
}

function report({ env, build, info, probe, S, traced, profiled, tracedSrc100, cli, users, seconds }) {
  const F = figures(S);
  const [R0, R1] = RTTS;
  const lines = [];
  const out = (s = '') => lines.push(s);
  const pct = (x) => `${Math.round(100 * x)}%`;
  const wallCpu = (t) => `${ms(t.ms)}${t.cpu !== undefined ? ` (CPU ${ms(t.cpu)})` : ''}`;
  const n = (x, d = 0) => (x === undefined ? '—' : x.toFixed(d));

  out(`k8s-contrib-card benchmark, ${env.date}`);
  out(`machine: ${env.cpu}, ${env.cores} cores, ${env.memory} RAM; ${env.os}`);
  out(`Node ${env.node}; Chromium ${env.chromium} (headless)`);
  out(`build: ${CDN === join(ROOT, 'dist/cdn') ? 'dist/cdn' : CDN} ${build.hash} (entry + ${build.chunks.length} files: ${build.chunks.map((c) => c.replace(/\.js$/, '')).join(', ')})`);
  env.busy = Math.max(Number(env.loadStart), os.loadavg()[0]) > env.cores;
  out(`load average (1 min): ${env.loadStart} at the start, ${os.loadavg()[0].toFixed(1)} at the end`);
  out(`servers: page, bundle and each stand-in service on its own 127.0.0.1 origin, ${info.protocol === 'h2' ? 'HTTP/2 over TLS' : 'HTTP/1.1'}${info.note ? ` (${info.note})` : ''}, their process at nice ${info.priority}; fresh browser context per cold run; ${seconds.toFixed(0)} s in all`);
  out();

  // The emulation check.
  const kinds = [
    ['document', 'the HTML document (responseEnd)'],
    ['moduleScript', 'a module script (dynamic import)'],
    ['fetchSameOrigin', 'a same-origin fetch'],
    ['fetchCrossOrigin', 'a cross-origin fetch (a stand-in)'],
    ['workerScript', "a dedicated worker's module script (new Worker → first message)"],
    ['workerFetchCrossOrigin', 'a cross-origin fetch from inside the worker'],
    ['workerImport', 'an import from inside the worker'],
    ['fetchHttpCacheHit', 'a fetch the HTTP cache answers (expected: not delayed)'],
  ];
  // Emulated latency is a floor: a delayed request's fastest run takes at least about the
  // latency, and about that much more than without it. When even the run without emulation was
  // that slow (a busy machine), the check cannot tell.
  out(`emulation check (fastest of 5 runs, ms at ${R0} ms → at ${R1} ms of emulated latency; delayed if it took ≥ ${0.95 * R1} ms and ≥ ${0.5 * R1} ms more):`);
  const notDelayed = [];
  for (const [k, what] of kinds) {
    const a = probe[R0][k];
    const b = probe[R1][k];
    const verdict = b < 0.95 * R1 ? 'not delayed' : b - a >= 0.5 * R1 ? 'delayed' : a >= 0.95 * R1 ? `cannot tell (as slow without emulation: the machine is busy)` : 'not delayed';
    if (verdict === 'not delayed' && k !== 'fetchHttpCacheHit') notDelayed.push(what);
    if (verdict === 'delayed' && k === 'fetchHttpCacheHit') notDelayed.push(`${what} WAS delayed`);
    out(`  ${what}: ${ms(a)} → ${ms(b)}: ${verdict}`);
  }
  if (notDelayed.length) out(`  WARNING: the emulation did not behave as expected: ${notDelayed.join('; ')}. The ${R1} ms figures below are off for those requests.`);
  out();

  out('details');
  const lc = F.liveCold;
  out(`  live card, cold: nav → skeleton ${ms(lc[R0].skeleton?.median)} / ${ms(lc[R1].skeleton?.median)}; nav → first data request issued ${ms(lc[R0].firstData?.median)} / ${ms(lc[R1].firstData?.median)}, reaches a stand-in ${ms(lc[R0].firstArrival?.median)} / ${ms(lc[R1].firstArrival?.median)} (at ${R0} / ${R1} ms)`);
  const one = lc[R0].standIn;
  out(`  requests of one cold live card: GitHub core ${one.core}, search ${one.search}, DevStats ${one.devstats}, raw ${one.raw}, preflights ${one.preflight}; warm visit: ${fmtStandIn(F.liveWarm[R0].standIn)} to the stand-ins, ${n(F.liveWarm[R0].requests?.median)} network requests in all, ${n(F.liveWarm[R0].cached?.median)} from the cache`);
  const m = F.live100[R0].standIn;
  out(`  ${PAGES.src100.cards.length} live cards: GitHub core ${m.core}, search ${m.search}, DevStats ${m.devstats}, raw ${m.raw}, preflights ${m.preflight}`);
  out(`  protocols seen: ${[...new Set(Object.values(F).flatMap((b) => Object.values(b).flatMap((f) => f.protocols)))].join(', ')}`);
  const serviceLine = (runs) => {
    const by = {};
    for (const r of runs) for (const [svc, times] of Object.entries(r.serviceTimes ?? {})) (by[svc] ??= []).push(...times);
    return Object.entries(by).map(([svc, t]) => { const x = summarize(t); return `${svc} ${ms(x.median)} (max ${ms(x.max)}, ${x.n} answers)`; }).join(', ');
  };
  const svc0 = serviceLine(S.liveCold[R0]);
  if (svc0) out(`  the stand-ins' own time per answer, from the HTTP/2 front (median over the cold live runs at ${R0} ms): ${svc0}; 100 live cards: ${serviceLine(S.live100[R0])}`);
  const partial = [];
  for (const [key, byRtt] of Object.entries(S)) {
    for (const [rtt, runs] of Object.entries(byRtt)) {
      const hit = runs.filter((r) => r.partialCards);
      if (hit.length) partial.push(`${key} at ${rtt} ms: ${hit.length} of ${runs.length} runs, ${hit.reduce((a, r) => a + r.partialCards, 0)} cards (${[...new Set(hit.flatMap((r) => r.notices))].join(', ')})`);
    }
  }
  if (partial.length) out(`  partial cards (a source failed; the times include the wait): ${partial.join('; ')}`);
  out(`  JS heap of the page's main thread (Runtime.getHeapUsage; a worker's heap is not in it), before GC (median): 1 card ${mb(summarize(S.liveCold[R0].map((r) => r.heap?.used))?.median)}, 100 cards ${mb(summarize(S.live100[R0].map((r) => r.heap?.used))?.median)}`);
  out(`  theme light → dark: ${S.liveCold[R0][0].theme.before} → ${S.liveCold[R0][0].theme.after}`);
  out(`  request chains at ${R1} ms, of each scenario's median run by time (what the round-trip count counts; the run's own count):`);
  for (const [key, label] of [['baseline', 'baseline'], ['src', 'src cold'], ['srcPreload', 'src, data + view preloaded'], ['srcPreloadAll', 'src, data + view + messages preloaded'], ['liveCold', 'live cold'], ['liveWarm', 'live warm'], ['src100', '100 src cards'], ['live100', '100 live cards']]) {
    out(`    ${label} (${F[key][R1].chainCount}): ${F[key][R1].chain}`);
  }
  out(`    slow DevStats, no emulation (${F.slowDevstats[R0].chainCount}): ${F.slowDevstats[R0].chain}`);

  const lt = S.liveCold[R0].map(longestTask);
  const ltRuns = lt.filter(Boolean).length;
  const worst = lt.filter(Boolean).sort((a, b) => b.ms - a.ms)[0];
  const tr = summarize(traced.map((r) => r.trace?.longest?.ms));
  const trWorst = [...traced].sort((a, b) => (b.trace?.longest?.ms ?? 0) - (a.trace?.longest?.ms ?? 0))[0]?.trace;
  const trSecond = summarize(traced.map((r) => r.trace?.second));
  const worker = summarize(traced.map((r) => r.trace?.worker?.ms));
  const workerCpu = summarize(traced.map((r) => r.trace?.worker?.cpu));
  const trCpu = summarize(traced.map((r) => r.trace?.cpuLongest?.cpu));
  out("  main-thread tasks count from the arrival of the entry file on (the navigation commit and page parse before it are not the card's)");
  out(`  long tasks ≥ 50 ms (PerformanceObserver, untraced cold live loads at ${R0} ms): in ${ltRuns} of ${lt.length} runs; longest ${worst ? `${ms(worst.ms)} at ${ms(worst.at)} after nav: ${worst.scripts.join('; ') || 'no script attribution'}` : 'none'}`);
  if (trWorst?.longest) {
    out(`  longest task in the live traces (${traced.length} runs, exact, wall clock): ${wallCpu(trWorst.longest)}; next longest median ${ms(trSecond?.median)}; most CPU in one task median ${ms(trCpu?.median)}`);
    for (const w of trWorst.longest.what) out(`    ${w}`);
  }
  const pw = profiled.trace?.worker;
  if (worker) out(`  longest task on a worker thread (traced, not blocking the page): median ${ms(worker.median)} (CPU ${ms(workerCpu?.median)}), max ${ms(worker.max)}`);
  if (pw?.profile) out(`    in the profiled run ${wallCpu(pw)} on "${pw.thread}": ${pw.profile.byFile.map((f) => `${f.name} ${pct(f.share)}`).join(', ')}`);
  if (profiled.trace?.top) {
    out('  profiled live run (sampling profiler on, so slower), its three longest main-thread tasks, shares by samples:');
    for (const t of profiled.trace.top) {
      const p = t.profile;
      out(`    ${wallCpu(t)} at ${ms(t.at)}: ${p ? p.byFile.map((f) => `${f.name} ${pct(f.share)}`).join(', ') : t.what.join('; ') || 'no samples'}`);
      if (p) out(`      hottest functions: ${p.byFunction.map((f) => `${f.name} ${pct(f.share)}`).join(', ')}`);
    }
  }
  const s100Worst = [...tracedSrc100[R0], ...tracedSrc100[R1]].sort((a, b) => (b.trace?.longest?.ms ?? 0) - (a.trace?.longest?.ms ?? 0))[0]?.trace;
  if (s100Worst?.longest) {
    out(`  100 src cards, longest main-thread task in the traces: ${wallCpu(s100Worst.longest)} at ${ms(s100Worst.longest.at)}`);
    for (const w of s100Worst.longest.what) out(`    ${w}`);
  }
  if (cli && !cli.skipped) {
    out(`  CLI: ${cli.summary}; exit ${cli.exitCode}; statuses ${Object.entries(cli.statuses).map(([k, v]) => `${k}: ${v}`).join(', ')}`);
    if (cli.warnings.length) out(`  CLI stderr: ${cli.warningCount} Node warning line(s): ${cli.warnings.join(' | ')}`);
  }
  out();

  // The main table.
  const base = (rtt) => F.baseline[rtt]?.complete?.median;
  const rtCell = (f) => (f.roundTrips ? (f.roundTrips.min === f.roundTrips.max ? `${f.roundTrips.median}` : `${f.roundTrips.median} (${f.roundTrips.min}–${f.roundTrips.max})`) : '—');
  const row = (label, key, rtt, { what = 'complete', rtLabel = `${rtt} ms` } = {}) => {
    const f = F[key][rtt];
    const s = f?.[what];
    const b = base(rtt);
    const ratio = s && b ? `${(s.median / b).toFixed(1)}×` : '—';
    return `| ${label} | ${rtLabel} | ${s ? ms(s.median) : '—'} | ${s ? ms(s.min) : '—'} | ${s ? ms(s.max) : '—'} | ${f?.runs ?? 0} | ${rtCell(f)} | ${ratio} |`;
  };
  out(`Measured on ${env.date.slice(0, 10)}: ${env.cpu}, ${env.cores} cores, ${env.memory}; Node ${env.node}, Chromium ${env.chromium}; every origin on loopback over ${info.protocol === 'h2' ? 'HTTP/2 + TLS' : 'HTTP/1.1'}, emulated latency (RTT) as stated. Times from navigation start.`);
  out();
  out('| scenario: navigation → complete | RTT | median | min | max | runs | round trips in sequence | × baseline (median) |');
  out('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const scen = [
    [`baseline, ContribCard's shape: HTML → ${Math.round(info.baseline.scriptBytes / 1000)} KB module → ${Math.round(info.baseline.jsonBytes / 1000)} KB JSON → DOM`, 'baseline'],
    ['`src` card, cold (`contrib-load` + sparkline)', 'src'],
    ['`src` card, data and view preloaded (`preload` + `modulepreload`)', 'srcPreload'],
    ['`src` card, data, view and messages (`chunks/en.js`) preloaded', 'srcPreloadAll'],
    ['live card `user="pacoxu"`, cold', 'liveCold'],
    ['live card, warm (second visit, same context)', 'liveWarm'],
    [`100 \`src\` cards of ${CARD_FILES} files (\`loading="eager"\`): all complete`, 'src100'],
    [`100 live cards of ${users.length} users (\`loading="eager"\`): all complete`, 'live100'],
  ];
  for (const [label, key] of scen) for (const rtt of RTTS) out(row(label, key, rtt));
  out(row(`live card, DevStats answering after ${SLOW_DEVSTATS_MS / 1000} s: navigation → identity (\`[part=name]\` shown)`, 'slowDevstats', R0, { what: 'identity', rtLabel: 'none' }));
  out(row('… navigation → complete', 'slowDevstats', R0, { rtLabel: 'none' }));
  if (partial.length) out(`\nPartial cards in some runs (see details): ${partial.join('; ')}.`);
  out();

  // The other measures.
  const srow = (what, s, unit = ms, runs) => `| ${what} | ${s ? unit(s.median) : '—'} | ${s ? unit(s.min) : '—'} | ${s ? unit(s.max) : '—'} | ${runs ?? s?.n ?? 0} |`;
  out('| measure | median | min | max | runs |');
  out('| --- | ---: | ---: | ---: | ---: |');
  for (const rtt of RTTS) out(srow(`live card, cold, RTT ${rtt} ms: navigation → skeleton (\`[part=skeleton]\` in the shadow root)`, F.liveCold[rtt].skeleton));
  for (const rtt of RTTS) out(srow(`live card, cold, RTT ${rtt} ms: navigation → first data request issued`, F.liveCold[rtt].firstData));
  for (const rtt of RTTS) out(srow(`100 \`src\` cards, RTT ${rtt} ms: requests for the ${CARD_FILES} files`, F.src100[rtt].cardFiles, (x) => n(x)));
  for (const rtt of RTTS) out(srow(`\`src\` card, data preloaded, RTT ${rtt} ms: requests for its data file (1 = the card used the preload)`, F.srcPreload[rtt].dataFile, (x) => n(x)));
  for (const rtt of RTTS) out(srow(`100 \`src\` cards, RTT ${rtt} ms: navigation → the first card complete`, F.src100[rtt].firstComplete));
  for (const rtt of RTTS) out(srow(`100 \`src\` cards, RTT ${rtt} ms: navigation → the first frame after all are complete (laid out and painted)`, F.src100[rtt].painted));
  for (const rtt of RTTS) out(srow(`100 \`src\` cards, RTT ${rtt} ms: longest main-thread task (trace, wall clock)`, summarize(tracedSrc100[rtt].map((r) => r.trace?.longest?.ms))));
  out(srow('100 `src` cards: most CPU in one main-thread task (trace)', summarize(RTTS.flatMap((rtt) => tracedSrc100[rtt].map((r) => r.trace?.cpuLongest?.cpu)))));
  out(`| 100 live cards: requests (GitHub core / search, DevStats, raw files) | ${m.core} / ${m.search}, ${m.devstats}, ${m.raw} | | | ${S.live100[R0].length} |`);
  out(srow('JS heap used after 1 live card (after a full GC)', summarize(S.liveCold[R0].map((r) => r.heap?.retained)), mb));
  out(srow('JS heap used after 100 live cards (after a full GC)', summarize(S.live100[R0].map((r) => r.heap?.retained)), mb));
  out(srow('theme light → dark on a loaded card: `updateComplete` + style recalc', summarize(S.liveCold[R0].map((r) => r.theme?.update))));
  out(srow('theme light → dark: … + next animation frame', summarize(S.liveCold[R0].map((r) => r.theme?.frame))));
  out(srow('longest main-thread task of the card, cold live load (PerformanceObserver long tasks ≥ 50 ms; 0 = none)', summarize(lt.map((t) => t?.ms ?? 0))));
  out(srow('longest main-thread task of the card, cold live load (trace: every task, exact, wall clock)', tr));
  out(srow('most thread CPU time in one main-thread task, cold live load (trace; not inflated by other load on the machine)', trCpu));
  out();

  if (cli?.skipped) out(`CLI: not measured: ${cli.skipped}`);
  else if (cli) {
    const r = cli.requests;
    out(`| CLI \`build\` of ${cli.logins} distinct logins, --concurrency ${cli.concurrency}, +${cli.delayMs} ms on every answer, rate limits off | |`);
    out('| --- | ---: |');
    out(`| wall time (process start → exit) | ${cli.seconds.toFixed(1)} s |`);
    out(`| cards built / partial / failed | ${cli.built} / ${cli.partial} / ${cli.failed.length} |`);
    out(`| cards per minute | ${Math.round(cli.cardsPerMinute)} |`);
    out(`| requests: GitHub core / search | ${r.core} / ${r.search} (${(r.core / cli.logins).toFixed(2)} / ${(r.search / cli.logins).toFixed(2)} per card) |`);
    out(`| requests: DevStats | ${r.devstats} (${(r.devstats / cli.logins).toFixed(1)} per card; at most 4 at once) |`);
    out(`| requests: raw files (community files, once per build) | ${r.raw} |`);
    out();
  }

  // For the README: the longest task, and what the profiled run's longest tasks spent their time on.
  const longest = tr?.max ?? worst?.ms;
  if (longest !== undefined) {
    out(`Longest main-thread task of a cold live load: ${ms(longest)} wall clock (traces; at most ${ms(trCpu?.max)} of CPU in one task); a task of 50 ms or more in ${ltRuns} of ${lt.length} untraced runs.`);
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

function fmtStandIn(c) {
  if (!c) return '—';
  const total = c.core + c.search + c.devstats + c.raw + c.contribcard + c.preflight;
  return total ? `${total} requests (core ${c.core}, search ${c.search}, DevStats ${c.devstats}, raw ${c.raw}, preflights ${c.preflight})` : 'no requests';
}

main().then(
  () => process.exit(0),
  (e) => {
    if (e instanceof Broken) console.error(`bench: broken: ${e.message}`);
    else console.error(`bench: failed: ${e?.stack ?? e}`);
    process.exit(1);
  },
);
