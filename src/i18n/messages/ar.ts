/**
 * Arabic messages: a chunk of their own, loaded only by cards under `lang="ar…"`;
 * the card runs right to left (`directionOf`). Terms follow the Arabic
 * Kubernetes site (مساهم، مستودع، قضية، إصدار، طلب سحب), which writes
 * كوبيرنيتيس; Steering Committee stays in English. Every counted noun has
 * the six forms: "one" and "two" name no numeral, as Arabic writes them
 * ("مساهمة واحدة", "مساهمتان"); 11–99 take the singular accusative; after a
 * preposition the dual is in the genitive ("أقل من مساهمتين").
 */
import { formatExact } from '../format.js';
import type { Messages } from '../messages.js';
import { plural, type PluralForms } from '../plural.js';

const locale = 'ar';
const n = (v: number) => formatExact(v, locale);
/** "مساهمة واحدة" / "مساهمتان" / "3 مساهمات" / "11 مساهمة": `forms` hold `#` where the number goes. */
const count = (v: number, forms: PluralForms) => plural(locale, v, forms).replace('#', n(v));
/**
 * A login or project name inside Arabic text, between left-to-right marks: its "@" and the
 * punctuation after it then read with it ("@pacoxu:", not "pacoxu@:"). Marks, not isolates:
 * the static SVG drops isolates (WebKit's SVG text ignores them), marks work everywhere.
 */
const ltr = (s: string) => `\u200E${s}\u200E`;

const CONTRIBUTIONS: PluralForms = { zero: '# مساهمة', one: 'مساهمة واحدة', two: 'مساهمتان', few: '# مساهمات', many: '# مساهمة', other: '# مساهمة' };
const CONTRIBUTIONS_GEN: PluralForms = { ...CONTRIBUTIONS, two: 'مساهمتين' };
const MERGED_PRS: PluralForms = {
  zero: '# طلب سحب مدموج',
  one: 'طلب سحب مدموج واحد',
  two: 'طلبا سحب مدموجان',
  few: '# طلبات سحب مدموجة',
  many: '# طلب سحب مدموجًا',
  other: '# طلب سحب مدموج',
};
const MERGED_PRS_GEN: PluralForms = { ...MERGED_PRS, two: 'طلبي سحب مدموجين' };

