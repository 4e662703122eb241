// The GitHub Action (action.yml): its one step's shell script, run as the runner would run it
// (bash, inputs passed as environment variables), with the CLI from this checkout
// (dist/lib/cli/bin.js) in place of `npx`, against the stand-in services.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { startStandIns } from '../stand-ins/server.js';
import { STAND_IN_TOKEN } from '../stand-ins/github.js';

const action = load(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8'));
const step = action.runs.steps[0];
const BIN = fileURLToPath(new URL('../../dist/lib/cli/bin.js', import.meta.url));
let standIns;

before(async () => {
  standIns = await startStandIns();
});
after(() => standIns?.stop());

/** The step's environment for these inputs: `${{ inputs.x }}` replaced as Actions would. */
function stepEnv(inputs) {
  const values = { ...Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default ?? ''])), ...inputs };
  const env = {};
  for (const [k, v] of Object.entries(step.env)) {
    if (k === 'CLI') continue;
    env[k] = String(v).replace(/\$\{\{\s*inputs\.([a-z]+)\s*\}\}/g, (_, name) => values[name]);
  }
  return env;
}

function runStep(inputs, extraEnv = {}) {
  return new Promise((resolve) => {
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, ...stepEnv(inputs), CLI: `${process.execPath} ${BIN}`, ...extraEnv };
    execFile('bash', ['-c', step.run], { env, timeout: 120_000 }, (error, stdout, stderr) => resolve({ code: error ? (error.code ?? 1) : 0, stdout, stderr }));
  });
}

test('the action declares the documented inputs and runs one bash step', () => {
  assert.equal(action.runs.using, 'composite');
  for (const input of ['users', 'team', 'out', 'theme', 'variant', 'lang', 'png', 'shard', 'args', 'version', 'token']) assert.ok(action.inputs[input], input);
  assert.equal(step.shell, 'bash');
  assert.match(step.env.CLI, /npx --yes --package=k8s-contrib-card@\$\{\{ inputs\.version \|\| 'own' \}\}/);
});

// With `version` defaulting to `latest`, a workflow pinned to `@v0` ran whatever npm had as
// latest, a later major release included.
test('by default it runs the npm package of its own version; a version input overrides it', async () => {
  const own = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;
  // A stand-in `npx` that prints what it was asked to run.
  const bin = mkdtempSync(join(tmpdir(), 'k8s-contrib-card-npx-'));
  writeFileSync(join(bin, 'npx'), '#!/bin/sh\necho "npx $*"\n', { mode: 0o755 });
  const run = (version) =>
    new Promise((resolve) => {
      // `${{ inputs.version || 'own' }}` and the PNG flag, evaluated as Actions would.
      const cli = step.env.CLI.replace(/\$\{\{ inputs\.version \|\| 'own' \}\}/, version || 'own').replace(/\$\{\{[^}]*\}\}/, '');
      const env = { PATH: `${bin}:${process.env.PATH}`, HOME: process.env.HOME, ...stepEnv({ users: 'pacoxu', version }), CLI: cli, GITHUB_ACTION_PATH: fileURLToPath(new URL('../..', import.meta.url)) };
      execFile('bash', ['-c', step.run], { env, timeout: 30_000 }, (error, stdout, stderr) => resolve({ code: error ? (error.code ?? 1) : 0, stdout, stderr }));
    });
  const byDefault = await run('');
  assert.equal(byDefault.code, 0, byDefault.stderr);
  assert.match(byDefault.stdout, new RegExp(`--package=k8s-contrib-card@${own.replace(/\./g, '\\.')} `));
  const pinned = await run('0.9.1');
  assert.match(pinned.stdout, /--package=k8s-contrib-card@0\.9\.1 /);
  assert.doesNotMatch(pinned.stdout, new RegExp(`@${own.replace(/\./g, '\\.')} `));
});

// Windows line ends (a list saved as CRLF) and options over several lines (`args: |`): the \r
// made "pacoxu\r" a bad login, and only the first line of options was read.
test('its command line builds the cards, with PNG, a team, users given with commas and CRLF line ends, options over lines', async () => {
  const urls = standIns.urls('action');
  const out = join(mkdtempSync(join(tmpdir(), 'k8s-contrib-card-action-')), 'cards');
  const r = await runStep({
    users: 'pacoxu,\r\nkube-newbie-2026\r\n',
    team: 'sig-cluster-lifecycle',
    out,
    png: 'true',
    lang: 'zh-CN',
    token: STAND_IN_TOKEN,
    args: `--github-api ${urls.github}\r\n--devstats-api ${urls.devstats}\n--raw-base ${urls.raw} --quiet\n`,
  });
  const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
  const built = index.cards.map((c) => c.login.toLowerCase());
  assert.ok(built.includes('pacoxu') && built.includes('kube-newbie-2026'), built.join(' '));
  // SIG Cluster Lifecycle's chairs and tech leads were added (the stand-in GitHub knows some of them).
  assert.ok(built.length + index.failed.length > 2);
  assert.ok([0, 1].includes(r.code), r.stderr);
  assert.ok(index.cards.every((c) => c.files.png), 'PNG for each card');
  assert.match(readFileSync(join(out, 'pacoxu.svg'), 'utf8'), /指导委员会/);
  assert.equal(r.stdout.includes(STAND_IN_TOKEN) || r.stderr.includes(STAND_IN_TOKEN), false);
});

