/** Ukrainian messages for what a card shows only sometimes (failures, notices, sharing, static cards): a chunk loaded when needed. */
import type { MoreMessages } from '../messages.js';

export const ukMore: MoreMessages = {
  reasons: {
    'invalid-user': 'недійсний логін GitHub',
    'not-found': 'не знайдено',
    organization: 'це організація',
    bot: 'це обліковий запис бота',
    'not-searchable': 'пошук недоступний',
    'rate-limited': 'перевищено ліміт запитів',
    network: 'помилка мережі',
    timeout: 'немає відповіді вчасно',
    http: 'помилка сервера',
    'bad-data': 'нечитабельна відповідь',
    aborted: 'скасовано',
  },
  sourceUnavailable: (s, r) => `${s}: немає доступу (${r}).`,
  backAt: (t) => `Знову запрацює ${t}.`,
  savedCopy: (r) => `Показано дані, збережені ${r}.`,
  notFoundTitle: 'Користувача не знайдено',
  notFound: (l) => `Користувача GitHub «${l}» не знайдено.`,
  notFoundData: 'За цією адресою немає даних картки.',
  notAPersonTitle: 'Не учасник',
  organization: (l) => `${l} — організація на GitHub, а не людина.`,
  bot: (l) => `${l} — обліковий запис бота, а не людина.`,
  errorTitle: 'Не вдалося завантажити картку',
  retry: 'Спробувати ще раз',
  svgTitle: (l, name) => `${name ? `${name} (@${l})` : `@${l}`} — картка учасника Kubernetes`,
  svgPerson: (l, name, company) => `${name ? `${name} (@${l})` : `@${l}`}${company ? `, ${company}` : ''}.`,
  svgList: (items) => `${items.join('; ')}.`,
  pageRoles: 'Додано автором картки',
  share: 'Поділитися',
  shareMenu: 'Поділитися карткою',
  copyEmbed: 'Скопіювати код для вбудовування',
  copyMarkdown: 'Скопіювати зображення Markdown',
  downloadSvg: 'Завантажити SVG',
  downloadPng: 'Завантажити PNG',
  copied: 'Скопійовано в буфер обміну',
  shareFailed: 'Браузер не дозволив цю дію',
  openCard: (l) => `Відкрити картку учасника @${l}`,
};

export default ukMore;
