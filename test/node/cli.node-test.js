// The `k8s-contrib-card` CLI (dist/lib/cli/bin.js; run `npm run build:lib` first), run as a user
// runs it — a child process with its own environment — against the stand-in services only.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startStandIns } from '../stand-ins/server.js';
import { STAND_IN_TOKEN } from '../stand-ins/github.js';

const BIN = fileURLToPath(new URL('../../dist/lib/cli/bin.js', import.meta.url));
let standIns;
let parseCardData;

before(async () => {
  standIns = await startStandIns();
  ({ parseCardData } = await import('../../dist/lib/model/validate.js'));
});
after(() => standIns?.stop());

/** A fresh scope per test: its own request log, faults and GitHub budget. */
let scopeCount = 0;
function scoped() {
  const id = `cli-${++scopeCount}`;
  const urls = standIns.urls(id);
  return { id, flags: ['--github-api', urls.github, '--devstats-api', urls.devstats, '--raw-base', urls.raw] };
}

/** Runs the CLI; resolves with its exit code and output. */
function cli(args, env = {}) {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env }, timeout: 120_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

const tmp = () => mkdtempSync(join(tmpdir(), 'k8s-contrib-card-cli-'));
const withToken = { GITHUB_TOKEN: STAND_IN_TOKEN };

/** Every file below `dir`, as text. */
function allText(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => readFileSync(join(e.parentPath ?? e.path, e.name)).toString('latin1'))
    .join('\n');
}

test('build: two logins with --png give valid JSON, SVG and PNG, and an index', async () => {
  const { flags } = scoped();
  const out = tmp();
  const r = await cli(['build', 'pacoxu', 'kube-newbie-2026', '--png', '--out', out, ...flags], withToken);
  assert.equal(r.code, 0, r.stderr);
  for (const login of ['pacoxu', 'kube-newbie-2026']) {
    const data = JSON.parse(readFileSync(join(out, `${login}.json`), 'utf8'));
    const parsed = parseCardData(data);
    assert.equal(parsed.ok, true, `${login}.json is card data`);
    assert.equal(data.identity.login.toLowerCase(), login);
    const svg = readFileSync(join(out, `${login}.svg`), 'utf8');
    assert.match(svg, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg[^>]* xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.match(svg, /<\/svg>\s*$/);
    assert.doesNotMatch(svg, /<script|<foreignObject|\son[a-z]+=|javascript:|https?:\/\/(?!www\.w3\.org\/)/i);
    const png = readFileSync(join(out, `${login}.png`));
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], `${login}.png is a PNG`);
  }
  const paco = JSON.parse(readFileSync(join(out, 'pacoxu.json'), 'utf8'));
  assert.ok(paco.roles.some((role) => role.kind === 'steering-member'), 'roles came from the community files');
  assert.ok(paco.totals.contributions > 0, 'figures came from DevStats');
  const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
  assert.deepEqual(index.cards.map((c) => c.login.toLowerCase()), ['kube-newbie-2026', 'pacoxu']);
  assert.deepEqual(index.cards[1].files, { json: 'pacoxu.json', svg: 'pacoxu.svg', png: 'pacoxu.png' });
  assert.deepEqual(index.failed, []);
  assert.match(r.stdout, /Built 2 cards/);
  // A card's signal carries a listener per request: Node must not take that for a leak.
  assert.doesNotMatch(r.stderr, /Warning/, 'no Node warnings (MaxListenersExceededWarning)');
});

test('a bad flag, or a login that cannot be one, is a usage error (exit 2) with the usage text', async () => {
  const out = tmp();
  for (const args of [['build', 'pacoxu', '--out', out, '--nope'], ['build', '--out', out, 'not a login'], ['build', 'pacoxu'], ['build', 'pacoxu', '--out', out, '--shard', '3/2'], ['frobnicate']]) {
    const r = await cli(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, /Usage:/);
  }
  const r = await cli(['build', 'pacoxu', '--out', out, '--nope']);
  assert.match(r.stderr, /--nope/);
});

test('an unknown login exits 1 and is named; the others are still built', async () => {
  const { flags } = scoped();
  const out = tmp();
  const r = await cli(['build', 'pacoxu', 'no-such-person-here', '--out', out, '--quiet', ...flags], withToken);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /no-such-person-here: not-found/);
  assert.ok(existsSync(join(out, 'pacoxu.json')));
  const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
  assert.deepEqual(index.failed.map((f) => [f.login, f.reason]), [['no-such-person-here', 'not-found']]);
});

test('--strict fails the build (exit 1) when a card is partial, and names it; without it the card is built and the build passes', async () => {
  const { id, flags } = scoped();
  // GitHub's search times out (incomplete_results): the card is built, with a GitHub notice.
  standIns.fault(id, { service: 'github', kind: 'search-timeout' });
  const loose = await cli(['build', 'pacoxu', '--out', tmp(), '--quiet', ...flags], withToken);
  assert.equal(loose.code, 0, loose.stderr);
  const out = tmp();
  const strict = await cli(['build', 'pacoxu', '--out', out, '--quiet', '--strict', ...flags], withToken);
  assert.equal(strict.code, 1, strict.stderr);
  assert.match(strict.stderr, /--strict: 1 card is partial \(pacoxu\)/);
  // The card and the index are still written: a later step can publish or inspect them.
  const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
  assert.deepEqual(index.cards.map((c) => [c.login, c.notices?.map((n) => `${n.source} ${n.reason}`)]), [['pacoxu', ['github timeout']]]);
});

test('the token goes to GitHub only, and never into a file or the output', async () => {
  const { id, flags } = scoped();
  const out = tmp();
  const cache = tmp();
  const r = await cli(['build', 'pacoxu', 'no-such-person-here', '--png', '--out', out, '--cache-dir', cache, ...flags], withToken);
  assert.equal(r.code, 1);
  for (const [what, text] of [['stdout', r.stdout], ['stderr', r.stderr], ['out', allText(out)], ['cache', allText(cache)]]) {
    assert.equal(text.includes(STAND_IN_TOKEN), false, `the token is not in ${what}`);
  }
  const log = standIns.log(id);
  assert.ok(log.some((e) => e.service === 'github' && e.headers.authorization === `Bearer ${STAND_IN_TOKEN}`), 'GitHub got the token');
  assert.ok(log.filter((e) => e.service !== 'github').every((e) => e.headers.authorization === undefined), 'nobody else did');
});

