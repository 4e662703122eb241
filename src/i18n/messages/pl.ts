/**
 * Polish messages: a chunk of their own, loaded only by cards under `lang="pl…"`.
 * Role names follow the Polish Kubernetes docs; Steering Committee stays in
 * English, and English loanwords are declined the Polish way (PR-y, PR-ów), as
 * the Polish localization guide asks. Each counted noun has its one/few/many
 * forms, and `other` (fractions) the genitive singular.
 */
import { formatExact } from '../format.js';
import type { Messages } from '../messages.js';
import { plural, type PluralForms } from '../plural.js';

const locale = 'pl';
const n = (v: number) => formatExact(v, locale);
/** "1 wkład" / "2 wkłady" / "5 wkładów": `forms` hold `#` where the number goes. */
const count = (v: number, forms: PluralForms) => plural(locale, v, forms).replace('#', n(v));

const CONTRIBUTIONS: PluralForms = { one: '# wkład', few: '# wkłady', many: '# wkładów', other: '# wkładu' };
const MERGED_PRS: PluralForms = { one: '# scalony PR', few: '# scalone PR-y', many: '# scalonych PR-ów', other: '# scalonego PR-a' };

export const pl: Messages = {
  locale,
  totals: {
    contributions: 'Wkład',
    prsMerged: 'Scalone PR-y',
    prsOpened: 'Otwarte PR-y',
    reviews: 'Recenzje',
    approvals: 'Zatwierdzenia',
    issues: 'Problemy',
    commits: 'Commity',
    comments: 'Komentarze',
    repositories: 'Aktywne repozytoria',
  },
  roles: {
    'steering-member': 'Członek Steering Committee',
    'steering-liaison': 'Łącznik Steering Committee',
    chair: 'Przewodniczący',
    'tech-lead': 'Lider techniczny',
    lead: 'Lider',
    'subproject-lead': 'Lider podprojektu',
    maintainer: 'Opiekun',
    approver: 'Zatwierdzający',
    reviewer: 'Recenzent',
    member: 'Członek organizacji',
    'governing-board': 'Przedstawiciel w Governing Board CNCF',
    emeritus: 'Emerytowany',
    other: 'Rola',
  },
  tiers: { bronze: 'Brąz', silver: 'Srebro', gold: 'Złoto', platinum: 'Platyna' },
  badges: {
    steering: { name: 'Steering', explain: () => 'Członek Steering Committee Kubernetesa — obecnie lub w przeszłości' },
    leadership: {
      name: 'Lider',
      explain: (v) =>
        `${count(v, { one: 'Pełni # funkcję kierowniczą', few: 'Pełni # funkcje kierownicze', many: 'Pełni # funkcji kierowniczych', other: 'Pełni # funkcji kierowniczej' })}: przewodniczący, lider techniczny, lider podprojektu lub łącznik Steering Committee`,
    },
    ladder: {
      name: 'Drabina',
      explain: (v) => `${['Członek organizacji', 'Recenzent', 'Zatwierdzający', 'Lider podprojektu, opiekun lub wyżej'][v - 1] ?? ''} na drabinie współtwórców Kubernetesa`,
    },
    'merged-prs': {
      name: 'Scalenia',
      explain: (v, t) =>
        `${count(v, { one: '# scalony pull request', few: '# scalone pull requesty', many: '# scalonych pull requestów', other: '# scalonego pull requesta' })} (ten poziom od ${n(t)})`,
    },
    contributions: { name: 'Współtwórca', explain: (v, t) => `${count(v, CONTRIBUTIONS)} (ten poziom od ${n(t)})` },
    reviews: { name: 'Recenzent', explain: (v, t) => `${count(v, { one: '# recenzja', few: '# recenzje', many: '# recenzji', other: '# recenzji' })} (ten poziom od ${n(t)})` },
    veteran: {
      name: 'Weteran',
      explain: (v, t) => `${count(v, { one: 'Współtworzy od # roku', few: 'Współtworzy od # lat', many: 'Współtworzy od # lat', other: 'Współtworzy od # roku' })} (ten poziom od ${n(t)})`,
    },
    'first-pr': { name: 'Pierwszy PR', explain: () => 'Ma scalony pull request w Kubernetesie' },
  },
  profileLink: (l) => `@${l} na GitHubie`,
  noContributions: (l, p) => (p ? `@${l} nie ma jeszcze wkładu w projekt „${p}”.` : `@${l} nie ma jeszcze wkładu w Kubernetesa.`),
  belowListing: (l, t) => `@${l}: jak dotąd mniej niż ${count(t, CONTRIBUTIONS)} w CNCF DevStats. Każdy od tego zaczyna.`,
  belowShort: (t) => `<${n(t)}`,
  fewerThan: (t) => `mniej niż ${n(t)}`,
  scopeDevstats: (p) => (p === 'kubernetes' ? '17 organizacji Kubernetesa na GitHubie według CNCF DevStats' : `projekt CNCF DevStats „${p}”`),
  scopeGithub: (orgs) => `tylko ${new Intl.ListFormat(locale, { type: 'conjunction' }).format(orgs)} (wyszukiwanie GitHub)`,
  scopeContribcard: 'według CNCF ContribCard',
  figuresScope: (s) => `Liczby: ${s}.`,
  firstMergedPr: 'Pierwszy scalony PR',
  firstContribution: 'Pierwszy wkład',
  ongoing: (p) => `${p} (w toku)`,
  pointLabel: (p, c) => `${p}: ${count(c, MERGED_PRS)}`,
  pointBelow: (p, t) => `${p}: mniej niż ${count(t, MERGED_PRS)}`,
  pointMissing: (p) => `${p}: brak danych`,
  activityBelow: (t, periods) =>
    `Mniej niż ${count(t, MERGED_PRS)} ${
      periods === 1
        ? 'w ostatnim cyklu wydawniczym'
        : count(periods, {
            one: 'w każdym z ostatnich # cykli wydawniczych',
            few: 'w każdym z ostatnich # cykli wydawniczych',
            many: 'w każdym z ostatnich # cykli wydawniczych',
            other: 'w każdym z ostatnich # cyklu wydawniczego',
          })
    }.`,
  rolesHeading: 'Role',
  colon: ': ',
  badgesHeading: 'Odznaki',
  totalsHeading: 'Wkład',
  activityHeading: 'Scalone PR-y',
  yearsActive: (y, since) =>
    `${count(y, { one: '# rok aktywności', few: '# lata aktywności', many: '# lat aktywności', other: '# roku aktywności' })}, od ${since} roku`,
  asOf: (d, r) => `Dane z ${d} (${r})`,
  sources: 'Źródła',
  // Intl names the month in the nominative ("maj 2026"), which "do" would
  // need in the genitive ("do maja"): a colon, as in termEnded.
  termEnds: (m) => `koniec kadencji: ${m}`,
  termEnded: (m) => `kadencja zakończona: ${m}`,
  subproject: (s) => `podprojekt ${s}`,
  steeringCommittee: 'Steering Committee',
  activityUnit: { month: 'miesięcznie', release: 'na wydanie' },
  sparklineSummary: (s) =>
    `Scalone PR-y ${s.unit}: ${s.atLeast ? 'co najmniej ' : ''}${n(s.total)} łącznie w ${count(s.periods, { one: '# okresie', few: '# okresach', many: '# okresach', other: '# okresu' })} od ${s.from} do ${s.to}, maksimum ${n(s.peak)} w ${s.peakPeriod}.`,
  sourceNames: { github: 'GitHub', devstats: 'CNCF DevStats', community: 'Pliki społeczności Kubernetesa', contribcard: 'ContribCard', file: 'Plik danych karty' },
  contributionsToRepos: (c, r) =>
    `${count(c, CONTRIBUTIONS)}, aktywność w ${count(r, { one: '# repozytorium', few: '# repozytoriach', many: '# repozytoriach', other: '# repozytorium' })}`,
  loading: 'Wczytywanie karty współtwórcy…',
  noUser: 'Brak współtwórcy: ustaw user lub src.',
  unavailable: 'Nie udało się wczytać karty. Odśwież stronę, aby spróbować ponownie.',

};

export default pl;
