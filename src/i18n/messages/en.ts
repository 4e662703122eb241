/** English messages: a chunk of their own, loaded by cards in English (the default). */
import { formatExact } from '../format.js';
import type { Messages } from '../messages.js';
import { plural, type PluralForms } from '../plural.js';

const locale = 'en';
const n = (v: number) => formatExact(v, locale);
/** "1 merged PR" / "12 merged PRs": `forms` hold `#` where the number goes. */
const count = (v: number, forms: PluralForms) => plural(locale, v, forms).replace('#', n(v));

export const en: Messages = {
  locale,
  totals: {
    contributions: 'Contributions',
    prsMerged: 'PRs merged',
    prsOpened: 'PRs opened',
    reviews: 'Reviews',
    approvals: 'Approvals',
    issues: 'Issues',
    commits: 'Commits',
    comments: 'Comments',
    repositories: 'Active repositories',
  },
  roles: {
    'steering-member': 'Steering Committee member',
    'steering-liaison': 'Steering liaison',
    chair: 'Chair',
    'tech-lead': 'Tech lead',
    lead: 'Lead',
    'subproject-lead': 'Subproject lead',
    maintainer: 'Maintainer',
    approver: 'Approver',
    reviewer: 'Reviewer',
    member: 'Org member',
    'governing-board': 'CNCF Governing Board representative',
    emeritus: 'Emeritus',
    other: 'Role',
  },
  tiers: { bronze: 'Bronze', silver: 'Silver', gold: 'Gold', platinum: 'Platinum' },
  badges: {
    steering: { name: 'Steering', explain: () => 'Serves or served on the Kubernetes Steering Committee' },
    leadership: {
      name: 'Leader',
      explain: (v) => `${count(v, { one: 'Holds # leadership role', other: 'Holds # leadership roles' })}: chair, tech lead, subproject lead or Steering liaison`,
    },
    ladder: {
      name: 'Ladder',
      explain: (v) => `${['Org member', 'Reviewer', 'Approver', 'Subproject lead, maintainer or higher'][v - 1] ?? ''} on the Kubernetes contributor ladder`,
    },
    'merged-prs': { name: 'Merger', explain: (v, t) => `${count(v, { one: '# merged pull request', other: '# merged pull requests' })} (this tier from ${n(t)})` },
    contributions: { name: 'Contributor', explain: (v, t) => `${count(v, { one: '# contribution', other: '# contributions' })} (this tier from ${n(t)})` },
    reviews: { name: 'Reviewer', explain: (v, t) => `${count(v, { one: '# review', other: '# reviews' })} (this tier from ${n(t)})` },
    veteran: { name: 'Veteran', explain: (v, t) => `${count(v, { one: 'Contributing for # year', other: 'Contributing for # years' })} (this tier from ${n(t)})` },
    'first-pr': { name: 'First PR', explain: () => 'Has a merged pull request in Kubernetes' },
  },
  profileLink: (l) => `@${l} on GitHub`,
  noContributions: (l, p) => (p ? `@${l} has no contributions to “${p}” yet.` : `@${l} has no Kubernetes contributions yet.`),
  belowListing: (l, t) => `@${l}: fewer than ${n(t)} contributions in CNCF DevStats so far. Everyone starts here.`,
  belowShort: (t) => `<${n(t)}`,
  fewerThan: (t) => `fewer than ${n(t)}`,
  scopeDevstats: (p) => (p === 'kubernetes' ? 'the 17 Kubernetes GitHub organizations, as counted by CNCF DevStats' : `CNCF DevStats project “${p}”`),
  scopeGithub: (orgs) => `in ${new Intl.ListFormat(locale, { type: 'conjunction' }).format(orgs)} only (GitHub search)`,
  scopeContribcard: 'as counted by CNCF ContribCard',
  figuresScope: (s) => `Figures: ${s}.`,
  firstMergedPr: 'First merged PR',
  firstContribution: 'First contribution',
  ongoing: (p) => `${p} (so far)`,
  pointLabel: (p, c) => `${p}: ${count(c, { one: '# merged PR', other: '# merged PRs' })}`,
  pointBelow: (p, t) => `${p}: fewer than ${n(t)} merged PRs`,
  pointMissing: (p) => `${p}: not available`,
  activityBelow: (t, periods) =>
    `Fewer than ${n(t)} merged PRs ${count(periods, { one: 'in the last release cycle', other: 'in each of the last # release cycles' })}.`,
  rolesHeading: 'Roles',
  colon: ': ',
  badgesHeading: 'Badges',
  totalsHeading: 'Contributions',
  activityHeading: 'Merged PRs',
  yearsActive: (y, since) => `${count(y, { one: '# year active', other: '# years active' })}, since ${since}`,
  asOf: (d, r) => `Data as of ${d} (${r})`,
  sources: 'Sources',
  termEnds: (m) => `term ends ${m}`,
  termEnded: (m) => `term ended ${m}`,
  subproject: (s) => `subproject ${s}`,
  steeringCommittee: 'Steering Committee',
  activityUnit: { month: 'per month', release: 'per release' },
  sparklineSummary: (s) =>
    `Merged PRs ${s.unit}: ${s.atLeast ? 'at least ' : ''}${n(s.total)} in total over ${count(s.periods, { one: '# period', other: '# periods' })} from ${s.from} to ${s.to}, peak ${n(s.peak)} in ${s.peakPeriod}.`,
  sourceNames: { github: 'GitHub', devstats: 'CNCF DevStats', community: 'Kubernetes community files', contribcard: 'ContribCard', file: 'Card data file' },
  contributionsToRepos: (c, r) => `${count(c, { one: '# contribution', other: '# contributions' })}, active in ${count(r, { one: '# repository', other: '# repositories' })}`,
  loading: 'Loading contributor card…',
  noUser: 'No contributor given: set the user or src attribute.',
  unavailable: 'The card could not load. Reload the page to try again.',

};

export default en;
