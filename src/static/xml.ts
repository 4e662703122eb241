/**
 * Writing XML text safely, for the static SVG. A card's strings come from
 * people (names, companies, role labels) and a page (extra roles); in a
 * template engine the DOM keeps them text, but here the output is a string
 * someone else parses, so every element is written by `el()`: its attribute
 * values and text children are always escaped, and nothing from data can
 * become markup. Only `el()`'s own output is passed through unescaped (as
 * {@link Markup}), which the type system keeps apart from plain strings.
 */

/** Markup written by {@link el} (or {@link raw}): the only thing emitted unescaped. */
export interface Markup {
  readonly markup: string;
}

/**
 * Characters XML 1.0 does not allow in a document (§2.2 `Char`: C0 controls
 * but tab, line feed and carriage return; lone surrogates; U+FFFE and U+FFFF),
 * plus the C1 controls and DEL, which it allows but discourages and which
 * are never text anyone meant. A parser rejects the whole file for one of the
 * former, so they are removed rather than escaped (a character reference to
 * them is an error too).
 */
const NOT_XML = /[^\t\n\r\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** `s` without the characters XML cannot hold (see {@link NOT_XML}). */
export function xmlChars(s: string): string {
  return s.replace(NOT_XML, '');
}

const ENTITY: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * `s` as XML text or an attribute value: the five special characters become
 * entities (all five everywhere, so one function serves text and both kinds of
 * quotes), and characters XML cannot hold are removed.
 */
export function escapeXml(s: string): string {
  return xmlChars(s).replace(/[&<>"']/g, (c) => ENTITY[c]!);
}

/** A child of an element: text (escaped when written), markup, or nothing. */
export type Child = string | Markup | undefined | false | null | readonly Child[];

/** Attribute values; `undefined` and `false` leave the attribute out. Numbers are written rounded to 0.1. */
export type Attrs = Readonly<Record<string, string | number | undefined | false>>;

/** Names are ours, never from data; a wrong one is a bug to catch here, not markup to write. */
const NAME = /^[A-Za-z_][\w.:-]*$/;

/** Rounds to 0.1: coordinates finer than that add bytes and no sharpness. */
export function num(n: number): string {
  return String(Math.round(n * 10) / 10);
}

function write(child: Child, out: string[]): void {
  if (child === undefined || child === null || child === false) return;
  if (typeof child === 'string') out.push(escapeXml(child));
  else if (Array.isArray(child)) for (const c of child as readonly Child[]) write(c, out);
  else out.push((child as Markup).markup);
}

/**
 * An element: `<name attr="value">children</name>`, or `<name/>` without
 * children. Attribute values and text children are escaped; `Markup`
 * children are the output of earlier calls.
 */
export function el(name: string, attrs: Attrs = {}, ...children: Child[]): Markup {
  if (!NAME.test(name)) throw new Error(`xml: bad element name ${name}`);
  let open = `<${name}`;
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (!NAME.test(k)) throw new Error(`xml: bad attribute name ${k}`);
    open += ` ${k}="${typeof v === 'number' ? num(v) : escapeXml(v)}"`;
  }
  const body: string[] = [];
  for (const c of children) write(c, body);
  return { markup: body.length ? `${open}>${body.join('')}</${name}>` : `${open}/>` };
}

/**
 * Markup the caller wrote itself (the style sheet, the XML declaration): never
 * pass it anything that came from data.
 */
export function raw(markup: string): Markup {
  return { markup };
}

/** Children written out, for the root of a document. */
export function serialize(...children: Child[]): string {
  const out: string[] = [];
  for (const c of children) write(c, out);
  return out.join('');
}
