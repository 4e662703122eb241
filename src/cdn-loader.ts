/**
 * The file a CDN serves for the bare package URL
 * (`https://cdn.jsdelivr.net/npm/k8s-contrib-card`, the `jsdelivr`/`unpkg`
 * fields). jsDelivr serves it under that URL without redirecting, so the
 * bundle's relative chunk imports (`./chunks/…`) would resolve to `/npm/chunks/…`
 * and fail. This loader finds the real folder of the build (the same
 * version as itself) and imports the entry from there; served from a path
 * that ends in `.js` (unpkg redirects, self-hosting) it imports its neighbour.
 */
import { buildFolder } from './cdn-folder.js';

declare const __CARD_VERSION__: string;

if (typeof document !== 'undefined') {
  import(/* @vite-ignore */ new URL('k8s-contrib-card.js', buildFolder(import.meta.url, __CARD_VERSION__)).href).catch((e) =>
    console.error('k8s-contrib-card: could not load the card bundle', e),
  );
}
