/**
 * Tests that only Chromium can run, defined only there and named so.
 * The other engines (web-test-runner.browsers.config.js) never see them: a Mocha
 * grep would leave them in the suite as tests that never ran, which the runner
 * counts as failures. Two kinds need Chromium:
 * - visual baselines: they are Chromium's screenshots (fonts, antialiasing and
 *   form controls differ per engine);
 * - heap measurement: `window.gc` and `performance.memory` exist only there
 *   (web-test-runner.config.js starts it with --expose-gc and
 *   --enable-precise-memory-info).
 * `IS_WEBKIT` lets a test assert WebKit's own behaviour where it differs.
 */

/** Chromium or Chrome ("HeadlessChrome/…" headless): the engine web-test-runner.config.js drives. */
export const IS_CHROMIUM = /Chrom(e|ium)\//.test(navigator.userAgent);

/** WebKit (WebKitGTK's MiniBrowser here; Safari's engine), which says "AppleWebKit" without "Chrome". */
export const IS_WEBKIT = /AppleWebKit\//.test(navigator.userAgent) && !IS_CHROMIUM;

/** `it`, in Chromium only, its title starting "[Chromium only]". */
export function itChromiumOnly(title: string, fn: Mocha.AsyncFunc): void {
  if (IS_CHROMIUM) it(`[Chromium only] ${title}`, fn);
}

/** `describe`, in Chromium only, its title ending "[Chromium only]". */
export function describeChromiumOnly(title: string, fn: (this: Mocha.Suite) => void): void {
  if (IS_CHROMIUM) describe(`${title} [Chromium only]`, fn);
}
