/**
 * The command line: what each command accepts, read into typed options.
 * Anything wrong is a {@link UsageError}, which the CLI prints with the usage
 * text and exit code 2, before any request is made.
 */
import { parseArgs } from 'node:util';
import { matchLocale, SUPPORTED_LOCALES, type SupportedLocale } from '../i18n/locale.js';

/** A mistake in the command line. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = `Usage:
  k8s-contrib-card build <login...> --out <dir> [options]
      Writes <login>.json (card data, what \`src\` reads), <login>.svg and, with --png,
      <login>.png for each login, and index.json listing them.
        --team <steering|group dir>  add a group's current leaders (sigs.yaml dir, e.g. sig-node)
        --users-file <path>          logins by line, comma or space (@login and profile URLs too), # for comments
        --extra-roles <path>         YAML/JSON: login -> roles held outside the files the card reads
        --png                        also write PNG (needs the optional @resvg/resvg-js)
        --font-file <path>           a .ttf/.otf/.ttc font for the PNG (e.g. a CJK font), besides the system's
        --theme light|dark|auto      SVG colour scheme (default auto)
        --variant full|compact|inline  SVG layout (default full)
        --lang <tag>                 language (default en): ${SUPPORTED_LOCALES.join(' ')}
        --project <name>             CNCF DevStats project (default kubernetes)
        --github-api <url>  --devstats-api <url>  --raw-base <url>
        --roles-src <url|file>       a roles index to read instead of the community files
                                     (a file: one the roles command wrote)
        --concurrency <n>            cards built at once (default 4)
        --shard <i>/<n>              build only the i-th of n deterministic parts
        --strict                     exit 1 when a card is partial (a source failed for it), too
        --cache-dir <dir>            keep answers between runs
        --quiet                      plain lines only
  k8s-contrib-card index <dir>
      Rebuilds <dir>/index.json from the card files in <dir> (e.g. after merging shards).
  k8s-contrib-card roles --out <file> [--orgs <a,b>] [--github-api <url>] [--raw-base <url>] [--cache-dir <dir>] [--quiet]
      Crawls every OWNERS and OWNERS_ALIASES file of the orgs (default kubernetes,kubernetes-sigs;
      needs GITHUB_TOKEN) and writes a roles index for the element's roles-src (served over http(s))
      and build's --roles-src.
  k8s-contrib-card --version

GITHUB_TOKEN, when set, is sent to the GitHub API only; it is never written anywhere.
Exit codes: 0 built, 1 some login failed (or a source the whole build needs; with --strict, a
card is partial), 2 usage error, 3 stopped by a rate limit, 130/143 stopped by SIGINT/SIGTERM.`;

export type Theme = 'light' | 'dark' | 'auto';

/** Options shared by commands that call the services. */
export interface ServiceOptions {
  githubApi?: string;
  devstatsApi?: string;
  rawBase?: string;
  rolesSrc?: string;
  cacheDir?: string;
  quiet: boolean;
}

export interface BuildOptions extends ServiceOptions {
  command: 'build';
  logins: string[];
  teams: string[];
  usersFile?: string;
  extraRoles?: string;
  out: string;
  png: boolean;
  fontFile?: string;
  theme: Theme;
  variant: 'full' | 'compact' | 'inline';
  lang: SupportedLocale;
  project?: string;
  concurrency: number;
  shard?: { index: number; count: number };
  /** A partial card (a source failed for it) fails the build as a failed login does: for a job that publishes only whole cards. */
  strict: boolean;
}

export interface IndexOptions {
  command: 'index';
  dir: string;
}

export interface RolesOptions extends ServiceOptions {
  command: 'roles';
  out: string;
  orgs: string[];
}

export type Command = BuildOptions | IndexOptions | RolesOptions | { command: 'help' } | { command: 'version' };

const URL_OPTIONS = ['github-api', 'devstats-api', 'raw-base', 'roles-src'] as const;

/** True when a `--roles-src` value names a file (a path or a `file:` URL), not an http(s) address. */
export function isRolesFile(value: string): boolean {
  return !/^https?:/i.test(value);
}

/** `--roles-src`: a roles index at an http(s) address, or in a file (one the `roles` command wrote). */
function rolesSource(value: string | undefined): string | undefined {
  return value && isRolesFile(value) ? value : httpUrl(URL_OPTIONS[3], value);
}

function httpUrl(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    throw new UsageError(`--${name}: not a URL: ${value}`);
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new UsageError(`--${name}: must be an http(s) URL`);
  return value;
}

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new UsageError(`--${name}: a whole number from 1 to 64, not ${value}`);
  return n;
}