test('a spent GitHub budget with a distant reset stops cleanly: exit 3, what was built kept, the rest listed, also by a later index', async () => {
  const { id, flags } = scoped();
  const out = tmp();
  // Two calls left (one card's profile and search), reset in an hour.
  standIns.budget(id, { resource: 'core:auth', remaining: 1, resetIn: 3600 });
  standIns.budget(id, { resource: 'search:auth', remaining: 1, resetIn: 3600 });
  const r = await cli(['build', 'pacoxu', 'kube-newbie-2026', 'BenTheElder', '--concurrency', '1', '--out', out, '--quiet', ...flags], withToken);
  assert.equal(r.code, 3, r.stderr);
  assert.match(r.stderr, /rate limit/i);
  const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
  assert.equal(index.cards.length, 1, 'the card built before the limit is kept');
  assert.equal(index.remaining.length, 2);
  assert.match(r.stdout, /Not built \(stopped by a rate limit\)/);
  // `index` over the same folder still says what is missing (it said "0 not built").
  const again = await cli(['index', out]);
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stdout, /1 card, 0 failed, 2 not built/);
  assert.deepEqual(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')).remaining, index.remaining);
});

// What went wrong outside the CLI is said in a line, with the exit code that says who can mend it:
// these printed a stack trace (and `roles` crawled every repository before finding it could not write).
test('a service or a file that fails is one line, not a stack trace; options that cannot work are usage errors', async () => {
  const { flags } = scoped();
  const noStack = (r) => assert.doesNotMatch(r.stderr, /^\s+at /m, r.stderr);
  // Into a folder it makes: it left that folder behind, empty (a usage error's is removed).
  const teamOut = join(tmp(), 'new', 'cards');
  const team = await cli(['build', '--team', 'steering', '--roles-src', 'http://127.0.0.1:1/nothing.json', '--out', teamOut, ...flags], withToken);
  assert.equal(team.code, 1, team.stderr);
  assert.match(team.stderr, /--team: the community files could not be read/);
  assert.equal(existsSync(dirname(teamOut)), false, 'no empty folder left');
  noStack(team);
  const file = join(tmp(), 'a-file');
  writeFileSync(file, 'not a folder');
  const cache = await cli(['build', 'pacoxu', '--out', tmp(), '--cache-dir', file, ...flags], withToken);
  assert.equal(cache.code, 2, cache.stderr);
  assert.match(cache.stderr, /--cache-dir: cannot use/);
  // A file resvg cannot read as a font (a .woff2, or anything else) was passed to it, and it drew
  // the PNG without it, unsaid.
  const woff = join(tmp(), 'font.woff2');
  writeFileSync(woff, 'wOF2 not what resvg reads');
  const notFont = await cli(['build', 'pacoxu', '--out', tmp(), '--png', '--font-file', woff, ...flags], withToken);
  assert.equal(notFont.code, 2, notFont.stderr);
  assert.match(notFont.stderr, /--font-file: .*font\.woff2 is not a TrueType or OpenType font/);
  const font = await cli(['build', 'pacoxu', '--out', tmp(), '--png', '--font-file', join(tmp(), 'no-such-font.ttf'), ...flags], withToken);
  assert.equal(font.code, 2, font.stderr);
  assert.match(font.stderr, /--font-file: not a file/);
  const roles = await cli(['roles', '--out', join(file, 'sub', 'roles.json'), ...flags], withToken);
  assert.equal(roles.code, 2, roles.stderr);
  assert.match(roles.stderr, /--out: cannot write/);
  assert.doesNotMatch(roles.stdout, /repositories/, 'no crawl before the check');
});

// A card file the system refused ended the whole build with no index.json, the other
// logins' cards unrecorded, and the refused card's JSON left without its SVG.
test('a card whose files cannot be written fails that login only: the others are built, the index says which, no half card is left', async () => {
  const { flags } = scoped();
  const out = tmp();
  mkdirSync(join(out, 'pacoxu.svg'));
  const r = await cli(['build', 'pacoxu', 'kube-newbie-2026', '--concurrency', '1', '--out', out, ...flags], withToken);
  assert.equal(r.code, 1, r.stderr);
  assert.doesNotMatch(r.stderr, /^\s+at /m, r.stderr);
  assert.match(r.stdout, /Failed: 1\n {2}pacoxu: write \(EISDIR/);
  const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
  assert.deepEqual(index.cards.map((c) => c.login), ['kube-newbie-2026']);
  assert.deepEqual(index.failed.map((f) => [f.login, f.reason]), [['pacoxu', 'write']]);
  assert.match(index.failed[0].message, /EISDIR/);
  assert.equal(existsSync(join(out, 'pacoxu.json')), false, 'no JSON without its SVG');
  assert.ok(existsSync(join(out, 'kube-newbie-2026.svg')));
  // An index that cannot be written: one line, after the summary of the cards that were.
  const blocked = tmp();
  mkdirSync(join(blocked, 'index.json'));
  const r2 = await cli(['build', 'kube-newbie-2026', '--out', blocked, ...flags], withToken);
  assert.equal(r2.code, 1, r2.stderr);
  assert.match(r2.stdout, /Built 1 card/);
  assert.match(r2.stderr, /EISDIR/);
  assert.doesNotMatch(r2.stderr, /^\s+at /m, r2.stderr);
});

// Every GitHub call failed with 401, and the build wrote cards without names and exited 0.
test('a token GitHub refuses stops the build before it starts (exit 2), without printing the token', async () => {
  const { flags } = scoped();
  const out = tmp();
  const r = await cli(['build', 'pacoxu', '--out', out, ...flags], { GITHUB_TOKEN: 'ghp_not-a-real-token' });
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /GITHUB_TOKEN: GitHub refuses it \(401 Bad credentials\)/);
  assert.equal(r.stderr.includes('ghp_not-a-real-token'), false);
  assert.equal(existsSync(join(out, 'pacoxu.json')), false, 'no card written');
});

// DevStats answers 400 "database not found for project" to a name it has not (cncf/devstatscode
// cmd/api/api.go nameToDB): every card's totals and activity failed, and the build exited 0.
test('a --project DevStats does not have stops the build before it starts (exit 2); one it has builds', async () => {
  const { flags } = scoped();
  const out = join(tmp(), 'cards');
  const r = await cli(['build', 'pacoxu', '--project', 'kubernets', '--out', out, ...flags], withToken);
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /--project: CNCF DevStats has no project "kubernets"/);
  assert.equal(existsSync(out), false, 'the folder it made is gone again, no card written');
  const ok = await cli(['build', 'pacoxu', '--project', 'Kubernetes', '--out', out, '--quiet', ...flags], withToken);
  assert.equal(ok.code, 0, ok.stderr);
  assert.ok(JSON.parse(readFileSync(join(out, 'pacoxu.json'), 'utf8')).totals.contributions > 0, 'figures came from DevStats');
});

