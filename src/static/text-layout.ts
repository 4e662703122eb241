/**
 * Fitting text into lines without a DOM, for the static SVG: an SVG viewer
 * lays out each `<text>` on one line and never wraps, and the renderer runs in
 * Node where nothing can measure a glyph. So widths are estimated, and long
 * names, companies and role lines are wrapped or cut with "…" by the estimate.
 *
 * The estimate is meant to be a little wide rather than narrow: text that is
 * shorter than its line costs a little space, text that is longer leaves the
 * card. Latin text and the Russian alphabet use the advance widths of DejaVu Sans (what `system-ui`
 * and `sans-serif` are on most Linux systems, and wider than the Apple,
 * Windows and Android system fonts); CJK and other full-width characters are
 * 1em; Arabic letters 0.65em (0.72em bold); other scripts 0.75em; emoji 1.3em.
 */

/** Advance widths of U+0020…U+007E in DejaVu Sans, in hundredths of an em. */
const ASCII = [
  32, 40, 46, 84, 64, 95, 78, 27, 39, 39, 50, 84, 32, 36, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 34, 34, 84, 84, 84, 53, 100, 68, 69, 70, 77, 63, 58, 77, 75,
  29, 29, 66, 56, 86, 75, 79, 60, 79, 69, 63, 61, 73, 68, 99, 69, 61, 69, 39, 34, 39, 84, 50, 50, 61, 63, 55, 63, 62, 35, 63, 63, 28, 28, 58, 28, 97, 63, 61, 63, 63,
  41, 52, 39, 63, 59, 82, 59, 59, 52, 64, 34, 64, 84,
];

/** The same in DejaVu Sans Bold (bold Latin is 10–26 % wider, unevenly). */
const ASCII_BOLD = [
  35, 46, 52, 84, 70, 100, 87, 31, 46, 46, 52, 84, 38, 42, 38, 37, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 40, 40, 84, 84, 84, 58, 100, 77, 76, 73, 83, 68, 68, 82, 84,
  37, 37, 77, 64, 100, 84, 85, 73, 85, 77, 72, 68, 81, 77, 110, 77, 72, 73, 46, 37, 46, 84, 50, 50, 67, 72, 59, 72, 68, 44, 72, 71, 34, 34, 67, 34, 104, 71, 69, 72,
  72, 49, 60, 48, 71, 65, 92, 65, 65, 58, 71, 37, 71, 84,
];

/**
 * Advance widths of U+0410…U+044F (А…я, the Russian alphabet; Ukrainian's і ї є ґ and the rest of
 * Cyrillic keep the 0.75em guess) in DejaVu Sans and DejaVu Sans Bold, in hundredths of an em.
 * At 0.75em a letter Cyrillic came out about a quarter wider than drawn: "Рецензування" broke in a
 * figure's tile with room to spare, and the footer cut "Файли спільноти Kubernetes" with "…".
 */
const CYRILLIC = [
  69, 69, 69, 61, 79, 64, 108, 65, 75, 75, 71, 76, 87, 76, 79, 76, 61, 70, 62, 61, 87, 69, 78, 69, 107, 110, 84, 89, 69, 70, 108, 70, 62, 62, 59, 53, 70, 62, 91, 54,
  65, 65, 61, 64, 76, 66, 62, 66, 64, 56, 59, 60, 86, 60, 69, 60, 92, 95, 71, 79, 59, 55, 85, 61,
];
const CYRILLIC_BOLD = [
  78, 77, 77, 64, 90, 69, 123, 71, 84, 84, 82, 84, 100, 84, 85, 84, 74, 74, 69, 78, 100, 78, 93, 81, 124, 133, 94, 104, 77, 74, 118, 77, 68, 70, 64, 53, 81, 68, 100,
  59, 71, 71, 68, 74, 82, 70, 69, 70, 72, 60, 58, 66, 100, 65, 75, 69, 107, 111, 76, 91, 64, 60, 98, 65,
];

