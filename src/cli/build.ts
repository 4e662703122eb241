/**
 * `k8s-contrib-card build`: card files for a list of logins, through the very
 * sources the element uses (`sources/live.ts`), with the CLI's own storage,
 * token and DevStats bound set through `configure()`.
 *
 * Per login: `<login>.json` (card data, exactly what `src` reads), `<login>.svg`
 * and, with `--png`, `<login>.png`; then `index.json` (or `index.<i>.json` for
 * a shard). A GitHub rate limit either is waited out (a short wait) or stops
 * the build cleanly: what was built is kept and the rest is listed.
 */
import { setTimeout as wait } from 'node:timers/promises';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync, accessSync, constants } from 'node:fs';
import { writeFileWhole, writeFilesWhole } from './write-file.js';
import { FontCheck, scriptsIn, type ScriptName } from './fonts.js';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadMessages, messagesFor } from '../i18n/catalog.js';
import { loadMore } from '../i18n/more-catalog.js';
import type { MoreMessages } from '../i18n/messages.js';
import { LoadError, toLoadError } from '../model/load-error.js';
import { HttpStatusError, request } from '../sources/net/http.js';
import type { CardData } from '../model/model.js';
import { configure, getConfig, trimSlash, type ConfigPatch } from '../sources/config.js';
import { fetchRolesIndex, useRolesIndex } from '../sources/community.js';
import { fetchRanges } from '../sources/devstats.js';
import { devstatsProject, loadLiveCard } from '../sources/live.js';
import { loadYamlParser } from '../roles/build/yaml.js';
import { renderCardSvg } from '../static/svg.js';
import { isRolesFile, UsageError, type BuildOptions } from './args.js';
import { avatarDataUri } from './avatar.js';
import { parseExtraRoles, type ExtraRole } from './extra-roles.js';
import { FileStorage } from './file-storage.js';
import { cardBaseName, INDEX_VERSION, sortIndex, type BuildIndex, type FailedLogin, type IndexedCard } from './index-file.js';
import { invalidLogins, parseUsersFile, shardOf, teamLogins, uniqueLogins } from './logins.js';
import { loadRasterizer } from './png.js';
import { oneLine, Progress, summary, type Output } from './progress.js';

