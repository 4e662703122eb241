/**
 * Hostile values in every text field of every source: a card-data file the
 * page serves, and each live service (through the stand-ins). Whatever the
 * value, nothing runs, the shadow DOM holds only what the card built, links
 * stay http(s), the layout holds at 280 and 480 px, no junk text shows, and
 * the card neither sends credentials nor touches storage outside its prefix.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { configure } from '../../src/sources/config.js';
import type { K8sContribCard } from '../../src/element/k8s-contrib-card.js';
import { isValidLogin } from '../../src/model/login.js';
import { cleanText } from '../../src/model/validate.js';
import { $, failed, mount, spyOnFetch, text } from '../harness.js';
import { CORPUS, FLAG, hostileCard, run, type CardJson } from '../hostile.js';
import { standIns } from '../stand-ins/client.js';
import { useStandIns } from '../stand-ins/live-setup.js';

// ---------------------------------------------------------------------------
// The corpus

/** Fields where only a few values are valid: a hostile value there must make the card refuse the data. */
const STRICT_FIELDS: [path: string, set: (card: CardJson, v: string) => void][] = [
  ['identity.login', (c, v) => (c.identity.login = v)],
  ['firstContribution.date', (c, v) => (c.firstContribution.date = v)],
  ['activity.points[0].start', (c, v) => (c.activity.points[0]!.start = v)],
  ['activity.unit', (c, v) => (c.activity.unit = v)],
  ['roles[0].kind', (c, v) => (c.roles[0]!.kind = v)],
  ['notices[0].reason', (c, v) => (c.notices[0]!.reason = v)],
  ['notices[0].retryAt', (c, v) => (c.notices[0]!.retryAt = v)],
  ['asOf', (c, v) => (c.asOf = v)],
  ['totals.contributions', (c, v) => ((c.totals as Record<string, unknown>).contributions = v)],
  ['yearsActive[0]', (c, v) => ((c.yearsActive as unknown[])[0] = v)],
];

// ---------------------------------------------------------------------------
// Page-level watchers: execution, dialogs, errors, storage, credentials

const STORAGE_PREFIX = 'k8s-contrib-card:';
const SECRET = 'ghp_SECRETtoken0123456789abcdefghijklmn';
const dialogs: string[] = [];
const pageErrors: unknown[] = [];
const storageCalls: { store: 'local' | 'session' | 'cookie'; op: string; key: string }[] = [];
const originals: [object, string, unknown][] = [];

function patch(target: object, key: string, value: unknown) {
  originals.push([target, key, (target as Record<string, unknown>)[key]]);
  (target as Record<string, unknown>)[key] = value;
}

const onError = (e: ErrorEvent) => pageErrors.push(e.error ?? e.message);
const onRejection = (e: PromiseRejectionEvent) => pageErrors.push(e.reason);
let scriptsAtStart = 0;
let meta: HTMLMetaElement | undefined;

before(() => {
  for (const name of ['alert', 'confirm', 'prompt', 'print', 'open']) {
    patch(window, name, (...args: unknown[]) => {
      dialogs.push(`${name}(${args.map(String).join(', ')})`);
      return null;
    });
  }
  for (const op of ['getItem', 'setItem', 'removeItem'] as const) {
    const orig = Storage.prototype[op] as (...a: unknown[]) => unknown;
    patch(Storage.prototype, op, function (this: Storage, ...args: unknown[]) {
      storageCalls.push({ store: this === window.localStorage ? 'local' : 'session', op, key: String(args[0]) });
      return orig.apply(this, args);
    });
  }
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
  Object.defineProperty(document, 'cookie', {
    configurable: true,
    get() {
      storageCalls.push({ store: 'cookie', op: 'get', key: '' });
      return cookie.get!.call(document);
    },
    set(v: string) {
      cookie.set!.call(document, v);
    },
  });
  originals.push([document, 'cookie', undefined]);
  // Secrets a careless widget might pick up and send along.
  window.localStorage.setItem('github_token', SECRET);
  window.sessionStorage.setItem('GITHUB_TOKEN', SECRET);
  document.cookie = `gh_token=${SECRET}; path=/`;
  meta = document.createElement('meta');
  meta.name = 'github-token';
  meta.content = SECRET;
  document.head.append(meta);
  (window as unknown as Record<string, string>).GITHUB_TOKEN = SECRET;
  scriptsAtStart = document.querySelectorAll('script').length;
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});

