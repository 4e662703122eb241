import { defineConfig, parseAst, type Plugin } from 'vite';
import type { OutputBundle, OutputChunk } from 'rolldown';
import { chunkFor, LANGUAGE_MODULES } from './scripts/chunks.js';
import { minifyTemplates } from './scripts/minify-templates.js';
import { fileURLToPath } from 'node:url';
import { readdirSync, readFileSync } from 'node:fs';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const { version } = JSON.parse(readFileSync(here('package.json'), 'utf8')) as { version: string };

/**
 * `vite` (npm start) serves the demo gallery from demo/; `vite build` makes the
 * CDN bundle: self-contained ES modules in dist/cdn, code-split so the chart
 * scales, the YAML parser and the live sources are chunks loaded on demand.
 */

/**
 * The template minifier (scripts/minify-templates.js) on our sources; the
 * browser tests' server runs the same one, so the tests render what ships.
 */
function minifyLitTemplates(): Plugin {
  return {
    name: 'minify-lit-templates',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      const out = minifyTemplates(code, id, parseAst);
      return out === null ? null : { code: out, map: null };
    },
  };
}

/**
 * The bundler's helper for module namespace objects (`__export`) comes as a
 * chunk of its own when two chunks need it (here the view and the live
 * sources). The view imports it statically, so a `src` card would find it only
 * after the view arrived: one more round trip in sequence for ~150 bytes. This
 * copies the helper into each chunk that uses it instead. The copy goes on a
 * line of its own above the chunk, and the import it replaces becomes a
 * declaration padded to the same length, so every column stays where the
 * source map says it is (its mappings just gain one empty line).
 */
