// Firefox for @web/test-runner: Debian's firefox-esr driven over WebDriver
// BiDi by puppeteer-core, the copy @web/test-runner-chrome already depends on
// (and re-exports), so nothing is downloaded and no full `puppeteer` is needed.
// It is @web/test-runner-chrome's own launcher, given that puppeteer-core and
// `browser: 'firefox'`: the built-in commands (sendKeys, setViewport…) treat
// it as any puppeteer browser.
//
// One thing puppeteer cannot do over BiDi is emulate media features (its
// `emulateMediaFeatures` needs CDP, and Firefox ESR 153 has no
// `emulation.setMediaFeaturesOverride`). Firefox has the same switches as
// preferences, applied at once to every page: the launcher sets them from
// Firefox's privileged (chrome) scope, which BiDi reaches with
// `--remote-allow-system-access`. So `emulateMedia({ colorScheme, reducedMotion })`
// works in Firefox as in Chromium. The preferences are browser-wide, which is
// safe because the suites run one file at a time (`concurrency: 1`); each
// session starts from the system's values again.
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';

export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

/** `prefers-*` media feature → Firefox preference and the values it takes. */
const MEDIA_PREFS = {
  // 0 dark, 1 light, 2 follow the system (Firefox's default).
  'prefers-color-scheme': { pref: 'layout.css.prefers-color-scheme.content-override', values: { dark: 0, light: 1 } },
  // A look-and-feel override: 1 reduce, 0 no preference; cleared = the system's value.
  'prefers-reduced-motion': { pref: 'ui.prefersReducedMotion', values: { reduce: 1, 'no-preference': 0 } },
};

const PREFS = {
  // Lets BiDi evaluate script in the chrome scope (with --remote-allow-system-access).
  'remote.experimental.enabled': true,
  // The machine refuses outside hosts: keep Firefox from trying them.
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'services.settings.server': 'http://127.0.0.1:9/',
  'datareporting.healthreport.uploadEnabled': false,
  'toolkit.telemetry.enabled': false,
};

/** Evaluates `expression` in Firefox's privileged scope (where `Services.prefs` is). */
async function chromeEval(browser, expression) {
  const { connection } = browser;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const context = tree.result.contexts[0]?.context;
  if (!context) throw new Error('Firefox: no chrome browsing context to set preferences from');
  const { result } = await connection.send('script.evaluate', { expression, target: { context }, awaitPromise: true });
  if (result.type === 'exception') throw new Error(`Firefox chrome script failed: ${result.exceptionDetails?.text}`);
  return result.result;
}

/** Sets (or, for `undefined`, clears) integer preferences. */
function setIntPrefs(browser, prefs) {
  const lines = Object.entries(prefs).map(([name, value]) =>
    value === undefined ? `Services.prefs.clearUserPref(${JSON.stringify(name)});` : `Services.prefs.setIntPref(${JSON.stringify(name)}, ${Number(value)});`,
  );
  return chromeEval(browser, `${lines.join('\n')} true`);
}

/**
 * Puppeteer's `emulateMediaFeatures`, through Firefox's preferences. It returns
 * once the page matches: a preference reaches the page's process a moment later.
 */
function emulateMediaFeatures(browser, page) {
  return async (features = []) => {
    const prefs = {};
    const queries = [];
    for (const { name, value } of features) {
      const known = MEDIA_PREFS[name];
      if (!known) throw new Error(`Firefox launcher: emulating ${name} is not supported`);
      // An empty value clears the emulation, as in puppeteer.
      prefs[known.pref] = value ? known.values[value] : undefined;
      if (value && prefs[known.pref] === undefined) throw new Error(`Firefox launcher: unknown value ${value} for ${name}`);
      if (value) queries.push(`(${name}: ${value})`);
    }
    await setIntPrefs(browser, prefs);
    const end = Date.now() + 5000;
    while (!(await page.evaluate((qs) => qs.every((q) => matchMedia(q).matches), queries))) {
      if (Date.now() > end) throw new Error(`Firefox launcher: the page does not match ${queries.join(' and ')}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
}

/** Back to the system's values for every feature the launcher emulates. */
const resetMedia = (browser) => setIntPrefs(browser, Object.fromEntries(Object.values(MEDIA_PREFS).map((m) => [m.pref, undefined])));

export function firefoxLauncher({ headless = true, args = [], prefs = {} } = {}) {
  const launcher = chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: {
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath: FIREFOX_PATH,
      headless,
      // Puppeteer otherwise subscribes to BiDi's network events for every request, which no
      // command here needs; Firefox serializes each in its parent process, and a test that
      // starts a thousand requests (reliability.test.ts) then starves the page's WebSocket to
      // the test runner: its commands arrive 20 s and more late.
      networkEnabled: false,
      args: ['--remote-allow-system-access', ...args],
      extraPrefsFirefox: { ...PREFS, ...prefs },
    },
    // As in Chromium (web-test-runner.config.js): a context of its own, not the default profile's.
    createBrowserContext: ({ browser }) => browser.createBrowserContext(),
    createPage: async ({ browser, context }) => {
      const page = await context.newPage();
      page.emulateMediaFeatures = emulateMediaFeatures(browser, page);
      page.emulateMediaType = async () => {
        throw new Error('Firefox launcher: emulating a media type is not supported');
      };
      return page;
    },
  });
  // Every file starts from the system's values, whatever the last one emulated.
  const startSession = launcher.startSession.bind(launcher);
  launcher.startSession = async (sessionId, url) => {
    if (launcher.browser?.connected) await resetMedia(launcher.browser);
    return startSession(sessionId, url);
  };
  launcher.name = 'Firefox';
  return launcher;
}