/** Reads `argv` (without `node` and the script). Throws {@link UsageError}. */
export function parseCommandLine(argv: readonly string[]): Command {
  const [command, ...rest] = argv;
  const help = (a: string | undefined) => a === '--help' || a === '-h';
  if (command === undefined || help(command) || command === 'help') return { command: 'help' };
  // `build --help` too (options end at "--": after it, "--help" would be a login).
  const end = rest.indexOf('--');
  if ((end < 0 ? rest : rest.slice(0, end)).some(help)) return { command: 'help' };
  if (command === '--version' || command === '-v') return { command: 'version' };
  const common = {
    'github-api': { type: 'string' },
    'devstats-api': { type: 'string' },
    'raw-base': { type: 'string' },
    'roles-src': { type: 'string' },
    'cache-dir': { type: 'string' },
    quiet: { type: 'boolean', default: false },
  } as const;
  let parsed;
  try {
    if (command === 'build') {
      parsed = parseArgs({
        args: [...rest],
        allowPositionals: true,
        strict: true,
        options: {
          ...common,
          out: { type: 'string' },
          team: { type: 'string', multiple: true },
          'users-file': { type: 'string' },
          'extra-roles': { type: 'string' },
          png: { type: 'boolean', default: false },
          'font-file': { type: 'string' },
          theme: { type: 'string', default: 'auto' },
          variant: { type: 'string', default: 'full' },
          lang: { type: 'string', default: 'en' },
          project: { type: 'string' },
          concurrency: { type: 'string' },
          shard: { type: 'string' },
          strict: { type: 'boolean', default: false },
        },
      });
    } else if (command === 'index') {
      parsed = parseArgs({ args: [...rest], allowPositionals: true, strict: true, options: {} });
    } else if (command === 'roles') {
      parsed = parseArgs({
        args: [...rest],
        allowPositionals: false,
        strict: true,
        options: { ...common, out: { type: 'string' }, orgs: { type: 'string', default: 'kubernetes,kubernetes-sigs' } },
      });
    } else {
      throw new UsageError(`unknown command: ${command}`);
    }
  } catch (e) {
    if (e instanceof UsageError) throw e;
    // node:util's messages name the flag ("Unknown option '--nope'").
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const v = parsed.values as Record<string, string | boolean | string[] | undefined>;
  const str = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : undefined);

  if (command === 'index') {
    if (parsed.positionals.length !== 1) throw new UsageError('index: give exactly one folder');
    return { command: 'index', dir: parsed.positionals[0] };
  }
  const service: ServiceOptions = {
    githubApi: httpUrl(URL_OPTIONS[0], str('github-api')),
    devstatsApi: httpUrl(URL_OPTIONS[1], str('devstats-api')),
    rawBase: httpUrl(URL_OPTIONS[2], str('raw-base')),
    rolesSrc: rolesSource(str('roles-src')),
    cacheDir: str('cache-dir'),
    quiet: v.quiet === true,
  };
  const out = str('out');
  if (!out) throw new UsageError(`${command}: --out is required`);

  if (command === 'roles') {
    // Each org once: GitHub's org names are case-insensitive, so "kubernetes,Kubernetes" is one.
    const named = (str('orgs') ?? '').split(',').map((o) => o.trim()).filter(Boolean);
    const orgs = named.filter((o, i) => named.findIndex((p) => p.toLowerCase() === o.toLowerCase()) === i);
    if (!orgs.length || orgs.some((o) => !/^[A-Za-z0-9][A-Za-z0-9-]{0,38}$/.test(o))) throw new UsageError('--orgs: a comma-separated list of GitHub orgs');
    return { command: 'roles', ...service, out, orgs };
  }

  const theme = str('theme');
  if (theme !== 'light' && theme !== 'dark' && theme !== 'auto') throw new UsageError(`--theme: light, dark or auto, not ${theme}`);
  const variant = str('variant');
  if (variant !== 'full' && variant !== 'compact' && variant !== 'inline') throw new UsageError(`--variant: full, compact or inline, not ${variant}`);
  // Any tag the element would read as a supported language (`zh`, `zh-cn`, `pt`, `de-AT`), as a
  // page's `lang` is; a language the card does not speak is an error, not English.
  // A POSIX locale as `$LANG` writes it (`zh_TW.UTF-8`, `en_US`) is that tag too.
  const given = (str('lang') ?? '').replace(/\.[\w-]*$/, '').replace(/_/g, '-');
  const lang = matchLocale(given);
  if (lang === 'en' && !/^en(-|$)/i.test(given.trim())) throw new UsageError(`--lang: one of ${SUPPORTED_LOCALES.join(', ')} (or a tag of one, e.g. zh or pt), not ${given}`);
  let shard: BuildOptions['shard'];
  const s = str('shard');
  if (s !== undefined) {
    const m = /^(\d+)\/(\d+)$/.exec(s);
    const index = m ? Number(m[1]) : NaN;
    const count = m ? Number(m[2]) : NaN;
    if (!m || count < 1 || index < 1 || index > count) throw new UsageError(`--shard: i/n with 1 ≤ i ≤ n, not ${s}`);
    shard = { index, count };
  }
  // resvg's font is the PNG's: without --png it would be ignored without a word.
  if (str('font-file') !== undefined && v.png !== true) throw new UsageError('--font-file: only with --png (it is the font the PNG is drawn with)');
  const teams = (v.team as string[] | undefined) ?? [];
  if (!parsed.positionals.length && !teams.length && !str('users-file')) {
    throw new UsageError('build: name at least one login, --team or --users-file');
  }
  return {
    command: 'build',
    ...service,
    logins: parsed.positionals,
    teams,
    usersFile: str('users-file'),
    extraRoles: str('extra-roles'),
    out,
    png: v.png === true,
    fontFile: str('font-file'),
    theme,
    variant,
    lang: lang as SupportedLocale,
    project: str('project'),
    concurrency: positiveInt('concurrency', str('concurrency'), 4),
    shard,
    strict: v.strict === true,
  };
}
