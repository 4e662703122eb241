import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * `vite` (npm start) serves the demo gallery from demo/; `vite build` makes the
 * CDN bundle: self-contained ES modules in dist/cdn, code-split so the chart
 * scales, the YAML parser and the live sources are chunks loaded on demand.
 * Decorators are TypeScript's legacy ones (tsconfig), which Oxc lowers; the
 * built-bundle test proves it.
 */
export default defineConfig(({ command }) => ({
  root: command === 'serve' ? here('demo') : here('.'),
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
      entry: { 'k8s-contrib-card': here('src/cdn.ts') },
      formats: ['es'],
    },
    rolldownOptions: {
      output: {
        minify: true,
        entryFileNames: '[name].js',
        // A chunk made of one package is named after it (yaml's would be "browser").
        chunkFileNames: (chunk) => {
          const pkg = chunk.facadeModuleId?.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//)?.[1];
          return `chunks/${pkg ? pkg.replace('/', '-') : '[name]'}-[hash].js`;
        },
      },
    },
  },
}));
