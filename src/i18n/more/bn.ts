/** Bengali messages for what a card shows only sometimes (failures, notices, sharing, static cards): a chunk loaded when needed. */
import type { MoreMessages } from '../messages.js';

export const bnMore: MoreMessages = {
  reasons: {
    'invalid-user': 'বৈধ GitHub লগইন নয়',
    'not-found': 'পাওয়া যায়নি',
    organization: 'একটি সংগঠন',
    bot: 'বট অ্যাকাউন্ট',
    'not-searchable': 'খোঁজা যায় না',
    'rate-limited': 'অনুরোধের সীমা পূর্ণ',
    network: 'নেটওয়ার্ক ত্রুটি',
    timeout: 'সময়মতো উত্তর আসেনি',
    http: 'সার্ভার ত্রুটি',
    'bad-data': 'অপাঠযোগ্য উত্তর',
    aborted: 'বাতিল করা হয়েছে',
  },
  sourceUnavailable: (s, r) => `${s} উপলব্ধ নয় (${r})।`,
  backAt: (t) => `${t} আবার উপলব্ধ হবে।`,
  savedCopy: (r) => `${r} সংরক্ষিত ডেটা দেখানো হচ্ছে।`,
  notFoundTitle: 'ব্যবহারকারী পাওয়া যায়নি',
  notFound: (l) => `“${l}” নামে কোনো GitHub ব্যবহারকারী পাওয়া যায়নি।`,
  notFoundData: 'এই ঠিকানায় কোনো কার্ডের ডেটা পাওয়া যায়নি।',
  notAPersonTitle: 'অবদানকারী নন',
  organization: (l) => `${l} একটি GitHub সংগঠন, কোনো ব্যক্তি নয়।`,
  bot: (l) => `${l} একটি বট অ্যাকাউন্ট, কোনো ব্যক্তি নয়।`,
  errorTitle: 'এই কার্ডটি লোড করা যায়নি',
  retry: 'আবার চেষ্টা করুন',
  svgTitle: (l, name) => `${name ? `${name} (@${l})` : `@${l}`} — কুবারনেটিস অবদানকারী কার্ড`,
  svgPerson: (l, name, company) => `${name ? `${name} (@${l})` : `@${l}`}${company ? `, ${company}` : ''}।`,
  svgList: (items) => `${items.join('; ')}।`,
  pageRoles: 'কার্ড নির্মাতা যোগ করেছেন',
  share: 'শেয়ার করুন',
  shareMenu: 'এই কার্ড শেয়ার করুন',
  copyEmbed: 'এমবেড কোড কপি করুন',
  copyMarkdown: 'Markdown ছবি কপি করুন',
  downloadSvg: 'SVG ডাউনলোড করুন',
  downloadPng: 'PNG ডাউনলোড করুন',
  copied: 'ক্লিপবোর্ডে কপি করা হয়েছে',
  shareFailed: 'এই ব্রাউজার এটির অনুমতি দেয়নি',
  openCard: (l) => `@${l}-এর অবদানকারী কার্ড দেখান`,
};

export default bnMore;
