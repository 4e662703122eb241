// How the card joins its phrases in each script: the sentences of a notice, a figure and the
// scope it was counted in, a role and its term, a first contribution and its date. Found on
// zh-CN cards by a language audit: "上限）。 将于…" (a space after 。), "社区文件 暂不可用" (a space
// between Han), "1, 仅限…" (an English comma), "(任期至 2027年10月)" (ASCII brackets), and a
// first contribution known only by its date saying it twice.
import { expect } from '@open-wc/testing';
import { loadMessages, messagesFor } from '../../src/i18n/catalog.js';
import { loadMore } from '../../src/i18n/more-catalog.js';
import type { SupportedLocale } from '../../src/i18n/locale.js';
import { punctuationOf } from '../../src/i18n/punctuation.js';
import type { CardData } from '../../src/model/model.js';
import type { MoreContext } from '../../src/render/context.js';
import { firstContributionText, noticeTexts } from '../../src/render/details-text.js';
import { roleText, termText } from '../../src/render/roles-layout.js';
import { totalsText } from '../../src/render/totals-text.js';
import { activityText } from '../../src/render/sparkline-text.js';
import { firstContributionLine } from '../../src/static/svg-regions.js';

const NOW = Date.parse('2026-11-25T12:00:00Z');

async function ctxOf(locale: SupportedLocale): Promise<MoreContext> {
  await loadMessages(locale);
  return { locale, msg: messagesFor(locale)!, more: await loadMore(locale), now: NOW };
}

const card = (extra: Partial<CardData>): CardData => ({
  schemaVersion: 1,
  identity: { login: 'pacoxu' },
  roles: [],
  totals: {},
  sources: [{ id: 'devstats', name: 'CNCF DevStats' }],
  asOf: '2026-11-20T08:00:00Z',
  ...extra,
});

