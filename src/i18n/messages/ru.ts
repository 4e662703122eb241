/**
 * Russian messages: a chunk of their own, loaded only by cards under `lang="ru…"`.
 * Role names follow the Russian Kubernetes docs; Steering Committee stays in
 * English. Each counted noun has its one/few/many forms, and `other` (fractions)
 * takes the genitive singular; after "менее" the noun is in the genitive.
 */
import { formatExact } from '../format.js';
import type { Messages } from '../messages.js';
import { plural, type PluralForms } from '../plural.js';

const locale = 'ru';
const n = (v: number) => formatExact(v, locale);
/** "1 вклад" / "2 вклада" / "5 вкладов": `forms` hold `#` where the number goes. */
const count = (v: number, forms: PluralForms) => plural(locale, v, forms).replace('#', n(v));

const CONTRIBUTIONS: PluralForms = { one: '# вклад', few: '# вклада', many: '# вкладов', other: '# вклада' };
/** After "менее": "менее 1 вклада", "менее 30 вкладов". */
const CONTRIBUTIONS_GEN: PluralForms = { one: '# вклада', few: '# вкладов', many: '# вкладов', other: '# вклада' };
const MERGED_PRS: PluralForms = { one: '# слитый PR', few: '# слитых PR', many: '# слитых PR', other: '# слитого PR' };
const MERGED_PRS_GEN: PluralForms = { one: '# слитого PR', few: '# слитых PR', many: '# слитых PR', other: '# слитого PR' };

