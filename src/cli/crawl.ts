/**
 * `k8s-contrib-card roles`: a complete roles index, built offline with a
 * token, for the element's `roles-src` (docs/roles.md, "The crawl").
 *
 * For each org: its repositories (GitHub REST `GET /orgs/{org}/repos`,
 * paginated), and for each repository that is not archived, its default
 * branch's commit (`GET /repos/{o}/{r}/branches/{branch}`) and file tree
 * (`GET /repos/{o}/{r}/git/trees/{tree}?recursive=1`; a tree GitHub truncates
 * is walked one directory at a time instead). Every `OWNERS`, the root
 * `OWNERS_ALIASES`, and the community files the live card reads (sigs.yaml,
 * the Steering README, kubernetes/org's `org.yaml` and every `teams.yaml`) are
 * read from raw.githubusercontent.com at that commit, so each file in the
 * index's `sources` names the commit it was read at.
 */
import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeFileWhole } from './write-file.js';
import { toLoadError } from '../model/load-error.js';
import { isObj } from '../model/untrusted.js';
import { buildRolesIndexWith, type CommunityFile } from '../roles/build/build.js';
import { loadYamlParser } from '../roles/build/yaml.js';
import { getConfig, trimSlash } from '../sources/config.js';
import { request } from '../sources/net/http.js';
import type { RolesOptions } from './args.js';
import { checkToken, configureServices, EXIT, redact, relabel, type CliEnv } from './build.js';
import { UsageError } from './args.js';
import { oneLine, printable } from './progress.js';

/** A repository as the crawl needs it. */
interface Repo {
  name: string;
  defaultBranch: string;
}

/** A file of a repository's tree. */
interface TreeFile {
  path: string;
}

/** Repositories crawled at once. */
const REPO_CONCURRENCY = 8;

/** Whether a tree path is a file the index reads (see the module comment). */
export function wanted(repo: string, path: string): boolean {
  if (path === 'OWNERS' || path.endsWith('/OWNERS') || path === 'OWNERS_ALIASES') return true;
  if (repo === 'kubernetes/community') return path === 'sigs.yaml';
  if (repo === 'kubernetes/steering') return path === 'README.md';
  if (repo === 'kubernetes/org') return /^config\/[^/]+\/org\.yaml$/.test(path) || /^config\/[^/]+\/.+\/teams\.yaml$/.test(path);
  return false;
}

function githubJson<T>(url: string, parse: (v: unknown) => T, rateLimit: string) {
  return request({ source: 'github', service: 'github', url, accept: 'json', parse, rateLimit });
}

function parseRepos(v: unknown): Repo[] {
  if (!Array.isArray(v)) throw new Error('repository list: not a list');
  return v.flatMap((r): Repo[] => {
    if (!isObj(r) || typeof r.name !== 'string' || typeof r.default_branch !== 'string') return [];
    // An archived repository's OWNERS describe who once owned it, not who does.
    return r.archived === true ? [] : [{ name: r.name, defaultBranch: r.default_branch }];
  });
}

function parseBranch(v: unknown): { commit: string; tree: string } {
  const commit = isObj(v) && isObj(v.commit) ? v.commit : undefined;
  const inner = commit && isObj(commit.commit) ? commit.commit : undefined;
  const tree = inner && isObj(inner.tree) ? inner.tree : undefined;
  if (typeof commit?.sha !== 'string' || typeof tree?.sha !== 'string') throw new Error('branch: no commit');
  return { commit: commit.sha, tree: tree.sha };
}

interface TreeAnswer {
  entries: { path: string; type: string; sha: string }[];
  truncated: boolean;
}

function parseTree(v: unknown): TreeAnswer {
  if (!isObj(v) || !Array.isArray(v.tree)) throw new Error('tree: no entries');
  const entries = v.tree.flatMap((e) =>
    isObj(e) && typeof e.path === 'string' && typeof e.type === 'string' && typeof e.sha === 'string' ? [{ path: e.path, type: e.type, sha: e.sha }] : [],
  );
  return { entries, truncated: v.truncated === true };
}

/** Every page of a paginated list, following `Link: rel="next"` on the same API only. */
async function allPages<T>(first: string, parse: (v: unknown) => T[], rateLimit: string): Promise<T[]> {
  const origin = new URL(first).origin;
  const out: T[] = [];
  for (let url: string | undefined = first; url; ) {
    const page: Awaited<ReturnType<typeof githubJson<T[]>>> = await githubJson(url, parse, rateLimit);
    out.push(...page.value);
    // The token goes with every call: never follow a link off the API's own origin.
    url = page.next && new URL(page.next).origin === origin ? page.next : undefined;
  }
  return out;
}

/**
 * A repository's files, from its recursive tree; when GitHub truncates it
 * (over 100,000 entries or 7 MB, REST docs "Get a tree"), the tree is walked
 * one directory at a time, as those docs advise.
 */
async function listFiles(api: string, repo: string, tree: string, rateLimit: string): Promise<TreeFile[]> {
  const whole = await githubJson(`${api}/repos/${repo}/git/trees/${tree}?recursive=1`, parseTree, rateLimit);
  if (!whole.value.truncated) return whole.value.entries.filter((e) => e.type === 'blob');
  const files: TreeFile[] = [];
  const walk = async (sha: string, prefix: string): Promise<void> => {
    const level = await githubJson(`${api}/repos/${repo}/git/trees/${sha}`, parseTree, rateLimit);
    for (const e of level.value.entries) {
      const path = prefix + e.path;
      if (e.type === 'blob') files.push({ path });
      else if (e.type === 'tree') await walk(e.sha, `${path}/`);
    }
  };
  await walk(tree, '');
  return files;
}

