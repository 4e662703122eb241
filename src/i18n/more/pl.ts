/** Polish messages for what a card shows only sometimes (failures, notices, sharing, static cards): a chunk loaded when needed. */
import type { MoreMessages } from '../messages.js';

export const plMore: MoreMessages = {
  reasons: {
    'invalid-user': 'to nie jest prawidłowy login GitHub',
    'not-found': 'nie znaleziono',
    organization: 'to organizacja',
    bot: 'to konto bota',
    'not-searchable': 'nie można wyszukać',
    'rate-limited': 'osiągnięto limit zapytań',
    network: 'błąd sieci',
    timeout: 'brak odpowiedzi na czas',
    http: 'błąd serwera',
    'bad-data': 'nieczytelna odpowiedź',
    aborted: 'anulowano',
  },
  sourceUnavailable: (s, r) => `${s}: brak dostępu (${r}).`,
  backAt: (t) => `Dostęp wróci ${t}.`,
  savedCopy: (r) => `Wyświetlane są dane zapisane ${r}.`,
  notFoundTitle: 'Nie znaleziono użytkownika',
  notFound: (l) => `Nie znaleziono użytkownika GitHub „${l}”.`,
  notFoundData: 'Pod tym adresem nie ma danych karty.',
  notAPersonTitle: 'To nie jest współtwórca',
  organization: (l) => `${l} to organizacja na GitHubie, a nie osoba.`,
  bot: (l) => `${l} to konto bota, a nie osoba.`,
  errorTitle: 'Nie udało się wczytać tej karty',
  retry: 'Spróbuj ponownie',
  svgTitle: (l, name) => `${name ? `${name} (@${l})` : `@${l}`} — karta współtwórcy Kubernetesa`,
  svgPerson: (l, name, company) => `${name ? `${name} (@${l})` : `@${l}`}${company ? `, ${company}` : ''}.`,
  svgList: (items) => `${items.join('; ')}.`,
  pageRoles: 'Dodane przez twórcę karty',
  share: 'Udostępnij',
  shareMenu: 'Udostępnij tę kartę',
  copyEmbed: 'Kopiuj kod do osadzenia',
  copyMarkdown: 'Kopiuj obraz Markdown',
  downloadSvg: 'Pobierz SVG',
  downloadPng: 'Pobierz PNG',
  copied: 'Skopiowano do schowka',
  shareFailed: 'Ta przeglądarka na to nie pozwoliła',
  openCard: (l) => `Pokaż kartę współtwórcy @${l}`,
};

export default plMore;
