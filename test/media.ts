/**
 * Media-feature emulation that says whether it happened. Chromium (puppeteer
 * over CDP) and Firefox (test/launchers/firefox.js, through its preferences)
 * emulate `prefers-color-scheme` and `prefers-reduced-motion`; WebKit's
 * driver, classic WebDriver, has no such command. A test then checks the
 * behaviour against the system's own value instead of skipping it.
 */
import { emulateMedia } from '@web/test-runner-commands';

/** The features the tests emulate, as `emulateMedia` takes them. */
export interface EmulatedMedia {
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
}

/**
 * Emulates `media` and answers true, or answers false when the browser's
 * driver cannot (only WebKit's: "not supported for browser type webdriver").
 * Any other failure fails the test, and so does an emulation the page does not
 * see: Chromium must keep emulating.
 */
export async function emulateMediaWhereSupported(media: EmulatedMedia): Promise<boolean> {
  try {
    await emulateMedia(media);
  } catch (e) {
    if (/not supported for browser type webdriver/.test(String(e))) return false;
    throw e;
  }
  const queries = [
    media.colorScheme && `(prefers-color-scheme: ${media.colorScheme})`,
    media.reducedMotion && `(prefers-reduced-motion: ${media.reducedMotion})`,
  ].filter((q): q is string => !!q);
  for (const q of queries) if (!matchMedia(q).matches) throw new Error(`emulateMedia: the page does not match ${q}`);
  return true;
}
