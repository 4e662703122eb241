/**
 * Tests that only Chromium can run, defined only there and named so. The other
 * engines (web-test-runner.browsers.config.js) never see them: a Mocha grep
 * would leave them in the suite as tests that never ran, which the runner counts
 * as failures. Two kinds need Chromium:
 * - visual baselines: they are Chromium's screenshots (fonts, antialiasing and
 *   form controls differ per engine);
 * - heap measurement: `window.gc` and `performance.memory` exist only there
 *   (web-test-runner.config.js starts it with --expose-gc and
 *   --enable-precise-memory-info).
 */

/** Chromium or Chrome: the engine web-test-runner.config.js drives. */
export const IS_CHROMIUM = /\bChrom(e|ium)\//.test(navigator.userAgent);

/** `it`, in Chromium only, its title starting "[Chromium only]". */
export function itChromiumOnly(title: string, fn: Mocha.AsyncFunc): void {
  if (IS_CHROMIUM) it(`[Chromium only] ${title}`, fn);
}

/** `describe`, in Chromium only, its title ending "[Chromium only]". */
export function describeChromiumOnly(title: string, fn: (this: Mocha.Suite) => void): void {
  if (IS_CHROMIUM) describe(`${title} [Chromium only]`, fn);
}
