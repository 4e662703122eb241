/**
 * Minifies the text of Lit's tagged templates in our sources. The bundler
 * minifies JS, but a template literal's text is left as written, and most of
 * the card's bytes are its templates and styles. Shared by the build
 * (vite.config.ts) and the browser tests' server (web-test-runner.config.js),
 * so the tests render the templates and styles exactly as the build ships them.
 *
 * - css`…`: comments and whitespace removed, and three spellings that mean the
 *   same made shorter (see {@link minifyCss}); our style modules have no `${…}`;
 * - html`…` and svg`…`: a run of whitespace that holds a line break (the
 *   source's indentation) goes when a tag beside it is a block's or an SVG
 *   shape's (see {@link minifyHtml}), and becomes one space otherwise. HTML
 *   collapses such runs anyway (no template of ours is `<pre>` or `white-space:
 *   pre`), so what renders is the same, and the bytes are not downloaded nor
 *   most of those text nodes made (107 of a loaded card's 162 whitespace-only
 *   ones go).
 *
 * Templates are found through the parsed module, not a regular expression, so
 * a template nested in another's `${…}` is handled like any other.
 */

/** @typedef {{ type: string; start: number; end: number; [key: string]: unknown }} AstNode */

/**
 * Calls `visit` on every node of an ESTree tree.
 * @param {unknown} node
 * @param {(n: AstNode) => void} visit
 */
function walk(node, visit) {
  if (!node || typeof (/** @type {AstNode} */ (node).type) !== 'string') return;
  visit(/** @type {AstNode} */ (node));
  for (const value of Object.values(/** @type {AstNode} */ (node))) {
    if (Array.isArray(value)) for (const child of value) walk(child, visit);
    else if (value && typeof value.type === 'string') walk(value, visit);
  }
}

/**
 * CSS text minified: comments and whitespace go, and three spellings that
 * mean the same get shorter: `0.55` → `.55`, `#ffffff` → `#fff` (a colour in a
 * value, after `:`, `,` or `(`; never an id selector), and `[theme='dark']` →
 * `[theme=dark]` (a quoted value that is an identifier).
 * @param {string} text
 * @returns {string}
 */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .replace(/([:\s,(])0\.(\d)/g, '$1.$2')
    .replace(/([:,(])#([0-9a-f])\2([0-9a-f])\3([0-9a-f])\4\b/gi, '$1#$2$3$4')
    .replace(/\[([\w-]+)='([a-zA-Z_][\w-]*)'\]/g, '[$1=$2]')
    .trim();
}

/**
 * Elements whose tags a whitespace run may lose: blocks (a line starts and ends
 * at their edges, so whitespace there never renders; in our styles the lists,
 * items and definitions that are flex containers or items ignore it too), and
 * SVG shapes (whitespace between them draws nothing). Not the inline elements
 * (`span`, `a`, `time`, `output`, `button`, `svg`, `img`…): between words,
 * their whitespace is a space on screen and in the accessible name.
 */
const BLOCKS = new Set([
  'article', 'caption', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'h2', 'h3', 'header',
  'li', 'nav', 'ol', 'p', 'section', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul',
  'circle', 'g', 'line', 'path', 'polyline', 'rect',
]);

/** The name of the tag that ends at the end of `text` (`…<p class="x">`, `…</p>`), if it does. */
function tagBefore(text) {
  if (!text.endsWith('>')) return undefined;
  return /<\/?([a-zA-Z][\w-]*)[^<]*$/.exec(text)?.[1]?.toLowerCase();
}

/** The name of the tag that starts `text` (`<p …`, `</p>…`), if one does. */
function tagAfter(text) {
  return /^<\/?([a-zA-Z][\w-]*)/.exec(text)?.[1]?.toLowerCase();
}

/**
 * One static part of an `html` or `svg` template (the text between two
 * `${…}`), its source indentation gone: a whitespace run with a line break
 * beside a block's or an SVG shape's tag ({@link BLOCKS}) goes, any other
 * becomes one space. At the part's start
 * or end the other side is a `${…}`, which is not a tag: only the tag side
 * decides.
 * @param {string} raw
 * @returns {string}
 */
export function minifyHtml(raw) {
  return raw.replace(/\s*\n\s*/g, (run, at) => {
    const before = tagBefore(raw.slice(0, at));
    const after = tagAfter(raw.slice(at + run.length));
    return BLOCKS.has(before ?? '') || BLOCKS.has(after ?? '') ? '' : ' ';
  });
}

/**
 * The module's code with its `html`, `svg` and `css` templates minified, or
 * `null` when it has none to change.
 * @param {string} code JavaScript (TypeScript already compiled away).
 * @param {string} id The module's path, for the error message.
 * @param {(code: string) => unknown} parse An ESTree parser (Vite's `parseAst`).
 * @returns {string | null}
 */
export function minifyTemplates(code, id, parse) {
  if (!/\b(html|svg|css)`/.test(code)) return null;
  /** @type {{ start: number; end: number; text: string }[]} */
  const edits = [];
  walk(parse(code), (n) => {
    if (n.type !== 'TaggedTemplateExpression') return;
    const tag = /** @type {{ name?: string }} */ (n.tag).name;
    if (tag !== 'html' && tag !== 'svg' && tag !== 'css') return;
    const quasis = /** @type {{ quasis: AstNode[] }} */ (n.quasi).quasis;
    if (tag === 'css' && quasis.length > 1) throw new Error(`${id}: css template with an interpolation`);
    for (const q of quasis) {
      const raw = code.slice(q.start, q.end);
      const text = tag === 'css' ? minifyCss(raw) : minifyHtml(raw);
      if (text !== raw) edits.push({ start: q.start, end: q.end, text });
    }
  });
  if (!edits.length) return null;
  let out = code;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
