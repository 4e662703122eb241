/**
 * Italian messages: a chunk of their own, loaded only by cards under `lang="it…"`.
 * The Italian Kubernetes community keeps role names in English (approver,
 * reviewer, maintainer, contributor), and so does the card; Steering Committee
 * stays in English. `many` is the exact-million form ("1.000.000 di …").
 */
import { formatExact } from '../format.js';
import type { Messages } from '../messages.js';
import { plural, type PluralForms } from '../plural.js';

const locale = 'it';
const n = (v: number) => formatExact(v, locale);
// "ad aprile", "ad agosto": Italian writes the euphonic d before a word that
// starts with the same vowel ("a ottobre" stays).
const toMonth = (m: string) => (/^a/i.test(m) ? 'ad ' : 'a ') + m;
/** "1 contributo" / "12 contributi": `forms` hold `#` where the number goes. */
const count = (v: number, forms: PluralForms) => plural(locale, v, forms).replace('#', n(v));

const CONTRIBUTIONS: PluralForms = { one: '# contributo', many: '# di contributi', other: '# contributi' };
const MERGED_PRS: PluralForms = { one: '# PR con merge', many: '# di PR con merge', other: '# PR con merge' };

export const it: Messages = {
  locale,
  totals: {
    contributions: 'Contributi',
    prsMerged: 'PR con merge',
    prsOpened: 'PR aperte',
    reviews: 'Review',
    approvals: 'Approvazioni',
    issues: 'Issue',
    commits: 'Commit',
    comments: 'Commenti',
    repositories: 'Repository attivi',
  },
  roles: {
    'steering-member': 'Membro dello Steering Committee',
    'steering-liaison': 'Referente dello Steering Committee',
    chair: 'Chair',
    'tech-lead': 'Tech lead',
    lead: 'Lead',
    'subproject-lead': 'Lead di sottoprogetto',
    maintainer: 'Maintainer',
    approver: 'Approver',
    reviewer: 'Reviewer',
    member: 'Membro dell’organizzazione',
    'governing-board': 'Rappresentante nel Governing Board della CNCF',
    emeritus: 'Emerito',
    other: 'Ruolo',
  },
  tiers: { bronze: 'Bronzo', silver: 'Argento', gold: 'Oro', platinum: 'Platino' },
  badges: {
    steering: { name: 'Steering', explain: () => 'Fa o ha fatto parte dello Steering Committee di Kubernetes' },
    leadership: {
      name: 'Leader',
      explain: (v) =>
        `${count(v, { one: 'Ha # ruolo di leadership', many: 'Ha # di ruoli di leadership', other: 'Ha # ruoli di leadership' })}: chair, tech lead, lead di sottoprogetto o referente dello Steering Committee`,
    },
    ladder: {
      name: 'Scala',
      explain: (v) => `${['Membro dell’organizzazione', 'Reviewer', 'Approver', 'Lead di sottoprogetto, maintainer o superiore'][v - 1] ?? ''} nella scala dei contributor di Kubernetes`,
    },
    'merged-prs': {
      name: 'Merge',
      explain: (v, t) => `${count(v, { one: '# pull request con merge', many: '# di pull request con merge', other: '# pull request con merge' })} (questo livello da ${n(t)})`,
    },
    contributions: { name: 'Contributor', explain: (v, t) => `${count(v, CONTRIBUTIONS)} (questo livello da ${n(t)})` },
    reviews: { name: 'Reviewer', explain: (v, t) => `${count(v, { one: '# review', many: '# di review', other: '# review' })} (questo livello da ${n(t)})` },
    veteran: {
      name: 'Veterano',
      explain: (v, t) => `${count(v, { one: 'Contribuisce da # anno', many: 'Contribuisce da # di anni', other: 'Contribuisce da # anni' })} (questo livello da ${n(t)})`,
    },
    'first-pr': { name: 'Prima PR', explain: () => 'Ha una pull request con merge in Kubernetes' },
  },
  profileLink: (l) => `@${l} su GitHub`,
  noContributions: (l, p) => (p ? `@${l} non ha ancora contributi a «${p}».` : `@${l} non ha ancora contributi a Kubernetes.`),
  belowListing: (l, t) => `@${l}: finora meno di ${count(t, CONTRIBUTIONS)} in CNCF DevStats. Tutti iniziano da qui.`,
  belowShort: (t) => `<${n(t)}`,
  fewerThan: (t) => `meno di ${n(t)}`,
  scopeDevstats: (p) => (p === 'kubernetes' ? 'le 17 organizzazioni GitHub di Kubernetes, secondo CNCF DevStats' : `progetto «${p}» di CNCF DevStats`),
  scopeGithub: (orgs) => `solo in ${new Intl.ListFormat(locale, { type: 'conjunction' }).format(orgs)} (ricerca GitHub)`,
  scopeContribcard: 'secondo CNCF ContribCard',
  figuresScope: (s) => `Dati: ${s}.`,
  firstMergedPr: 'Prima PR con merge',
  firstContribution: 'Primo contributo',
  ongoing: (p) => `${p} (in corso)`,
  pointLabel: (p, c) => `${p}: ${count(c, MERGED_PRS)}`,
  pointBelow: (p, t) => `${p}: meno di ${count(t, MERGED_PRS)}`,
  pointMissing: (p) => `${p}: non disponibile`,
  activityBelow: (t, periods) =>
    `Meno di ${count(t, MERGED_PRS)} ${
      periods === 1
        ? 'nell’ultimo ciclo di release'
        : count(periods, { one: 'in ciascuno degli ultimi # cicli di release', many: 'in ciascuno degli ultimi # di cicli di release', other: 'in ciascuno degli ultimi # cicli di release' })
    }.`,
  rolesHeading: 'Ruoli',
  colon: ': ',
  badgesHeading: 'Badge',
  totalsHeading: 'Contributi',
  activityHeading: 'PR con merge',
  yearsActive: (y, since) => `${count(y, { one: '# anno di attività', many: '# di anni di attività', other: '# anni di attività' })}, dal ${since}`,
  asOf: (d, r) => `Dati al ${d} (${r})`,
  sources: 'Fonti',
  termEnds: (m) => `mandato fino ${toMonth(m)}`,
  termEnded: (m) => `mandato terminato ${toMonth(m)}`,
  subproject: (s) => `sottoprogetto ${s}`,
  steeringCommittee: 'Steering Committee',
  activityUnit: { month: 'al mese', release: 'per release' },
  sparklineSummary: (s) =>
    `PR con merge ${s.unit}: ${s.atLeast ? 'almeno ' : ''}${n(s.total)} in totale in ${count(s.periods, { one: '# periodo', many: '# di periodi', other: '# periodi' })} da ${s.from} a ${s.to}, picco di ${n(s.peak)} in ${s.peakPeriod}.`,
  sourceNames: { github: 'GitHub', devstats: 'CNCF DevStats', community: 'File della community di Kubernetes', contribcard: 'ContribCard', file: 'File dei dati della scheda' },
  contributionsToRepos: (c, r) => `${count(c, CONTRIBUTIONS)}, attività in ${count(r, { one: '# repository', many: '# di repository', other: '# repository' })}`,
  loading: 'Caricamento della scheda contributor…',
  noUser: 'Nessun contributor: imposta user o src.',
  unavailable: 'Impossibile caricare la scheda. Ricarica la pagina per riprovare.',

};

export default it;