test('--lang reads a tag as a page\'s lang is read (zh is Simplified Chinese), and refuses a language the card does not speak', async () => {
  const { flags } = scoped();
  const out = tmp();
  const r = await cli(['build', 'pacoxu', '--lang', 'zh', '--out', out, '--quiet', ...flags], withToken);
  assert.equal(r.code, 0, r.stderr);
  assert.match(readFileSync(join(out, 'pacoxu.svg'), 'utf8'), /xml:lang="zh-CN"/);
  const bad = await cli(['build', 'pacoxu', '--lang', 'tlh', '--out', tmp()]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--lang: one of en, ar/);
});

test('a rate limit that resets soon is waited out', async () => {
  const { id, flags } = scoped();
  const out = tmp();
  standIns.budget(id, { resource: 'core:auth', remaining: 0, resetIn: 2 });
  const r = await cli(['build', 'pacoxu', '--out', out, '--quiet', ...flags], withToken);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /waiting \d+ s/);
  const card = JSON.parse(readFileSync(join(out, 'pacoxu.json'), 'utf8'));
  assert.equal(card.notices, undefined, 'a complete card after the wait');
});

// A later build that failed a login, over a folder still holding that login's older card:
// `index` listed the old card and dropped the failure, as if the refresh had worked.
test('index keeps a failure written after the card on disk was made, and drops one written before', async () => {
  const { indexFolder } = await import('../../dist/lib/cli/index-file.js');
  const card = JSON.parse(readFileSync(new URL('../data/full.json', import.meta.url), 'utf8'));
  const failure = { login: 'pacoxu', reason: 'not-found', message: 'GitHub: 404' };
  for (const [generatedAt, kept] of [['2026-11-21T00:00:00Z', true], ['2026-11-19T00:00:00Z', false]]) {
    const dir = tmp();
    writeFileSync(join(dir, 'pacoxu.json'), JSON.stringify(card)); // asOf 2026-11-20
    writeFileSync(join(dir, 'index.json'), JSON.stringify({ v: 1, generatedAt, cards: [], failed: [failure], remaining: [] }));
    const index = indexFolder(dir);
    assert.deepEqual(index.cards.map((c) => c.login), ['pacoxu'], 'the card on disk is listed');
    assert.deepEqual(index.failed, kept ? [failure] : [], `a failure of ${generatedAt}`);
  }
});

test('--shard splits the list deterministically; index merges the shard folders', async () => {
  const { flags } = scoped();
  const out = tmp();
  const logins = ['pacoxu', 'kube-newbie-2026', 'BenTheElder', 'no-such-person-here'];
  const r1 = await cli(['build', ...logins, '--shard', '1/2', '--out', out, '--quiet', ...flags], withToken);
  const r2 = await cli(['build', ...logins.reverse(), '--shard', '2/2', '--out', out, '--quiet', ...flags], withToken);
  const s1 = JSON.parse(readFileSync(join(out, 'index.1.json'), 'utf8'));
  const s2 = JSON.parse(readFileSync(join(out, 'index.2.json'), 'utf8'));
  const names = (s) => [...s.cards.map((c) => c.login.toLowerCase()), ...s.failed.map((f) => f.login.toLowerCase())].sort();
  // Sorted case-insensitively: bentheelder, kube-newbie-2026, no-such-person-here, pacoxu.
  assert.deepEqual(names(s1), ['bentheelder', 'no-such-person-here']);
  assert.deepEqual(names(s2), ['kube-newbie-2026', 'pacoxu']);
  assert.equal(r1.code, 1);
  assert.equal(r2.code, 0);
  const merged = await cli(['index', out]);
  assert.equal(merged.code, 0);
  const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
  assert.deepEqual(index.cards.map((c) => c.login.toLowerCase()), ['bentheelder', 'kube-newbie-2026', 'pacoxu']);
  assert.deepEqual(index.failed.map((f) => f.login), ['no-such-person-here']);
});

test('--team steering builds the Steering Committee; --users-file and --extra-roles are read', async () => {
  const { flags } = scoped();
  const out = tmp();
  const users = join(tmp(), 'users.txt');
  writeFileSync(users, '# speakers\nkube-newbie-2026\n\n  pacoxu  # twice: once from the team\n');
  const extras = join(tmp(), 'extra.yaml');
  writeFileSync(extras, 'kube-newbie-2026:\n  - KubeCon China 2026 volunteer\n  - label: Meetup organiser\n    url: https://example.org/meetup\n');
  const r = await cli(['build', '--team', 'steering', '--users-file', users, '--extra-roles', extras, '--out', out, '--quiet', ...flags], withToken);
  const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
  const all = [...index.cards.map((c) => c.login.toLowerCase()), ...index.failed.map((f) => f.login.toLowerCase())];
  // The seven members of the fixture's Steering Committee, and the newcomer; pacoxu once.
  assert.equal(all.filter((l) => l === 'pacoxu').length, 1);
  assert.ok(all.includes('bentheelder') && all.includes('kube-newbie-2026'), all.join(' '));
  assert.equal(all.length, 8, all.join(' '));
  assert.ok([0, 1].includes(r.code));
  assert.match(readFileSync(join(out, 'kube-newbie-2026.svg'), 'utf8'), /Meetup organiser/);
  const bad = join(tmp(), 'bad.yaml');
  writeFileSync(bad, 'pacoxu:\n  - label: x\n    url: javascript:alert(1)\n');
  assert.equal((await cli(['build', 'pacoxu', '--extra-roles', bad, '--out', out])).code, 2);
  // A YAML error is one line (js-yaml's message went on with five lines of the file and a caret).
  writeFileSync(bad, 'pacoxu: [unclosed\n');
  const yaml = await cli(['build', 'pacoxu', '--extra-roles', bad, '--out', out]);
  assert.equal(yaml.code, 2);
  assert.match(yaml.stderr, /^k8s-contrib-card: --extra-roles: [^\n]+\n\nUsage:/, yaml.stderr);
  assert.doesNotMatch(yaml.stderr, /\^/, 'no excerpt of the file');
  // A key that is no login matched no card and said nothing; "@login" is how people write one.
  writeFileSync(bad, '"Paco Xu":\n  - KubeCon speaker\n');
  const name = await cli(['build', 'pacoxu', '--extra-roles', bad, '--out', out]);
  assert.equal(name.code, 2);
  assert.match(name.stderr, /--extra-roles: "Paco Xu": not a GitHub login/);
  // The same person twice ("@login" and the login): the second list replaced the first, silently.
  writeFileSync(bad, 'pacoxu:\n  - KubeCon speaker\n"@PacoXu":\n  - Meetup speaker\n');
  const twice = await cli(['build', 'pacoxu', '--extra-roles', bad, '--out', out]);
  assert.equal(twice.code, 2);
  assert.match(twice.stderr, /--extra-roles: PacoXu: listed twice/);
  // The same key twice: js-yaml's JSON mode kept the second list and dropped the first, unsaid.
  writeFileSync(bad, 'pacoxu:\n  - KubeCon speaker\npacoxu:\n  - Meetup speaker\n');
  const sameKey = await cli(['build', 'pacoxu', '--extra-roles', bad, '--out', out]);
  assert.equal(sameKey.code, 2, sameKey.stderr);
  assert.match(sameKey.stderr, /^k8s-contrib-card: --extra-roles: duplicated mapping key[^\n]*\n\nUsage:/, sameKey.stderr);
  const at = join(tmp(), 'at.yaml');
  writeFileSync(at, '"@kube-newbie-2026":\n  - Meetup speaker\n');
  const atOut = tmp();
  assert.equal((await cli(['build', 'kube-newbie-2026', '--extra-roles', at, '--out', atOut, ...flags], withToken)).code, 0);
  assert.match(readFileSync(join(atOut, 'kube-newbie-2026.svg'), 'utf8'), /Meetup speaker/);
});