describe('phrases joined in each script', () => {
  const notices = card({
    notices: [
      { source: 'community', reason: 'rate-limited', retryAt: '2026-11-25T12:30:00Z', staleSince: '2026-11-24T12:00:00Z' },
      { source: 'devstats', reason: 'http' },
    ],
  });

  it('zh-CN: no space after 。 or between Han; one between Latin and Han', async () => {
    const [community, devstats] = noticeTexts(notices, await ctxOf('zh-CN'));
    expect(community).to.not.match(/。 /);
    expect(community).to.match(/^Kubernetes 社区文件暂不可用（已达到请求频率上限）。/);
    expect(community).to.match(/）。显示.+保存的数据。将于.+恢复。$/);
    expect(devstats).to.equal('CNCF DevStats 暂不可用（服务器错误）。');
  });

  it('zh-TW and ja: no space between sentences either', async () => {
    for (const locale of ['zh-TW', 'ja'] as const) {
      const [community] = noticeTexts(notices, await ctxOf(locale));
      expect(community, locale).to.not.match(/。 /);
    }
  });

  it('en: a space between sentences', async () => {
    const [community] = noticeTexts(notices, await ctxOf('en'));
    expect(community).to.match(/^Kubernetes community files unavailable \(rate limit reached\)\. Showing its data saved yesterday\. Back in 30 minutes\.$/);
  });

  it('names a source the card does not know as the file\'s own list of sources does', async () => {
    const data = card({ sources: [{ id: 'mystery', name: 'Mystery Source' }], notices: [{ source: 'mystery', reason: 'http' }] });
    expect(noticeTexts(data, await ctxOf('en'))).to.deep.equal(['Mystery Source unavailable (server error).']);
    const unlisted = card({ notices: [{ source: 'elsewhere', reason: 'http' }] });
    expect(noticeTexts(unlisted, await ctxOf('en')), 'unlisted: its id, all there is').to.deep.equal(['elsewhere unavailable (server error).']);
  });

  // "CNCF DevStats unavailable (cannot be searched)" for a login its bot filter leaves out: an outage, to a reader.
  it('says a source that will never count the login leaves it out, not that it is unavailable', async () => {
    const data = card({ notices: [{ source: 'devstats', reason: 'not-searchable' }] });
    expect(noticeTexts(data, await ctxOf('en'))).to.deep.equal(['CNCF DevStats leaves this account out of its counts.']);
    expect(noticeTexts(data, await ctxOf('zh-CN'))).to.deep.equal(['CNCF DevStats 的统计不包括此账号。']);
  });

  it('a figure\'s scope after a full-width comma in Chinese, a comma and space in English', async () => {
    const data = card({
      totals: { prsMerged: 1 },
      scope: { source: 'devstats', project: 'kubernetes' },
      scopes: { prsMerged: { source: 'github', orgs: ['kubernetes', 'kubernetes-sigs'] } },
    });
    const zh = totalsText(data, await ctxOf('zh-CN')).tiles.find((t) => t.key === 'prsMerged')!;
    expect(zh.exact).to.match(/^1，仅限/);
    // Latin org names spaced from the 和 between them, as from the Chinese around them.
    const zhCtx = await ctxOf('zh-CN');
    expect(zhCtx.msg.scopeGithub(['kubernetes', 'kubernetes-sigs', 'etcd-io'])).to.equal('仅限 kubernetes、kubernetes-sigs 和 etcd-io（GitHub 搜索）');
    expect((await ctxOf('zh-TW')).msg.scopeGithub(['kubernetes', 'kubernetes-sigs'])).to.equal('僅限 kubernetes 和 kubernetes-sigs（GitHub 搜尋）');
    const ar = totalsText(data, await ctxOf('ar')).tiles.find((t) => t.key === 'prsMerged')!;
    expect(ar.exact, 'the Arabic comma').to.match(/^١، |^1، /);
    const en = totalsText(data, await ctxOf('en')).tiles.find((t) => t.key === 'prsMerged')!;
    expect(en.exact).to.match(/^1, in kubernetes and kubernetes-sigs only/);
  });

  it('a role\'s detail and term in full-width brackets in Chinese, ASCII ones after a space in English', async () => {
    const role = { kind: 'tech-lead' as const, group: 'SIG Node', label: 'cri' };
    expect(roleText(role, await ctxOf('zh-CN'))).to.equal('SIG Node（cri）');
    expect(roleText(role, await ctxOf('en'))).to.equal('SIG Node (cri)');
    const zh = await ctxOf('zh-CN');
    expect(punctuationOf('zh-CN').aside(termText('2027-10', zh))).to.match(/^（任期至 2027年10月）$/);
    expect(punctuationOf('ko').aside('x'), 'Korean writes ASCII brackets').to.equal(' (x)');
  });

  it('a term whose month is over has ended: the files can list the role after its election', async () => {
    const en = await ctxOf('en');
    const at = (iso: string) => ({ ...en, now: Date.parse(iso) });
    expect(termText('2026-10', at('2026-10-31T23:59:59Z')), 'the last moment of its month').to.equal('term ends Oct 2026');
    expect(termText('2026-10', at('2026-11-01T00:00:00Z')), 'the month after').to.equal('term ended Oct 2026');
    expect(termText('2025-12', at('2026-01-01T00:00:00Z')), 'across a year').to.equal('term ended Dec 2025');
    expect(termText('2026-10', en), 'NOW is 25 November 2026').to.equal('term ended Oct 2026');
    expect(termText('2027-10', en)).to.equal('term ends Oct 2027');
    expect(termText('2027', en), 'a year alone is shown as given').to.equal('2027');
    expect(termText('2026-10', await ctxOf('zh-CN'))).to.equal('任期已于 2026年10月结束');
  });

  // Intl gives a month without a day in the nominative, and in Italian some
  // months start with the vowel of the preposition before them.
  it('a term\'s month reads as its language declines it', async () => {
    const may = (ctx: MoreContext) => termText('2027-05', ctx);
    expect(may(await ctxOf('ru'))).to.equal('срок полномочий истекает: май 2027 г.');
    expect(may(await ctxOf('pl'))).to.equal('koniec kadencji: maj 2027');
    const it_ = await ctxOf('it');
    expect(termText('2027-04', it_)).to.equal('mandato fino ad apr 2027');
    expect(termText('2027-10', it_)).to.equal('mandato fino a ott 2027');
    expect(termText('2026-08', it_)).to.equal('mandato terminato ad ago 2026');
  });

  // "指导委员会成员 · Steering Committee" on every Steering member's Chinese card.
  it('names the Steering Committee in the languages whose Kubernetes docs translate it, and no other group', async () => {
    const steering = { kind: 'steering-member' as const, group: 'Steering Committee' };
    expect(roleText(steering, await ctxOf('zh-CN'))).to.equal('指导委员会');
    expect(roleText(steering, await ctxOf('zh-TW'))).to.equal('指導委員會');
    expect(roleText(steering, await ctxOf('ko'))).to.equal('운영위원회');
    expect(roleText(steering, await ctxOf('de'))).to.equal('Steering Committee');
    expect(roleText({ kind: 'chair', group: 'SIG Node' }, await ctxOf('zh-CN'))).to.equal('SIG Node');
  });

  it('a first contribution known only by its date says the date once', async () => {
    const en = await ctxOf('en');
    const dateOnly = firstContributionText(card({ firstContribution: { date: '2026-01-02' } }), en)!;
    expect(firstContributionLine(dateOnly, en.msg.colon)).to.equal('First contribution: Jan 2, 2026');
    const titled = firstContributionText(card({ firstContribution: { date: '2026-01-02', title: 'Fix typo', repository: 'kubernetes/website' } }), en)!;
    expect(firstContributionLine(titled, en.msg.colon)).to.equal('First contribution: Fix typo (kubernetes/website)\u00A0· Jan 2, 2026');
  });
});

describe('the activity sentence under the threshold', () => {
  const point = (v: string, extra: object) => ({ period: `v1.${v}`, start: `2025-${v.padStart(2, '0')}-01`, ...extra });
  const below = (v: string) => point(v, { count: 0, below: 2 });

  it('says it of every cycle when every one is under', async () => {
    const text = activityText({ unit: 'release', points: [below('1'), below('2'), below('3')] }, await ctxOf('en'));
    expect(text).to.deep.include({ kind: 'below', sentence: 'Fewer than 2 merged PRs in each of the last 3 release cycles.' });
  });

  // With 2 of 3 release calls failed, it said so of all 3: of cycles the source never answered for.
  it('says it only of the newest cycles that answered', async () => {
    const ctx = await ctxOf('en');
    const text = activityText({ unit: 'release', points: [below('1'), point('2', {}), below('3')] }, ctx);
    expect(text).to.deep.include({ kind: 'below', sentence: 'Fewer than 2 merged PRs in the last release cycle.' });
    // zh-CN had no form for one cycle: "最近 1 个版本周期中，每个周期…".
    const zh = activityText({ unit: 'release', points: [below('1'), point('2', {}), below('3')] }, await ctxOf('zh-CN'));
    expect(zh).to.deep.include({ kind: 'below', sentence: '最近一个版本周期合并的 PR 少于 2 个。' });
    expect(activityText({ unit: 'release', points: [below('1'), below('2'), point('3', {})] }, ctx), 'the newest failed: nothing to say').to.equal(undefined);
  });
});
