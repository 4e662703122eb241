/** Hindi messages for what a card shows only sometimes (failures, notices, sharing, static cards): a chunk loaded when needed. */
import type { MoreMessages } from '../messages.js';

export const hiMore: MoreMessages = {
  reasons: {
    'invalid-user': 'मान्य GitHub लॉगिन नहीं है',
    'not-found': 'नहीं मिला',
    organization: 'एक संगठन',
    bot: 'बॉट खाता',
    'not-searchable': 'खोजा नहीं जा सकता',
    'rate-limited': 'अनुरोध सीमा पूरी हो गई',
    network: 'नेटवर्क त्रुटि',
    timeout: 'समय पर कोई उत्तर नहीं',
    http: 'सर्वर त्रुटि',
    'bad-data': 'अपठनीय उत्तर',
    aborted: 'रद्द किया गया',
  },
  sourceUnavailable: (s, r) => `${s}: उपलब्ध नहीं (${r})।`,
  backAt: (t) => `सेवा ${t} फिर से उपलब्ध होगी।`,
  savedCopy: (r) => `${r} सहेजा गया डेटा दिखाया जा रहा है।`,
  notFoundTitle: 'उपयोगकर्ता नहीं मिला',
  notFound: (l) => `GitHub उपयोगकर्ता “${l}” नहीं मिला।`,
  notFoundData: 'इस पते पर कोई कार्ड डेटा नहीं मिला।',
  notAPersonTitle: 'योगदानकर्ता नहीं',
  organization: (l) => `${l} एक GitHub संगठन है, कोई व्यक्ति नहीं।`,
  bot: (l) => `${l} एक बॉट खाता है, कोई व्यक्ति नहीं।`,
  errorTitle: 'यह कार्ड लोड नहीं हो सका',
  retry: 'फिर से कोशिश करें',
  svgTitle: (l, name) => `${name ? `${name} (@${l})` : `@${l}`} — कुबेरनेट्स योगदानकर्ता कार्ड`,
  svgPerson: (l, name, company) => `${name ? `${name} (@${l})` : `@${l}`}${company ? `, ${company}` : ''}।`,
  svgList: (items) => `${items.join('; ')}।`,
  pageRoles: 'कार्ड बनाने वाले ने जोड़ा',
  share: 'साझा करें',
  shareMenu: 'यह कार्ड साझा करें',
  copyEmbed: 'एम्बेड कोड कॉपी करें',
  copyMarkdown: 'Markdown इमेज कॉपी करें',
  downloadSvg: 'SVG डाउनलोड करें',
  downloadPng: 'PNG डाउनलोड करें',
  copied: 'क्लिपबोर्ड पर कॉपी किया गया',
  shareFailed: 'इस ब्राउज़र ने इसकी अनुमति नहीं दी',
  openCard: (l) => `@${l} का योगदानकर्ता कार्ड दिखाएँ`,
};

export default hiMore;