test('--cache-dir keeps answers between runs: a rebuild revalidates GitHub and reuses DevStats', async () => {
  const { id, flags } = scoped();
  const out = tmp();
  const cache = tmp();
  await cli(['build', 'pacoxu', '--out', out, '--cache-dir', cache, '--quiet', ...flags], withToken);
  const first = standIns.log(id).length;
  standIns.clearLog(id);
  const r = await cli(['build', 'pacoxu', '--out', out, '--cache-dir', cache, '--quiet', ...flags], withToken);
  assert.equal(r.code, 0);
  const second = standIns.log(id);
  assert.ok(first > 20, `the first run asked the services (${first})`);
  assert.deepEqual(second.filter((e) => e.service === 'devstats' || e.service === 'raw'), [], 'fresh answers are reused');
});

test('roles: crawls every OWNERS file of the orgs into a roles index the element can read', async () => {
  const { id, flags } = scoped();
  const file = join(tmp(), 'roles-index.json');
  const r = await cli(['roles', '--out', file, ...flags], withToken);
  assert.equal(r.code, 0, r.stderr);
  const index = JSON.parse(readFileSync(file, 'utf8'));
  const { isRolesIndex, rolesFor } = await import('../../dist/lib/roles/roles-index.js');
  assert.equal(isRolesIndex(index), true);
  assert.ok(index.generatedAt);
  // pkg/kubelet/OWNERS names aliases; they expand to the SIG Node approvers and reviewers.
  const approver = rolesFor(index, 'mrunalp').find((role) => role.kind === 'approver' && role.group === 'kubernetes');
  assert.deepEqual(approver?.paths, ['pkg/kubelet']);
  assert.equal(approver.url, 'https://github.com/kubernetes/kubernetes');
  assert.ok(rolesFor(index, 'dashpole').some((role) => role.kind === 'emeritus' && role.group === 'kubernetes' && role.label === 'approver'));
  // The steering repository's OWNERS names the steering-committee alias.
  assert.ok(rolesFor(index, 'pacoxu').some((role) => role.kind === 'approver' && role.group === 'steering'));
  assert.ok(rolesFor(index, 'bentheelder').some((role) => role.kind === 'approver' && role.group === 'kind'));
  // Archived repositories give no role.
  assert.equal(JSON.stringify(index).includes('kube-deploy'), false);
  // Every file read names its commit.
  const commits = new Set(index.sources.map((s) => s.commit));
  assert.ok(index.sources.length >= 12 && [...commits].every((c) => /^[0-9a-f]{40}$/.test(c)));
  const log = standIns.log(id);
  // kubernetes-sigs has two pages of repositories; kubernetes/kubernetes' tree came truncated and was walked.
  assert.ok(log.some((e) => e.path === '/orgs/kubernetes-sigs/repos' && e.query.includes('page=2')));
  assert.ok(log.some((e) => /\/repos\/kubernetes\/kubernetes\/git\/trees\/[0-9a-f]{40}$/.test(e.path) && !e.query.includes('recursive')));
});

