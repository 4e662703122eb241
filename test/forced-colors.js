// @web/test-runner plugin: the `forced-colors` command turns CSS `forced-colors: active`
// (Windows' contrast themes) on or off in Chromium. @web/test-runner-commands'
// `emulateMedia` cannot: puppeteer accepts only prefers-color-scheme,
// prefers-reduced-motion and color-gamut (puppeteer-core
// lib/esm/puppeteer/cdp/EmulationManager.js, the `Unsupported media feature`
// assertion), so this sends DevTools' `Emulation.setEmulatedMedia` with the
// feature itself. Chromium only: tests that use it are "[Chromium only]".
export function forcedColorsPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`forced-colors: not supported for ${session.browser.type}`);
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) sessions.set(page, (cdp = await page.createCDPSession()));
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
      return true;
    },
  };
}
