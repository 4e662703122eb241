/** Arabic messages for what a card shows only sometimes (failures, notices, sharing, static cards): a chunk loaded when needed. */
import type { MoreMessages } from '../messages.js';

/** A login inside Arabic text, between left-to-right marks (see `messages/ar.ts`). */
const ltr = (s: string) => `\u200E${s}\u200E`;

export const arMore: MoreMessages = {
  reasons: {
    'invalid-user': 'ليس اسم مستخدم صالحًا على GitHub',
    'not-found': 'غير موجود',
    organization: 'منظمة',
    bot: 'حساب بوت',
    'not-searchable': 'لا يمكن البحث فيه',
    'unknown-project': 'لا يوجد مشروع بهذا الاسم',
    'rate-limited': 'بلغ حد الطلبات',
    network: 'خطأ في الشبكة',
    timeout: 'لا رد في الوقت المحدد',
    http: 'خطأ في الخادم',
    'bad-data': 'رد غير مقروء',
    aborted: 'أُلغي',
  },
  sourceUnavailable: (s, r) => `تعذّر الوصول إلى ${s} (${r}).`,
  notCounted: (s) => `يستبعد ${s} هذا الحساب من إحصاءاته.`,
  backAt: (t) => `يُستأنف الوصول ${t}.`,
  savedCopy: (r) => `تُعرض البيانات المحفوظة ${r}.`,
  savedOn: (d) => `تُعرض البيانات المحفوظة في ${d}.`,
  asOfDate: (d) => `البيانات حتى ${d}`,
  notFoundTitle: 'المستخدم غير موجود',
  notFound: (l) => `لم يُعثر على مستخدم GitHub باسم «${ltr(l)}».`,
  invalidLogin: (l) => `«${ltr(l)}» ليس اسم مستخدم صالحًا على GitHub.`,
  notFoundData: 'لم يُعثر على بيانات بطاقة في هذا العنوان.',
  notAPersonTitle: 'ليس مساهمًا',
  organization: (l) => `${ltr(l)} منظمة على GitHub، وليس شخصًا.`,
  bot: (l) => `${ltr(l)} حساب بوت، وليس شخصًا.`,
  errorTitle: 'تعذّر تحميل هذه البطاقة',
  retry: 'إعادة المحاولة',
  svgTitle: (l, name) => `${name ? `${name} (${ltr(`@${l}`)})` : ltr(`@${l}`)} — بطاقة مساهم في كوبيرنيتيس`,
  svgPerson: (l, name, company) => `${name ? `${name} (${ltr(`@${l}`)})` : ltr(`@${l}`)}${company ? `، ${company}` : ''}.`,
  svgList: (items) => `${items.join('؛ ')}.`,
  pageRoles: 'أضافها صانع البطاقة',
  share: 'مشاركة',
  shareMenu: 'مشاركة هذه البطاقة',
  copyEmbed: 'نسخ رمز التضمين',
  copyMarkdown: 'نسخ صورة Markdown',
  downloadSvg: 'تنزيل SVG',
  downloadPng: 'تنزيل PNG',
  copied: 'تم النسخ إلى الحافظة',
  shareFailed: 'لم يسمح هذا المتصفح بذلك',
  openCard: (l) => `عرض بطاقة المساهم الخاصة بـ ${ltr(`@${l}`)}`,
};

export default arMore;
