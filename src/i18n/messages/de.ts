/**
 * German messages: a chunk of their own, loaded only by cards under `lang="de…"`.
 * Role names follow the German Kubernetes docs, which keep Approver, Reviewer,
 * Maintainer and Lead in English; Steering Committee stays in English.
 */
import { formatExact } from '../format.js';
import type { Messages } from '../messages.js';
import { plural, type PluralForms } from '../plural.js';

const locale = 'de';
const n = (v: number) => formatExact(v, locale);
/** "1 Beitrag" / "12 Beiträge": `forms` hold `#` where the number goes. */
const count = (v: number, forms: PluralForms) => plural(locale, v, forms).replace('#', n(v));

const CONTRIBUTIONS: PluralForms = { one: '# Beitrag', other: '# Beiträge' };
const MERGED_PRS: PluralForms = { one: '# zusammengeführter PR', other: '# zusammengeführte PRs' };

export const de: Messages = {
  locale,
  totals: {
    contributions: 'Beiträge',
    prsMerged: 'Zusammengeführte PRs',
    prsOpened: 'Eröffnete PRs',
    reviews: 'Reviews',
    approvals: 'Genehmigungen',
    issues: 'Issues',
    commits: 'Commits',
    comments: 'Kommentare',
    repositories: 'Aktive Repositorys',
  },
  roles: {
    'steering-member': 'Mitglied des Steering Committee',
    'steering-liaison': 'Verbindungsperson des Steering Committee',
    chair: 'Vorsitz',
    'tech-lead': 'Tech Lead',
    lead: 'Lead',
    'subproject-lead': 'Unterprojekt-Lead',
    maintainer: 'Maintainer',
    approver: 'Approver',
    reviewer: 'Reviewer',
    member: 'Org-Mitglied',
    'governing-board': 'Vertretung im CNCF Governing Board',
    emeritus: 'Emeritus',
    other: 'Rolle',
  },
  tiers: { bronze: 'Bronze', silver: 'Silber', gold: 'Gold', platinum: 'Platin' },
  badges: {
    steering: { name: 'Steering', explain: () => 'Ist oder war Mitglied des Kubernetes Steering Committee' },
    leadership: {
      name: 'Leitung',
      explain: (v) =>
        `${count(v, { one: 'Hat # Leitungsrolle', other: 'Hat # Leitungsrollen' })}: Vorsitz, Tech Lead, Unterprojekt-Lead oder Verbindungsperson des Steering Committee`,
    },
    ladder: {
      name: 'Laufbahn',
      explain: (v) => `${['Org-Mitglied', 'Reviewer', 'Approver', 'Unterprojekt-Lead, Maintainer oder höher'][v - 1] ?? ''} auf der Leiter der Kubernetes-Mitwirkenden`,
    },
    'merged-prs': {
      name: 'Merges',
      explain: (v, t) => `${count(v, { one: '# zusammengeführter Pull Request', other: '# zusammengeführte Pull Requests' })} (diese Stufe ab ${n(t)})`,
    },
    contributions: { name: 'Mitwirkung', explain: (v, t) => `${count(v, CONTRIBUTIONS)} (diese Stufe ab ${n(t)})` },
    reviews: { name: 'Reviewer', explain: (v, t) => `${count(v, { one: '# Review', other: '# Reviews' })} (diese Stufe ab ${n(t)})` },
    veteran: { name: 'Urgestein', explain: (v, t) => `${count(v, { one: 'Wirkt seit # Jahr mit', other: 'Wirkt seit # Jahren mit' })} (diese Stufe ab ${n(t)})` },
    'first-pr': { name: 'Erster PR', explain: () => 'Hat einen zusammengeführten Pull Request in Kubernetes' },
  },
  profileLink: (l) => `@${l} auf GitHub`,
  noContributions: (l, p) => (p ? `@${l} hat noch keine Beiträge zu „${p}“.` : `@${l} hat noch keine Beiträge zu Kubernetes.`),
  belowListing: (l, t) => `@${l}: bisher weniger als ${count(t, CONTRIBUTIONS)} in CNCF DevStats. Hier fangen alle an.`,
  belowShort: (t) => `<${n(t)}`,
  fewerThan: (t) => `weniger als ${n(t)}`,
  scopeDevstats: (p) => (p === 'kubernetes' ? 'die 17 GitHub-Organisationen von Kubernetes, gezählt von CNCF DevStats' : `CNCF-DevStats-Projekt „${p}“`),
  scopeGithub: (orgs) => `nur in ${new Intl.ListFormat(locale, { type: 'conjunction' }).format(orgs)} (GitHub-Suche)`,
  scopeContribcard: 'gezählt von CNCF ContribCard',
  figuresScope: (s) => `Zahlen: ${s}.`,
  firstMergedPr: 'Erster zusammengeführter PR',
  firstContribution: 'Erster Beitrag',
  ongoing: (p) => `${p} (bisher)`,
  pointLabel: (p, c) => `${p}: ${count(c, MERGED_PRS)}`,
  pointBelow: (p, t) => `${p}: weniger als ${count(t, MERGED_PRS)}`,
  pointMissing: (p) => `${p}: nicht verfügbar`,
  activityBelow: (t, periods) =>
    `Weniger als ${count(t, MERGED_PRS)} ${periods === 1 ? 'im letzten Release-Zyklus' : `in jedem der letzten ${n(periods)} Release-Zyklen`}.`,
  rolesHeading: 'Rollen',
  colon: ': ',
  badgesHeading: 'Abzeichen',
  totalsHeading: 'Beiträge',
  activityHeading: 'Zusammengeführte PRs',
  yearsActive: (y, since) => `${count(y, { one: '# Jahr aktiv', other: '# Jahre aktiv' })}, seit ${since}`,
  asOf: (d, r) => `Datenstand: ${d} (${r})`,
  sources: 'Quellen',
  termEnds: (m) => `Amtszeit bis ${m}`,
  termEnded: (m) => `Amtszeit endete im ${m}`,
  subproject: (s) => `Unterprojekt ${s}`,
  steeringCommittee: 'Steering Committee',
  activityUnit: { month: 'pro Monat', release: 'pro Release' },
  sparklineSummary: (s) =>
    `Zusammengeführte PRs ${s.unit}: ${s.atLeast ? 'mindestens ' : ''}${n(s.total)} insgesamt in ${count(s.periods, { one: '# Zeitraum', other: '# Zeiträumen' })} von ${s.from} bis ${s.to}, Höchstwert ${n(s.peak)} in ${s.peakPeriod}.`,
  sourceNames: { github: 'GitHub', devstats: 'CNCF DevStats', community: 'Dateien der Kubernetes-Community', contribcard: 'ContribCard', file: 'Kartendatei' },
  contributionsToRepos: (c, r) => `${count(c, CONTRIBUTIONS)}, aktiv in ${count(r, { one: '# Repository', other: '# Repositorys' })}`,
  loading: 'Mitwirkendenkarte wird geladen…',
  noUser: 'Niemand angegeben: user oder src setzen.',
  unavailable: 'Die Karte konnte nicht geladen werden. Laden Sie die Seite neu, um es erneut zu versuchen.',

};

export default de;