test('build --roles-src <file>: reads the index the roles command wrote, without the community files; a bad file is a usage error', async () => {
  const { id, flags } = scoped();
  const file = join(tmp(), 'roles-index.json');
  assert.equal((await cli(['roles', '--out', file, ...flags], withToken)).code, 0);
  standIns.reset(id);
  const out = tmp();
  const r = await cli(['build', 'pacoxu', '--team', 'steering', '--roles-src', file, '--out', out, ...flags], withToken);
  // Not every member of the fixture's Steering Committee is known to the GitHub stand-in (exit 1).
  assert.ok([0, 1].includes(r.code), r.stderr);
  // Only the crawl finds OWNERS approvers: the steering repository's OWNERS names pacoxu.
  const card = JSON.parse(readFileSync(join(out, 'pacoxu.json'), 'utf8'));
  assert.ok(card.roles.some((role) => role.kind === 'approver' && role.group === 'steering'), JSON.stringify(card.roles));
  // Its data are as old as the index: the card's "as of" is no later than the file's generatedAt.
  const { generatedAt } = JSON.parse(readFileSync(file, 'utf8'));
  assert.ok(generatedAt && Date.parse(card.asOf) <= Date.parse(generatedAt), `${card.asOf} after ${generatedAt}`);
  assert.ok(card.roles.some((role) => role.kind === 'steering-member'));
  // --team read the same file: the seven members of the fixture's Steering Committee were built or tried.
  const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
  const all = [...index.cards, ...index.failed].map((c) => c.login.toLowerCase());
  assert.ok(all.includes('bentheelder') && all.length === 7, all.join(' '));
  assert.equal(standIns.log(id).filter((e) => e.service === 'raw').length, 0, 'no community file was asked for');
  // A file: URL names the file too (read as a path, it was "no such file").
  const byUrl = tmp();
  const u = await cli(['build', 'pacoxu', '--roles-src', pathToFileURL(file).href, '--out', byUrl, ...flags], withToken);
  assert.equal(u.code, 0, u.stderr);
  assert.ok(JSON.parse(readFileSync(join(byUrl, 'pacoxu.json'), 'utf8')).roles.some((role) => role.kind === 'steering-member'));

  for (const [bad, why] of [
    [join(tmp(), 'nothing.json'), /ENOENT/],
    [join(out, 'pacoxu.json'), /not a current roles index/],
    [join(out, 'pacoxu.svg'), /JSON/],
  ]) {
    const b = await cli(['build', 'pacoxu', '--roles-src', bad, '--out', tmp(), ...flags], withToken);
    assert.equal(b.code, 2, b.stderr);
    assert.match(b.stderr, new RegExp(`--roles-src: ${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
    assert.match(b.stderr, why);
    assert.match(b.stderr, /the `roles` command writes one/);
  }
});

test('build --roles-src <file> whose generatedAt is not an ISO date is a usage error, not every card failing as GitHub\'s bad data', async () => {
  const { flags } = scoped();
  for (const generatedAt of ['-000001-01-01T00:00:00Z', '+275760-09-13T00:00:00Z', 'Tue, 1 Jan 2030 00:00:00 GMT']) {
    const file = join(tmp(), 'roles-index.json');
    writeFileSync(file, JSON.stringify({ v: 3, roles: {}, links: {}, generatedAt }));
    const r = await cli(['build', 'pacoxu', '--roles-src', file, '--out', tmp(), ...flags], withToken);
    assert.equal(r.code, 2, `${generatedAt}: ${r.stdout}${r.stderr}`);
    assert.match(r.stderr, /--roles-src: .*generatedAt: not an ISO 8601 date/);
  }
  // JSON.parse quotes the text it chokes on, line breaks and all: the usage error was cut inside the quote.
  const broken = join(tmp(), 'roles-index.json');
  writeFileSync(broken, '{"v": 3,\n"roles": x}');
  const r = await cli(['build', 'pacoxu', '--roles-src', broken, '--out', tmp(), ...flags], withToken);
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr.split('\n')[0], /--roles-src: .*is not valid JSON \(the `roles` command writes one\)$/, r.stderr);
});

/** A port nothing listens on: one the system just gave out and took back (fetch refuses low ones as "bad port"). */
async function closedPort() {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

// Offline, behind a proxy or a firewall, every failure read "network (github: network: fetch
// failed)": Node's fetch keeps the why in the error's `cause`, which the card's failure dropped.
test('a failed connection says which host and how (Node\'s fetch keeps it in the error\'s cause)', async () => {
  const port = await closedPort();
  const closed = `http://127.0.0.1:${port}`;
  const r = await cli(['build', 'pacoxu', '--out', tmp(), '--quiet', '--github-api', closed, '--devstats-api', closed, '--raw-base', closed], withToken);
  assert.equal(r.code, 1, r.stderr);
  assert.ok(r.stdout.includes(`pacoxu: network (github: network: fetch failed: connect ECONNREFUSED 127.0.0.1:${port})`), r.stdout);
});

// A host with IPv4 and IPv6 addresses that refuses both (localhost on most systems; the raw
// files' host has both) fails with an AggregateError whose message is empty: "fetch failed" again.
test('a failed connection to a host of two addresses names both refusals', async () => {
  const { namingCause } = await import('../../dist/lib/cli/fetch-cause.js');
  const dns = (await import('node:dns')).default;
  const port = await closedPort();
  const lookup = dns.lookup;
  dns.lookup = (host, options, callback) => {
    if (typeof options === 'function') [callback, options] = [options, {}];
    if (host !== 'dual.test') return lookup(host, options, callback);
    const both = [{ address: '127.0.0.1', family: 4 }, { address: '::1', family: 6 }];
    return options.all ? callback(null, both) : callback(null, both[0].address, 4);
  };
  try {
    const e = await namingCause(fetch)(`http://dual.test:${port}/`).then(() => undefined, (err) => err);
    assert.ok(e instanceof TypeError, String(e));
    assert.match(e.message, new RegExp(`^fetch failed: connect ECONNREFUSED 127\\.0\\.0\\.1:${port}`), e.message);
  } finally {
    dns.lookup = lookup;
  }
});

test('a service\'s own bytes reach the terminal without its control characters, each message on one line', async () => {
  // Escape sequences (the window title, erasing the lines above) and a line of the service's own in a CI log.
  const hostile = '\u001b]0;PWNED\u0007\u001b[2K\u001b[1A\n::error::x';
  const { id, flags } = scoped();
  for (const service of ['github', 'devstats', 'raw']) standIns.fault(id, { service, kind: 'body', body: hostile, contentType: 'text/plain' });
  const failed = await cli(['build', 'pacoxu', '--out', tmp(), '--quiet', ...flags], withToken);
  assert.equal(failed.code, 1, failed.stderr);
  assert.match(failed.stdout, /pacoxu: bad-data \(github: bad-data: not JSON/);
  const team = await cli(['build', '--team', 'steering', '--out', tmp(), '--quiet', ...flags], withToken);
  assert.equal(team.code, 1, team.stderr);
  assert.match(team.stderr, /--team: the community files could not be read/);
  for (const r of [failed, team]) {
    assert.doesNotMatch(r.stdout + r.stderr, /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/, JSON.stringify(r.stdout + r.stderr));
    assert.doesNotMatch(r.stdout + r.stderr, /^::error::/m);
  }
  assert.equal(team.stderr.trim().split('\n').length, 1, team.stderr);
});

// A missing sigs.yaml ended the crawl in a raw stack trace ("Error: sigs.yaml is required
// at buildRolesIndexWith…"), and the line saying why it was missing was never printed.
test('roles: no sigs.yaml is one line after the reason it could not be read; a folder or a repeated org is caught or read once', async () => {
  const { id, flags } = scoped();
  standIns.fault(id, { service: 'raw', kind: 'status', status: 503, match: '/sigs.yaml' });
  const file = join(tmp(), 'roles-index.json');
  const r = await cli(['roles', '--out', file, '--orgs', 'kubernetes', ...flags], withToken);
  assert.equal(r.code, 1, r.stderr);
  assert.doesNotMatch(r.stderr, /^\s+at /m, r.stderr);
  assert.match(r.stderr, /not read: kubernetes\/community: .*503/);
  assert.match(r.stderr, /no roles index written: sigs\.yaml is required/);
  assert.equal(existsSync(file), false);
  // "dir/" names a folder even before it exists: refused before the crawl, not after it (EISDIR).
  const folder = scoped();
  const slash = await cli(['roles', '--out', `${join(tmp(), 'new-folder')}/`, ...folder.flags], withToken);
  assert.equal(slash.code, 2, slash.stderr);
  assert.match(slash.stderr, /is a folder/);
  assert.equal(standIns.log(folder.id).filter((e) => e.service === 'github' && !e.path.startsWith('/user')).length, 0, 'no crawl');
  // GitHub's org names are case-insensitive: crawled once, each source once.
  const twice = scoped();
  const once = join(tmp(), 'roles-index.json');
  const r2 = await cli(['roles', '--out', once, '--orgs', 'kubernetes,Kubernetes', ...twice.flags], withToken);
  assert.equal(r2.code, 0, r2.stderr);
  const sources = JSON.parse(readFileSync(once, 'utf8')).sources.map((x) => `${x.repo}/${x.path}`);
  assert.deepEqual(sources, [...new Set(sources)], 'each source once');
  assert.equal(standIns.log(twice.id).filter((e) => e.path === '/orgs/kubernetes/repos').length, 1);
});

test('output files are written whole: all of a card’s files or none, and an old file kept when a new one cannot be written', async () => {
  const { writeFilesWhole, tempNameOf } = await import('../../dist/lib/cli/write-file.js');
  const dir = tmp();
  writeFileSync(join(dir, 'a.json'), 'old a');
  // The second file's folder does not exist: neither file is replaced, no temporary file stays.
  assert.throws(() => writeFilesWhole([[join(dir, 'a.json'), 'new a'], [join(dir, 'missing', 'a.svg'), 'new svg']]), /ENOENT/);
  assert.equal(readFileSync(join(dir, 'a.json'), 'utf8'), 'old a');
  assert.deepEqual(readdirSync(dir), ['a.json']);
  // A picture that cannot be put in place (a folder in the way): the JSON, renamed last, stays old.
  mkdirSync(join(dir, 'a.svg'));
  assert.throws(() => writeFilesWhole([[join(dir, 'a.json'), 'new a'], [join(dir, 'a.svg'), 'new svg']]), /EISDIR|ENOTEMPTY|EEXIST/);
  assert.equal(readFileSync(join(dir, 'a.json'), 'utf8'), 'old a');
  assert.deepEqual(readdirSync(dir).sort(), ['a.json', 'a.svg']);
  rmSync(join(dir, 'a.svg'), { recursive: true });
  writeFilesWhole([[join(dir, 'a.json'), 'new a'], [join(dir, 'a.svg'), 'new svg']]);
  assert.deepEqual(readdirSync(dir).sort(), ['a.json', 'a.svg']);
  assert.equal(readFileSync(join(dir, 'a.json'), 'utf8'), 'new a');
  // Hidden, and not a name `index` or the cache reads (they read *.json).
  assert.match(tempNameOf(join(dir, 'a.json')), /\/\.a\.json\.\d+\.tmp$/);
});

// In a project that has the package installed, `npx -p k8s-contrib-card -p @resvg/resvg-js
// k8s-contrib-card build … --png` (the README's command) runs the project's own CLI, which has no
// rasterizer beside it, and installs only the rasterizer, in npx's cache, whose node_modules/.bin
// npx puts on PATH (npm's libnpmexec, lib/index.js: `binPaths.push(resolve(installDir,
// 'node_modules/.bin'))`). The CLI said "--png needs the optional package @resvg/resvg-js" there.
test('--png finds the rasterizer npx installed beside a project\'s own CLI: its cache\'s .bin is on PATH', async () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const project = tmp();
  const pkg = join(project, 'node_modules/k8s-contrib-card');
  cpSync(join(root, 'dist/lib'), join(pkg, 'dist/lib'), { recursive: true });
  cpSync(join(root, 'package.json'), join(pkg, 'package.json'));
  for (const dep of Object.keys(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).dependencies)) {
    mkdirSync(dirname(join(project, 'node_modules', dep)), { recursive: true });
    symlinkSync(join(root, 'node_modules', dep), join(project, 'node_modules', dep), 'dir');
  }
  const npxCache = tmp();
  mkdirSync(join(npxCache, 'node_modules/.bin'), { recursive: true });
  mkdirSync(join(npxCache, 'node_modules/@resvg'));
  symlinkSync(join(root, 'node_modules/@resvg/resvg-js'), join(npxCache, 'node_modules/@resvg/resvg-js'), 'dir');
  const { flags } = scoped();
  const out = join(project, 'cards');
  const run = (path) =>
    new Promise((resolve) => {
      execFile(process.execPath, [join(pkg, 'dist/lib/cli/bin.js'), 'build', 'pacoxu', '--png', '--out', out, ...flags], { cwd: project, env: { PATH: path, HOME: process.env.HOME, ...withToken }, timeout: 120_000 }, (error, stdout, stderr) =>
        resolve({ code: error ? (error.code ?? 1) : 0, stderr }),
      );
    });
  // Run by `npm test`, PATH starts with this repository's own node_modules/.bin, where the rasterizer is.
  const path = process.env.PATH.split(delimiter).filter((dir) => !/[\\/]node_modules[\\/]\.bin[\\/]?$/.test(dir)).join(delimiter);
  const without = await run(path);
  assert.equal(without.code, 2, 'nowhere to find it: a usage error');
  assert.match(without.stderr, /--png needs the optional package @resvg\/resvg-js/);
  const r = await run(`${join(npxCache, 'node_modules/.bin')}${delimiter}${path}`);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual([...readFileSync(join(out, 'pacoxu.png')).subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
});

test('rasterizerPlaces: the folder the CLI runs in, then each node_modules/.bin folder on PATH', async () => {
  const { rasterizerPlaces } = await import('../../dist/lib/cli/png.js');
  assert.deepEqual(rasterizerPlaces('/work/p', '/usr/bin:/home/u/.npm/_npx/ab12/node_modules/.bin:/work/p/node_modules/.bin/:/opt/node_modules/bin'), [
    '/work/p',
    '/home/u/.npm/_npx/ab12',
    '/work/p',
  ]);
  assert.deepEqual(rasterizerPlaces('/work/p', undefined), ['/work/p']);
});

// On a machine without a Devanagari font (this one: DejaVu and WenQuanYi only), a Hindi card's PNG
// drew every Hindi word as boxes, and the build said nothing; so did a Chinese name on an English
// card where no CJK font is installed.
test('--png: a language no installed font draws is a usage error before any request; a card whose words no font draws is named', async () => {
  const { FontCheck, scriptsIn } = await import('../../dist/lib/cli/fonts.js');
  assert.deepEqual(scriptsIn('Paco Xu 徐俊杰 · हिन्दी · Steering'), ['Chinese (Han)', 'Devanagari']);
  assert.deepEqual(scriptsIn('Zusammengeführte PRs'), []);
  const asked = [];
  const none = new FontCheck([], (args) => (asked.push(args.join(' ')), ''));
  assert.match(none.languageProblem('hi'), /no font on this machine draws Devanagari.*apt-get install fonts-noto-core.*--font-file/);
  assert.match(none.languageProblem('zh-TW'), /Chinese \(Han\).*fonts-noto-cjk/);
  assert.equal(none.languageProblem('de'), undefined, 'Latin: every font has it');
  none.draws('Devanagari');
  assert.deepEqual(asked, [':lang=hi family', ':lang=zh-cn family'], 'fontconfig asked once per script');
  assert.equal(new FontCheck([], () => 'Noto Sans Devanagari\n').languageProblem('hi'), undefined, 'a font for it');
  assert.equal(new FontCheck(['/fonts/x.ttf'], () => '').languageProblem('hi'), undefined, 'a --font-file fontconfig cannot read may draw it');
  // A --font-file was taken to draw every script: a Latin-only one made a Hindi PNG of boxes, unsaid.
  assert.match(new FontCheck(['/fonts/latin.ttf'], () => '', () => ['en', 'de']).languageProblem('hi'), /draws Devanagari, nor does --font-file \/fonts\/latin\.ttf/);
  const queried = [];
  const deva = new FontCheck(['/fonts/deva.ttf'], () => '', (file) => (queried.push(file), ['en', 'hi']));
  assert.equal(deva.languageProblem('hi'), undefined, 'a --font-file that draws it');
  deva.draws('Devanagari');
  deva.draws('Chinese (Han)');
  assert.deepEqual(queried, ['/fonts/deva.ttf'], 'the file asked about once');
  const noFontconfig = new FontCheck([], () => {
    throw Object.assign(new Error('spawn fc-list ENOENT'), { code: 'ENOENT' });
  });
  assert.equal(noFontconfig.languageProblem('hi'), undefined, 'no fontconfig: cannot tell');
  // A machine without those fonts, as fontconfig sees it: a configuration with no font folder.
  const conf = join(tmp(), 'fonts.conf');
  writeFileSync(conf, '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig></fontconfig>\n');
  const bare = { ...withToken, FONTCONFIG_FILE: conf };
  const hindi = scoped();
  const r = await cli(['build', 'pacoxu', '--png', '--lang', 'hi', '--out', tmp(), ...hindi.flags], bare);
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /no font on this machine draws Devanagari/);
  assert.equal(standIns.log(hindi.id).length, 0, 'no request');
  // pacoxu's name, in the stand-in as on GitHub, is "Paco Xu 徐俊杰": built, and said.
  const english = scoped();
  const out = tmp();
  const r2 = await cli(['build', 'pacoxu', 'kube-newbie-2026', '--png', '--out', out, ...english.flags], bare);
  assert.equal(r2.code, 0, r2.stderr);
  assert.match(r2.stderr, /no font on this machine draws Chinese \(Han\), which the PNG of pacoxu shows as boxes\. Install one \(Debian\/Ubuntu: apt-get install fonts-noto-cjk\)/);
  assert.ok(existsSync(join(out, 'pacoxu.png')));
  // This machine's own fonts (WenQuanYi here): nothing to say.
  const here = scoped();
  const r3 = await cli(['build', 'pacoxu', '--png', '--lang', 'zh-CN', '--out', tmp(), ...here.flags], withToken);
  assert.equal(r3.code, 0, r3.stderr);
  assert.doesNotMatch(r3.stderr, /boxes/);
});

// A usage error left the --out folder it had just made; 10,000 bad lines in a users file made one
// 119 KB line of output.
test('a usage error leaves no folder it made, and names the first ten bad logins and how many more', async () => {
  const { flags } = scoped();
  const users = join(tmp(), 'users.txt');
  writeFileSync(users, Array.from({ length: 1000 }, (_, i) => `bad_login_${i}`).join('\n'));
  const out = join(tmp(), 'new', 'cards');
  const r = await cli(['build', '--users-file', users, '--out', out, ...flags], withToken);
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /not a GitHub login: "bad_login_0", .*"bad_login_9" and 990 more\n/);
  const first = r.stderr.split('\n')[0];
  assert.ok(first.length < 300, `its line: ${first.length} characters`);
  assert.equal(existsSync(join(out, '..')), false, 'the folders it made are gone');
  // A folder that was there stays.
  const there = tmp();
  const r2 = await cli(['build', '--users-file', users, '--out', there, ...flags], withToken);
  assert.equal(r2.code, 2, r2.stderr);
  assert.ok(existsSync(there));
});

/** Runs the CLI as a child whose output this process reads; `onStdout` sees it as it comes. */
function spawnCli(args, env, onStdout) {
  const child = spawn(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  child.stdout.on('data', (d) => onStdout?.(child, String(d)));
  const done = new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr })));
  return { child, done };
}

