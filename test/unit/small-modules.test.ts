import { expect } from '@open-wc/testing';
import { closestLang, matchLocale } from '../../src/i18n/locale.js';
import { sortRoles } from '../../src/model/roles-order.js';
import { safeHttpUrl } from '../../src/model/safe-url.js';
import { hasContributions, hasNothingToCount, isPartial } from '../../src/model/state.js';
import { LoadError, toLoadError } from '../../src/model/load-error.js';
import { initials } from '../../src/render/identity-text.js';
import { visibleTotals } from '../../src/render/totals-text.js';
import type { CardData } from '../../src/model/model.js';
import { paced, STARTS_PER_TASK } from '../../src/sources/net/pace.js';
import { RING_RADII, TIER_RINGS, ringsPath } from '../../src/render/emblem-shapes.js';
import { renderTurn, TURN_MS } from '../../src/element/render-turns.js';
import { nextTask } from '../../src/next-task.js';
import { loadOnce, loadOnceEach } from '../../src/load-once.js';
import { FIT_MARGIN, shiftIntoView } from '../../src/render/fit.js';
import { cardBaseName, embedSnippet, markdownSnippet } from '../../src/share/snippets.js';

const base: CardData = { schemaVersion: 1, identity: { login: 'x' }, totals: {}, roles: [], sources: [] };

describe('locale', () => {
  it('maps tags to the supported locales', () => {
    expect(matchLocale('zh-CN')).to.equal('zh-CN');
    expect(matchLocale('zh')).to.equal('zh-CN');
    expect(matchLocale('zh-Hans-CN')).to.equal('zh-CN');
    expect(matchLocale('en-GB')).to.equal('en');
    expect(matchLocale('fr')).to.equal('fr');
    expect(matchLocale('tlh')).to.equal('en');
    expect(matchLocale(null)).to.equal('en');
  });

  it('finds the closest lang, crossing shadow roots', () => {
    const outer = document.createElement('div');
    outer.lang = 'zh-CN';
    const host = document.createElement('div');
    outer.append(host);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(closestLang(inner)).to.equal('zh-CN');
    inner.lang = 'en';
    expect(closestLang(inner)).to.equal('en');
  });
});

describe('roles order', () => {
  it('puts Steering first, then leadership, then the rest, by group within a kind', () => {
    const sorted = sortRoles([
      { kind: 'reviewer', group: 'kubeadm' },
      { kind: 'tech-lead', group: 'SIG Node' },
      { kind: 'chair', group: 'WG Serving' },
      { kind: 'chair', group: 'SIG Apps' },
      { kind: 'steering-member', group: 'Steering Committee' },
    ]);
    expect(sorted.map((r) => `${r.kind}/${r.group}`)).to.deep.equal([
      'steering-member/Steering Committee',
      'chair/SIG Apps',
      'chair/WG Serving',
      'tech-lead/SIG Node',
      'reviewer/kubeadm',
    ]);
  });
});

describe('safe URLs', () => {
  it('keeps only absolute http(s)', () => {
    expect(safeHttpUrl('https://github.com/pacoxu')).to.equal('https://github.com/pacoxu');
    expect(safeHttpUrl('http://example.com')).to.equal('http://example.com/');
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'data:text/html,x', 'vbscript:x', '/relative', '//evil.com', '', 42, null]) {
      expect(safeHttpUrl(bad), String(bad)).to.equal(undefined);
    }
  });
});

describe('card state', () => {
  it('knows a card with no contributions from one with some', () => {
    expect(hasContributions(base)).to.equal(false);
    expect(hasContributions({ ...base, totals: { contributions: 0, prsMerged: 0 } })).to.equal(false);
    expect(hasContributions({ ...base, totals: { reviews: 1 } })).to.equal(true);
    // DevStats' Active repositories counts a repository its person only starred or forked.
    expect(hasContributions({ ...base, totals: { repositories: 4 } })).to.equal(false);
    expect(hasNothingToCount({ ...base, totals: { repositories: 4 } })).to.equal(true);
    expect(hasContributions({ ...base, activity: { unit: 'month', points: [{ period: 'p', start: '2025-01', count: 2 }] } })).to.equal(true);
    expect(hasContributions({ ...base, firstContribution: { date: '2020-01-01' } })).to.equal(true);
    expect(isPartial(base)).to.equal(false);
    expect(isPartial({ ...base, notices: [{ source: 'github', reason: 'timeout' }] })).to.equal(true);
  });

  it('says there is nothing to count only when no source that counts failed', () => {
    expect(hasNothingToCount(base)).to.equal(true);
    expect(hasNothingToCount({ ...base, totals: { reviews: 1 } })).to.equal(false);
    expect(hasNothingToCount({ ...base, notices: [{ source: 'devstats', reason: 'http' }] })).to.equal(false);
    expect(hasNothingToCount({ ...base, notices: [{ source: 'github', reason: 'rate-limited' }] })).to.equal(false);
    expect(hasNothingToCount({ ...base, notices: [{ source: 'devstats', reason: 'http', staleSince: '2026-11-19T08:00:00Z' }] })).to.equal(true);
    expect(hasNothingToCount({ ...base, notices: [{ source: 'community', reason: 'http' }] })).to.equal(true);
  });
});

