// The browser test groups (unit, sources, element, build) in Firefox and
// WebKit: the same server, plugins, middleware and timeouts as
// web-test-runner.config.js (Chromium), other browsers.
//
//   npm run test:firefox          Firefox ESR over WebDriver BiDi (test/launchers/firefox.js)
//   npm run test:webkit           WebKitGTK through WebKitWebDriver (test/launchers/webkit.js)
//   npx wtr --config web-test-runner.browsers.config.js [--group element]   both, side by side
//
// WTR_BROWSERS=firefox|webkit|firefox,webkit picks the browsers (default both).
//
// Chromium only: the tests made with itChromiumOnly / describeChromiumOnly
// (test/engines.ts), named "[Chromium only]" and defined in Chromium alone: the
// visual baselines and the heap measurement. Every other test runs in all three
// browsers.
import base from './web-test-runner.config.js';
import { firefoxLauncher } from './test/launchers/firefox.js';
import { webkitLauncher } from './test/launchers/webkit.js';

const launchers = {
  firefox: () => firefoxLauncher(),
  webkit: () => webkitLauncher(),
};

const wanted = (process.env.WTR_BROWSERS || 'firefox,webkit').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
for (const name of wanted) {
  if (!launchers[name]) throw new Error(`WTR_BROWSERS: unknown browser "${name}" (firefox, webkit)`);
}

export default {
  ...base,
  browsers: wanted.map((name) => launchers[name]()),
};