test('args are split as a shell splits words: a quoted path keeps its space; an unclosed quote is a usage error', async () => {
  const urls = standIns.urls('action');
  const dir = mkdtempSync(join(tmpdir(), 'k8s-contrib-card-action-'));
  const roles = join(dir, 'speaker roles.yaml');
  writeFileSync(roles, 'pacoxu:\n  - KubeCon speaker\n');
  const out = join(dir, 'cards');
  const services = `--github-api ${urls.github} --devstats-api ${urls.devstats} --raw-base ${urls.raw}`;
  const r = await runStep({ users: 'pacoxu', out, token: STAND_IN_TOKEN, args: `${services}\n--extra-roles "${roles}" --quiet` });
  assert.equal(r.code, 0, r.stderr);
  assert.match(readFileSync(join(out, 'pacoxu.svg'), 'utf8'), /KubeCon speaker/);
  const open = await runStep({ users: 'pacoxu', out, args: `--extra-roles "${roles}` });
  assert.equal(open.code, 2);
  assert.match(open.stderr, /args: a quote is not closed/);
});

// Actions compares `inputs.png == 'true'` ignoring case, and so added the rasterizer for 'True';
// the script's own test was case-sensitive, and wrote no PNG without a word.
test('png: True writes PNGs too, as Actions reads the input; variant sets the layout', async () => {
  const urls = standIns.urls('action-png');
  const out = join(mkdtempSync(join(tmpdir(), 'k8s-contrib-card-action-')), 'cards');
  const r = await runStep({ users: 'pacoxu', out, png: 'True', variant: 'compact', token: STAND_IN_TOKEN, args: `--github-api ${urls.github} --devstats-api ${urls.devstats} --raw-base ${urls.raw} --quiet` });
  assert.equal(r.code, 0, r.stderr);
  const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
  assert.ok(index.cards.length === 1 && index.cards[0].files.png, JSON.stringify(index.cards));
  // The variant input, new: the compact card is ~140 px tall, the full one over 340.
  assert.ok(Number(/height="(\d+)"/.exec(readFileSync(join(out, 'pacoxu.svg'), 'utf8'))[1]) < 200, 'the compact variant');
});

/** The step's outputs as a later step reads them: `name=value` lines in the file GITHUB_OUTPUT names. */
function outputsOf(file) {
  return Object.fromEntries(readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
}

test('the step sets the index and its counts as outputs, also when a login failed, and keeps the exit code', async () => {
  const urls = standIns.urls('action-outputs');
  const dir = mkdtempSync(join(tmpdir(), 'k8s-contrib-card-action-'));
  const out = join(dir, 'cards');
  const outputs = join(dir, 'github-output');
  writeFileSync(outputs, '');
  const args = `--github-api ${urls.github} --devstats-api ${urls.devstats} --raw-base ${urls.raw} --quiet`;
  const r = await runStep({ users: 'pacoxu no-such-person-404', out, token: STAND_IN_TOKEN, args }, { GITHUB_OUTPUT: outputs });
  assert.equal(r.code, 1, r.stderr);
  assert.deepEqual(outputsOf(outputs), { index: join(out, 'index.json'), cards: '1', failed: '1', remaining: '0' });
  // A shard's own index; and a usage error (exit 2) writes no outputs, though an index from the
  // run before is still in the folder.
  writeFileSync(outputs, '');
  const shard = await runStep({ users: 'pacoxu', out, token: STAND_IN_TOKEN, shard: '1/1', args }, { GITHUB_OUTPUT: outputs });
  assert.equal(shard.code, 0, shard.stderr);
  assert.deepEqual(outputsOf(outputs), { index: join(out, 'index.1.json'), cards: '1', failed: '0', remaining: '0' });
  writeFileSync(outputs, '');
  const usage = await runStep({ users: 'pacoxu', out, token: STAND_IN_TOKEN, args: `${args} --no-such-flag` }, { GITHUB_OUTPUT: outputs });
  assert.equal(usage.code, 2, usage.stderr);
  assert.equal(readFileSync(outputs, 'utf8'), '');
  // `args` may name another folder (the CLI reads the last --out): the outputs follow it.
  writeFileSync(outputs, '');
  const elsewhere = join(dir, 'dark');
  const moved = await runStep({ users: 'pacoxu', out, token: STAND_IN_TOKEN, args: `${args} --theme dark --out=${elsewhere}` }, { GITHUB_OUTPUT: outputs });
  assert.equal(moved.code, 0, moved.stderr);
  assert.deepEqual(outputsOf(outputs), { index: join(elsewhere, 'index.json'), cards: '1', failed: '0', remaining: '0' });
});

// `users: "pacoxu --github-api http://elsewhere"` set an option: the CLI sent the workflow's
// token to that host.
test('a login cannot smuggle an option: the token goes to no other host', async () => {
  const { createServer } = await import('node:http');
  const seen = [];
  const evil = createServer((req, res) => {
    seen.push(`${req.method} ${req.url} ${req.headers.authorization ?? ''}`);
    res.writeHead(404).end();
  });
  await new Promise((r) => evil.listen(0, '127.0.0.1', r));
  try {
    const out = join(mkdtempSync(join(tmpdir(), 'k8s-contrib-card-action-')), 'cards');
    const r = await runStep({ users: `pacoxu --github-api http://127.0.0.1:${evil.address().port}`, out, token: 'ghp_secret-of-the-workflow' });
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /not a GitHub login: "--github-api"/);
    assert.deepEqual(seen, [], 'nothing reached the other host');
  } finally {
    evil.close();
  }
});

test('an input cannot smuggle a command into the script', async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'k8s-contrib-card-action-')), 'cards');
  const marker = join(tmpdir(), `pwned-${process.pid}`);
  const r = await runStep({ users: `pacoxu; touch ${marker} $(touch ${marker})`, out });
  assert.equal(r.code, 2, 'the pieces are logins, and invalid ones');
  assert.throws(() => readFileSync(marker));
});