describe('load errors', () => {
  it('classifies what was thrown', () => {
    expect(toLoadError(new DOMException('x', 'AbortError'), 'file').reason).to.equal('aborted');
    expect(toLoadError(new DOMException('x', 'TimeoutError'), 'file').reason).to.equal('timeout');
    expect(toLoadError(new TypeError('Failed to fetch'), 'file').reason).to.equal('network');
    expect(toLoadError(new SyntaxError('bad'), 'file').reason).to.equal('bad-data');
    const e = new LoadError('not-found', 'github');
    expect(toLoadError(e, 'devstats')).to.equal(e);
  });
});

describe('rendering helpers', () => {
  it('makes initials from names, logins and non-Latin names', () => {
    expect(initials({ login: 'pacoxu', name: 'Paco Xu' })).to.equal('PX');
    expect(initials({ login: 'pacoxu' })).to.equal('P');
    expect(initials({ login: 'x', name: '徐俊杰' })).to.equal('徐');
    expect(initials({ login: 'x', name: 'Ana Maria de Souza' })).to.equal('AM');
    expect(initials({ login: 'x', name: 'Paco Xu 徐俊杰' })).to.equal('PX');
  });

  it('shows at most six totals, in order, skipping absent ones', () => {
    expect(visibleTotals({ totals: { reviews: 3, contributions: 1 } })).to.deep.equal([
      { key: 'contributions', value: 1 },
      { key: 'reviews', value: 3 },
    ]);
    const all = { contributions: 1, prsMerged: 1, prsOpened: 1, reviews: 1, approvals: 1, issues: 1, commits: 1, comments: 1, repositories: 1 };
    expect(visibleTotals({ totals: all }).length).to.equal(6);
  });

  it('shows a total under a listing threshold as "below", and marks a figure of another scope', () => {
    const shown = visibleTotals({
      totals: { prsMerged: 1, reviews: 0 },
      totalsBelow: { contributions: 30, prsMerged: 2 },
      scopes: { prsMerged: { source: 'github', orgs: ['kubernetes', 'kubernetes-sigs'] } },
    });
    expect(shown).to.deep.equal([
      { key: 'contributions', below: 30 },
      { key: 'prsMerged', value: 1, scope: { source: 'github', orgs: ['kubernetes', 'kubernetes-sigs'] } },
      { key: 'reviews', value: 0 },
    ]);
  });
});

describe('role groups', () => {
  it('groups roles of one kind, keeping Steering first and "other" labels apart', async () => {
    const { groupRoles } = await import('../../src/render/roles-layout.js');
    const groups = groupRoles([
      { kind: 'steering-liaison', group: 'SIG Node' },
      { kind: 'other', group: 'KubeCon', label: 'Co-chair' },
      { kind: 'steering-liaison', group: 'SIG CLI' },
      { kind: 'steering-member', group: 'Steering Committee' },
      { kind: 'other', group: 'Release', label: 'Release lead' },
    ]);
    expect(groups.map((g) => [g.kind, g.otherLabel, g.roles.map((r) => r.group)])).to.deep.equal([
      ['steering-member', undefined, ['Steering Committee']],
      ['steering-liaison', undefined, ['SIG CLI', 'SIG Node']],
      ['other', 'Co-chair', ['KubeCon']],
      ['other', 'Release lead', ['Release']],
    ]);
  });
});

describe('CDN build folder', () => {
  it('finds the build next to a .js URL and under the exact version for a bare package URL', async () => {
    const { buildFolder } = await import('../../src/cdn-folder.js');
    const f = (u: string) => buildFolder(u, '1.2.3').href;
    expect(f('https://cdn.jsdelivr.net/npm/k8s-contrib-card')).to.equal('https://cdn.jsdelivr.net/npm/k8s-contrib-card@1.2.3/dist/cdn/');
    expect(f('https://cdn.jsdelivr.net/npm/k8s-contrib-card@1')).to.equal('https://cdn.jsdelivr.net/npm/k8s-contrib-card@1.2.3/dist/cdn/');
    expect(f('https://cdn.jsdelivr.net/npm/k8s-contrib-card@latest/')).to.equal('https://cdn.jsdelivr.net/npm/k8s-contrib-card@1.2.3/dist/cdn/');
    expect(f('https://unpkg.com/k8s-contrib-card@1.2.3/dist/cdn/index.js')).to.equal('https://unpkg.com/k8s-contrib-card@1.2.3/dist/cdn/');
    expect(f('https://example.com/assets/card/index.js?v=2')).to.equal('https://example.com/assets/card/');
  });
});