export const ar: Messages = {
  locale,
  totals: {
    contributions: 'المساهمات',
    prsMerged: 'طلبات السحب المدموجة',
    prsOpened: 'طلبات السحب المُنشأة',
    reviews: 'المراجعات',
    approvals: 'الموافقات',
    issues: 'القضايا',
    commits: 'الإيداعات',
    comments: 'التعليقات',
    repositories: 'المستودعات النشطة',
  },
  roles: {
    'steering-member': 'عضو في Steering Committee',
    'steering-liaison': 'مسؤول اتصال لدى Steering Committee',
    chair: 'رئيس',
    'tech-lead': 'قائد تقني',
    lead: 'قائد',
    'subproject-lead': 'قائد مشروع فرعي',
    maintainer: 'مُشرِف على الصيانة',
    approver: 'مُعتمِد',
    reviewer: 'مُراجِع',
    member: 'عضو في المنظمة',
    'governing-board': 'ممثل في CNCF Governing Board',
    emeritus: 'عضو فخري',
    other: 'دور',
  },
  tiers: { bronze: 'برونزي', silver: 'فضي', gold: 'ذهبي', platinum: 'بلاتيني' },
  badges: {
    steering: { name: 'Steering', explain: () => 'عضو حالي أو سابق في Steering Committee لكوبيرنيتيس' },
    leadership: {
      name: 'قائد',
      explain: (v) =>
        `${count(v, { zero: '# دور قيادي', one: 'دور قيادي واحد', two: 'دوران قياديان', few: '# أدوار قيادية', many: '# دورًا قياديًا', other: '# دور قيادي' })}: رئيس، أو قائد تقني، أو قائد مشروع فرعي، أو مسؤول اتصال لدى Steering Committee`,
    },
    ladder: {
      name: 'السُّلَّم',
      explain: (v) => `${['عضو في المنظمة', 'مُراجِع', 'مُعتمِد', 'قائد مشروع فرعي أو مُشرِف على الصيانة أو أعلى'][v - 1] ?? ''} على سُلَّم المساهمين في كوبيرنيتيس`,
    },
    'merged-prs': { name: 'الدمج', explain: (v, t) => `${count(v, MERGED_PRS)} (يبدأ هذا المستوى من ${n(t)})` },
    contributions: { name: 'مساهم', explain: (v, t) => `${count(v, CONTRIBUTIONS)} (يبدأ هذا المستوى من ${n(t)})` },
    reviews: {
      name: 'مُراجِع',
      explain: (v, t) =>
        `${count(v, { zero: '# مراجعة', one: 'مراجعة واحدة', two: 'مراجعتان', few: '# مراجعات', many: '# مراجعة', other: '# مراجعة' })} (يبدأ هذا المستوى من ${n(t)})`,
    },
    veteran: {
      name: 'مخضرم',
      explain: (v, t) =>
        `يساهم منذ ${count(v, { zero: '# سنة', one: 'سنة واحدة', two: 'سنتين', few: '# سنوات', many: '# سنة', other: '# سنة' })} (يبدأ هذا المستوى من ${n(t)})`,
    },
    'first-pr': { name: 'أول PR', explain: () => 'لديه طلب سحب مدموج في كوبيرنيتيس' },
  },
  profileLink: (l) => `${ltr(`@${l}`)} على GitHub`,
  noContributions: (l, p) => (p ? `لا توجد لدى ${ltr(`@${l}`)} مساهمات في «${ltr(p)}» حتى الآن.` : `لا توجد لدى ${ltr(`@${l}`)} مساهمات في كوبيرنيتيس حتى الآن.`),
  belowListing: (l, t) => `${ltr(`@${l}`)}: أقل من ${count(t, CONTRIBUTIONS_GEN)} في CNCF DevStats حتى الآن. الجميع يبدأ من هنا.`,
  belowShort: (t) => `<${n(t)}`,
  fewerThan: (t) => `أقل من ${n(t)}`,
  scopeDevstats: (p) => (p === 'kubernetes' ? `منظمات كوبيرنيتيس الـ${n(17)} على GitHub، وفق إحصاء CNCF DevStats` : `مشروع CNCF DevStats «${ltr(p)}»`),
  scopeGithub: (orgs) => `في ${new Intl.ListFormat(locale, { type: 'conjunction' }).format(orgs)} فقط (بحث GitHub)`,
  scopeContribcard: 'وفق إحصاء CNCF ContribCard',
  figuresScope: (s) => `الأرقام: ${s}.`,
  firstMergedPr: 'أول طلب سحب مدموج',
  firstContribution: 'أول مساهمة',
  ongoing: (p) => `${p} (حتى الآن)`,
  pointLabel: (p, c) => `${p}: ${count(c, MERGED_PRS)}`,
  pointBelow: (p, t) => `${p}: أقل من ${count(t, MERGED_PRS_GEN)}`,
  pointMissing: (p) => `${p}: غير متاح`,
  activityBelow: (t, periods) =>
    `أقل من ${count(t, MERGED_PRS_GEN)} ${
      periods === 1
        ? 'في آخر دورة إصدار'
        : `في كل دورة من آخر ${count(periods, { zero: '# دورة إصدار', one: 'دورة إصدار واحدة', two: 'دورتي إصدار', few: '# دورات إصدار', many: '# دورة إصدار', other: '# دورة إصدار' })}`
    }.`,
  rolesHeading: 'الأدوار',
  colon: ': ',
  badgesHeading: 'الشارات',
  totalsHeading: 'المساهمات',
  activityHeading: 'طلبات السحب المدموجة',
  yearsActive: (y, since) =>
    `${count(y, { zero: '# سنة نشاط', one: 'سنة نشاط واحدة', two: 'سنتا نشاط', few: '# سنوات نشاط', many: '# سنة نشاط', other: '# سنة نشاط' })}، منذ ${since}`,
  asOf: (d, r) => `البيانات حتى ${d} (${r})`,
  sources: 'المصادر',
  termEnds: (m) => `تنتهي الولاية في ${m}`,
  termEnded: (m) => `انتهت الولاية في ${m}`,
  subproject: (s) => `المشروع الفرعي ${s}`,
  steeringCommittee: 'Steering Committee',
  activityUnit: { month: 'شهريًا', release: 'لكل إصدار' },
  sparklineSummary: (s) =>
    `طلبات السحب المدموجة ${s.unit}: ${s.atLeast ? 'ما لا يقل عن ' : ''}${n(s.total)} إجمالًا على مدى ${count(s.periods, { zero: '# فترة', one: 'فترة واحدة', two: 'فترتين', few: '# فترات', many: '# فترة', other: '# فترة' })} من ${s.from} إلى ${s.to}، والذروة ${n(s.peak)} في ${s.peakPeriod}.`,
  sourceNames: { github: 'GitHub', devstats: 'CNCF DevStats', community: 'ملفات مجتمع كوبيرنيتيس', contribcard: 'ContribCard', file: 'ملف بيانات البطاقة' },
  contributionsToRepos: (c, r) =>
    `${count(c, CONTRIBUTIONS)}، ونشاط في ${count(r, { zero: '# مستودع', one: 'مستودع واحد', two: 'مستودعين', few: '# مستودعات', many: '# مستودعًا', other: '# مستودع' })}`,
  loading: 'جارٍ تحميل بطاقة المساهم…',
  noUser: 'لا مساهم: اضبط user أو src.',
  unavailable: 'تعذّر تحميل البطاقة. أعد تحميل الصفحة للمحاولة مجددًا.',

};

export default ar;