after(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  for (const [target, key, value] of originals.reverse()) {
    // The cookie spy is an own property of document: deleting it restores Document.prototype's.
    if (target === document && key === 'cookie') delete (document as unknown as Record<string, unknown>).cookie;
    else (target as Record<string, unknown>)[key] = value;
  }
  window.localStorage.removeItem('github_token');
  window.sessionStorage.removeItem('GITHUB_TOKEN');
  document.cookie = 'gh_token=; path=/; max-age=0';
  meta?.remove();
});

beforeEach(() => {
  storageCalls.length = 0;
});

afterEach(async () => {
  // Rejections are reported a task after they happen.
  await new Promise((r) => setTimeout(r, 20));
  expect(pageErrors.map(String), 'uncaught errors and unhandled rejections').to.deep.equal([]);
  expect(dialogs, 'dialogs opened').to.deep.equal([]);
  expect((window as unknown as Record<string, unknown>)[FLAG], 'a payload ran').to.equal(undefined);
  // Storage: only the card's own keys, only localStorage, never cookies.
  const foreign = storageCalls.filter((c) => c.store !== 'local' || !c.key.startsWith(STORAGE_PREFIX));
  expect(foreign, 'storage calls outside the card prefix').to.deep.equal([]);
  expect(window.localStorage.getItem('github_token')).to.equal(SECRET);
});

// ---------------------------------------------------------------------------
// Checks on a rendered card

/** Elements the card's templates create; anything else came from data. */
const CARD_TAGS = new Set(
  (
    'article header div span img h2 h3 p a section dl dt dd ul li nav footer time figure figcaption output ' +
    'table caption tbody tr th td svg path circle slot button sup bdi'
  ).split(' '),
);
/** Attributes that load or navigate: must be absolute http(s). */
const URL_ATTRS = ['href', 'src', 'srcset', 'xlink:href', 'action', 'formaction', 'poster', 'background', 'data', 'ping', 'cite'];
/** Text no card should show, in its text or its attributes. */
const JUNK = ['undefined', 'NaN', '[object Object]', 'null', 'function ', '[native code]'];

function assertSafeDom(el: K8sContribCard) {
  const root = el.shadowRoot!;
  for (const node of root.querySelectorAll('*')) {
    const tag = node.localName;
    expect(CARD_TAGS.has(tag), `<${tag}> in the shadow DOM`).to.equal(true);
    if (tag === 'img') expect(node.closest('[part=avatar]'), 'an img outside the avatar').to.not.equal(null);
    for (const attr of node.attributes) {
      expect(/^on/i.test(attr.name), `${tag}[${attr.name}]`).to.equal(false);
      if (URL_ATTRS.includes(attr.name.toLowerCase())) {
        expect(attr.value, `${tag}[${attr.name}]`).to.match(/^https?:\/\/[^\s]/);
        expect(() => new URL(attr.value)).to.not.throw();
        expect(new URL(attr.value).protocol).to.be.oneOf(['http:', 'https:']);
      }
      for (const bad of JUNK) expect(attr.value, `${tag}[${attr.name}]`).to.not.include(bad);
    }
  }
  const t = text(el);
  for (const bad of JUNK) expect(t, 'card text').to.not.include(bad);
  // Nothing escaped into the page either.
  expect(document.querySelectorAll('script').length, 'scripts in the page').to.equal(scriptsAtStart);
  expect(document.querySelector('body [onerror], body [onload], body [onfocus], body [onmouseover]'), 'handlers in the page').to.equal(null);
}

/** Right edge of what is visible of `n`: clipped by every ancestor (up to the card) that hides overflow. */
function visibleRight(n: Element, stop: Element): number {
  let right = n.getBoundingClientRect().right;
  for (let a = n.parentElement; a && a !== stop; a = a.parentElement) {
    if (getComputedStyle(a).overflowX !== 'visible') right = Math.min(right, a.getBoundingClientRect().right);
  }
  return right;
}

function assertLayout(el: K8sContribCard, expectedWidth: number) {
  const card = el.shadowRoot!.querySelector('.card') as HTMLElement;
  expect(el.getBoundingClientRect().width, 'card width').to.equal(expectedWidth);
  expect(card.scrollWidth, 'horizontal overflow inside the card').to.be.at.most(card.clientWidth);
  const edge = card.getBoundingClientRect().right + 0.5;
  const wide = [...card.querySelectorAll('*')]
    .filter((n) => !n.closest('.sr-only') && getComputedStyle(n).display !== 'none')
    .filter((n) => visibleRight(n, card) > edge);
  expect(wide.map((n) => n.outerHTML.slice(0, 80)), 'elements past the right edge').to.deep.equal([]);
  const wrapper = el.parentElement!;
  expect(wrapper.scrollWidth, 'overflow of the container').to.be.at.most(wrapper.clientWidth);
}