describe('request pacing', () => {
  it('starts a few requests in this task and the rest in later ones, in order', async () => {
    const started: number[] = [];
    const all = Array.from({ length: 15 }, (_, i) =>
      paced(async () => {
        started.push(i);
        return i;
      }),
    );
    const first = [...Array(STARTS_PER_TASK).keys()];
    expect(started, 'the first share starts at once, in the caller\'s task').to.deep.equal(first);
    // However many microtasks run, the rest wait for a later task.
    for (let i = 0; i < 50; i++) await Promise.resolve();
    expect(started, 'nothing more in this task').to.deep.equal(first);
    expect(await Promise.all(all)).to.deep.equal([...Array(15).keys()]);
    expect(started, 'all started, in the order asked').to.deep.equal([...Array(15).keys()]);
  });
});

describe('render turns', () => {
  // Each test starts in a task of its own, after any turn an earlier one began has ended.
  beforeEach(() => nextTask().then(nextTask));

  it('lets updates run until the turn has lasted TURN_MS, then makes them wait for a later task', async () => {
    const t0 = performance.now();
    expect(renderTurn(t0), 'the first update of a task runs at once').to.equal(undefined);
    expect(renderTurn(t0 + TURN_MS - 1), 'and the next ones within the turn').to.equal(undefined);
    const wait = renderTurn(t0 + TURN_MS);
    expect(wait, 'an update past the turn waits').to.be.instanceOf(Promise);
    expect(renderTurn(t0 + TURN_MS + 5), 'every later one waits for the same task').to.equal(wait);
    let resumed = false;
    void wait!.then(() => (resumed = true));
    for (let i = 0; i < 50; i++) await Promise.resolve();
    expect(resumed, 'not within this task, however many microtasks run').to.equal(false);
    await wait;
    expect(renderTurn(performance.now() + 10 * TURN_MS), 'in the next task a new turn begins, counted from its first update').to.equal(undefined);
  });

  it('never holds back a task\'s first update, however late it comes', async () => {
    expect(renderTurn(performance.now() + 1e6)).to.equal(undefined);
    await nextTask();
    expect(renderTurn(performance.now())).to.equal(undefined);
  });
});

describe('emblem rings', () => {
  it('draws one circle around the centre per tier step, outermost first, in one path', () => {
    for (const [tier, count] of Object.entries(TIER_RINGS) as [keyof typeof TIER_RINGS, number][]) {
      const d = ringsPath(tier);
      const circles = [...d.matchAll(/M([\d.]+) 12a([\d.]+) \2 0 1 0 ([\d.]+) 0a\2 \2 0 1 0 -\3 0/g)];
      expect(circles.map((m) => m[0]).join(''), `${tier}: nothing but circles`).to.equal(d);
      expect(circles.length, tier).to.equal(count);
      circles.forEach((m, i) => {
        const r = Number(m[2]);
        expect(r, `${tier} ring ${i}`).to.equal(RING_RADII[i]);
        expect(Number(m[1]), 'starts at the left edge of its circle').to.be.closeTo(12 - r, 1e-9);
        expect(Number(m[3]), 'and crosses its diameter').to.be.closeTo(2 * r, 1e-9);
      });
    }
    expect(ringsPath('platinum'), 'no floating-point noise').to.not.match(/\.\d{3}/);
  });
});

