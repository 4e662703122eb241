// Browser tests run in Debian's Chromium (test tools cannot download their own
// browser here). Sources compile with the same tsconfig as the build, so legacy
// decorators behave identically in tests and in the bundle.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { standInsPlugin } from './test/stand-ins/plugin.js';

const chromeArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** `/__slow/<ms>/<path>` serves `<path>` after a delay: in-flight states for the element tests. */
async function slowPaths(ctx, next) {
  const m = ctx.path.match(/^\/__slow\/(\d+)(\/.*)$/);
  if (m) {
    await new Promise((r) => setTimeout(r, Number(m[1])));
    ctx.url = m[2];
  }
  return next();
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [slowPaths],
  concurrency: 2,
  testsFinishTimeout: 300000,
  browserLogs: false,
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    standInsPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: chromeArgs },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
};