/** What the build reads from its surroundings (injectable for tests). */
export interface CliEnv {
  out: Output;
  err: Output;
  env: Record<string, string | undefined>;
  /** Waits `ms`, or until `signal` aborts (tests replace it to avoid sleeping). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** A rate-limit reset at most this far away is waited for; a longer one stops the build. */
export const MAX_RATE_LIMIT_WAIT_MS = 90_000;
/** DevStats is one community-run server: at most this many of its requests at once. */
export const DEVSTATS_CONCURRENCY = 4;

/** Exit codes (documented in the usage text). */
export const EXIT = { ok: 0, failed: 1, usage: 2, rateLimited: 3 } as const;

/** Settings every command that calls the services applies first. */
export function serviceConfig(o: { githubApi?: string; devstatsApi?: string; rawBase?: string; rolesSrc?: string; cacheDir?: string; project?: string }, env: CliEnv['env']): ConfigPatch {
  const patch: ConfigPatch = {
    persist: o.cacheDir !== undefined,
    storage: o.cacheDir !== undefined ? new FileStorage(o.cacheDir) : undefined,
    githubToken: env.GITHUB_TOKEN?.trim() || undefined,
    devstatsConcurrency: DEVSTATS_CONCURRENCY,
  };
  if (o.githubApi) patch.githubApi = o.githubApi;
  if (o.devstatsApi) patch.devstatsApi = o.devstatsApi;
  if (o.rawBase) patch.rawBase = o.rawBase;
  if (o.rolesSrc) patch.rolesSrc = o.rolesSrc;
  if (o.project) patch.project = o.project;
  return patch;
}

/** Configures the sources for a command; a `--cache-dir` that cannot be used is a usage error. */
export function configureServices(o: Parameters<typeof serviceConfig>[0], env: CliEnv['env']): void {
  try {
    configure(serviceConfig(o, env));
  } catch (e) {
    throw new UsageError(`--cache-dir: cannot use ${o.cacheDir}: ${(e as Error).message}`);
  }
}

/**
 * A token GitHub refuses (401 "Bad credentials") fails every GitHub call: a build
 * wrote cards without names, avatars or first PRs and exited 0. Asked once, first,
 * at `/rate_limit`, which GitHub does not count against the budget (REST API
 * docs, "Get rate limit status for the authenticated user"). Without a token, or
 * when the network fails here, the commands go on and say what they meet.
 */
export async function checkToken(): Promise<void> {
  const { githubApi, githubToken } = getConfig();
  if (!githubToken) return;
  try {
    // The sources' own request: GitHub's headers and the token, the timeout, the size limit.
    await request({ source: 'github', service: 'github', url: `${trimSlash(githubApi)}/rate_limit`, accept: 'json', parse: (body) => body });
  } catch (e) {
    if (e instanceof HttpStatusError && e.status === 401) throw new UsageError('GITHUB_TOKEN: GitHub refuses it (401 Bad credentials). Set a valid token, or none (60 calls an hour).');
  }
}

/**
 * A `--project` DevStats does not have (a typo) failed every card's DevStats
 * calls: a build wrote cards without totals or activity. Its `Ranges` call, which
 * every card makes anyway (and the cache keeps), says so first. When the network
 * or DevStats fails here, the build goes on and says what it meets.
 */
export async function checkProject(project: string): Promise<void> {
  try {
    // The name as the cards will ask for it.
    await fetchRanges({ api: trimSlash(getConfig().devstatsApi), project: devstatsProject(project) });
  } catch (e) {
    if (e instanceof LoadError && e.reason === 'unknown-project') {
      throw new UsageError(`--project: CNCF DevStats has no project ${JSON.stringify(project.slice(0, 60))} (its projects: https://devstats.cncf.io)`);
    }
  }
}

/** `err` with another message (the context it failed in, or the token taken out): its reason and source stay. */
export function relabel(err: LoadError, message: string): LoadError {
  return Object.assign(new LoadError(err.reason, err.source, '', err.retryAt), { message });
}

/** Anything a message may carry that must never be printed (the token). */
export function redact(text: string, env: CliEnv['env']): string {
  const token = env.GITHUB_TOKEN?.trim();
  return token ? text.split(token).join('***') : text;
}

/** The logins the options name, checked, deduplicated and sharded. Throws {@link UsageError}. */
async function resolveLogins(o: BuildOptions): Promise<string[]> {
  const named = [...o.logins];
  if (o.usersFile) {
    let text: string;
    try {
      text = readFileSync(o.usersFile, 'utf8');
    } catch (e) {
      throw new UsageError(`--users-file: cannot read ${o.usersFile}: ${(e as Error).message}`);
    }
    named.push(...parseUsersFile(text));
  }
  const bad = invalidLogins(named);
  // The first few, and how many more: a users file of 10,000 bad lines made one 119 KB line.
  if (bad.length) throw new UsageError(`not a GitHub login: ${someOf(bad.map((b) => JSON.stringify(b.slice(0, 60))), 10)}`);
  if (o.teams.length) {
    let index;
    try {
      index = (await fetchRolesIndex({ rawBase: o.rawBase ?? 'https://raw.githubusercontent.com', rolesSrc: o.rolesSrc })).value;
    } catch (e) {
      const err = toLoadError(e, 'community');
      throw relabel(err, `--team: the community files could not be read: ${err.message}`);
    }
    for (const team of o.teams) {
      const members = teamLogins(index, team);
      if (!members.length) throw new UsageError(`--team ${team}: no current leaders found (a group folder of sigs.yaml, e.g. sig-node, or steering)`);
      named.push(...members);
    }
  }
  const logins = uniqueLogins(named);
  // A users file of comments only built nothing and exited 0, as if all went well. (A shard may
  // be empty: more shards than logins.)
  if (!logins.length) throw new UsageError(`build: no logins to build${o.usersFile ? ` (${o.usersFile} names none)` : ''}`);
  return o.shard ? shardOf(logins, o.shard) : logins;
}

/** The first `n` names, and how many more: one line whatever the list's length ("a, b, c and 12 more"). */
function someOf(names: readonly string[], n = 5): string {
  return names.slice(0, n).join(', ') + (names.length > n ? ` and ${names.length - n} more` : '');
}

/** Whether `dir` holds nothing (false when it cannot be read: then it is left as it is). */
function isEmptyFolder(dir: string): boolean {
  try {
    return readdirSync(dir).length === 0;
  } catch {
    return false;
  }
}

/**
 * Whether `file` starts as a TrueType, OpenType or TrueType collection file does (its sfnt
 * version or tag), the formats resvg reads. A file that cannot be read is a usage error.
 */
function isSfnt(file: string): boolean {
  const head = Buffer.alloc(4);
  let read: number;
  try {
    const fd = openSync(file, 'r');
    try {
      read = readSync(fd, head, 0, 4, 0);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    throw new UsageError(`--font-file: cannot read ${file}: ${(e as Error).message}`);
  }
  return read === 4 && (head.equals(Buffer.from([0, 1, 0, 0])) || ['OTTO', 'true', 'ttcf'].includes(head.toString('latin1')));
}

/** Runs a build; resolves with the exit code. Usage errors throw {@link UsageError}. */
export async function runBuild(o: BuildOptions, cli: CliEnv): Promise<number> {
  const started = Date.now();
  // Over at once when `signal` aborts, its timer cleared (a pending one kept the stopped process
  // alive) and no listener left behind (one per wait: Node warned of a leak after ten).
  const sleep = cli.sleep ?? ((ms: number, signal?: AbortSignal) => wait(ms, undefined, { signal }).catch(() => undefined));
  // A roles index in a file: read once, and asked for by its `file:` URL, as a fetched one by its address.
  if (o.rolesSrc && isRolesFile(o.rolesSrc)) o = { ...o, rolesSrc: rolesFile(o.rolesSrc) };
  configureServices(o, cli.env);

  let made: string | undefined;
  try {
    made = mkdirSync(o.out, { recursive: true });
    accessSync(o.out, constants.W_OK);
  } catch (e) {
    throw new UsageError(`--out: cannot write to ${o.out}: ${(e as Error).message}`);
  }
  try {
    return await buildInto(o, cli, started, sleep);
  } catch (e) {
    // A usage error comes before any card is written, and so does a source the whole build needs
    // (the token's check, --project, --team's community files): the folder this run made goes again.
    if (made && (e instanceof UsageError || isEmptyFolder(o.out))) rmSync(made, { recursive: true, force: true });
    throw e;
  }
}

/**
 * `--roles-src <file>`: the index read, checked and taken as the answer of its `file:` URL, the
 * address every card then asks by (no request can read a file). Throws {@link UsageError}.
 */
function rolesFile(given: string): string {
  try {
    // A `file:` URL (as a page's roles-src is a URL) names its file; read as a path, it was none.
    const path = /^file:/i.test(given) ? fileURLToPath(given) : given;
    const url = pathToFileURL(path).href;
    useRolesIndex(url, JSON.parse(readFileSync(path, 'utf8')));
    return url;
  } catch (e) {
    throw new UsageError(`--roles-src: ${given}: ${(e as Error).message} (the \`roles\` command writes one)`);
  }
}

/** {@link runBuild} once its output folder is there. */
async function buildInto(o: BuildOptions, cli: CliEnv, started: number, sleep: (ms: number, signal?: AbortSignal) => Promise<void>): Promise<number> {
  let extras = new Map<string, ExtraRole[]>();
  if (o.extraRoles) {
    try {
      extras = parseExtraRoles(await loadYamlParser(), readFileSync(o.extraRoles, 'utf8'));
    } catch (e) {
      // js-yaml's message goes on with an excerpt of the file, five lines and a caret: its first line says where.
      throw new UsageError(`--extra-roles: ${oneLine((e as Error).message)}`);
    }
  }
  let png: ((svg: string) => Uint8Array) | undefined;
  let fonts: FontCheck | undefined;
  if (o.png) {
    // resvg skips a font file it cannot read without a word: the PNG would quietly lose the font.
    if (o.fontFile && !statSync(o.fontFile, { throwIfNoEntry: false })?.isFile()) throw new UsageError(`--font-file: not a file: ${o.fontFile}`);
    if (o.fontFile && !isSfnt(o.fontFile)) throw new UsageError(`--font-file: ${o.fontFile} is not a TrueType or OpenType font (.ttf, .otf, .ttc), the formats the PNG renderer reads (not .woff or .woff2)`);
    try {
      png = await loadRasterizer(o.fontFile ? [o.fontFile] : []);
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    // Before any request: PNGs whose every word is a box are worse than none.
    fonts = new FontCheck(o.fontFile ? [o.fontFile] : []);
    const noFont = fonts.languageProblem(o.lang);
    if (noFont) throw new UsageError(noFont);
  }
  await checkToken();
  if (o.project) await checkProject(o.project);
  const logins = await resolveLogins(o);
  await loadMessages(o.lang);
  const messages = messagesFor(o.lang)!;
  const more = await loadMore(o.lang);

  const cards: IndexedCard[] = [];
  const boxed = new Map<ScriptName, string[]>();
  /** Logins whose avatar could not be downloaded: said after the build (their cards show initials). */
  const unAvatared: string[] = [];
  const failed: FailedLogin[] = [];
  const remaining: string[] = [];
  let stopped: LoadError | undefined;
  const progress = new Progress(cli.out, logins.length, o.quiet);
  const queue = [...logins];
  // Ctrl-C, or a CI job cancelled (SIGTERM): no card starts, those loading are given up, and the
  // index still says what was built and what was not; the exit code is the shell's for the
  // signal (128 + its number). A second one stops the process at once (Node's default again).
  const interrupt = new AbortController();
  let signalled: NodeJS.Signals | undefined;
  const onSignal = (sig: NodeJS.Signals) => {
    signalled ??= sig;
    interrupt.abort();
  };
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);

  /** One card, waiting out a short rate limit once; undefined when the build must stop. */
  const loadOne = async (login: string): Promise<CardData | LoadError | undefined> => {
    for (let attempt = 0; ; attempt++) {
      let data: CardData | undefined;
      let error: LoadError | undefined;
      try {
        data = await loadLiveCard(login, { project: o.project, signal: interrupt.signal });
      } catch (e) {
        error = toLoadError(e, 'github');
      }
      // A card missing GitHub's part because of its rate limit is not worth keeping.
      const limited = error?.reason === 'rate-limited' ? error : data?.notices?.find((n) => n.reason === 'rate-limited');
      if (signalled) return undefined;
      if (!limited) return data ?? error;
      const retryAt = limited.retryAt ? Date.parse(limited.retryAt) : NaN;
      const wait = Number.isFinite(retryAt) ? retryAt - Date.now() : Infinity;
      if (attempt === 0 && wait <= MAX_RATE_LIMIT_WAIT_MS) {
        progress.pause();
        cli.err.write(`GitHub rate limit: waiting ${Math.ceil(Math.max(0, wait) / 1000)} s for its reset.\n`);
        // Cut short by Ctrl-C or a cancelled job: it waited out the whole limit (up to 90 s) first,
        // and a CI runner kills a job that has not stopped within seconds of its cancel.
        await sleep(Math.max(0, wait) + 1000, interrupt.signal);
        if (signalled) return undefined;
        continue;
      }
      stopped = limited instanceof LoadError ? limited : new LoadError('rate-limited', 'github', '', limited.retryAt);
      return undefined;
    }
  };

  const worker = async () => {
    for (let login = queue.shift(); login !== undefined; login = queue.shift()) {
      if (stopped || signalled) {
        remaining.push(login);
        continue;
      }
      const result = await loadOne(login);
      if (result === undefined) {
        remaining.push(login);
        continue;
      }
      if (result instanceof LoadError) {
        failed.push({ login, reason: result.reason, message: redact(result.message, cli.env) });
        progress.step(login, `failed: ${result.reason}`);
        continue;
      }
      let card: IndexedCard;
      try {
        // A card's own words (a name, a company) in a script no installed font draws: its PNG shows
        // them as boxes. Said after the build, per script, with the logins.
        const drawn = png && ((svg: string) => {
          for (const script of scriptsIn(svg)) if (!fonts!.draws(script)) boxed.set(script, [...(boxed.get(script) ?? []), login]);
          return png(svg);
        });
        const noAvatar = () => void unAvatared.push(login);
        card = await writeCard(result, o, { messages, more, extraRoles: extras.get(login.toLowerCase()), png: drawn, noAvatar });
      } catch (e) {
        // One card's files failing (a folder in the way, a full disk, a PNG that would not draw)
        // fails that login, not the build: the others go on and the index still says what happened.
        const message = redact(e instanceof Error ? e.message : String(e), cli.env);
        failed.push({ login, reason: 'write', message });
        progress.step(login, `failed: write (${message})`);
        continue;
      }
      cards.push(card);
      progress.step(login, card.notices?.length ? `partial (${card.notices.map((n) => `${n.source} ${n.reason}`).join(', ')})` : 'built');
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(o.concurrency, Math.max(1, logins.length)) }, worker));
  } finally {
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
  }

