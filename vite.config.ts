import { defineConfig, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const { version } = JSON.parse(readFileSync(here('package.json'), 'utf8')) as { version: string };

/**
 * `vite` (npm start) serves the demo gallery from demo/; `vite build` makes the
 * CDN bundle: self-contained ES modules in dist/cdn, code-split so the chart
 * scales, the YAML parser and the live sources are chunks loaded on demand.
 * Decorators are TypeScript's legacy ones (tsconfig), which Oxc lowers; the
 * built-bundle test proves it.
 */
/**
 * Minifies the CSS inside Lit's css`…` templates in our sources (Vite minifies
 * JS, but a template literal's text is left as written). Only our own style
 * modules, which contain no `${…}` interpolations, are touched.
 */
function minifyLitCss(): Plugin {
  return {
    name: 'minify-lit-css',
    transform(code, id) {
      if (!/\/src\/.*styles\.ts$/.test(id)) return null;
      return code.replace(/css`([^`]*)`/g, (_, text: string) => {
        if (text.includes('${')) throw new Error(`${id}: css template with an interpolation`);
        const min = text
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,>])\s*/g, '$1')
          .replace(/:\s+/g, ':')
          .replace(/;}/g, '}')
          .trim();
        return `css\`${min}\``;
      });
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
  plugins: [minifyLitCss()],
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
