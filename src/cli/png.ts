/**
 * PNG from the card's SVG, through @resvg/resvg-js: a maintained rasterizer
 * whose prebuilt binaries come as npm packages (nothing downloaded at install
 * beyond them). It is an optional peer dependency: only `--png` loads it.
 */

import { createRequire } from 'node:module';
import { join } from 'node:path';
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
    // Run by npx, the CLI lives in npx's cache and resolves packages from there only; the
    // rasterizer installed in the folder it runs in (as the message below says to) is found here.
    try {
      const path = createRequire(join(process.cwd(), 'package.json')).resolve('@resvg/resvg-js');
      mod = (await import(pathToFileURL(path).href)) as unknown as ResvgModule;
    } catch {
      throw new Error(
        '--png needs the optional package @resvg/resvg-js: npm install @resvg/resvg-js (in this folder), or npx -p k8s-contrib-card -p @resvg/resvg-js k8s-contrib-card …',
      );
    }
  }
  return (svg) =>
    new mod.Resvg(svg, { fitTo: { mode: 'zoom', value: 2 }, font: { loadSystemFonts: true, fontFiles: [...fontFiles] } }).render().asPng();
}
