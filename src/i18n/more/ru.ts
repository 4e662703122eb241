/** Russian messages for what a card shows only sometimes (failures, notices, sharing, static cards): a chunk loaded when needed. */
import type { MoreMessages } from '../messages.js';

export const ruMore: MoreMessages = {
  reasons: {
    'invalid-user': 'недопустимый логин GitHub',
    'not-found': 'не найден',
    organization: 'это организация',
    bot: 'это учётная запись бота',
    'not-searchable': 'поиск недоступен',
    'rate-limited': 'превышен лимит запросов',
    network: 'ошибка сети',
    timeout: 'нет ответа вовремя',
    http: 'ошибка сервера',
    'bad-data': 'нечитаемый ответ',
    aborted: 'отменено',
  },
  sourceUnavailable: (s, r) => `${s}: нет доступа (${r}).`,
  backAt: (t) => `Снова заработает ${t}.`,
  savedCopy: (r) => `Показаны данные, сохранённые ${r}.`,
  notFoundTitle: 'Пользователь не найден',
  notFound: (l) => `Пользователь GitHub «${l}» не найден.`,
  notFoundData: 'По этому адресу нет данных карточки.',
  notAPersonTitle: 'Не участник',
  organization: (l) => `${l} — организация на GitHub, а не человек.`,
  bot: (l) => `${l} — учётная запись бота, а не человек.`,
  errorTitle: 'Не удалось загрузить карточку',
  retry: 'Повторить',
  svgTitle: (l, name) => `${name ? `${name} (@${l})` : `@${l}`} — карточка участника Kubernetes`,
  svgPerson: (l, name, company) => `${name ? `${name} (@${l})` : `@${l}`}${company ? `, ${company}` : ''}.`,
  svgList: (items) => `${items.join('; ')}.`,
  pageRoles: 'Добавлено автором карточки',
  share: 'Поделиться',
  shareMenu: 'Поделиться карточкой',
  copyEmbed: 'Скопировать код для вставки',
  copyMarkdown: 'Скопировать изображение в Markdown',
  downloadSvg: 'Скачать SVG',
  downloadPng: 'Скачать PNG',
  copied: 'Скопировано в буфер обмена',
  shareFailed: 'Браузер не разрешил это действие',
  openCard: (l) => `Открыть карточку участника @${l}`,
};

export default ruMore;
