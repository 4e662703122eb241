/**
 * Ukrainian messages: a chunk of their own, loaded only by cards under `lang="uk…"`.
 * Role names follow the Ukrainian Kubernetes docs and their term list
 * (`localization_uk.md`); Steering Committee stays in English. Each counted
 * noun has its one/few/many forms, and `other` (fractions) the genitive singular.
 */
import { formatExact } from '../format.js';
import type { Messages } from '../messages.js';
import { plural, type PluralForms } from '../plural.js';

const locale = 'uk';
const n = (v: number) => formatExact(v, locale);
/** "1 внесок" / "2 внески" / "5 внесків": `forms` hold `#` where the number goes. */
const count = (v: number, forms: PluralForms) => plural(locale, v, forms).replace('#', n(v));

const CONTRIBUTIONS: PluralForms = { one: '# внесок', few: '# внески', many: '# внесків', other: '# внеску' };
const MERGED_PRS: PluralForms = { one: '# злитий PR', few: '# злиті PR', many: '# злитих PR', other: '# злитого PR' };

export const uk: Messages = {
  locale,
  totals: {
    contributions: 'Внески',
    prsMerged: 'Злиті PR',
    prsOpened: 'Відкриті PR',
    reviews: 'Рецензування',
    approvals: 'Схвалення',
    issues: 'Тікети',
    commits: 'Коміти',
    comments: 'Коментарі',
    repositories: 'Активні репозиторії',
  },
  roles: {
    'steering-member': 'Член Steering Committee',
    'steering-liaison': 'Контактна особа Steering Committee',
    chair: 'Голова',
    'tech-lead': 'Технічний лідер',
    lead: 'Лідер',
    'subproject-lead': 'Лідер підпроєкту',
    maintainer: 'Супроводжувач',
    approver: 'Затверджувач',
    reviewer: 'Рецензент',
    member: 'Член організації',
    'governing-board': 'Представник у Governing Board CNCF',
    emeritus: 'Почесний учасник',
    other: 'Роль',
  },
  tiers: { bronze: 'Бронза', silver: 'Срібло', gold: 'Золото', platinum: 'Платина' },
  badges: {
    steering: { name: 'Steering', explain: () => 'Член Steering Committee Kubernetes — зараз або в минулому' },
    leadership: {
      name: 'Лідер',
      explain: (v) =>
        `${count(v, { one: 'Обіймає # керівну роль', few: 'Обіймає # керівні ролі', many: 'Обіймає # керівних ролей', other: 'Обіймає # керівної ролі' })}: голова, технічний лідер, лідер підпроєкту або контактна особа Steering Committee`,
    },
    ladder: {
      name: 'Драбина',
      explain: (v) => `${['Член організації', 'Рецензент', 'Затверджувач', 'Лідер підпроєкту, супроводжувач або вище'][v - 1] ?? ''} на драбині учасників Kubernetes`,
    },
    'merged-prs': {
      name: 'Злиття',
      explain: (v, t) =>
        `${count(v, { one: '# злитий pull request', few: '# злиті pull requestʼи', many: '# злитих pull requestʼів', other: '# злитого pull requestʼу' })} (цей рівень — від ${n(t)})`,
    },
    contributions: { name: 'Учасник', explain: (v, t) => `${count(v, CONTRIBUTIONS)} (цей рівень — від ${n(t)})` },
    reviews: {
      name: 'Рецензент',
      explain: (v, t) => `${count(v, { one: '# рецензування', few: '# рецензування', many: '# рецензувань', other: '# рецензування' })} (цей рівень — від ${n(t)})`,
    },
    veteran: {
      name: 'Ветеран',
      explain: (v, t) =>
        `${count(v, { one: 'Бере участь у проєкті # рік', few: 'Бере участь у проєкті # роки', many: 'Бере участь у проєкті # років', other: 'Бере участь у проєкті # року' })} (цей рівень — від ${n(t)})`,
    },
    'first-pr': { name: 'Перший PR', explain: () => 'Має злитий pull request у Kubernetes' },
  },
  profileLink: (l) => `@${l} на GitHub`,
  noContributions: (l, p) => (p ? `@${l} ще не має внесків у проєкт «${p}».` : `@${l} ще не має внесків у Kubernetes.`),
  belowListing: (l, t) => `@${l}: поки що менше ніж ${count(t, CONTRIBUTIONS)} у CNCF DevStats. Усі починають звідси.`,
  belowShort: (t) => `<${n(t)}`,
  fewerThan: (t) => `менше ніж ${n(t)}`,
  scopeDevstats: (p) => (p === 'kubernetes' ? '17 організацій Kubernetes на GitHub, за даними CNCF DevStats' : `проєкт CNCF DevStats «${p}»`),
  scopeGithub: (orgs) => `лише ${new Intl.ListFormat(locale, { type: 'conjunction' }).format(orgs)} (пошук GitHub)`,
  scopeContribcard: 'за даними CNCF ContribCard',
  figuresScope: (s) => `Показники: ${s}.`,
  firstMergedPr: 'Перший злитий PR',
  firstContribution: 'Перший внесок',
  ongoing: (p) => `${p} (триває)`,
  pointLabel: (p, c) => `${p}: ${count(c, MERGED_PRS)}`,
  pointBelow: (p, t) => `${p}: менше ніж ${count(t, MERGED_PRS)}`,
  pointMissing: (p) => `${p}: немає даних`,
  activityBelow: (t, periods) =>
    `Менше ніж ${count(t, MERGED_PRS)} ${
      periods === 1
        ? 'в останньому релізному циклі'
        : count(periods, {
            one: 'у кожному з останніх # релізного циклу',
            few: 'у кожному з останніх # релізних циклів',
            many: 'у кожному з останніх # релізних циклів',
            other: 'у кожному з останніх # релізного циклу',
          })
    }.`,
  rolesHeading: 'Ролі',
  colon: ': ',
  badgesHeading: 'Значки',
  totalsHeading: 'Внески',
  activityHeading: 'Злиті PR',
  yearsActive: (y, since) =>
    `${count(y, { one: '# рік активності', few: '# роки активності', many: '# років активності', other: '# року активності' })}, з ${since} року`,
  asOf: (d, r) => `Дані на ${d} (${r})`,
  sources: 'Джерела',
  termEnds: (m) => `повноваження до ${m}`,
  termEnded: (m) => `повноваження завершилися у ${m}`,
  subproject: (s) => `підпроєкт ${s}`,
  steeringCommittee: 'Steering Committee',
  activityUnit: { month: 'на місяць', release: 'за реліз' },
  sparklineSummary: (s) =>
    `Злиті PR ${s.unit}: ${s.atLeast ? 'щонайменше ' : ''}${n(s.total)} загалом за ${count(s.periods, { one: '# період', few: '# періоди', many: '# періодів', other: '# періоду' })} з ${s.from} до ${s.to}, максимум ${n(s.peak)} у ${s.peakPeriod}.`,
  sourceNames: { github: 'GitHub', devstats: 'CNCF DevStats', community: 'Файли спільноти Kubernetes', contribcard: 'ContribCard', file: 'Файл даних картки' },
  contributionsToRepos: (c, r) =>
    `${count(c, CONTRIBUTIONS)}, активність у ${count(r, { one: '# репозиторії', few: '# репозиторіях', many: '# репозиторіях', other: '# репозиторію' })}`,
  loading: 'Завантаження картки учасника…',
  noUser: 'Учасника не вказано: задайте user або src.',
  unavailable: 'Не вдалося завантажити картку. Перезавантажте сторінку.',

};

export default uk;
