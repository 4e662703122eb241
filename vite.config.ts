import { defineConfig, parseAst, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { readdirSync, readFileSync } from 'node:fs';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const { version } = JSON.parse(readFileSync(here('package.json'), 'utf8')) as { version: string };

/**
 * `vite` (npm start) serves the demo gallery from demo/; `vite build` makes the
 * CDN bundle: self-contained ES modules in dist/cdn, code-split so the chart
 * scales, the YAML parser and the live sources are chunks loaded on demand.
 */

type Node = { type: string; start: number; end: number; [key: string]: unknown };

function walk(node: unknown, visit: (n: Node) => void): void {
  if (!node || typeof (node as Node).type !== 'string') return;
  visit(node as Node);
  for (const value of Object.values(node as Node)) {
    if (Array.isArray(value)) for (const child of value) walk(child, visit);
    else if (value && typeof (value as Node).type === 'string') walk(value, visit);
  }
}

/** CSS text minified: comments and whitespace go, nothing else changes. */
function minifyCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

/**
 * Minifies the text of Lit's tagged templates in our sources (Vite minifies
 * JS, but a template literal's text is left as written):
 * - css`…`: comments and whitespace removed; our style modules have no `${…}`;
 * - html`…` and svg`…`: a run of whitespace that holds a line break becomes one
 *   space. HTML collapses such runs anyway (no template of ours is `<pre>` or
 *   `white-space: pre`), so what renders is the same, and the bytes are not
 *   downloaded.
 * Found through the parsed module, not a regular expression, so a template
 * nested in another's `${…}` is handled like any other.
 */
function minifyLitTemplates(): Plugin {
  return {
    name: 'minify-lit-templates',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|svg|css)`/.test(code)) return null;
      const edits: { start: number; end: number; text: string }[] = [];
      walk(parseAst(code), (n) => {
        if (n.type !== 'TaggedTemplateExpression') return;
        const tag = (n.tag as Node & { name?: string }).name;
        if (tag !== 'html' && tag !== 'svg' && tag !== 'css') return;
        const quasis = (n.quasi as Node & { quasis: Node[] }).quasis;
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
      return { code: out, map: null };
    },
  };
}

/**
 * `dist/cdn/THIRD-PARTY-LICENSES.txt`: the licence of every package bundled
 * into the CDN build (Lit, d3, js-yaml…), whose minified code carries no
 * comments. Read from each package's own licence file.
 */
function thirdPartyLicenses(): Plugin {
  return {
    name: 'third-party-licenses',
    apply: 'build',
    generateBundle(_options, bundle) {
      const packages = new Map<string, string>();
      for (const out of Object.values(bundle)) {
        if (out.type !== 'chunk') continue;
        for (const id of out.moduleIds) {
          const m = /^(.*\/node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(id);
          if (m) packages.set(m[2]!, m[1]!);
        }
      }
      const sections = [...packages].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, dir]) => {
        const pkg = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8')) as { version: string; license?: string };
        const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
        const text = file ? readFileSync(`${dir}/${file}`, 'utf8').trim() : `License: ${pkg.license ?? 'unknown'}`;
        return `${name}@${pkg.version} (${pkg.license ?? 'unknown'})\n\n${text}\n`;
      });
      this.emitFile({ type: 'asset', fileName: 'THIRD-PARTY-LICENSES.txt', source: `${sections.join(`\n${'-'.repeat(72)}\n\n`)}` });
    },
  };
}

export default defineConfig(({ command }) => ({
  root: command === 'serve' ? here('demo') : here('.'),
  // No SPA fallback: a card file that does not exist must answer 404, not the
  // gallery's HTML (which a card would rightly call an unreadable answer).
  appType: 'mpa',
  // Relative asset URLs in the build: the roles worker is found next to the
  // chunk that starts it, wherever a CDN or a site serves dist/cdn from.
  base: command === 'build' ? './' : '/',
  // The loader (index.js) imports the entry of its own version.
  define: { __CARD_VERSION__: JSON.stringify(version) },
  plugins: [minifyLitTemplates(), thirdPartyLicenses()],
  server: { fs: { allow: [here('.')] } },
  build: {
    outDir: here('dist/cdn'),
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    cssMinify: true,
    sourcemap: true,
    reportCompressedSize: false,
    // Chunk graph (imports / dynamicImports per chunk) read by scripts/size-budget.js.
    manifest: true,
    lib: {
      entry: { 'k8s-contrib-card': here('src/cdn.ts'), index: here('src/cdn-loader.ts') },
      formats: ['es'],
    },
    rolldownOptions: {
      output: {
        minify: true,
        // The CDN build is what browsers run, not input to another bundler: comments
        // are dead bytes there. Licence notices go to THIRD-PARTY-LICENSES.txt instead.
        comments: false,
        entryFileNames: '[name].js',
        // Fewer, larger chunks where modules always travel together: every
        // file costs a request and a few hundred bytes of gzip overhead.
        codeSplitting: {
          groups: [
            // Everything the first paint needs, in one file besides the entry.
            { name: 'core', test: /node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\/|src\/(login|load-error|sparkline-controller)\.ts$/ },
            // What turns JSON into a shown card: the model and its validator, the
            // card view and the chart's scales; fetched in parallel with the data.
            {
              name: 'view',
              test: /src\/(model|validate|roles|safe-url|sparkline|badges|format|activity|state|messages)\.ts$|src\/render\/(?!skeleton)|node_modules\/d3-/,
            },
          ],
        },
        // A chunk made of one package is named after it (js-yaml's would be "js-yaml.mjs" otherwise).
        chunkFileNames: (chunk) => {
          const pkg = chunk.facadeModuleId?.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//)?.[1];
          return `chunks/${pkg ? pkg.replace('/', '-') : '[name]'}-[hash].js`;
        },
      },
    },
  },
}));
