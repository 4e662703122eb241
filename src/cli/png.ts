/**
 * PNG from the card's SVG, through @resvg/resvg-js: a maintained rasterizer
 * whose prebuilt binaries come as npm packages (nothing downloaded at install
 * beyond them). It is an optional peer dependency: only `--png` loads it.
 */

import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The parts of @resvg/resvg-js used here. */
interface ResvgModule {
  Resvg: new (svg: string, options?: Record<string, unknown>) => { render(): { asPng(): Uint8Array } };
}

/**
 * Loads the rasterizer (or explains how to get it) and returns a function
 * from SVG text to PNG bytes, rendered at 2× (sharp text on high-density
 * screens and in slides) with the machine's fonts (a CJK font, if installed,
 * draws Chinese) plus `fontFiles` (`--font-file`).
 */
export async function loadRasterizer(fontFiles: readonly string[] = []): Promise<(svg: string) => Uint8Array> {
  let mod: ResvgModule;
  try {
    mod = (await import('@resvg/resvg-js')) as unknown as ResvgModule;
  } catch {
    const found = await firstImport(rasterizerPlaces(process.cwd(), process.env.PATH));
    if (!found) {
      throw new Error(
        '--png needs the optional package @resvg/resvg-js: npm install @resvg/resvg-js (in this folder), or npx -p k8s-contrib-card -p @resvg/resvg-js k8s-contrib-card …',
      );
    }
    mod = found;
  }
  return (svg) =>
    new mod.Resvg(svg, { fitTo: { mode: 'zoom', value: 2 }, font: { loadSystemFonts: true, fontFiles: [...fontFiles] } }).render().asPng();
}

/**
 * Where else to look for the rasterizer when the CLI's own folder has none:
 * - the folder it runs in, where the message above says to install it: run by npx, the CLI
 *   lives in npx's cache and resolves packages from there only;
 * - the other way round, the folders whose `node_modules/.bin` is on `PATH`: in a project that
 *   has k8s-contrib-card installed, `npx -p k8s-contrib-card -p @resvg/resvg-js …` runs the
 *   project's CLI and installs only the rasterizer, in npx's cache, whose `.bin` npx puts on
 *   `PATH` (npm run does the same for a project's own).
 */
export function rasterizerPlaces(cwd: string, pathEnv = ''): string[] {
  const bins = pathEnv.split(delimiter).filter((dir) => /[\\/]node_modules[\\/]\.bin[\\/]?$/.test(dir));
  return [cwd, ...bins.map((dir) => join(dir, '..', '..'))];
}

async function firstImport(places: readonly string[]): Promise<ResvgModule | undefined> {
  for (const place of places) {
    try {
      const path = createRequire(join(place, 'package.json')).resolve('@resvg/resvg-js');
      return (await import(pathToFileURL(path).href)) as unknown as ResvgModule;
    } catch {
      // Not there: the next place.
    }
  }
  return undefined;
}
