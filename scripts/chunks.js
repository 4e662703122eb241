/**
 * How the CDN build is split into files, by folder, shared by vite.config.ts
 * (which makes the chunks) and scripts/size-budget.js (which measures them), so
 * a new module in an existing folder needs no change to either.
 *
 * - The entry chunk holds what the CDN entry imports statically: what the
 *   first paint and the first request need (the element, the skeleton, the
 *   fetch of a `src` file, Lit). No rule names those modules: any module the
 *   entry reaches without a dynamic import stays in the entry.
 * - `view`: what turns a card's data into the shown card (templates, the
 *   model and its validator, the chart and d3's scales, formatting), fetched
 *   in parallel with the data.
 * - `live`: the live sources, their network layer and the roles index, fetched
 *   only by a card with `user` and no `src`; `roles-build`: the code that builds
 *   the index from the community files (`src/roles/build/`), on the main thread
 *   only when the roles worker cannot run (the worker bundles its own copy).
 * - `share`: the share menu, fetched only by a card with `share`; `static`: the
 *   SVG renderer, fetched on its first download; `compact` and `inline`: the
 *   variants, fetched only by a card of that variant.
 * - Everything else follows its dynamic import: each language's messages, the
 *   YAML parser (for the main-thread fallback of the roles worker), the worker.
 */

/** @type {readonly { name: string; test: RegExp }[]} */
export const CHUNK_RULES = [
  // The bundler's helpers (namespace objects) travel with the view, which every card loads; so does
  // the element's off-screen controller, which the card takes into use with the view.
  { name: 'view', test: /\/src\/((render|model|chart|i18n)\/(?!messages\/|more\/)|element\/off-screen\.ts$)|\/node_modules\/(d3-[^/]+|internmap)\/|^\0rolldown\/runtime/ },
  // Before `live`: the roles builder runs in the worker, which bundles its own copy; on the
  // main thread only the fallback for pages without workers imports it.
  { name: 'roles-build', test: /\/src\/roles\/build\// },
  // Before `live`: ContribCard is a source a page opts into (`contribcard-base`).
  { name: 'contribcard', test: /\/src\/sources\/contribcard(-answers)?\.ts$/ },
  { name: 'live', test: /\/src\/(sources|roles)\// },
  { name: 'share', test: /\/src\/share\// },
  { name: 'compact', test: /\/src\/variants\/compact\.ts$/ },
  { name: 'inline', test: /\/src\/variants\/inline\.ts$/ },
  { name: 'static', test: /\/src\/static\// },
];

/**
 * Chunks only the roles worker's main-thread fallback loads (pages that allow no
 * worker): the roles builder and the YAML parser (named after its package). The
 * worker carries its own copy of both, so a page with the worker never asks for them.
 */
export const WORKER_FALLBACK_CHUNKS = ['roles-build', 'js-yaml'];

/** Chunks of features a page opts into (the share menu, the SVG renderer, the ContribCard source): outside the size budget's card sets. */
export const OPTIONAL_CHUNKS = ['share', 'static', 'compact', 'inline', 'contribcard'];

/** Source folder of the message catalogues: one lazily loaded chunk per language. */
export const LANGUAGE_MODULES = /src\/i18n\/messages\/[^/]+\.ts$/;

/** Each language's sometimes-shown sentences (failures, notices, sharing): a chunk a card loads only when it shows one. */
export const MORE_MODULES = /src\/i18n\/more\/[^/]+\.ts$/;

/**
 * The chunk a module goes to, or null to leave it where its imports put it.
 * `isInitial(id)` tells whether the entry reaches the module by static imports.
 */
export function chunkFor(id, isInitial) {
  if (isInitial(id)) return null;
  return CHUNK_RULES.find((r) => r.test.test(id))?.name ?? null;
}
