/**
 * Hindi messages: a chunk of their own, loaded only by cards under `lang="hi…"`.
 * Role names follow the Hindi Kubernetes docs (अनुमोदक, समीक्षक, अनुरक्षक),
 * which write कुबेरनेट्स; Steering Committee stays in English. Sentences end
 * with the danda (।). Plural forms differ only where the noun changes
 * (भूमिका/भूमिकाएँ, समीक्षा/समीक्षाएँ, किया गया/किए गए); `one` is 0 and 1.
 */
import { formatExact } from '../format.js';
import type { Messages } from '../messages.js';
import { plural, type PluralForms } from '../plural.js';

const locale = 'hi';
const n = (v: number) => formatExact(v, locale);
/** "1 समीक्षा" / "12 समीक्षाएँ": `forms` hold `#` where the number goes. */
const count = (v: number, forms: PluralForms) => plural(locale, v, forms).replace('#', n(v));

export const hi: Messages = {
  locale,
  totals: {
    contributions: 'योगदान',
    prsMerged: 'मर्ज किए गए PR',
    prsOpened: 'खोले गए PR',
    reviews: 'समीक्षाएँ',
    approvals: 'अनुमोदन',
    issues: 'Issues',
    commits: 'कमिट',
    comments: 'टिप्पणियाँ',
    repositories: 'सक्रिय रिपॉजिटरी',
  },
  roles: {
    'steering-member': 'Steering Committee सदस्य',
    'steering-liaison': 'Steering Committee संपर्क प्रतिनिधि',
    chair: 'अध्यक्ष',
    'tech-lead': 'टेक लीड',
    lead: 'लीड',
    'subproject-lead': 'उप-परियोजना लीड',
    maintainer: 'अनुरक्षक',
    approver: 'अनुमोदक',
    reviewer: 'समीक्षक',
    member: 'संगठन सदस्य',
    'governing-board': 'CNCF Governing Board प्रतिनिधि',
    emeritus: 'मानद (एमेरिटस)',
    other: 'भूमिका',
  },
  tiers: { bronze: 'कांस्य', silver: 'रजत', gold: 'स्वर्ण', platinum: 'प्लैटिनम' },
  badges: {
    steering: { name: 'Steering', explain: () => 'कुबेरनेट्स Steering Committee के वर्तमान या पूर्व सदस्य' },
    leadership: {
      name: 'लीडर',
      explain: (v) => `${count(v, { one: '# नेतृत्व भूमिका', other: '# नेतृत्व भूमिकाएँ' })}: अध्यक्ष, टेक लीड, उप-परियोजना लीड या Steering Committee संपर्क प्रतिनिधि`,
    },
    ladder: {
      name: 'सीढ़ी',
      explain: (v) => `कुबेरनेट्स योगदानकर्ता सीढ़ी पर ${['संगठन सदस्य', 'समीक्षक', 'अनुमोदक', 'उप-परियोजना लीड, अनुरक्षक या उससे ऊपर'][v - 1] ?? ''}`,
    },
    'merged-prs': {
      name: 'मर्ज',
      explain: (v, t) => `${count(v, { one: '# मर्ज किया गया pull request', other: '# मर्ज किए गए pull request' })} (यह स्तर ${n(t)} से)`,
    },
    contributions: { name: 'योगदानकर्ता', explain: (v, t) => `${n(v)} योगदान (यह स्तर ${n(t)} से)` },
    reviews: { name: 'समीक्षक', explain: (v, t) => `${count(v, { one: '# समीक्षा', other: '# समीक्षाएँ' })} (यह स्तर ${n(t)} से)` },
    veteran: { name: 'अनुभवी', explain: (v, t) => `${n(v)} साल से योगदान (यह स्तर ${n(t)} से)` },
    'first-pr': { name: 'पहला PR', explain: () => 'कुबेरनेट्स में एक pull request मर्ज हो चुका है' },
  },
  profileLink: (l) => `GitHub पर @${l}`,
  noContributions: (l, p) => (p ? `@${l} का अभी तक “${p}” में कोई योगदान नहीं है।` : `@${l} का अभी तक कुबेरनेट्स में कोई योगदान नहीं है।`),
  belowListing: (l, t) => `@${l}: अब तक CNCF DevStats में ${n(t)} से कम योगदान। हर कोई यहीं से शुरू करता है।`,
  belowShort: (t) => `<${n(t)}`,
  fewerThan: (t) => `${n(t)} से कम`,
  scopeDevstats: (p) => (p === 'kubernetes' ? 'कुबेरनेट्स के 17 GitHub संगठन, CNCF DevStats की गणना के अनुसार' : `CNCF DevStats परियोजना “${p}”`),
  scopeGithub: (orgs) => `केवल ${new Intl.ListFormat(locale, { type: 'conjunction' }).format(orgs)} में (GitHub खोज)`,
  scopeContribcard: 'CNCF ContribCard की गणना के अनुसार',
  figuresScope: (s) => `आँकड़े: ${s}।`,
  firstMergedPr: 'पहला मर्ज किया गया PR',
  firstContribution: 'पहला योगदान',
  ongoing: (p) => `${p} (अब तक)`,
  pointLabel: (p, c) => `${p}: ${count(c, { one: '# मर्ज किया गया PR', other: '# मर्ज किए गए PR' })}`,
  pointBelow: (p, t) => `${p}: ${n(t)} से कम मर्ज किए गए PR`,
  pointMissing: (p) => `${p}: उपलब्ध नहीं`,
  activityBelow: (t, periods) =>
    periods === 1
      ? `पिछले रिलीज़ चक्र में ${n(t)} से कम PR मर्ज हुए।`
      : `पिछले ${n(periods)} रिलीज़ चक्रों में से हर एक में ${n(t)} से कम PR मर्ज हुए।`,
  rolesHeading: 'भूमिकाएँ',
  colon: ': ',
  badgesHeading: 'बैज',
  totalsHeading: 'योगदान',
  activityHeading: 'मर्ज किए गए PR',
  yearsActive: (y, since) => `${n(y)} साल सक्रिय, ${since} से`,
  asOf: (d, r) => `${d} तक का डेटा (${r})`,
  sources: 'स्रोत',
  termEnds: (m) => `कार्यकाल ${m} तक`,
  termEnded: (m) => `कार्यकाल ${m} में समाप्त हुआ`,
  subproject: (s) => `उप-परियोजना ${s}`,
  steeringCommittee: 'Steering Committee',
  activityUnit: { month: 'प्रति माह', release: 'प्रति रिलीज़' },
  sparklineSummary: (s) =>
    `${s.unit} मर्ज किए गए PR: ${s.from} से ${s.to} तक ${count(s.periods, { one: '# अवधि', other: '# अवधियों' })} में कुल ${s.atLeast ? 'कम से कम ' : ''}${n(s.total)}, सबसे अधिक ${n(s.peak)} ${s.peakPeriod} में।`,
  sourceNames: { github: 'GitHub', devstats: 'CNCF DevStats', community: 'कुबेरनेट्स समुदाय की फ़ाइलें', contribcard: 'ContribCard', file: 'कार्ड डेटा फ़ाइल' },
  contributionsToRepos: (c, r) => `${n(c)} योगदान, ${n(r)} रिपॉजिटरी में सक्रिय`,
  loading: 'योगदानकर्ता कार्ड लोड हो रहा है…',
  noUser: 'कोई योगदानकर्ता नहीं: user या src सेट करें।',
  unavailable: 'कार्ड लोड नहीं हो सका। फिर से कोशिश करने के लिए पेज रीलोड करें।',

};

export default hi;
