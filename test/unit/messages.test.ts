/**
 * Every language's catalogue: it loads as its own chunk, has exactly the keys
 * of the English one, says a whole sentence for every parameter and sample
 * number, and picks the plural form its language's rules ask for. Then which
 * catalogue a page's `lang` selects, and which way it runs.
 */
import { expect } from '@open-wc/testing';
import { loadMessages, messagesFor } from '../../src/i18n/catalog.js';
import { loadMore } from '../../src/i18n/more-catalog.js';
import { formatDate, formatExact, formatMonth, formatRelative } from '../../src/i18n/format.js';
import { directionOf, matchLocale, SUPPORTED_LOCALES, type SupportedLocale } from '../../src/i18n/locale.js';
import type { Messages as CardMessages, MoreMessages } from '../../src/i18n/messages.js';

/** Both catalogues of a language: what every card shows, and what it shows only sometimes (a chunk of its own). */
type Messages = CardMessages & MoreMessages;

const SAMPLES = [0, 1, 2, 3, 5, 11, 21, 100, 1000000];
const NOW = Date.parse('2026-11-25T12:00:00Z');

async function catalogue(locale: SupportedLocale): Promise<Messages> {
  await loadMessages(locale);
  const m = messagesFor(locale);
  if (!m) throw new Error(`no messages for ${locale}`);
  const more = await loadMore(locale);
  // No key in both: each sentence lives in exactly one of the two chunks.
  expect(Object.keys(m).filter((k) => k in more), `${locale}: keys in both catalogues`).to.deep.equal([]);
  return { ...m, ...more };
}

/** The keys of `Messages` that are sentences with parameters. */
type SentenceKey = { [K in keyof Messages]-?: Messages[K] extends (...args: never[]) => string ? K : never }[keyof Messages];