  const index: BuildIndex = sortIndex({ v: INDEX_VERSION, generatedAt: new Date().toISOString(), cards, failed, remaining });
  if (o.shard) index.shard = o.shard;
  progress.pause();
  // The summary first: the cards are written, and say so even if the index then cannot be.
  cli.out.write(summary(index.cards, index.failed, index.remaining, Date.now() - started, signalled));
  for (const [script, who] of boxed) {
    cli.err.write(`--png: no font on this machine draws ${script}, which the PNG${who.length > 1 ? 's' : ''} of ${someOf(who)} show${who.length > 1 ? '' : 's'} as boxes. ${FontCheck.install([script])}\n`);
  }
  if (unAvatared.length) {
    // Silent before: avatars.githubusercontent.com blocked or down (as in some networks) gave initials on every card unsaid.
    cli.err.write(`No avatar embedded for ${someOf(unAvatared)} (not downloaded in time, or not a PNG, JPEG or WebP of at most 64 KB): the card${unAvatared.length > 1 ? 's show' : ' shows'} initials instead.\n`);
  }
  writeFileWhole(join(o.out, o.shard ? `index.${o.shard.index}.json` : 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
  if (signalled) {
    cli.err.write(`Stopped by ${signalled}: ${index.remaining.length} login(s) not built; the index lists them.\n`);
    return 128 + (signalled === 'SIGINT' ? 2 : 15);
  }
  if (stopped) {
    const at = stopped.retryAt ? ` It resets at ${stopped.retryAt}.` : '';
    cli.err.write(`Stopped: GitHub's rate limit is spent.${at} ${index.remaining.length} login(s) not built; run again later${cli.env.GITHUB_TOKEN ? '' : ', or set GITHUB_TOKEN'}.\n`);
    return EXIT.rateLimited;
  }
  const partial = o.strict ? index.cards.filter((c) => c.notices?.length) : [];
  if (partial.length) {
    cli.err.write(`--strict: ${partial.length} card${partial.length > 1 ? 's are' : ' is'} partial (${someOf(partial.map((c) => c.login))}): a source failed for ${partial.length > 1 ? 'them' : 'it'}; the index says which.\n`);
  }
  return failed.length || partial.length ? EXIT.failed : EXIT.ok;
}

/**
 * Writes one card's files; the SVG embeds the avatar, the PNG is drawn from the SVG.
 * All or none: every file is made, then written whole and renamed into place with
 * the JSON last (`write-file.ts`), so the folder (and an `index` run over it) never
 * holds a card's JSON without its pictures, nor a torn file.
 */
async function writeCard(
  data: CardData,
  o: BuildOptions,
  extra: {
    messages: NonNullable<ReturnType<typeof messagesFor>>;
    more: MoreMessages;
    extraRoles?: ExtraRole[];
    png?: (svg: string) => Uint8Array;
    /** Told when the card has an avatar that could not be downloaded (it shows the initials). */
    noAvatar?: () => void;
  },
): Promise<IndexedCard> {
  const avatar = await avatarDataUri(data.identity.avatarUrl);
  if (!avatar && data.identity.avatarUrl) extra.noAvatar?.();
  const base = cardBaseName(data.identity.login);
  const files: IndexedCard['files'] = { json: `${base}.json`, svg: `${base}.svg` };
  const svg = renderCardSvg(data, {
    locale: o.lang,
    messages: extra.messages,
    more: extra.more,
    theme: o.theme,
    variant: o.variant,
    now: Date.now(),
    avatar,
    extraRoles: extra.extraRoles,
  });
  const contents: [string, string | Uint8Array][] = [
    [files.json, `${JSON.stringify(data, null, 2)}\n`],
    [files.svg!, svg],
  ];
  if (extra.png) {
    files.png = `${base}.png`;
    contents.push([files.png, extra.png(svg)]);
  }
  // All or none, and never torn: every file is written whole first, then all are renamed into place.
  writeFilesWhole(contents.map(([name, body]) => [join(o.out, name), body] as const));
  const card: IndexedCard = { login: data.identity.login, files };
  if (data.asOf) card.asOf = data.asOf;
  if (data.notices?.length) card.notices = data.notices;
  return card;
}