export const ru: Messages = {
  locale,
  totals: {
    contributions: 'Вклад',
    prsMerged: 'Слитые PR',
    prsOpened: 'Открытые PR',
    reviews: 'Проверки',
    approvals: 'Одобрения',
    issues: 'Issue',
    commits: 'Коммиты',
    comments: 'Комментарии',
    repositories: 'Активные репозитории',
  },
  roles: {
    'steering-member': 'Член Steering Committee',
    'steering-liaison': 'Представитель Steering Committee',
    chair: 'Председатель',
    'tech-lead': 'Технический лидер',
    lead: 'Лидер',
    'subproject-lead': 'Лидер подпроекта',
    maintainer: 'Мейнтейнер',
    approver: 'Утверждающий',
    reviewer: 'Рецензент',
    member: 'Член организации',
    'governing-board': 'Представитель в Governing Board CNCF',
    emeritus: 'Почётный участник',
    other: 'Роль',
  },
  tiers: { bronze: 'Бронза', silver: 'Серебро', gold: 'Золото', platinum: 'Платина' },
  badges: {
    steering: { name: 'Steering', explain: () => 'Член Steering Committee Kubernetes — сейчас или в прошлом' },
    leadership: {
      name: 'Лидер',
      explain: (v) =>
        `${count(v, { one: 'Занимает # руководящую роль', few: 'Занимает # руководящие роли', many: 'Занимает # руководящих ролей', other: 'Занимает # руководящей роли' })}: председатель, технический лидер, лидер подпроекта или представитель Steering Committee`,
    },
    ladder: {
      name: 'Лестница',
      explain: (v) => `${['Член организации', 'Рецензент', 'Утверждающий', 'Лидер подпроекта, мейнтейнер или выше'][v - 1] ?? ''} на лестнице участников Kubernetes`,
    },
    'merged-prs': {
      name: 'Слияния',
      explain: (v, t) =>
        `${count(v, { one: '# слитый пулреквест', few: '# слитых пулреквеста', many: '# слитых пулреквестов', other: '# слитого пулреквеста' })} (этот уровень — от ${n(t)})`,
    },
    contributions: { name: 'Участник', explain: (v, t) => `${count(v, CONTRIBUTIONS)} (этот уровень — от ${n(t)})` },
    reviews: { name: 'Рецензент', explain: (v, t) => `${count(v, { one: '# проверка', few: '# проверки', many: '# проверок', other: '# проверки' })} (этот уровень — от ${n(t)})` },
    veteran: {
      name: 'Ветеран',
      explain: (v, t) =>
        `${count(v, { one: 'Участвует в проекте # год', few: 'Участвует в проекте # года', many: 'Участвует в проекте # лет', other: 'Участвует в проекте # года' })} (этот уровень — от ${n(t)})`,
    },
    'first-pr': { name: 'Первый PR', explain: () => 'Есть слитый пулреквест в Kubernetes' },
  },
  profileLink: (l) => `@${l} на GitHub`,
  noContributions: (l, p) => (p ? `У @${l} пока нет вклада в проект «${p}».` : `У @${l} пока нет вклада в Kubernetes.`),
  belowListing: (l, t) => `@${l}: пока менее ${count(t, CONTRIBUTIONS_GEN)} в CNCF DevStats. С этого начинают все.`,
  belowShort: (t) => `<${n(t)}`,
  fewerThan: (t) => `менее ${n(t)}`,
  scopeDevstats: (p) => (p === 'kubernetes' ? '17 организаций Kubernetes на GitHub, по данным CNCF DevStats' : `проект CNCF DevStats «${p}»`),
  scopeGithub: (orgs) => `только ${new Intl.ListFormat(locale, { type: 'conjunction' }).format(orgs)} (поиск GitHub)`,
  scopeContribcard: 'по данным CNCF ContribCard',
  figuresScope: (s) => `Показатели: ${s}.`,
  firstMergedPr: 'Первый слитый PR',
  firstContribution: 'Первый вклад',
  ongoing: (p) => `${p} (в процессе)`,
  pointLabel: (p, c) => `${p}: ${count(c, MERGED_PRS)}`,
  pointBelow: (p, t) => `${p}: менее ${count(t, MERGED_PRS_GEN)}`,
  pointMissing: (p) => `${p}: нет данных`,
  activityBelow: (t, periods) =>
    `Менее ${count(t, MERGED_PRS_GEN)} ${
      periods === 1
        ? 'в последнем релизном цикле'
        : count(periods, {
            one: 'в каждом из последних # релизного цикла',
            few: 'в каждом из последних # релизных циклов',
            many: 'в каждом из последних # релизных циклов',
            other: 'в каждом из последних # релизного цикла',
          })
    }.`,
  rolesHeading: 'Роли',
  colon: ': ',
  badgesHeading: 'Значки',
  totalsHeading: 'Вклад',
  activityHeading: 'Слитые PR',
  yearsActive: (y, since) =>
    `${count(y, { one: '# год активности', few: '# года активности', many: '# лет активности', other: '# года активности' })}, с ${since} года`,
  asOf: (d, r) => `Данные на ${d} (${r})`,
  sources: 'Источники',
  // Intl names the month in the nominative ("май 2026 г."), which "до" would
  // need in the genitive ("до мая"): a colon, as in termEnded.
  termEnds: (m) => `срок полномочий истекает: ${m}`,
  termEnded: (m) => `срок полномочий истёк: ${m}`,
  subproject: (s) => `подпроект ${s}`,
  steeringCommittee: 'Steering Committee',
  activityUnit: { month: 'в месяц', release: 'за релиз' },
  sparklineSummary: (s) =>
    `Слитые PR ${s.unit}: ${s.atLeast ? 'не менее ' : ''}${n(s.total)} всего за ${count(s.periods, { one: '# период', few: '# периода', many: '# периодов', other: '# периода' })} с ${s.from} по ${s.to}, максимум ${n(s.peak)} в ${s.peakPeriod}.`,
  sourceNames: { github: 'GitHub', devstats: 'CNCF DevStats', community: 'Файлы сообщества Kubernetes', contribcard: 'ContribCard', file: 'Файл данных карточки' },
  contributionsToRepos: (c, r) =>
    `${count(c, CONTRIBUTIONS)}, активность в ${count(r, { one: '# репозитории', few: '# репозиториях', many: '# репозиториях', other: '# репозитория' })}`,
  loading: 'Загрузка карточки участника…',
  noUser: 'Участник не указан: задайте user или src.',
  unavailable: 'Не удалось загрузить карточку. Перезагрузите страницу.',

};

export default ru;