/** Every sentence with parameters, said for one sample number (typed, so a new sentence in `Messages` must be added here). */
const SENTENCES: Record<SentenceKey, (m: Messages, v: number) => string[]> = {
  sourceUnavailable: (m) => Object.values(m.sourceNames).flatMap((s) => Object.values(m.reasons).map((r) => m.sourceUnavailable(s, r))),
  notCounted: (m) => Object.values(m.sourceNames).map((s) => m.notCounted(s)),
  backAt: (m) => [m.backAt(formatRelative('2026-11-25T12:30:00Z', NOW, m.locale)!), m.backAt(formatRelative('2026-11-27T12:00:00Z', NOW, m.locale)!)],
  savedCopy: (m) => [m.savedCopy(formatRelative('2026-11-25T09:00:00Z', NOW, m.locale)!), m.savedCopy(formatRelative('2026-11-24T12:00:00Z', NOW, m.locale)!)],
  savedOn: (m) => [m.savedOn(formatDate('2026-11-24', m.locale)!)],
  asOfDate: (m) => [m.asOfDate(formatDate('2026-11-22', m.locale)!)],
  profileLink: (m) => [m.profileLink('octocat')],
  notFound: (m) => [m.notFound('nobody')],
  invalidLogin: (m) => [m.invalidLogin('-not-a-login')],
  noContributions: (m) => [m.noContributions('newcomer')],
  belowListing: (m, v) => [m.belowListing('newcomer', v)],
  organization: (m) => [m.organization('kubernetes')],
  bot: (m) => [m.bot('dependabot[bot]')],
  belowShort: (m, v) => [m.belowShort(v)],
  fewerThan: (m, v) => [m.fewerThan(v)],
  scopeDevstats: (m) => [m.scopeDevstats('kubernetes'), m.scopeDevstats('etcd')],
  scopeGithub: (m) => [m.scopeGithub(['kubernetes']), m.scopeGithub(['kubernetes', 'kubernetes-sigs']), m.scopeGithub(['kubernetes', 'kubernetes-sigs', 'etcd-io'])],
  figuresScope: (m) => [m.figuresScope(m.scopeDevstats('kubernetes')), m.figuresScope(m.scopeContribcard)],
  ongoing: (m) => [m.ongoing('v1.38'), m.ongoing(formatMonth('2026-11', m.locale)!)],
  pointLabel: (m, v) => [m.pointLabel('v1.34', v)],
  pointBelow: (m, v) => [m.pointBelow('v1.34', v)],
  pointMissing: (m) => [m.pointMissing('v1.34')],
  activityBelow: (m, v) => SAMPLES.flatMap((w) => [m.activityBelow(v, w), m.activityBelow(w, v)]),
  yearsActive: (m, v) => [m.yearsActive(v, '2018')],
  asOf: (m) => [m.asOf(formatDate('2026-11-22', m.locale)!, formatRelative('2026-11-22T12:00:00Z', NOW, m.locale)!)],
  termEnds: (m) => [m.termEnds(formatMonth('2027-10', m.locale)!)],
  termEnded: (m) => [m.termEnded(formatMonth('2025-10', m.locale)!)],
  subproject: (m) => [m.subproject('kubeadm')],
  sparklineSummary: (m, v) =>
    [true, false].flatMap((atLeast) =>
      Object.values(m.activityUnit).map((unit) => m.sparklineSummary({ unit, from: 'v1.27', to: 'v1.38', periods: v, total: v, atLeast, peak: v, peakPeriod: 'v1.34' })),
    ),
  svgTitle: (m) => [m.svgTitle('pacoxu', 'Paco Xu'), m.svgTitle('pacoxu')],
  svgPerson: (m) => [m.svgPerson('pacoxu', 'Paco Xu', 'DaoCloud'), m.svgPerson('pacoxu', 'Paco Xu'), m.svgPerson('pacoxu', undefined, 'DaoCloud'), m.svgPerson('pacoxu')],
  svgList: (m) => [m.svgList([`${m.totals.reviews}${m.colon}5`]), m.svgList([`${m.totals.reviews}${m.colon}5`, `${m.totals.issues}${m.colon}3`])],
  contributionsToRepos: (m, v) => SAMPLES.flatMap((w) => [m.contributionsToRepos(v, w), m.contributionsToRepos(w, v)]),
  openCard: (m) => [m.openCard('octocat')],
};

