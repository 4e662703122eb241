/**
 * Bengali messages: a chunk of their own, loaded only by cards under `lang="bn…"`.
 * A Bengali noun keeps one form after a numeral and its classifier ("১টি
 * অবদান", "১২টি অবদান"), so no sentence needs plural forms. Role names follow
 * the Bengali Kubernetes glossary, which writes কুবারনেটিস; Steering Committee
 * stays in English. Numbers come out in Bengali digits, as `Intl` writes them.
 */
import { formatExact } from '../format.js';
import type { Messages } from '../messages.js';

const locale = 'bn';
const n = (v: number) => formatExact(v, locale);

export const bn: Messages = {
  locale,
  totals: {
    contributions: 'অবদান',
    prsMerged: 'মার্জ করা PR',
    prsOpened: 'খোলা PR',
    reviews: 'রিভিউ',
    approvals: 'অনুমোদন',
    issues: 'ইস্যু',
    commits: 'কমিট',
    comments: 'মন্তব্য',
    repositories: 'সক্রিয় রিপোজিটরি',
  },
  roles: {
    'steering-member': 'Steering Committee সদস্য',
    'steering-liaison': 'Steering Committee লিয়াজোঁ',
    chair: 'সভাপতি',
    'tech-lead': 'টেক লিড',
    lead: 'লিড',
    'subproject-lead': 'উপ-প্রকল্প লিড',
    maintainer: 'মেইনটেইনার',
    approver: 'অনুমোদনকারী',
    reviewer: 'রিভিউয়ার',
    member: 'সংগঠনের সদস্য',
    'governing-board': 'CNCF Governing Board প্রতিনিধি',
    emeritus: 'এমেরিটাস',
    other: 'ভূমিকা',
  },
  tiers: { bronze: 'ব্রোঞ্জ', silver: 'রুপা', gold: 'সোনা', platinum: 'প্ল্যাটিনাম' },
  badges: {
    steering: { name: 'Steering', explain: () => 'কুবারনেটিস Steering Committee-এর বর্তমান বা প্রাক্তন সদস্য' },
    leadership: {
      name: 'লিডার',
      explain: (v) => `${n(v)}টি নেতৃত্বের ভূমিকা: সভাপতি, টেক লিড, উপ-প্রকল্প লিড বা Steering Committee লিয়াজোঁ`,
    },
    ladder: {
      name: 'সিঁড়ি',
      explain: (v) => `কুবারনেটিস অবদানকারী সিঁড়িতে ${['সংগঠনের সদস্য', 'রিভিউয়ার', 'অনুমোদনকারী', 'উপ-প্রকল্প লিড, মেইনটেইনার বা তার উপরে'][v - 1] ?? ''}`,
    },
    'merged-prs': { name: 'মার্জ', explain: (v, t) => `${n(v)}টি মার্জ করা পুল রিকোয়েস্ট (এই স্তর ${n(t)} থেকে)` },
    contributions: { name: 'অবদানকারী', explain: (v, t) => `${n(v)}টি অবদান (এই স্তর ${n(t)} থেকে)` },
    reviews: { name: 'রিভিউয়ার', explain: (v, t) => `${n(v)}টি রিভিউ (এই স্তর ${n(t)} থেকে)` },
    veteran: { name: 'অভিজ্ঞ', explain: (v, t) => `${n(v)} বছর ধরে অবদান রাখছেন (এই স্তর ${n(t)} থেকে)` },
    'first-pr': { name: 'প্রথম PR', explain: () => 'কুবারনেটিসে একটি পুল রিকোয়েস্ট মার্জ হয়েছে' },
  },
  profileLink: (l) => `GitHub-এ @${l}`,
  noContributions: (l, p) => (p ? `@${l}-এর এখনও “${p}”-এ কোনো অবদান নেই।` : `@${l}-এর এখনও কুবারনেটিসে কোনো অবদান নেই।`),
  belowListing: (l, t) => `@${l}: এখন পর্যন্ত CNCF DevStats-এ ${n(t)}টির কম অবদান। সবাই এখান থেকেই শুরু করে।`,
  belowShort: (t) => `<${n(t)}`,
  fewerThan: (t) => `${n(t)}-এর কম`,
  scopeDevstats: (p) => (p === 'kubernetes' ? `কুবারনেটিসের ${n(17)}টি GitHub সংগঠন, CNCF DevStats-এর গণনা অনুযায়ী` : `CNCF DevStats প্রকল্প “${p}”`),
  scopeGithub: (orgs) => `কেবল ${new Intl.ListFormat(locale, { type: 'conjunction' }).format(orgs)} (GitHub অনুসন্ধান)`,
  scopeContribcard: 'CNCF ContribCard-এর গণনা অনুযায়ী',
  figuresScope: (s) => `পরিসংখ্যান: ${s}।`,
  firstMergedPr: 'প্রথম মার্জ করা PR',
  firstContribution: 'প্রথম অবদান',
  ongoing: (p) => `${p} (চলমান)`,
  pointLabel: (p, c) => `${p}: ${n(c)}টি মার্জ করা PR`,
  pointBelow: (p, t) => `${p}: ${n(t)}টির কম মার্জ করা PR`,
  pointMissing: (p) => `${p}: উপলব্ধ নয়`,
  activityBelow: (t, periods) =>
    periods === 1
      ? `শেষ রিলিজ চক্রে ${n(t)}টির কম PR মার্জ হয়েছে।`
      : `শেষ ${n(periods)}টি রিলিজ চক্রের প্রতিটিতে ${n(t)}টির কম PR মার্জ হয়েছে।`,
  rolesHeading: 'ভূমিকা',
  colon: ': ',
  badgesHeading: 'ব্যাজ',
  totalsHeading: 'অবদান',
  activityHeading: 'মার্জ করা PR',
  yearsActive: (y, since) => `${n(y)} বছর সক্রিয়, ${since} সাল থেকে`,
  asOf: (d, r) => `${d} পর্যন্ত ডেটা (${r})`,
  sources: 'উৎস',
  termEnds: (m) => `মেয়াদ ${m} পর্যন্ত`,
  termEnded: (m) => `মেয়াদ ${m}-এ শেষ হয়েছে`,
  subproject: (s) => `উপ-প্রকল্প ${s}`,
  steeringCommittee: 'Steering Committee',
  activityUnit: { month: 'প্রতি মাসে', release: 'প্রতি রিলিজে' },
  sparklineSummary: (s) =>
    `${s.unit} মার্জ করা PR: ${s.from} থেকে ${s.to} পর্যন্ত ${n(s.periods)}টি সময়কালে মোট ${s.atLeast ? 'অন্তত ' : ''}${n(s.total)}টি, সর্বোচ্চ ${s.peakPeriod}-এ ${n(s.peak)}টি।`,
  sourceNames: { github: 'GitHub', devstats: 'CNCF DevStats', community: 'কুবারনেটিস কমিউনিটির ফাইল', contribcard: 'ContribCard', file: 'কার্ড ডেটা ফাইল' },
  contributionsToRepos: (c, r) => `${n(c)}টি অবদান, ${n(r)}টি রিপোজিটরিতে সক্রিয়`,
  loading: 'অবদানকারী কার্ড লোড হচ্ছে…',
  noUser: 'কোনো অবদানকারী নেই: user বা src সেট করুন।',
  unavailable: 'কার্ডটি লোড করা যায়নি। আবার চেষ্টা করতে পৃষ্ঠাটি রিলোড করুন।',

};

export default bn;
