// The CLI measure: `k8s-contrib-card build` of many logins through the
// stand-ins, as a child process, with a fixed delay on every answer and the
// GitHub budgets out of the way, so the figure is the CLI's own pace (its
// concurrency, its DevStats bound) and not GitHub's rate limits, which the
// docs work out separately (docs/performance.md).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STAND_IN_TOKEN } from '../../test/stand-ins/github.js';

/** Every GitHub bucket, with and without a token, high enough never to be reached. */
const NO_LIMIT = ['core', 'search', 'core:auth', 'search:auth'].map((resource) => ({ resource, limit: 100_000, remaining: 100_000 }));

/**
 * @param {{ call: (op: string, args?: object) => Promise<any> }} servers
 * @param {{ bin: string, logins: number, delayMs: number, concurrency: number, scope: string }} o
 */
export async function measureCli(servers, o) {
  if (!existsSync(o.bin)) return { skipped: `${o.bin} is missing (build the library: npm run build:lib, or pass --cli DIR)` };
  const logins = await servers.call('cliUsers', { count: o.logins });
  const urls = await servers.call('directUrls', { scope: o.scope });
  for (const spec of NO_LIMIT) await servers.call('budget', { scope: o.scope, spec });
  // Every stand-in, every answer, as long as the build runs.
  await servers.call('fault', { scope: o.scope, spec: { kind: 'delay', delayMs: o.delayMs } });
  const out = mkdtempSync(join(tmpdir(), 'bench-cli-'));
  const args = [
    o.bin, 'build', ...logins, '--out', out, '--quiet', '--concurrency', String(o.concurrency),
    '--github-api', urls.github, '--devstats-api', urls.devstats, '--raw-base', urls.raw,
  ];
  try {
    const started = performance.now();
    const run = await new Promise((resolve, reject) => {
      const child = spawn(process.execPath, args, {
        env: { ...process.env, GITHUB_TOKEN: STAND_IN_TOKEN, NO_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
    const seconds = (performance.now() - started) / 1000;
    let index;
    try {
      index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
    } catch {
      index = undefined;
    }
    const log = await servers.call('log', { scope: o.scope });
    const requests = { core: 0, search: 0, devstats: 0, raw: 0, contribcard: 0, other: 0, undelayed: 0, unauthenticated: 0 };
    for (const e of log) {
      if (e.service === 'github') {
        requests[e.path.startsWith('/search/') ? 'search' : 'core']++;
        if (!e.auth) requests.unauthenticated++;
      } else if (e.service in requests) requests[e.service]++;
      else requests.other++;
      if (e.fault !== 'delay') requests.undelayed++;
    }
    const statuses = {};
    for (const e of log) statuses[`${e.service} ${e.status}`] = (statuses[`${e.service} ${e.status}`] ?? 0) + 1;
    // Node's warnings (one line each, "(node:PID) Warning…"); the rest of stderr is the CLI's own.
    const warnings = [...new Set(run.stderr.split('\n').filter((l) => /^\(node:\d+\) \w*Warning/.test(l)).map((l) => l.replace(/^\(node:\d+\) /, '')))];
    const warningCount = run.stderr.split('\n').filter((l) => /^\(node:\d+\) \w*Warning/.test(l)).length;
    return {
      logins: logins.length,
      concurrency: o.concurrency,
      delayMs: o.delayMs,
      exitCode: run.code,
      seconds,
      built: index?.cards?.length ?? 0,
      partial: index?.cards?.filter((c) => c.notices?.length).length ?? 0,
      failed: index?.failed ?? [],
      remaining: index?.remaining?.length ?? 0,
      cardsPerMinute: index?.cards?.length ? (index.cards.length / seconds) * 60 : 0,
      requests,
      statuses,
      warnings,
      warningCount,
      stderrTail: run.stderr.split('\n').filter((l) => l && !/^\(node:\d+\)|^\(Use `node --trace-warnings/.test(l)).slice(-5),
      summary: run.stdout.trim().split('\n').slice(-1)[0],
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