function expectSaid(s: unknown, what: string) {
  expect(s, what).to.be.a('string');
  expect((s as string).trim(), what).to.not.equal('');
  expect(s, `${what}: ${String(s)}`).to.not.match(/undefined|NaN|\[object Object\]|#/);
}

describe('message catalogues', () => {
  let en: Messages;
  before(async () => {
    en = await catalogue('en');
  });

  for (const locale of SUPPORTED_LOCALES) {
    describe(locale, () => {
      let m: Messages;
      before(async () => {
        m = await catalogue(locale);
      });

      it('loads through loadMessages and loadMore, and formats for its own locale', () => {
        expect(m.locale).to.equal(locale);
      });

      // zh-CN had 提交 PR (opened PRs) beside 提交 (commits): two tiles a reader could not tell apart.
      it('names every figure differently', () => {
        const labels = Object.values(m.totals);
        expect(new Set(labels).size, labels.join(' | ')).to.equal(labels.length);
        // Nor one inside another, as if it were the same figure qualified.
        const inside = labels.flatMap((a) => labels.filter((b) => b !== a && b.toLowerCase().includes(a.toLowerCase())).map((b) => `${a} ⊂ ${b}`));
        expect(inside).to.deep.equal([]);
      });

      it('has exactly the keys of the English catalogue, of the same kinds', () => {
        expect(Object.keys(m).sort()).to.deep.equal(Object.keys(en).sort());
        for (const [key, value] of Object.entries(en) as [keyof Messages, unknown][]) {
          const own: unknown = m[key];
          expect(typeof own, key).to.equal(typeof value);
          if (typeof value === 'string') expectSaid(own, key);
          if (typeof value === 'object' && value) {
            expect(Object.keys(own as object).sort(), key).to.deep.equal(Object.keys(value).sort());
            if (key === 'badges') continue;
            for (const [k, v] of Object.entries(own as Record<string, unknown>)) expectSaid(v, `${key}.${k}`);
          }
        }
        for (const [id, badge] of Object.entries(m.badges)) {
          expectSaid(badge.name, `badges.${id}.name`);
          expect(badge.explain, `badges.${id}.explain`).to.be.a('function');
        }
      });

      it('says a whole sentence for every parameter and sample number', () => {
        for (const v of SAMPLES) {
          for (const [key, say] of Object.entries(SENTENCES) as [SentenceKey, (m: Messages, v: number) => string[]][]) {
            for (const s of say(m, v)) expectSaid(s, `${key}(${v})`);
          }
          for (const [id, badge] of Object.entries(m.badges)) {
            if (id === 'ladder') continue;
            for (const t of SAMPLES) expectSaid(badge.explain(v, t), `badges.${id}.explain(${v}, ${t})`);
          }
        }
        for (const rung of [1, 2, 3, 4]) expectSaid(m.badges.ladder.explain(rung, rung), `badges.ladder.explain(${rung})`);
      });

      // A card of another CNCF project said "no Kubernetes contributions".
      it('names the project of a card with nothing to count, Kubernetes or another', () => {
        const other = m.noContributions('someone', 'prometheus');
        expectSaid(other, 'noContributions(login, project)');
        expect(other).to.include('@someone').and.include('prometheus');
        const kubernetes = m.noContributions('someone');
        expect(kubernetes).to.include('@someone');
        // The Kubernetes sentence names Kubernetes (in its own script); the other does not.
        expect(/Kubernetes|쿠버네티스|कुबेरनेट्स|কুবারনেটিস|كوبيرنيتيس/.test(kubernetes), kubernetes).to.equal(true);
        expect(/Kubernetes|쿠버네티스|कुबेरनेट्स|কুবারনেটিস|كوبيرنيتيس/.test(other), other).to.equal(false);
      });
    });
  }
});

/** Known plural forms: per locale, a sentence and the exact text it gives for numbers of each category (`#`: the number in that locale). */
const PLURAL_CASES: [SupportedLocale, string, (m: Messages, v: number) => string, [number, string][]][] = [
  ['en', 'yearsActive', (m, v) => m.yearsActive(v, '2018'), [[1, '# year active, since 2018'], [2, '# years active, since 2018'], [0, '# years active, since 2018']]],
  [
    'ar',
    'pointLabel',
    (m, v) => m.pointLabel('v1', v),
    [
      [0, 'v1: # طلب سحب مدموج'],
      [1, 'v1: طلب سحب مدموج واحد'],
      [2, 'v1: طلبا سحب مدموجان'],
      [3, 'v1: # طلبات سحب مدموجة'],
      [10, 'v1: # طلبات سحب مدموجة'],
      [11, 'v1: # طلب سحب مدموجًا'],
      [99, 'v1: # طلب سحب مدموجًا'],
      [100, 'v1: # طلب سحب مدموج'],
    ],
  ],
  ['ar', 'belowListing (genitive dual)', (m, v) => m.belowListing('x', v), [[2, '\u200E@x\u200E: أقل من مساهمتين في CNCF DevStats حتى الآن. الجميع يبدأ من هنا.']]],
  ['bn', 'pointLabel', (m, v) => m.pointLabel('v1', v), [[1, 'v1: #টি মার্জ করা PR'], [12, 'v1: #টি মার্জ করা PR']]],
  ['de', 'pointLabel', (m, v) => m.pointLabel('v1', v), [[1, 'v1: # zusammengeführter PR'], [2, 'v1: # zusammengeführte PRs'], [0, 'v1: # zusammengeführte PRs']]],
  [
    'es',
    'contributionsToRepos',
    (m, v) => m.contributionsToRepos(v, v),
    [[1, '# contribución, actividad en # repositorio'], [2, '# contribuciones, actividad en # repositorios'], [1000000, '# de contribuciones, actividad en # de repositorios']],
  ],
  [
    'fr',
    'contributionsToRepos',
    (m, v) => m.contributionsToRepos(v, v),
    [[0, '# contribution, activité dans # dépôt'], [1, '# contribution, activité dans # dépôt'], [2, '# contributions, activité dans # dépôts'], [1000000, '# de contributions, activité dans # de dépôts']],
  ],
  ['hi', 'reviews', (m, v) => m.badges.reviews.explain(v, 1), [[0, '# समीक्षा (यह स्तर 1 से)'], [1, '# समीक्षा (यह स्तर 1 से)'], [2, '# समीक्षाएँ (यह स्तर 1 से)']]],
  ['id', 'pointLabel', (m, v) => m.pointLabel('v1', v), [[1, 'v1: # PR digabungkan'], [2, 'v1: # PR digabungkan']]],
  ['it', 'yearsActive', (m, v) => m.yearsActive(v, '2018'), [[1, '# anno di attività, dal 2018'], [2, '# anni di attività, dal 2018'], [1000000, '# di anni di attività, dal 2018']]],
  ['ja', 'pointLabel', (m, v) => m.pointLabel('v1', v), [[1, 'v1：マージ済みPR #件'], [2, 'v1：マージ済みPR #件']]],
  ['ko', 'pointLabel', (m, v) => m.pointLabel('v1', v), [[1, 'v1: 병합된 PR #개'], [2, 'v1: 병합된 PR #개']]],
  [
    'pl',
    'yearsActive',
    (m, v) => m.yearsActive(v, '2018'),
    [[1, '# rok aktywności, od 2018 roku'], [2, '# lata aktywności, od 2018 roku'], [5, '# lat aktywności, od 2018 roku'], [12, '# lat aktywności, od 2018 roku'], [22, '# lata aktywności, od 2018 roku']],
  ],
  [
    'pt-BR',
    'yearsActive',
    (m, v) => m.yearsActive(v, '2018'),
    [[0, '# ano de atividade, desde 2018'], [1, '# ano de atividade, desde 2018'], [2, '# anos de atividade, desde 2018'], [1000000, '# de anos de atividade, desde 2018']],
  ],
  [
    'ru',
    'yearsActive',
    (m, v) => m.yearsActive(v, '2018'),
    [[1, '# год активности, с 2018 года'], [2, '# года активности, с 2018 года'], [5, '# лет активности, с 2018 года'], [11, '# лет активности, с 2018 года'], [21, '# год активности, с 2018 года']],
  ],
  [
    'ru',
    'contributionsToRepos (prepositional)',
    (m, v) => m.contributionsToRepos(v, v),
    [[1, '# вклад, активность в # репозитории'], [2, '# вклада, активность в # репозиториях'], [5, '# вкладов, активность в # репозиториях'], [21, '# вклад, активность в # репозитории']],
  ],
  [
    'uk',
    'contributionsToRepos (locative)',
    (m, v) => m.contributionsToRepos(v, v),
    [[1, '# внесок, активність у # репозиторії'], [3, '# внески, активність у # репозиторіях'], [7, '# внесків, активність у # репозиторіях']],
  ],
  ['ru', 'pointBelow (genitive)', (m, v) => m.pointBelow('v1', v), [[1, 'v1: менее # слитого PR'], [2, 'v1: менее # слитых PR'], [5, 'v1: менее # слитых PR']]],
  [
    'uk',
    'yearsActive',
    (m, v) => m.yearsActive(v, '2018'),
    [[1, '# рік активності, з 2018 року'], [2, '# роки активності, з 2018 року'], [5, '# років активності, з 2018 року'], [21, '# рік активності, з 2018 року']],
  ],
  ['vi', 'pointLabel', (m, v) => m.pointLabel('v1', v), [[1, 'v1: # PR đã merge'], [2, 'v1: # PR đã merge']]],
  ['zh-CN', 'pointLabel', (m, v) => m.pointLabel('v1', v), [[1, 'v1：已合并 # 个 PR'], [2, 'v1：已合并 # 个 PR']]],
  ['zh-TW', 'pointLabel', (m, v) => m.pointLabel('v1', v), [[1, 'v1：已合併 # 個 PR'], [2, 'v1：已合併 # 個 PR']]],
];

describe('plural forms', () => {
  for (const [locale, what, say, cases] of PLURAL_CASES) {
    it(`${locale}: ${what} takes the form of each number's category`, async () => {
      const m = await catalogue(locale);
      for (const [v, text] of cases) expect(say(m, v), `${v} (${new Intl.PluralRules(locale).select(v)})`).to.equal(text.replaceAll('#', formatExact(v, locale)));
    });
  }

  it('has a case for every locale', () => {
    expect([...new Set(PLURAL_CASES.map(([l]) => l))].sort()).to.deep.equal([...SUPPORTED_LOCALES].sort());
  });
});

describe('matchLocale', () => {
  const cases: [string | null | undefined, SupportedLocale][] = [
    ['zh-TW', 'zh-TW'],
    ['zh-HK', 'zh-TW'],
    ['zh-MO', 'zh-TW'],
    ['zh-Hant', 'zh-TW'],
    ['zh-Hant-TW', 'zh-TW'],
    ['zh-Hant-HK', 'zh-TW'],
    ['zh-Hant-CN', 'zh-TW'],
    ['zh-tw', 'zh-TW'],
    ['ZH-HANT', 'zh-TW'],
    ['zh', 'zh-CN'],
    ['zh-CN', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh-Hans-HK', 'zh-CN'],
    ['zh-cn', 'zh-CN'],
    ['pt', 'pt-BR'],
    ['pt-BR', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['pt-AO', 'pt-BR'],
    ['PT-br', 'pt-BR'],
    ['de-AT', 'de'],
    ['de-CH', 'de'],
    ['es-419', 'es'],
    ['es-MX', 'es'],
    ['ar-EG', 'ar'],
    ['ar-SA', 'ar'],
    ['fr-CA', 'fr'],
    ['it-CH', 'it'],
    ['hi-IN', 'hi'],
    ['bn-BD', 'bn'],
    ['id-ID', 'id'],
    ['ja-JP', 'ja'],
    ['ko-KR', 'ko'],
    ['pl-PL', 'pl'],
    ['ru-RU', 'ru'],
    ['uk-UA', 'uk'],
    ['vi-VN', 'vi'],
    ['sr-Latn-RS', 'en'],
    ['en-GB', 'en'],
    ['EN', 'en'],
    ['DE', 'de'],
    [' fr ', 'fr'],
    ['nl', 'en'],
    ['he', 'en'],
    ['', 'en'],
    [null, 'en'],
    [undefined, 'en'],
  ];
  for (const [tag, locale] of cases) {
    it(`maps ${JSON.stringify(tag)} to ${locale}`, () => expect(matchLocale(tag)).to.equal(locale));
  }

  it('maps every supported locale onto itself, in any case', () => {
    for (const l of SUPPORTED_LOCALES) {
      expect(matchLocale(l)).to.equal(l);
      expect(matchLocale(l.toUpperCase())).to.equal(l);
      expect(matchLocale(l.toLowerCase())).to.equal(l);
    }
  });

  it('runs Arabic right to left and the rest left to right', () => {
    for (const l of SUPPORTED_LOCALES) expect(directionOf(l), l).to.equal(l === 'ar' ? 'rtl' : 'ltr');
  });
});
