/**
 * Whether this machine can draw a script in a PNG. resvg draws with the
 * machine's font files (and `--font-file`): on a Linux box or CI runner
 * without a Devanagari font, a Hindi card's PNG came out with every Hindi word
 * as boxes, silently, and so did a Chinese name ("Paco Xu 徐俊杰") on an
 * English card without a CJK font (the SVG is fine: a browser or image viewer
 * brings its own fonts). fontconfig's `fc-list :lang=<tag>` lists the
 * installed fonts that cover a language (fontconfig's orth files); where it
 * is not installed (macOS, Windows, whose system fonts cover these scripts)
 * nothing can be told, and nothing is said.
 */
import { execFileSync } from 'node:child_process';
import type { SupportedLocale } from '../i18n/locale.js';

/** A script the common Latin fonts (DejaVu, Liberation) may lack: how to find it in text, a language fontconfig checks for it, and a Debian/Ubuntu package of fonts for it. */
interface Script {
  name: string;
  test: RegExp;
  tag: string;
  apt: string;
}

const SCRIPTS = [
  { name: 'Chinese (Han)', test: /\p{Script=Han}/u, tag: 'zh-cn', apt: 'fonts-noto-cjk' },
  { name: 'Japanese kana', test: /[\p{Script=Hiragana}\p{Script=Katakana}]/u, tag: 'ja', apt: 'fonts-noto-cjk' },
  { name: 'Korean (Hangul)', test: /\p{Script=Hangul}/u, tag: 'ko', apt: 'fonts-noto-cjk' },
  { name: 'Devanagari', test: /\p{Script=Devanagari}/u, tag: 'hi', apt: 'fonts-noto-core' },
  { name: 'Bengali', test: /\p{Script=Bengali}/u, tag: 'bn', apt: 'fonts-noto-core' },
  { name: 'Arabic', test: /\p{Script=Arabic}/u, tag: 'ar', apt: 'fonts-noto-core' },
  { name: 'Hebrew', test: /\p{Script=Hebrew}/u, tag: 'he', apt: 'fonts-noto-core' },
  { name: 'Thai', test: /\p{Script=Thai}/u, tag: 'th', apt: 'fonts-noto-core' },
  { name: 'Cyrillic', test: /\p{Script=Cyrillic}/u, tag: 'ru', apt: 'fonts-noto-core' },
  { name: 'Greek', test: /\p{Script=Greek}/u, tag: 'el', apt: 'fonts-noto-core' },
] as const satisfies readonly Script[];

/** A script's name, as {@link scriptsIn} gives it and messages say it. */
export type ScriptName = (typeof SCRIPTS)[number]['name'];

/** The script each card language is written in, where it is not Latin. */
const LANGUAGE_SCRIPT: Partial<Record<SupportedLocale, ScriptName>> = {
  ar: 'Arabic',
  bn: 'Bengali',
  hi: 'Devanagari',
  ja: 'Japanese kana',
  ko: 'Korean (Hangul)',
  ru: 'Cyrillic',
  uk: 'Cyrillic',
  'zh-CN': 'Chinese (Han)',
  'zh-TW': 'Chinese (Han)',
};

/** Runs `fc-list` with `args` and returns its output; throws when it cannot be run. */
export type FcList = (args: string[]) => string;

const fcList: FcList = (args) => execFileSync('fc-list', args, { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] });

/** The languages fontconfig says a font file covers (`fc-query`'s `%{lang}`); throws when it cannot tell. */
export type FcQuery = (file: string) => string[];

const fcQuery: FcQuery = (file) =>
  execFileSync('fc-query', ['--format', '%{lang}\n', file], { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] })
    .split(/[|\n]/)
    .filter(Boolean);

/** The scripts of {@link SCRIPTS} that `text` has a character of. Pure. */
export function scriptsIn(text: string): ScriptName[] {
  return SCRIPTS.filter((s) => s.test.test(text)).map((s) => s.name);
}

/**
 * Asks fontconfig, once per script, whether an installed font or a
 * `--font-file` draws it. Where fontconfig cannot tell (not installed, or a
 * file it cannot read), every script is taken as drawn. A `--font-file` was
 * taken to draw everything: a Latin-only one made a Hindi PNG of boxes, unsaid.
 */
export class FontCheck {
  private readonly known = new Map<ScriptName, boolean>();

  constructor(
    private readonly fontFiles: readonly string[],
    private readonly run: FcList = fcList,
    private readonly query: FcQuery = fcQuery,
  ) {}

  /** Each `--font-file`'s languages, asked once (undefined: fontconfig cannot tell). */
  private fileLangs?: (string[] | undefined)[];

  /** Whether a `--font-file` covers the language `tag`; true when fontconfig cannot tell. */
  private fileDraws(tag: string): boolean {
    this.fileLangs ??= this.fontFiles.map((file) => {
      try {
        return this.query(file);
      } catch {
        return undefined;
      }
    });
    return this.fileLangs.some((langs) => !langs || langs.includes(tag));
  }

  /** True unless fontconfig says neither an installed font nor a `--font-file` covers `script`. */
  draws(script: ScriptName): boolean {
    const s = SCRIPTS.find((x) => x.name === script)!;
    if (this.fileDraws(s.tag)) return true;
    let drawn = this.known.get(script);
    if (drawn === undefined) {
      try {
        drawn = this.run([`:lang=${s.tag}`, 'family']).trim() !== '';
      } catch {
        drawn = true;
      }
      this.known.set(script, drawn);
    }
    return drawn;
  }

  /** How to get a font for `scripts`: the Debian/Ubuntu packages. */
  static install(scripts: readonly ScriptName[]): string {
    const apt = [...new Set(scripts.map((n) => SCRIPTS.find((s) => s.name === n)!.apt))];
    return `Install one (Debian/Ubuntu: apt-get install ${apt.join(' ')}), pass --font-file, or leave out --png.`;
  }

  /**
   * Why `--png` cannot draw cards in `locale` here: no installed font draws
   * its script. Undefined when it can, or when it needs no such font.
   */
  languageProblem(locale: SupportedLocale): string | undefined {
    const script = LANGUAGE_SCRIPT[locale];
    if (!script || this.draws(script)) return undefined;
    const nor = this.fontFiles.length ? `, nor does --font-file ${this.fontFiles.join(', ')}` : '';
    return `--png: no font on this machine draws ${script}${nor}: the PNGs' text would be boxes (the SVGs would be fine). ${FontCheck.install([script])}`;
  }
}