function inlineBundlerRuntime(): Plugin {
  return {
    name: 'inline-bundler-runtime',
    apply: 'build',
    enforce: 'pre',
    generateBundle(_options, bundle) {
      const runtime = Object.values(bundle).find((o) => o.type === 'chunk' && o.name === 'rolldown-runtime');
      if (!runtime || runtime.type !== 'chunk') return;
      const exportMatch = /export\s*\{([^}]*)\};?\s*$/.exec(runtime.code);
      if (!exportMatch) throw new Error('inline-bundler-runtime: the runtime chunk has an unexpected shape');
      // The namespace objects made here are the card's own (a chunk's exports, read by the
      // code that imported it), and nothing reads their `Symbol.toStringTag`: the helper's
      // line that sets it goes (32 B gzip in each of the view and the live chunk). If the
      // bundler's helper changes shape, it stays whole, and the size budget shows the bytes.
      const body = runtime.code
        .slice(0, exportMatch.index)
        .replace(/(\w+)=\((\w+),(\w+)\)=>\{let (\w+)=\{\};(.*?)return \3\|\|\w+\(\4,Symbol\.toStringTag,\{value:`Module`\}\),\4\}/, '$1=$2=>{let $4={};$5return $4}');
      // `export{t}` or `export{t as n}`: exported name → local name.
      const locals = new Map(exportMatch[1]!.split(',').map((spec) => {
        const [local, exported = local] = spec.trim().split(/\s+as\s+/);
        return [exported!, local!] as const;
      }));
      const helper = '__k8sRt';
      const getters = [...locals].map(([exported, local]) => `${JSON.stringify(exported)}:${local}`).join(',');
      const prologue = `var ${helper}=(()=>{${body};return{${getters}}})();\n`;
      const importRe = new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*"\\./${runtime.fileName.split('/').pop()!.replace(/[.]/g, '\\.')}";?`);
      for (const out of Object.values(bundle)) {
        if (out.type !== 'chunk' || out === runtime) continue;
        const m = importRe.exec(out.code);
        if (!m) continue;
        const decl = `const ${m[1]!.split(',').map((spec) => {
          const [imported, local = imported] = spec.trim().split(/\s+as\s+/);
          return `${local}=${helper}[${JSON.stringify(imported)}]`;
        }).join(',')};`;
        if (decl.length > m[0].length) throw new Error(`inline-bundler-runtime: cannot fit the import of ${out.fileName}`);
        out.code = prologue + out.code.slice(0, m.index) + decl.padEnd(m[0].length, ' ') + out.code.slice(m.index + m[0].length);
        shiftMapOneLine(out, bundle);
        out.imports = out.imports.filter((f) => f !== runtime.fileName);
      }
      delete bundle[runtime.fileName];
      delete bundle[`${runtime.fileName}.map`];
    },
  };
}

/** A chunk gained a line above its code: its source map (as `out.map` and as the `.map` asset already in the bundle, the one written to disk) gains an empty first line. */
function shiftMapOneLine(out: OutputChunk, bundle: OutputBundle): void {
  if (out.map) out.map.mappings = `;${out.map.mappings}`;
  const mapAsset = bundle[`${out.fileName}.map`];
  if (mapAsset?.type === 'asset') {
    const map = JSON.parse(String(mapAsset.source)) as { mappings: string };
    map.mappings = `;${map.mappings}`;
    mapAsset.source = JSON.stringify(map);
  }
}

/**
 * V8's explicit compile hint (v8.dev/blog/explicit-compile-hints; Chrome 136
 * and later, a comment to other engines) on the chunks whose code runs as soon
 * as they arrive: the card view, which renders the card, and the languages'
 * messages. Chromium then compiles all their functions as the file streams in,
 * off the main thread, instead of each one on the main thread the first time the
 * card's render calls it. Those chunks arrive with the card's data, so that
 * compiling was on the critical path: one `src` card at 100 ms RTT went from
 * its data's arrival to `contrib-load` in 26 ms before, 20 ms after (medians of
 * 25 interleaved runs; docs/performance.md). Not the entry (no gain measured in
 * when its first request leaves) nor the live chunk (the wait from its arrival
 * to the first service request grew).
 */
function compileHints(): Plugin {
  return {
    name: 'compile-hints',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const out of Object.values(bundle)) {
        if (out.type !== 'chunk' || !(out.name === 'view' || (out.facadeModuleId && LANGUAGE_MODULES.test(out.facadeModuleId)))) continue;
        out.code = `//# allFunctionsCalledOnLoad\n${out.code}`;
        shiftMapOneLine(out, bundle);
      }
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

/**
 * js-yaml builds its schemas at the top of its module (`var JSON_SCHEMA = new Schema([...])`,
 * js-yaml 5 `dist/js-yaml.mjs`), and a bundler must keep a `new` it cannot prove pure, so
 * the JSON schema and its four scalar tags ship although nothing reads them (the cards parse
 * with `FAILSAFE_SCHEMA`; the loader's default names `CORE_SCHEMA`). The `Schema` constructor
 * only compiles lookup tables from its argument: marking those `new`s pure lets the unused
 * ones go (−153 B gzip in the worker). The mark goes on the same line, so a line-level map
 * keeps every line where it was, for the size report's per-module figures.
 */
function pureYamlSchemas(): Plugin {
  return {
    name: 'pure-yaml-schemas',
    apply: 'build',
    transform(code, id) {
      if (!/\/node_modules\/js-yaml\//.test(id)) return undefined;
      const lines = code.split('\n').length;
      return {
        code: code.replace(/= new Schema\(/g, '= /* @__PURE__ */ new Schema('),
        map: { version: 3, sources: [id], sourcesContent: [code], names: [], mappings: `AAAA${';AACA'.repeat(lines - 1)}` },
      };
    },
  };
}

const ENTRY_IDS = new Set([here('src/cdn.ts'), here('src/cdn-loader.ts')]);
const initial = new Map<string, boolean>();

/** True if an entry reaches `id` through static imports only: it belongs to the entry chunk. */
function isInitial(id: string, ctx: { getModuleInfo(id: string): { importers: string[] } | null }, seen = new Set<string>()): boolean {
  const known = initial.get(id);
  if (known !== undefined) return known;
  if (ENTRY_IDS.has(id)) return true;
  if (seen.has(id)) return false;
  seen.add(id);
  const result = (ctx.getModuleInfo(id)?.importers ?? []).some((importer) => isInitial(importer, ctx, seen));
  if (seen.size === 1) initial.set(id, result);
  return result;
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
  plugins: [minifyLitTemplates(), inlineBundlerRuntime(), compileHints(), thirdPartyLicenses(), pureYamlSchemas()],
  server: { fs: { allow: [here('.')] } },
  // The roles worker, by a stable name too (see chunkFileNames).
  worker: { format: 'es', plugins: () => [pureYamlSchemas()], rolldownOptions: { output: { entryFileNames: 'assets/[name].js', minify: true, comments: false } } },
  build: {
    outDir: here('dist/cdn'),
    emptyOutDir: true,
    target: 'es2022',
    // Terser as well as the bundler's own minifier (oxc, output.minify below):
    // together they find what either leaves (inlined single-use helpers, merged
    // declarations): 212 B gzip less for a `src` card, 147 B of it in the first
    // paint (scripts/size-budget.js; terser alone is 576 B worse than oxc
    // alone). Only terser's safe transforms: no `unsafe*`, no `pure_getters`
    // (Lit reads accessors), no property mangling. Three passes, not two: 18 B
    // less in the live card (c), the same elsewhere; a fourth finds nothing.
    minify: 'terser',
    terserOptions: { module: true, ecma: 2020, compress: { passes: 3 }, format: { comments: false } },
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
      // The entries export what they declare; a chunk may add exports for its siblings.
      preserveEntrySignatures: 'allow-extension',
      treeshake: {
        // d3-array ships one file whose top level builds bisectors at import time
        // (`const ascendingBisect = bisector(ascending)`); the chart uses none, but a
        // call is kept unless it is known to be pure, and `bisector` is.
        manualPureFunctions: ['bisector'],
        // …and reads `bisectRight = ascendingBisect.right` and `slice = Array.prototype.slice`
        // at its top level. No module here reads a property for a side effect (a getter).
        propertyReadSideEffects: false,
      },
      output: {
        minify: true,
        // The CDN build is what browsers run, not input to another bundler: comments
        // are dead bytes there. Licence notices go to THIRD-PARTY-LICENSES.txt instead.
        comments: false,
        entryFileNames: '[name].js',
        // Chunks follow folders (scripts/chunks.js): fewer, larger files where
        // modules always travel together, since every file costs a request and
        // a few hundred bytes of gzip overhead. A module the entry imports
        // statically stays in the entry, whatever its folder.
        codeSplitting: {
          groups: [
            {
              name: (id, ctx) => chunkFor(id, (m) => isInitial(m, ctx)),
              // Only the modules a rule names: their imports (Lit…) stay where they are used first.
              includeDependenciesRecursively: false,
            },
          ],
        },
        // Stable names, no hash: the CDN serves each version from its own folder
        // (`k8s-contrib-card@1.2.3/dist/cdn/`), so a name never changes content, and
        // a page can `modulepreload` the view (`chunks/view.js`) by a name it knows.
        // A chunk made of one package is named after it (js-yaml's would be "js-yaml.mjs" otherwise).
        chunkFileNames: (chunk) => {
          const pkg = chunk.facadeModuleId?.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//)?.[1];
          // A language's sometimes-shown sentences: `more-<lang>.js` beside `<lang>.js`.
          if (chunk.facadeModuleId?.includes('/src/i18n/more/')) return 'chunks/more-[name].js';
          return `chunks/${pkg ? pkg.replace('/', '-') : '[name]'}.js`;
        },
      },
    },
  },
}));