describe('loadOnce', () => {
  it('loads once however many ask, and keeps a success', async () => {
    let calls = 0;
    const load = loadOnce(async () => ++calls);
    expect(await Promise.all([load(), load(), load()])).to.deep.equal([1, 1, 1]);
    expect(await load()).to.equal(1);
    expect(calls).to.equal(1);
  });

  it('forgets a failure: the callers waiting for it see it, the next call loads again', async () => {
    let calls = 0;
    const load = loadOnce(async () => {
      calls++;
      if (calls === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return 'view';
    });
    const first = await Promise.allSettled([load(), load()]);
    expect(first.map((r) => r.status)).to.deep.equal(['rejected', 'rejected']);
    expect(calls, 'one attempt for both').to.equal(1);
    expect(await load()).to.equal('view');
    expect(await load()).to.equal('view');
    expect(calls).to.equal(2);
  });

  it('loads once per key (loadOnceEach), and forgets a failure of one key only', async () => {
    const calls: string[] = [];
    const load = loadOnceEach(async (locale: string) => {
      calls.push(locale);
      if (locale === 'de' && calls.filter((c) => c === 'de').length === 1) throw new TypeError('503');
      return `${locale} messages`;
    });
    expect(await Promise.all([load('en'), load('en'), load('fr')])).to.deep.equal(['en messages', 'en messages', 'fr messages']);
    expect((await Promise.allSettled([load('de')]))[0]!.status).to.equal('rejected');
    expect(await load('de')).to.equal('de messages');
    expect(await load('en')).to.equal('en messages');
    expect(calls).to.deep.equal(['en', 'fr', 'de', 'de']);
  });
});

describe('floating boxes kept in view', () => {
  const W = 375;
  it('leaves a box inside the viewport where it is', () => {
    expect(shiftIntoView(20, 300, W)).to.equal(0);
    expect(shiftIntoView(FIT_MARGIN, W - FIT_MARGIN, W)).to.equal(0);
  });
  it('moves a box past the right edge left, by as much as it is past the margin', () => {
    expect(shiftIntoView(200, 537, W)).to.equal(W - FIT_MARGIN - 537);
  });
  it('moves a box past the left edge right', () => {
    expect(shiftIntoView(-22, 398, W)).to.equal(FIT_MARGIN + 22);
  });
  it('starts a box wider than the room at the left margin rather than cutting off its start', () => {
    expect(shiftIntoView(100, 100 + W, W)).to.equal(FIT_MARGIN - 100);
    expect(shiftIntoView(-50, W + 50, W)).to.equal(FIT_MARGIN + 50);
  });
});

describe('the embed snippet', () => {
  // It kept only user/src/lang: another project's card, pasted elsewhere, showed Kubernetes' figures.
  it('is the same card: its project, variant and theme; not the services\' addresses of this page', () => {
    const tag = (o: Partial<Parameters<typeof embedSnippet>[0]>) => embedSnippet({ baseUrl: 'https://example.org/', ...o }).split('\n')[1];
    expect(tag({ user: 'pacoxu', project: 'prometheus', variant: 'compact', theme: 'dark', lang: 'zh-CN' })).to.equal(
      '<k8s-contrib-card user="pacoxu" lang="zh-CN" project="prometheus" variant="compact" theme="dark"></k8s-contrib-card>',
    );
    expect(tag({ user: 'pacoxu', project: 'Kubernetes', variant: 'full', theme: 'auto' }), 'the defaults left out').to.equal('<k8s-contrib-card user="pacoxu"></k8s-contrib-card>');
    expect(tag({ src: 'cards/x.json', project: 'prometheus' }), 'a file says its own project').to.equal('<k8s-contrib-card src="https://example.org/cards/x.json"></k8s-contrib-card>');
    expect(tag({ user: 'x', project: '"><script>' }), 'escaped').to.include('project="&#34;&#62;&#60;script&#62;"');
  });
});

describe('static card file names', () => {
  it('are the login in lower case, but never the build index\'s own name', () => {
    expect(cardBaseName('PacoXu')).to.equal('pacoxu');
    // The card of a user named "index" overwrote index.json, or was overwritten by it.
    expect(cardBaseName('Index')).to.equal('_index');
    expect(cardBaseName('index-card')).to.equal('index-card');
  });
  it('keep a hostile name inside the Markdown image: one line, its markup escaped', () => {
    const name = 'Paco\n\n<a href="https://evil.example/">Sign in</a>\n\n# Pwned `x` *y* | z &amp; [w] \\';
    const md = markdownSnippet('pacoxu', `${name} (@pacoxu)`, 'https://example.org/c(1)/', 'https://example.org/')!;
    expect(md).to.equal(
      '[![Paco \\<a href="https://evil.example/"\\>Sign in\\</a\\> # Pwned \\`x\\` \\*y\\* \\| z \\&amp; \\[w\\] \\\\ (@pacoxu)](https://example.org/c%281%29/pacoxu.svg)](https://github.com/pacoxu)',
    );
    expect(markdownSnippet('pacoxu', 'a ~~b~~ (@pacoxu)', 'https://example.org/', 'https://example.org/')).to.equal(
      '[![a \\~\\~b\\~\\~ (@pacoxu)](https://example.org/pacoxu.svg)](https://github.com/pacoxu)',
    );
  });
  it('are what the share menu\'s Markdown points at', () => {
    expect(markdownSnippet('Index', 'card', 'https://example.org/cards', 'https://example.org/')).to.equal(
      '[![card](https://example.org/cards/_index.svg)](https://github.com/Index)',
    );
  });
});
