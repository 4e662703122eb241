/**
 * The static card's writing direction. The regions are laid out once, in
 * left-to-right coordinates; a {@link Mirror} turns each horizontal position
 * into the card's own direction as it is drawn, so an Arabic card has its
 * avatar, text and first figure on the right, as the web card has under
 * `dir="rtl"`.
 *
 * Text is placed by physical anchors only, never by the `direction`
 * property: resvg (which draws the PNG cards) ignores `direction`, so
 * `text-anchor="start"` stays the left edge there while a browser makes it
 * the right edge of right-to-left text, and the two would disagree. Instead a
 * right-to-left line is anchored at its right edge with `text-anchor="end"`,
 * and its words are put in right-to-left order by a Unicode right-to-left
 * embedding (RLE … PDF, UAX #9 §2.1) around the line. Not the newer isolates
 * (RLI … PDI): WebKit's SVG text ignores them (measured: "رئيس: WG Device
 * Management" in RLI kept its words left to right), while resvg, Chromium,
 * Firefox and WebKit all follow embeddings.
 *
 * Inside a line, a piece of data (a login, a group, a title, a date) is set
 * between two marks of its own direction (LRM or RLM), so its "@" and final
 * punctuation read with it. Marks, not embeddings: an embedding inside the
 * line also turns the neutral characters beside it its way, and a wrapped
 * title's "(" and ")" came apart ("(task page (kubernetes/website").
 *
 * Data strings had their own bidi controls removed (`visibleText`), so these
 * are the only ones.
 */

/** Right-to-left embedding and pop directional formatting (UAX #9). */
const RLE = '\u202B';
const PDF = '\u202C';
/** Left-to-right and right-to-left marks: strong characters that draw nothing. */
const LRM = '\u200E';
const RLM = '\u200F';

/** A character with a strong direction: a letter, or a left-to-right or right-to-left mark (dates carry them). */
const STRONG = /[\p{L}\u200E\u200F]/u;
/** Those that run right to left: the right-to-left mark and the letters of the right-to-left scripts in Unicode. */
const RTL_STRONG = /[\u200F\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Yezidi}]/u;

/** Whether `text` runs right to left by its first strong character (UAX #9 rules P2–P3, as `dir="auto"`). */
export function firstStrongIsRtl(text: string): boolean {
  const first = STRONG.exec(text)?.[0];
  return first !== undefined && RTL_STRONG.test(first);
}

/** How a text line is anchored at its x. */
export type Anchor = 'start' | 'middle' | 'end';

/** Places the left-to-right layout in the card's direction. */
export interface Mirror {
  /** Whether the card runs right to left. */
  readonly rtl: boolean;
  /**
   * The left edge, in the drawn card, of a box whose left edge is `x` and
   * which is `width` wide in the left-to-right layout (a point when `width`
   * is 0).
   */
  x(x: number, width?: number): number;
  /**
   * The `text-anchor` of a line laid out with `anchor` (start and end swap in
   * right to left), as the attribute is written: none for `start`, its default.
   */
  anchor(anchor: Anchor): 'middle' | 'end' | undefined;
  /**
   * A line's pieces as drawn: the line inside an embedding of the card's
   * direction, and each piece of data (`own`) between marks of its own first
   * strong character's direction, as the web card isolates names, logins,
   * roles and sources: in right to left, "@pacoxu" keeps its "@" before it.
   */
  embed<T extends { text: string; own?: boolean }>(pieces: readonly T[]): T[];
  /**
   * A short run (a figure and its unit, "1.2 ألف") led by a mark of the card's
   * direction instead of an embedding: right to left, the figure at the right.
   * For text beside a raised `<tspan>`, where WebKit draws nothing of an
   * embedding that spans the two.
   */
  lead(text: string): string;
}

/**
 * The mirror of a card (or chip) `width` wide: the identity for left to
 * right; for right to left, x ↦ width − x − box width, anchors swapped, and
 * each line embedded as right-to-left text.
 */
export function mirror(rtl: boolean, width: number): Mirror {
  if (!rtl) return { rtl, x: (x) => x, anchor: (a) => (a === 'start' ? undefined : a), embed: (p) => [...p], lead: (t) => t };
  return {
    rtl,
    x: (x, w = 0) => width - x - w,
    anchor: (a) => (a === 'start' ? 'end' : a === 'end' ? undefined : a),
    embed: (pieces) =>
      pieces.map((p, i) => {
        // Spaces around a piece stay outside its marks, between it and what is beside it.
        const mark = firstStrongIsRtl(p.text) ? RLM : LRM;
        // A separator with no letter of its own (" · " between two groups or sources) between
        // right-to-left marks: between two left-to-right pieces it took their direction, and
        // "kubeadm · system-validators" ran left to right, the first item on the left, where the
        // web card (each item isolated) puts it on the right.
        const text = p.own ? p.text.replace(/^(\s*)(.*?)(\s*)$/su, `$1${mark}$2${mark}$3`) : i > 0 && !STRONG.test(p.text) ? `${RLM}${p.text}${RLM}` : p.text;
        return { ...p, text: `${i === 0 ? RLE : ''}${text}${i === pieces.length - 1 ? PDF : ''}` };
      }),
    lead: (t) => `${RLM}${t}`,
  };
}

/** A left-to-right mirror: for what runs left to right in every language (the chart, as on the web card). */
export const LTR: Mirror = mirror(false, 0);