async function rawText(rawBase: string, repo: string, commit: string, path: string): Promise<string> {
  const r = await request({
    source: 'community',
    service: 'raw',
    url: `${rawBase}/${repo}/${commit}/${path.split('/').map(encodeURIComponent).join('/')}`,
    accept: 'text',
    parse: (body) => {
      if (typeof body !== 'string') throw new Error(`${path}: not text`);
      return body;
    },
  });
  return r.value;
}

/** Runs `task` over `items`, at most `n` at once. */
async function pool<T>(items: readonly T[], n: number, task: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(Array.from({ length: Math.min(n, queue.length) }, async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await task(item);
  }));
}

/** Crawls the orgs and writes the roles index; resolves with the exit code. */
export async function runRolesCrawl(o: RolesOptions, cli: CliEnv): Promise<number> {
  configureServices(o, cli.env);
  // Before the crawl, not after it: a folder that cannot be written wasted the whole crawl.
  try {
    mkdirSync(dirname(o.out), { recursive: true });
    accessSync(dirname(o.out), constants.W_OK);
  } catch (e) {
    throw new UsageError(`--out: cannot write to ${dirname(o.out)}: ${(e as Error).message}`);
  }
  const target = statSync(o.out, { throwIfNoEntry: false });
  // "dir/" names a folder even before it exists.
  if (target?.isDirectory() || /[\\/]$/.test(o.out)) throw new UsageError(`--out: ${o.out} is a folder; name the file to write (e.g. ${join(o.out, 'roles-index.json')})`);
  // The file itself, when it is there (read-only, or not ours): found now, not after the crawl.
  if (target) {
    try {
      accessSync(o.out, constants.W_OK);
    } catch (e) {
      throw new UsageError(`--out: cannot write to ${o.out}: ${(e as Error).message}`);
    }
  }
  await checkToken();
  const cfg = getConfig();
  const api = trimSlash(cfg.githubApi);
  const rawBase = trimSlash(cfg.rawBase);
  const core = `${api} core`;
  if (!cfg.githubToken) cli.err.write('GITHUB_TOKEN is not set: a crawl of two orgs needs more than the 60 calls an hour GitHub allows without one.\n');

  const files: CommunityFile[] = [];
  const failures: string[] = [];
  try {
    for (const org of o.orgs) {
      const repos = await allPages(`${api}/orgs/${org}/repos?type=public&per_page=100`, parseRepos, core);
      if (!o.quiet) cli.out.write(`${org}: ${repos.length} repositories\n`);
      await pool(repos, REPO_CONCURRENCY, async (r) => {
        const repo = `${org}/${r.name}`;
        try {
          const branch = await githubJson(`${api}/repos/${repo}/branches/${encodeURIComponent(r.defaultBranch)}`, parseBranch, core);
          const tree = await listFiles(api, repo, branch.value.tree, core);
          for (const f of tree.filter((f) => wanted(repo, f.path))) {
            files.push({ repo, path: f.path, commit: branch.value.commit, text: await rawText(rawBase, repo, branch.value.commit, f.path) });
          }
        } catch (e) {
          const err = toLoadError(e, 'github');
          if (err.reason === 'rate-limited') throw err;
          failures.push(`${repo}: ${err.message}`);
        }
      });
    }
  } catch (e) {
    const err = toLoadError(e, 'github');
    if (err.reason === 'rate-limited') {
      cli.err.write(`Stopped: GitHub's rate limit is spent${err.retryAt ? ` until ${err.retryAt}` : ''}; no index written.\n`);
      return EXIT.rateLimited;
    }
    // Its message already names the source and the reason.
    throw relabel(err, redact(err.message, cli.env));
  }

  // The files that could not be read, said before the outcome (their failure is usually its why).
  const reportNotRead = () => {
    for (const f of failures) cli.err.write(`not read: ${redact(printable(f), cli.env)}\n`);
  };
  // Sorted, so the same files give the same index whatever order they arrived in.
  files.sort((a, b) => (a.repo + a.path < b.repo + b.path ? -1 : 1));
  let built: ReturnType<typeof buildRolesIndexWith>;
  try {
    built = buildRolesIndexWith(await loadYamlParser(), files);
  } catch (e) {
    // A bug of ours keeps its stack (main.ts prints it).
    if (e instanceof TypeError || e instanceof ReferenceError || e instanceof RangeError) throw e;
    // No index without sigs.yaml (the groups every role hangs on) or with it unreadable: one
    // line, after what could not be read, which is usually why.
    reportNotRead();
    cli.err.write(`k8s-contrib-card: no roles index written: ${redact(oneLine(e instanceof Error ? e.message : String(e)), cli.env)}\n`);
    return EXIT.failed;
  }
  const { index, unreadable } = built;
  index.generatedAt = new Date().toISOString();
  writeFileWhole(o.out, `${JSON.stringify(index)}\n`);
  const people = new Set([...Object.keys(index.roles), ...Object.values(index.members ?? {}).flatMap((m) => m.logins)]).size;
  cli.out.write(`${o.out}: ${people} people, ${files.length} files read.\n`);
  // A path comes from a repository's tree, where a file's name may hold any byte but NUL and /.
  for (const u of unreadable) cli.err.write(`unreadable (skipped): ${printable(u)}\n`);
  reportNotRead();
  return failures.length ? EXIT.failed : EXIT.ok;
}