/** Every request the stand-ins saw: no credentials, no secret anywhere. */
function assertNoCredentials(log: { headers: Record<string, string>; path?: string; query?: string; body?: string }[]) {
  for (const r of log) {
    expect(Object.keys(r.headers).map((h) => h.toLowerCase()), `${r.path} headers`).to.not.include('authorization');
    expect(Object.keys(r.headers).map((h) => h.toLowerCase()), `${r.path} headers`).to.not.include('cookie');
    expect(JSON.stringify(r), 'a secret in a request').to.not.include(SECRET);
  }
}

// ---------------------------------------------------------------------------
// Mounting

/** A card with `attrs` in an English container of `width` px. */
// Eager: a test stacks many cards, and hostile text makes them tall; a lazy card below the
// fold (Firefox's and WebKit's test windows are shorter than Chromium's) would wait for a scroll.
const mountAt = (attrs: Record<string, string>, width: number) => mount({ loading: 'eager', ...attrs }, { width });

/** Width a card takes in a container of `width` px with ordinary data (the hostile one must match it). */
const benignWidth = (width: number) => Math.min(width, 420);

let fileCount = 0;
async function serveJson(value: unknown): Promise<string> {
  const name = `hostile-${++fileCount}.json`;
  const path = await executeServerCommand<string, { name: string; body: string }>('page-files:put', { name, body: JSON.stringify(value) });
  return new URL(path, location.href).href;
}

async function pageFileLog() {
  return executeServerCommand<{ path: string; headers: Record<string, string> }[], undefined>('page-files:log');
}

// ---------------------------------------------------------------------------

describe('security: a hostile card-data file (src)', () => {
  it('the checks are live: a benign card passes them', async () => {
    const src = await serveJson(hostileCard('Plain Text'));
    const { el, done } = await mountAt({ src, theme: 'light' }, 480);
    expect((await done).type).to.equal('contrib-load');
    assertSafeDom(el);
    assertLayout(el, benignWidth(480));
    expect(el.shadowRoot!.querySelector('[part=name]')!.textContent).to.equal('Plain Text');
  });

  for (const [name, value] of CORPUS) {
    it(`${name}: in every text field, shown as text, nothing runs, layout holds`, async () => {
      const src = await serveJson(hostileCard(value));
      const shown = cleanText(value);
      for (const width of [280, 480]) {
        const { el, done } = await mountAt({ src }, width);
        const e = await done;
        // Wait for the chart chunk: its DOM is checked too.
        await new Promise((r) => setTimeout(r, 50));
        await el.updateComplete;
        expect(e.type, 'loads').to.equal('contrib-load');
        assertSafeDom(el);
        assertLayout(el, benignWidth(width));
        // Rendered as text, never parsed: the name reads exactly as the cleaned value.
        expect(el.shadowRoot!.querySelector('[part=name]')!.textContent).to.equal(shown);
        expect(el.shadowRoot!.querySelector('[part=company]')!.textContent).to.equal(shown);
        // Unsafe links are dropped; the profile link falls back to GitHub.
        const profile = el.shadowRoot!.querySelector('[part=profile-link]')!.getAttribute('href');
        expect(profile).to.be.oneOf(['https://github.com/hostile-user', safe(value)]);
        // A notice naming an unknown source still reads as a sentence.
        expect(el.shadowRoot!.querySelector('[part=notice]')!.textContent).to.include('unavailable (network error)');
      }
    });
  }

  for (const [path, set] of STRICT_FIELDS) {
    it(`refuses the file when ${path} holds hostile values`, async () => {
      for (const [, value] of CORPUS.filter((_, i) => i % 3 === 0)) {
        const card = hostileCard('Plain');
        set(card, value);
        const { el, done } = await mountAt({ src: await serveJson(card) }, 280);
        const e = await done;
        expect(e.type, `${path} = ${value.slice(0, 30)}`).to.equal('contrib-error');
        expect(failed(e).detail.reason).to.equal('bad-data');
        expect(el.shadowRoot!.querySelector('[part~=error]')).to.not.equal(null);
        assertSafeDom(el);
        assertLayout(el, 280);
      }
    });
  }

  it('never reads a src that is javascript:, data: or vbscript:', async () => {
    const fetches = spyOnFetch();
    try {
      for (const src of [
        `javascript:${run('src')}`,
        `JaVaScRiPt:${run('src-case')}`,
        `data:application/json,${encodeURIComponent(JSON.stringify(hostileCard('x')))}`,
        'vbscript:msgbox(1)',
      ]) {
        const { el, done } = await mountAt({ src }, 280);
        const e = await done;
        expect(e.type, src.slice(0, 20)).to.equal('contrib-error');
        expect(failed(e).detail.reason).to.equal('bad-data');
        assertSafeDom(el);
      }
      expect(fetches.urls()).to.deep.equal([]);
    } finally {
      fetches.restore();
    }
  });

  it('treats every corpus value that is not a login as an invalid user, without a request', async () => {
    const fetches = spyOnFetch();
    try {
      // `constructor` and `toString` are valid logins: the live tests cover them.
      for (const [name, value] of CORPUS.filter(([, v]) => !isValidLogin(v))) {
        const { el, done } = await mountAt({ user: value }, 280);
        const e = await done;
        expect(failed(e).detail.reason, name).to.equal('invalid-user');
        assertSafeDom(el);
        assertLayout(el, 280);
      }
      expect(fetches.urls()).to.deep.equal([]);
    } finally {
      fetches.restore();
    }
  });

  it('sends no credentials with a file request to another origin', async () => {
    // The same test server under another host name is another origin, as a CDN would be.
    const src = new URL(await serveJson(hostileCard('x')));
    src.hostname = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    const fetches = spyOnFetch();
    let done;
    try {
      ({ done } = await mountAt({ src: src.href }, 280));
      expect((await done).type).to.equal('contrib-load');
    } finally {
      fetches.restore();
    }
    // Cookies for this host would not show in the log (none are set for it): the mode says it.
    const init = fetches.calls.find((c) => c.url === src.href)?.init;
    expect(init?.credentials, 'never "include"').to.equal('same-origin');
    const log = (await pageFileLog()).filter((r) => r.path === src.pathname);
    expect(log.length).to.be.greaterThan(0);
    assertNoCredentials(log);
  });
});