/** Punctuation the card itself writes, outside ASCII: narrower or wider than the 0.75em guess. */
const PUNCTUATION: Readonly<Record<string, number>> = {
  '\u00A0': 0.32,
  '·': 0.32,
  '…': 1,
  '—': 1,
  '–': 0.5,
  '“': 0.52,
  '”': 0.52,
  '‘': 0.32,
  '’': 0.32,
  '†': 0.5,
  '‡': 0.5,
  '§': 0.5,
};

/** East Asian Wide and Fullwidth ranges (UAX #11), the ones text actually uses. */
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xa960 && cp <= 0xa97f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe10 && cp <= 0xfe19) ||
    (cp >= 0xfe30 && cp <= 0xfe6f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

const MARK = /\p{M}/u;
const SPACING_MARK = /\p{Mc}/u;
const ZERO_WIDTH = /[\u200B-\u200F\u2060\uFEFF\uFE00-\uFE0F]/;
const EMOJI = /\p{Extended_Pictographic}/u;
/**
 * Arabic letters (the Arabic blocks and their presentation forms). 0.75em, the
 * guess for other scripts, made a line of Arabic about half as wide again as
 * drawn: the card's own Arabic sentences (112 catalogue strings, measured in
 * Chromium) average 0.44–0.54em a letter in DejaVu Sans, Noto Sans Arabic,
 * Noto Naskh Arabic, IBM Plex Sans Arabic, Vazirmatn, Cairo and Tajawal, and
 * the widest string of six letters or more is 0.58–0.67em (0.59–0.72em bold).
 * 0.65 and 0.72 stay at or above nearly all of those, with HEADROOM on top.
 */
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

/** Estimated advance of one character, in em. */
export function charWidth(ch: string, bold = false): number {
  const cp = ch.codePointAt(0)!;
  if (cp >= 0x20 && cp <= 0x7e) return (bold ? ASCII_BOLD : ASCII)[cp - 0x20]! / 100;
  if (cp >= 0x410 && cp <= 0x44f) return (bold ? CYRILLIC_BOLD : CYRILLIC)[cp - 0x410]! / 100;
  // Spacing marks (Devanagari's and Bengali's vowel signs: ा ी ो) take room beside their letter;
  // the others (accents, nuktas, viramas) sit on it.
  if (SPACING_MARK.test(ch)) return 0.4;
  if (MARK.test(ch) || ZERO_WIDTH.test(ch)) return 0;
  if (isWide(cp)) return 1;
  if (EMOJI.test(ch)) return 1.3;
  if (ARABIC.test(ch)) return bold ? 0.72 : 0.65;
  const p = PUNCTUATION[ch];
  return p !== undefined ? p : bold ? 0.82 : 0.75;
}

let segmenter: Intl.Segmenter | undefined;

/**
 * `text` cut into user-perceived characters (extended grapheme clusters, UAX
 * #29): a letter with its marks, a flag, an emoji sequence joined by ZWJ. A
 * line is never broken, nor text cut with "…", inside one: half a flag or of
 * a family emoji draws as a different picture, or a box.
 */
export function graphemes(text: string): string[] {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** How text is set: size in px, bold or not, letter spacing in em. */
export interface Font {
  size: number;
  bold?: boolean;
  /** Letter spacing in em, added after every character. */
  spacing?: number;
}

/**
 * Room every estimate leaves for the engine that draws the SVG. The advances
 * above are Chromium's; the same fonts draw wider elsewhere: WebKit up to 1.2 %
 * (a 380 px line of Latin text ended 4.7 px further right), Firefox 2 % for
 * synthetic bold CJK (7 bold ideographs at 14 px: 99.98 px against 98).
 * test/unit/svg.test.ts checks the estimate and the fit in all three engines.
 */
export const HEADROOM = 1.03;

/** Estimated width of `text` in px. */
export function textWidth(text: string, font: Font): number {
  let em = 0;
  let n = 0;
  for (const ch of text) {
    em += charWidth(ch, font.bold);
    n++;
  }
  return (em * HEADROOM + n * (font.spacing ?? 0)) * font.size;
}

/**
 * A piece of styled text: `bold` changes its width; `cls` is passed through
 * for the caller (the SVG's class of the `<tspan>`).
 */
export interface Run {
  text: string;
  bold?: boolean;
  cls?: string;
  /** A string from data (a name, a login, a role's group), or a role's title: set apart in its own direction in a right-to-left card (`mirror.ts`). */
  own?: boolean;
}

/** Where and how to wrap. */
export interface WrapOptions {
  /** Width of a line in px. */
  max: number;
  /** Font size in px (one size per paragraph). */
  size: number;
  /** Letter spacing in em. */
  spacing?: number;
  /** Most lines; what does not fit ends the last one with "…". Default: no limit. */
  maxLines?: number;
}

/** Bidi embeddings, overrides and isolates: a name must not reorder the card (the validator strips them too). */
const BIDI = /[\u202A-\u202E\u2066-\u2069]/g;

/** Control characters: not drawn (and not allowed in XML), so they take no room. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/**
 * Text as it is drawn: without bidi controls and control characters, white
 * space collapsed. For text that is not laid out here (the title and the
 * description) but must not differ from what is.
 */
export function visibleText(s: string): string {
  return s.replace(BIDI, '').replace(CONTROL, '').replace(/\s+/g, ' ').trim();
}

/** Closing punctuation, and a no-break space (before a list's "·"): never the first thing on a line. */
const NO_BREAK_BEFORE = new Set(Array.from('，。、；：！？）」』】〉》〕］｝,.;:!?)]}%\u00A0'));
/** Opening punctuation, and a no-break space: never the last thing on a line. */
const NO_BREAK_AFTER = new Set(Array.from('（「『【〈《〔［｛\u00A0'));

interface Piece {
  text: string;
  run: number;
  width: number;
}

/** A stretch of text that no line break may cut (unless it is wider than a line). */
interface Unit {
  pieces: Piece[];
  width: number;
}

/** A break opportunity that is a space, in the style of the run it came from. */
interface Space {
  space: number;
}

type Item = Unit | Space;

/**
 * Cuts runs into units and spaces. A break may come at a space, before and
 * after a full-width character (CJK text has no spaces), after a hyphen, and
 * between a full-width and a narrow character; never before closing or after
 * opening punctuation. Whitespace runs count as one space.
 */
function itemize(runs: readonly Run[], em: (ch: string, run: number) => number): Item[] {
  const items: Item[] = [];
  let unit: Unit | undefined;
  let glue = false; // the last character forbids a break after it
  let lastWide = false;
  const flush = () => {
    if (unit) items.push(unit);
    unit = undefined;
  };
  const add = (ch: string, run: number) => {
    const w = em(ch, run);
    unit ??= { pieces: [], width: 0 };
    const last = unit.pieces[unit.pieces.length - 1];
    if (last && last.run === run) {
      last.text += ch;
      last.width += w;
    } else unit.pieces.push({ text: ch, run, width: w });
    unit.width += w;
  };
  runs.forEach((r, run) => {
    for (const ch of graphemes(r.text.replace(BIDI, '').replace(CONTROL, ''))) {
      if (/^\s+$/u.test(ch) && ch !== '\u00A0') {
        flush();
        const prev = items[items.length - 1];
        if (!prev || !('space' in prev)) items.push({ space: run });
        glue = false;
        lastWide = false;
        continue;
      }
      // A cluster is as wide and as attached as its first character: a mark or a joiner
      // starts one only where nothing came before it to attach to.
      const first = String.fromCodePoint(ch.codePointAt(0)!);
      const wide = isWide(first.codePointAt(0)!);
      const attached = MARK.test(first) || ZERO_WIDTH.test(first) || NO_BREAK_BEFORE.has(ch);
      if (!attached && !glue && unit && (wide || lastWide)) flush();
      add(ch, run);
      glue = NO_BREAK_AFTER.has(ch);
      if (!attached) lastWide = wide;
      if (ch === '-' || ch === '\u2010') flush();
    }
  });
  flush();
  return items;
}

/** Lines of runs, and whether text was left out. */
export interface Wrapped {
  lines: Run[][];
  truncated: boolean;
}

/**
 * Wraps styled runs into lines no wider than `max` (by the estimate), at most
 * `maxLines` of them; a unit wider than a whole line is broken anywhere
 * (like CSS `overflow-wrap: anywhere`, which the card uses). Work stops at the
 * last line, so a 10 KB string costs no more than the lines it fills.
 */
export function wrapRuns(runs: readonly Run[], options: WrapOptions): Wrapped {
  const { max, size } = options;
  const maxLines = options.maxLines ?? Infinity;
  const spacing = options.spacing ?? 0;
  // The width of a cluster: its characters' estimates, so a sequence a font cannot join is not underestimated.
  const em = (cluster: string, run: number) => {
    let w = 0;
    for (const ch of cluster) w += (charWidth(ch, runs[run]!.bold) * HEADROOM + spacing) * size;
    return w;
  };
  const items = itemize(runs, em);
  const lines: Piece[][] = [];
  let line: Piece[] = [];
  let width = 0;
  let pendingSpace: number | undefined; // run of a space waiting to be written before the next unit
  let truncated = false;
  const push = (p: Piece) => {
    const last = line[line.length - 1];
    if (last && last.run === p.run) {
      last.text += p.text;
      last.width += p.width;
    } else line.push({ ...p });
    width += p.width;
  };
  const newLine = (): boolean => {
    lines.push(line);
    line = [];
    width = 0;
    pendingSpace = undefined;
    return lines.length < maxLines;
  };
  outer: for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if ('space' in item) {
      if (line.length) pendingSpace = item.space;
      continue;
    }
    const space = pendingSpace !== undefined ? em(' ', pendingSpace) : 0;
    if (width + space + item.width <= max) {
      if (pendingSpace !== undefined) push({ text: ' ', run: pendingSpace, width: space });
      pendingSpace = undefined;
      for (const p of item.pieces) push(p);
      continue;
    }
    if (line.length) {
      if (!newLine()) {
        truncated = true;
        break;
      }
      i--;
      continue;
    }
    // Wider than a whole line: as much as fits, cluster by cluster.
    for (const p of item.pieces) {
      for (const ch of graphemes(p.text)) {
        const w = em(ch, p.run);
        if (width + w > max && line.length) {
          if (!newLine()) {
            truncated = true;
            break outer;
          }
        }
        push({ text: ch, run: p.run, width: w });
      }
    }
  }
  if (line.length) lines.push(line);
  if (truncated && lines.length) lines[lines.length - 1] = ellipsis(lines[lines.length - 1]!, max, em);
  return {
    lines: lines.map((l) => l.map((p) => ({ ...runs[p.run]!, text: p.text }))),
    truncated,
  };
}

/** A full line ended with "…": characters come off its end until the ellipsis fits. */
function ellipsis(line: Piece[], max: number, em: (ch: string, run: number) => number): Piece[] {
  const out = line.map((p) => ({ ...p, chars: graphemes(p.text) }));
  let width = out.reduce((s, p) => s + p.width, 0);
  const lastRun = out[out.length - 1]!.run;
  const dots = em('…', lastRun);
  while (out.length && width + dots > max) {
    const p = out[out.length - 1]!;
    const ch = p.chars.pop();
    if (ch === undefined) {
      out.pop();
      continue;
    }
    const w = em(ch, p.run);
    p.width -= w;
    width -= w;
  }
  // No space before the ellipsis: "Paco…", not "Paco …".
  while (out.length) {
    const p = out[out.length - 1]!;
    while (p.chars.length && /\s/.test(p.chars[p.chars.length - 1]!)) p.chars.pop();
    if (p.chars.length) break;
    out.pop();
  }
  const pieces = out.map((p) => ({ text: p.chars.join(''), run: p.run, width: p.width }));
  const last = pieces[pieces.length - 1];
  if (last && last.run === lastRun) last.text += '…';
  else pieces.push({ text: '…', run: lastRun, width: dots });
  return pieces;
}

/** Plain text wrapped into at most `maxLines` lines of `font` no wider than `max`. */
export function wrapText(text: string, max: number, font: Font, maxLines = Infinity): string[] {
  return wrapRuns([{ text, bold: font.bold }], { max, size: font.size, spacing: font.spacing, maxLines }).lines.map((l) => l.map((r) => r.text).join(''));
}

/** `text` on one line no wider than `max`, cut with "…" if it must be. */
export function ellipsize(text: string, max: number, font: Font): string {
  return wrapText(text, max, font, 1)[0] ?? '';
}
