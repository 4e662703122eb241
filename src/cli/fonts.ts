/**
 * Whether this machine can draw a card language's script in a PNG. resvg
 * draws with the machine's font files (and `--font-file`): on a Linux box
 * or CI runner without a Devanagari font, a Hindi card's PNG came out with
 * every Hindi word as boxes, silently (the SVG is fine: a browser or image
 * viewer brings its own fonts). fontconfig's `fc-list :lang=<tag>` lists the
 * installed fonts that cover a language (fontconfig's orth files); where it
 * is not installed (macOS, Windows, whose system fonts cover every script the
 * card speaks) nothing can be told, and nothing is said.
 */
import { execFileSync } from 'node:child_process';
import type { SupportedLocale } from '../i18n/locale.js';

/** The card's languages written in a script the common Latin fonts (DejaVu, Liberation) lack, and a Debian/Ubuntu package of fonts for it. */
const SCRIPTS: Partial<Record<SupportedLocale, { tag: string; script: string; apt: string }>> = {
  bn: { tag: 'bn', script: 'Bengali', apt: 'fonts-noto-core' },
  hi: { tag: 'hi', script: 'Devanagari', apt: 'fonts-noto-core' },
  ja: { tag: 'ja', script: 'Japanese', apt: 'fonts-noto-cjk' },
  ko: { tag: 'ko', script: 'Korean', apt: 'fonts-noto-cjk' },
  'zh-CN': { tag: 'zh-cn', script: 'Simplified Chinese', apt: 'fonts-noto-cjk' },
  'zh-TW': { tag: 'zh-tw', script: 'Traditional Chinese', apt: 'fonts-noto-cjk' },
  ar: { tag: 'ar', script: 'Arabic', apt: 'fonts-noto-core' },
};

/** Runs `fc-list` with `args` and returns its output; throws when it cannot be run. */
export type FcList = (args: string[]) => string;

const fcList: FcList = (args) => execFileSync('fc-list', args, { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] });

/**
 * Why `--png` cannot draw `locale` here: no installed font draws its script
 * (and no `--font-file` was given, which may). Undefined when it can, when the
 * language needs no such font, or when fontconfig is not there to ask.
 */
export function missingFontProblem(locale: SupportedLocale, fontFiles: readonly string[], run: FcList = fcList): string | undefined {
  const need = SCRIPTS[locale];
  if (!need || fontFiles.length) return undefined;
  let listed: string;
  try {
    listed = run([`:lang=${need.tag}`, 'family']);
  } catch {
    return undefined;
  }
  if (listed.trim()) return undefined;
  return (
    `--png: no font on this machine draws ${need.script}: the PNGs' ${need.script} text would be boxes ` +
    `(the SVGs would be fine). Install one (Debian/Ubuntu: apt-get install ${need.apt}), pass --font-file, or leave out --png.`
  );
}
