// Debian's Chromium and the flags it needs on this kind of machine, shared by
// the browser tests (web-test-runner.config.js), the Playwright-driven Node
// tests and the benchmark. Running as root needs --no-sandbox; without the
// networking flags Chromium keeps trying to reach outside hosts, which the
// machine refuses.
export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
