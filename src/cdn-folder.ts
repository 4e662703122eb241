/**
 * Where the CDN build lives, seen from the loader's own URL. Pure, so the
 * rule for jsDelivr's bare package URL is tested on its own.
 */

/** Folder of the CDN build for a loader served at `url`, of build `version`. */
export function buildFolder(url: string, version: string): URL {
  const here = new URL(url);
  if (/\.m?js$/.test(here.pathname)) return new URL('./', here);
  // `/npm/k8s-contrib-card`, `/npm/k8s-contrib-card@0.1`, `/npm/k8s-contrib-card@latest`:
  // the loader knows its exact version, and its chunks are only valid next to it.
  const pkg = here.pathname.replace(/\/+$/, '').replace(/@[^/@]*$/, '');
  return new URL(`${pkg}@${version}/dist/cdn/`, here);
}
