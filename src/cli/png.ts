/**
 * PNG from the card's SVG, through @resvg/resvg-js: a maintained rasterizer
 * whose prebuilt binaries come as npm packages (nothing downloaded at install
 * beyond them). It is an optional peer dependency: only `--png` loads it.
 */

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
    throw new Error('--png needs the optional package @resvg/resvg-js: npm install @resvg/resvg-js');
  }
  return (svg) =>
    new mod.Resvg(svg, { fitTo: { mode: 'zoom', value: 2 }, font: { loadSystemFonts: true, fontFiles: [...fontFiles] } }).render().asPng();
}