// ---------------------------------------------------------------------------

const LOGIN = 'evil-markup';

/** Hostile answers for every live service, each text field set to `v`. */
async function hostileServices(v: string, urls: { github: string }, firstFromSearch: boolean) {
  const api = urls.github;
  const profile = {
    login: LOGIN,
    id: 66600666,
    avatar_url: v,
    html_url: v,
    url: `${api}/users/${LOGIN}`,
    type: 'User',
    name: v,
    company: v,
    blog: v,
    location: v,
    bio: v,
    email: v,
    twitter_username: v,
  };
  const search = {
    total_count: 3,
    incomplete_results: false,
    items: [
      {
        title: v,
        html_url: v,
        repository_url: `${api}/repos/${encodeURIComponent(v)}/${encodeURIComponent(v)}`,
        created_at: firstFromSearch ? '2015-02-02T00:00:00Z' : '2021-02-02T00:00:00Z',
        pull_request: { merged_at: '2021-02-04T00:00:00Z', html_url: v },
        user: { login: v },
        body: v,
      },
    ],
  };
  const ranges = {
    project: v,
    db_name: v,
    ranges: ['Last century', v, `v1.33.0 - ${v}`, 'v1.33.0 - v1.34.0', 'v1.34.0 - v1.35.0', 'v1.35.0 - now'],
  };
  const devActCnt = { project: v, db_name: v, range: v, metric: v, filter: v, github_id: v, rank: [1, 2], login: [v, LOGIN], number: [999, 42] };
  // JSON is YAML: the community files parser reads it like any sigs.yaml.
  const lead = [{ github: LOGIN, name: v, company: v, email: v }];
  const sigs = {
    sigs: [
      { dir: 'sig-node', name: v, leadership: { chairs: lead, tech_leads: lead }, subprojects: [{ name: v, leads: lead }], contact: { slack: v } },
      { dir: v, name: v, leadership: { emeritus_leads: lead } },
    ],
    workinggroups: [{ dir: 'wg-device-management', name: v, leadership: { chairs: lead } }],
    committees: [{ dir: 'committee-code-of-conduct', name: v, leadership: { chairs: lead } }],
  };
  const contribcard = {
    id: 1,
    login: LOGIN,
    contributions: { total: 77, by_kind: { commit: 3, issue: 4, pull_request: 5 } },
    repositories: [v, v],
    years: [2020, 2021],
    first_commit: v,
    first_contribution: {
      kind: v,
      owner: v,
      repository: v,
      number: 1,
      sha: v,
      title: v,
      ts: firstFromSearch ? 1500000000 : 1400000000,
    },
  };
  await standIns.fault({ service: 'github', kind: 'body', match: `/users/${LOGIN}`, body: JSON.stringify(profile) });
  await standIns.fault({ service: 'github', kind: 'body', match: '/search/', body: JSON.stringify(search) });
  await standIns.fault({ service: 'devstats', kind: 'body', match: '"api":"Ranges"', body: JSON.stringify(ranges) });
  await standIns.fault({ service: 'devstats', kind: 'body', match: '"api":"DevActCnt"', body: JSON.stringify(devActCnt) });
  await standIns.fault({ service: 'raw', kind: 'body', match: 'sigs.yaml', body: JSON.stringify(sigs), contentType: 'text/plain; charset=utf-8' });
  await standIns.fault({ service: 'contribcard', kind: 'body', match: LOGIN, body: JSON.stringify(contribcard) });
}

