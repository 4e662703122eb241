/**
 * French messages: a chunk of their own, loaded only by cards under `lang="fr…"`.
 * Role names follow the French Kubernetes docs; Steering Committee stays in
 * English. A no-break space goes before `:` and `;` and inside « », so they
 * never start a line. `many` is the exact-million form ("1 000 000 de …").
 */
import { formatExact } from '../format.js';
import type { Messages } from '../messages.js';
import { plural, type PluralForms } from '../plural.js';

const locale = 'fr';
const n = (v: number) => formatExact(v, locale);
/** "1 contribution" / "12 contributions": `forms` hold `#` where the number goes. */
const count = (v: number, forms: PluralForms) => plural(locale, v, forms).replace('#', n(v));

const CONTRIBUTIONS: PluralForms = { one: '# contribution', many: '# de contributions', other: '# contributions' };
const MERGED_PRS: PluralForms = { one: '# PR mergée', many: '# de PR mergées', other: '# PR mergées' };

export const fr: Messages = {
  locale,
  totals: {
    contributions: 'Contributions',
    prsMerged: 'PR mergées',
    prsOpened: 'PR ouvertes',
    reviews: 'Revues',
    approvals: 'Approbations',
    issues: 'Tickets',
    commits: 'Commits',
    comments: 'Commentaires',
    repositories: 'Dépôts actifs',
  },
  roles: {
    'steering-member': 'Membre du Steering Committee',
    'steering-liaison': 'Agent de liaison du Steering Committee',
    chair: 'Présidence',
    'tech-lead': 'Responsable technique',
    lead: 'Responsable',
    'subproject-lead': 'Responsable de sous-projet',
    maintainer: 'Mainteneur',
    approver: 'Approbateur',
    reviewer: 'Relecteur',
    member: 'Membre de l’organisation',
    'governing-board': 'Représentant au Governing Board de la CNCF',
    emeritus: 'Émérite',
    other: 'Rôle',
  },
  tiers: { bronze: 'Bronze', silver: 'Argent', gold: 'Or', platinum: 'Platine' },
  badges: {
    steering: { name: 'Steering', explain: () => 'Siège ou a siégé au Steering Committee de Kubernetes' },
    leadership: {
      name: 'Leadership',
      explain: (v) =>
        `${count(v, { one: 'Occupe # rôle de responsabilité', many: 'Occupe # de rôles de responsabilité', other: 'Occupe # rôles de responsabilité' })}\u00a0: présidence, responsable technique, responsable de sous-projet ou agent de liaison du Steering Committee`,
    },
    ladder: {
      name: 'Échelon',
      explain: (v) =>
        `${['Membre de l’organisation', 'Relecteur', 'Approbateur', 'Responsable de sous-projet, mainteneur ou plus'][v - 1] ?? ''} sur l’échelle des contributeurs de Kubernetes`,
    },
    'merged-prs': {
      name: 'Merges',
      explain: (v, t) =>
        `${count(v, { one: '# pull request mergée', many: '# de pull requests mergées', other: '# pull requests mergées' })} (ce niveau à partir de ${n(t)})`,
    },
    contributions: { name: 'Contributeur', explain: (v, t) => `${count(v, CONTRIBUTIONS)} (ce niveau à partir de ${n(t)})` },
    reviews: { name: 'Relecteur', explain: (v, t) => `${count(v, { one: '# revue', many: '# de revues', other: '# revues' })} (ce niveau à partir de ${n(t)})` },
    veteran: {
      name: 'Vétéran',
      explain: (v, t) => `${count(v, { one: 'Contribue depuis # an', many: 'Contribue depuis # d’ans', other: 'Contribue depuis # ans' })} (ce niveau à partir de ${n(t)})`,
    },
    'first-pr': { name: 'Première PR', explain: () => 'A une pull request mergée dans Kubernetes' },
  },
  profileLink: (l) => `@${l} sur GitHub`,
  noContributions: (l, p) => (p ? `@${l} n’a pas encore de contribution à « ${p} ».` : `@${l} n’a pas encore de contribution à Kubernetes.`),
  belowListing: (l, t) => `@${l}\u00a0: moins de ${count(t, CONTRIBUTIONS)} dans CNCF DevStats pour l’instant. Tout le monde commence ici.`,
  belowShort: (t) => `<${n(t)}`,
  fewerThan: (t) => `moins de ${n(t)}`,
  scopeDevstats: (p) => (p === 'kubernetes' ? 'les 17 organisations GitHub de Kubernetes, selon CNCF DevStats' : `projet CNCF DevStats «\u00a0${p}\u00a0»`),
  scopeGithub: (orgs) => `uniquement dans ${new Intl.ListFormat(locale, { type: 'conjunction' }).format(orgs)} (recherche GitHub)`,
  scopeContribcard: 'selon CNCF ContribCard',
  figuresScope: (s) => `Chiffres\u00a0: ${s}.`,
  firstMergedPr: 'Première PR mergée',
  firstContribution: 'Première contribution',
  ongoing: (p) => `${p} (en cours)`,
  pointLabel: (p, c) => `${p}\u00a0: ${count(c, MERGED_PRS)}`,
  pointBelow: (p, t) => `${p}\u00a0: moins de ${count(t, MERGED_PRS)}`,
  pointMissing: (p) => `${p}\u00a0: non disponible`,
  activityBelow: (t, periods) =>
    `Moins de ${count(t, MERGED_PRS)} ${
      periods === 1
        ? 'dans la dernière version'
        : count(periods, { one: 'dans chacune des # dernières versions', many: 'dans chacune des # de dernières versions', other: 'dans chacune des # dernières versions' })
    }.`,
  rolesHeading: 'Rôles',
  colon: '\u00a0: ',
  badgesHeading: 'Badges',
  totalsHeading: 'Contributions',
  activityHeading: 'PR mergées',
  yearsActive: (y, since) => `${count(y, { one: '# an d’activité', many: '# d’ans d’activité', other: '# ans d’activité' })}, depuis ${since}`,
  asOf: (d, r) => `Données au ${d} (${r})`,
  sources: 'Sources',
  termEnds: (m) => `mandat jusqu’en ${m}`,
  termEnded: (m) => `mandat terminé en ${m}`,
  subproject: (s) => `sous-projet ${s}`,
  steeringCommittee: 'Steering Committee',
  activityUnit: { month: 'par mois', release: 'par version' },
  sparklineSummary: (s) =>
    `PR mergées ${s.unit}\u00a0: ${s.atLeast ? 'au moins ' : ''}${n(s.total)} au total sur ${count(s.periods, { one: '# période', many: '# de périodes', other: '# périodes' })}, de ${s.from} à ${s.to}, maximum de ${n(s.peak)} (${s.peakPeriod}).`,
  sourceNames: { github: 'GitHub', devstats: 'CNCF DevStats', community: 'Fichiers de la communauté Kubernetes', contribcard: 'ContribCard', file: 'Fichier de données de la carte' },
  contributionsToRepos: (c, r) => `${count(c, CONTRIBUTIONS)}, activité dans ${count(r, { one: '# dépôt', many: '# de dépôts', other: '# dépôts' })}`,
  loading: 'Chargement de la carte de contributeur…',
  noUser: 'Aucun contributeur\u00a0: définissez user ou src.',
  unavailable: 'Impossible de charger la carte. Rechargez la page pour réessayer.',

};

export default fr;
