// The demo gallery as `npm start` serves it: Vite's dev server with the
// project's config, in Chromium. Every offline card must end in the state its
// title promises, with no junk, and a card file that does not exist must read
// as "not found" (not as the gallery's HTML, an "unreadable answer").
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
let server;
let browser;
let page;

before(async () => {
  const [{ createServer }, { chromium }, { CHROME_ARGS, CHROME_PATH }] = await Promise.all([
    import('vite'),
    import('playwright-core'),
    import('../chromium.js'),
  ]);
  server = await createServer({
    configFile: `${root}vite.config.ts`,
    logLevel: 'silent',
    server: { port: 0, host: '127.0.0.1', strictPort: false, hmr: false },
  });
  await server.listen();
  browser = await chromium.launch({
    executablePath: CHROME_PATH,
    // No way out of this machine: only loopback resolves, so the live section fails fast.
    args: [...CHROME_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e));
  page.errors = errors;
  await page.goto(server.resolvedUrls.local[0]);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Each gallery card's title and the text of its shadow root, once every one has settled. */
async function galleryCards() {
  await page.waitForFunction(
    () => {
      const cards = [...document.querySelectorAll('#gallery k8s-contrib-card')];
      return cards.length > 0 && cards.every((c) => c.shadowRoot?.querySelector('[part=skeleton]') === null);
    },
    undefined,
    { timeout: 30_000 },
  );
  return page.$$eval('#gallery .item', (items) =>
    items.map((item) => ({
      title: item.querySelector('h3').textContent,
      text: item.querySelector('k8s-contrib-card').shadowRoot.textContent.replace(/\s+/g, ' ').trim(),
    })),
  );
}

test('a card file that does not exist is "not found", not an unreadable answer', async () => {
  const cards = await galleryCards();
  const unknown = cards.find((c) => c.title.startsWith('Unknown user'));
  assert.ok(unknown, 'the gallery has the unknown-user card');
  assert.match(unknown.text, /No card data was found at this address/);
  assert.doesNotMatch(unknown.text, /unreadable/);
  const res = await fetch(new URL('data/ghost-user-404.json', server.resolvedUrls.local[0]));
  assert.equal(res.status, 404);
});

test('every gallery card ends in the state its title names, without junk', async () => {
  const cards = await galleryCards();
  const expect = {
    'Jordan Vale': /PRs merged[\s\S]*Steering liaison[\s\S]*Badges/,
    'Paco Xu': /Contributions[\s\S]*15,769[\s\S]*Steering Committee member/,
    'Alex Moreau': /per month/,
    'Sam Rivera': /fewer than 30[\s\S]*First merged PR/,
    'Noor Haddad': /fewer than 30 contributions in CNCF DevStats so far/,
    'Robin Park': /has no Kubernetes contributions yet/,
    'Casey Lin': /GitHub unavailable \(rate limit reached\)/,
    'Broken data file': /Could not load this card/,
    'Invalid login': /not a valid GitHub login/,
  };
  for (const [who, pattern] of Object.entries(expect)) {
    const card = cards.find((c) => c.title.startsWith(who));
    assert.ok(card, `a card titled ${who}`);
    assert.match(card.text, pattern, who);
  }
  for (const c of cards) assert.doesNotMatch(c.text, /undefined|NaN|\[object Object\]/, c.title);
  assert.deepEqual(page.errors.map(String), []);
});