describe('security: hostile answers from every live source (stand-ins)', () => {
  const t = useStandIns();

  it('the stand-ins really serve the hostile answers (and a benign value renders)', async () => {
    configure({ contribcardBase: t.urls.contribcard });
    await hostileServices('Plain Value', t.urls, true);
    const { el, done } = await mountAt({ user: LOGIN }, 480);
    expect((await done).type).to.equal('contrib-load');
    expect(el.shadowRoot!.querySelector('[part=name]')!.textContent).to.equal('Plain Value');
    const tx = text(el);
    expect(tx).to.include('SIG Plain Value');
    expect(tx).to.include('subproject Plain Value');
    expect(tx).to.include('Plain Value'); // first contribution title
    expect(el.shadowRoot!.querySelector('[part=notice]')).to.equal(null);
    expect((await standIns.log()).filter((r) => r.fault === 'body').length).to.be.at.least(6);
  });

  CORPUS.forEach(([name, value], i) => {
    it(`${name}: in every field of every service, shown as text, nothing runs, layout holds`, async () => {
      configure({ contribcardBase: t.urls.contribcard });
      await hostileServices(value, t.urls, i % 2 === 0);
      for (const width of [280, 480]) {
        const { el, done } = await mountAt({ user: LOGIN }, width);
        const e = await done;
        await new Promise((r) => setTimeout(r, 50));
        await el.updateComplete;
        expect(e.type, 'loads').to.equal('contrib-load');
        assertSafeDom(el);
        assertLayout(el, benignWidth(width));
        const shown = cleanText(value);
        const nameEl = el.shadowRoot!.querySelector('[part=name]')!;
        expect(nameEl.textContent).to.equal(shown || LOGIN);
        // Totals still come through next to the hostile text.
        expect(text(el)).to.include('Contributions');
        // Every source's hostile answer was taken (so its text really was rendered), none refused.
        expect($(el, '[part=notice]')?.textContent, 'notices').to.equal(undefined);
        expect(($(el, '[part=roles]') as HTMLElement).hidden, 'roles from sigs.yaml').to.equal(false);
      }
      assertNoCredentials(await standIns.log());
    });
  });

  it('logins that are prototype keys read as unknown users, not as object members', async () => {
    configure({ contribcardBase: t.urls.contribcard });
    for (const user of ['constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
      const { el, done } = await mountAt({ user }, 280);
      const e = await done;
      expect(e.type, user).to.equal('contrib-error');
      expect(failed(e).detail.reason, user).to.equal('not-found');
      expect(text(el)).to.include(`No GitHub user “${user}” was found.`);
      assertSafeDom(el);
    }
  });

  it('hostile endpoint attributes reach no link and run nothing', async () => {
    // URL-like values; a relative one would only reach the page's own server.
    for (const [, value] of CORPUS.filter(([, v]) => /^\s*[a-z]+:/i.test(v))) {
      for (const attr of ['github-api', 'devstats-api', 'raw-base', 'contribcard-base']) {
        const { el, done } = await mountAt({ user: 'pacoxu', [attr]: value }, 280);
        const e = await done;
        expect(e.type, `${attr}=${value.slice(0, 30)}`).to.be.oneOf(['contrib-load', 'contrib-error']);
        assertSafeDom(el);
        assertLayout(el, 280);
      }
    }
  });

  it('a hostile project attribute reaches no link and no markup', async () => {
    for (const [, value] of CORPUS.filter((_, i) => i % 4 === 0)) {
      const { el, done } = await mountAt({ user: 'pacoxu', project: value }, 280);
      const e = await done;
      expect(e.type).to.be.oneOf(['contrib-load', 'contrib-error']);
      assertSafeDom(el);
      assertLayout(el, 280);
    }
  });
});

/** `value` as the card would keep it as a link, or a marker that cannot equal an href. */
function safe(value: string): string {
  try {
    const u = new URL(cleanText(value));
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : '(dropped)';
  } catch {
    return '(dropped)';
  }
}
