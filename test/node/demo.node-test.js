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

test('the language switcher offers every language the card speaks, each named in itself', async () => {
  const options = await page.$$eval('#lang option', (os) => os.map((o) => ({ value: o.value, text: o.textContent })));
  assert.equal(options.length, 18);
  assert.deepEqual(options.find((o) => o.value === 'ar'), { value: 'ar', text: 'العربية' });
  assert.deepEqual(options.find((o) => o.value === 'zh-CN'), { value: 'zh-CN', text: '简体中文' });
});

test('the variants section shows compact cards and inline chips in a sentence', async () => {
  await page.locator('#variants-h').scrollIntoViewIfNeeded();
  await page.waitForFunction(
    () => [...document.querySelectorAll('#variants k8s-contrib-card, #inline-sentence k8s-contrib-card')].every((c) => c.shadowRoot?.querySelector('[part~=name], [part~=chip]')),
    undefined,
    { timeout: 30_000 },
  );
  const sentence = await page.$eval('#inline-sentence', (p) => p.textContent);
  assert.match(sentence, /^Congratulations to  and  on their new roles this cycle\.$/);
  const heights = await page.$$eval('#inline-sentence k8s-contrib-card', (cs) => cs.map((c) => c.getBoundingClientRect().height));
  for (const h of heights) assert.ok(h > 0 && h < 40, `an inline chip is a line tall (${h} px)`);
});

test('each static card is drawn as the SVG beside its element, in the page language', async () => {
  await page.locator('#static-h').scrollIntoViewIfNeeded();
  const svgs = () =>
    page.waitForFunction(
      () => {
        const imgs = [...document.querySelectorAll('#static img')];
        // Three full cards, two compact ones (420 px wide), an inline chip (as wide as its words).
        const wide = imgs.map((i) => i.naturalWidth === 420);
        return (
          imgs.length === 6 &&
          imgs.every((i) => i.complete && i.naturalWidth > 0) &&
          wide.join() === 'true,true,true,true,true,false' &&
          imgs[5].naturalHeight === 28 &&
          imgs.map((i) => i.alt)
        );
      },
      undefined,
      { timeout: 30_000 },
    );
  const alts = await (await svgs()).jsonValue();
  assert.match(alts[0], /Jordan Vale/);
  assert.match(alts[3], /Jordan Vale/, 'the compact card');
  assert.match(alts[5], /@gopher-chair-42/, 'the chip');
  await page.selectOption('#lang', 'zh-CN');
  await page.waitForFunction(() => decodeURIComponent(document.querySelector('#static img').src).includes('lang="zh-CN"'), undefined, { timeout: 30_000 });
  await page.selectOption('#lang', 'en');
  assert.deepEqual(page.errors.map(String), []);
});