// `build … | head -1`: the first line read, the reader gone; the CLI died of the pipe's EPIPE
// (an unhandled 'error' event) with no card and no index.json written.
test('output piped into a reader that stops early: the build goes on, cards and index written', async () => {
  const { flags } = scoped();
  const out = tmp();
  const { done } = spawnCli(['build', 'pacoxu', 'kube-newbie-2026', '--concurrency', '1', '--out', out, ...flags], withToken, (child) => child.stdout.destroy());
  const r = await done;
  assert.equal(r.code, 0, r.stderr);
  assert.doesNotMatch(r.stderr, /EPIPE|^\s+at /m, r.stderr);
  const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
  assert.deepEqual(index.cards.map((c) => c.login.toLowerCase()).sort(), ['kube-newbie-2026', 'pacoxu']);
});

// Ctrl-C or a cancelled CI job: the build died with no index.json (or a stale one), and a
// card file cut mid-write was left empty.
test('a build stopped by SIGTERM or SIGINT writes its index (built and not built), leaves no partial file, and exits 128 + the signal', async () => {
  for (const [signal, code] of [['SIGTERM', 143], ['SIGINT', 130]]) {
    const { id, flags } = scoped();
    // The second login's answers hang: the signal arrives while it loads.
    standIns.fault(id, { service: 'github', kind: 'hang', match: 'kube-newbie-2026' });
    const out = tmp();
    writeFileSync(join(out, 'index.json'), '{"stale":true}\n');
    const { child, done } = spawnCli(['build', 'pacoxu', 'kube-newbie-2026', '--concurrency', '1', '--out', out, ...flags], withToken);
    for (let i = 0; i < 300 && !existsSync(join(out, 'pacoxu.svg')); i++) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 300));
    child.kill(signal);
    const r = await done;
    assert.equal(r.code, code, `${signal}: ${r.stderr}`);
    assert.match(r.stderr, new RegExp(`Stopped by ${signal}: 1 login\\(s\\) not built`));
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
    assert.deepEqual(index.cards.map((c) => c.login.toLowerCase()), ['pacoxu'], signal);
    assert.deepEqual(index.remaining, ['kube-newbie-2026'], signal);
    assert.deepEqual(readdirSync(out).filter((n) => n.startsWith('.')), [], 'no temporary file left');
  }
});

