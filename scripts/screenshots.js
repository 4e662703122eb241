#!/usr/bin/env node
/**
 * Screenshots of the demo gallery for the docs, taken the way `npm start`
 * serves it (Vite's dev server with the project's config) in Debian's
 * Chromium. Offline: only loopback resolves, so the live section is never
 * in a picture.
 *
 *   node scripts/screenshots.js            # every shot below
 *   node scripts/screenshots.js readme     # one of them
 */
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, CHROME_PATH } from '../test/chromium.js';

const root = fileURLToPath(new URL('../', import.meta.url));

/** name → the gallery section it shows and the file it writes. */
const SHOTS = {
  readme: { section: '#matrix', out: 'docs/screenshot.png', width: 1360 },
  variants: { section: '#variants-section', out: 'docs/variants.png', width: 1440 },
  static: { section: '#static', out: 'docs/static-beside-element.png', width: 1360 },
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const shots = Object.entries(SHOTS).filter(([name]) => !wanted.length || wanted.includes(name));
if (!shots.length) {
  console.error(`screenshots: unknown shot; use one of ${Object.keys(SHOTS).join(', ')}`);
  process.exit(2);
}

const server = await createServer({ configFile: `${root}vite.config.ts`, logLevel: 'silent', server: { port: 0, host: '127.0.0.1', hmr: false } });
await server.listen();
const browser = await chromium.launch({ executablePath: CHROME_PATH, args: [...CHROME_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });
try {
  for (const [name, shot] of shots) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: 900 }, deviceScaleFactor: 1 });
    await page.goto(server.resolvedUrls.local[0]);
    const section = page.locator(shot.section);
    // Cards load when near the viewport (loading="lazy"), as on any page.
    await section.scrollIntoViewIfNeeded();
    // Every card in the section has left its skeleton and drawn its chart.
    await page.waitForFunction(
      (sel) =>
        [...document.querySelectorAll(`${sel} k8s-contrib-card`)].every(
          (c) => c.shadowRoot && !c.shadowRoot.querySelector('[part=skeleton]') && !c.shadowRoot.querySelector('.bone'),
        ) && [...document.querySelectorAll(`${sel} img`)].every((i) => i.complete && i.naturalWidth > 0),
      shot.section,
      { timeout: 30_000 },
    );
    await section.screenshot({ path: `${root}${shot.out}` });
    console.log(`screenshots: ${name} → ${shot.out}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
