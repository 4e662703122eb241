/**
 * Minifies the text of Lit's tagged templates in our sources. The bundler
 * minifies JS, but a template literal's text is left as written, and most of
 * the card's bytes are its templates and styles. Shared by the build
 * (vite.config.ts) and the browser tests' server (web-test-runner.config.js),
 * so the tests render the templates and styles exactly as the build ships them.
 *
 * - css`…`: comments and whitespace removed, and three spellings that mean the
 *   same made shorter (see {@link minifyCss}); our style modules have no `${…}`;
 * - html`…` and svg`…`: a run of whitespace that holds a line break becomes one
 *   space. HTML collapses such runs anyway (no template of ours is `<pre>` or
 *   `white-space: pre`), so what renders is the same, and the bytes are not
 *   downloaded.
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
      const text = tag === 'css' ? minifyCss(raw) : raw.replace(/\s*\n\s*/g, ' ');
      if (text !== raw) edits.push({ start: q.start, end: q.end, text });
    }
  });
  if (!edits.length) return null;
  let out = code;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