// Ctrl-C while the build waited out a rate limit was heard only when the wait ended (up to 90 s;
// a cancelled CI job is killed long before), and the summary then blamed the rate limit.
test('a signal during a rate-limit wait stops the build at once, and the summary names the signal', async () => {
  const { id, flags } = scoped();
  standIns.budget(id, { resource: 'core:auth', remaining: 0, resetIn: 60 });
  const out = tmp();
  let stdout = '';
  const { child, done } = spawnCli(['build', 'pacoxu', '--out', out, '--quiet', ...flags], withToken, (_c, d) => (stdout += d));
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  for (let i = 0; i < 300 && !/waiting \d+ s/.test(stderr); i++) await new Promise((r) => setTimeout(r, 50));
  assert.match(stderr, /waiting \d+ s/, 'in the wait');
  const t0 = Date.now();
  child.kill('SIGINT');
  const r = await done;
  assert.equal(r.code, 130, r.stderr);
  assert.ok(Date.now() - t0 < 10_000, `stopped in ${Date.now() - t0} ms, not at the limit's reset`);
  assert.match(stdout, /Not built \(stopped by SIGINT\): pacoxu/);
  assert.deepEqual(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')).remaining, ['pacoxu']);
});

// A list pasted from a page or a sheet ("@pacoxu", a profile's address, "a, b" on one line) and a
// language as $LANG writes it ("zh_TW.UTF-8") were usage errors.
test('a users file takes mentions, profile addresses and lists on a line; --lang takes a POSIX locale', async () => {
  const { parseUsersFile } = await import('../../dist/lib/cli/logins.js');
  const { parseCommandLine } = await import('../../dist/lib/cli/args.js');
  assert.deepEqual(parseUsersFile('# speakers\n@pacoxu\nhttps://github.com/BenTheElder/\r\nkube-newbie-2026, dims  liggitt # SIG Auth\n\n'), [
    'pacoxu',
    'BenTheElder',
    'kube-newbie-2026',
    'dims',
    'liggitt',
  ]);
  assert.equal(parseCommandLine(['build', 'x', '--out', 'o', '--lang', 'zh_TW.UTF-8']).lang, 'zh-TW');
  assert.equal(parseCommandLine(['build', 'x', '--out', 'o', '--lang', 'en_US']).lang, 'en');
  assert.throws(() => parseCommandLine(['build', 'x', '--out', 'o', '--lang', 'tlh_QO.UTF-8']), /--lang: one of/);
});

test('--help and --version', async () => {
  const help = await cli(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /k8s-contrib-card build <login\.\.\.> --out <dir>/);
  // After a command too (it was "Unknown option '--help'", exit 2); after "--" it is a login.
  for (const command of ['build', 'roles', 'index']) {
    const r = await cli([command, '--help']);
    assert.equal(r.code, 0, `${command} --help: ${r.stderr}`);
    assert.match(r.stdout, /k8s-contrib-card build <login\.\.\.> --out <dir>/);
  }
  const asLogin = await cli(['build', '--out', tmp(), '--', '--help']);
  assert.equal(asLogin.code, 2);
  assert.match(asLogin.stderr, /not a GitHub login: "--help"/);
  const version = await cli(['--version']);
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  assert.equal(version.stdout.trim(), pkg.version);
});

// Each was accepted: a users file of comments built nothing and exited 0; --font-file without
// --png was ignored; roles --out naming a folder crawled everything, then failed with EISDIR.
test('options that can do nothing are usage errors, before any request', async () => {
  const { flags } = scoped();
  const users = join(tmp(), 'users.txt');
  writeFileSync(users, '# the team\n# (nobody yet)\n');
  const empty = await cli(['build', '--users-file', users, '--out', tmp(), ...flags], withToken);
  assert.equal(empty.code, 2, empty.stderr);
  assert.match(empty.stderr, /build: no logins to build \(.*users\.txt names none\)/);
  const font = await cli(['build', 'pacoxu', '--font-file', users, '--out', tmp(), ...flags], withToken);
  assert.equal(font.code, 2, font.stderr);
  assert.match(font.stderr, /--font-file: only with --png/);
  const folder = tmp();
  const roles = await cli(['roles', '--out', folder, ...flags], withToken);
  assert.equal(roles.code, 2, roles.stderr);
  assert.match(roles.stderr, /--out: .* is a folder/);
  assert.doesNotMatch(roles.stdout, /repositories/, 'no crawl before the check');
});

test('an output folder that cannot be made is a usage error', async () => {
  // A folder inside a file: no user, root included, can create it.
  const file = join(tmp(), 'a-file');
  writeFileSync(file, 'not a folder');
  const r = await cli(['build', 'pacoxu', '--out', join(file, 'cards')]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--out: cannot write/);
});
