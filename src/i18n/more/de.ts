/** German messages for what a card shows only sometimes (failures, notices, sharing, static cards): a chunk loaded when needed. */
import type { MoreMessages } from '../messages.js';

export const deMore: MoreMessages = {
  reasons: {
    'invalid-user': 'kein gültiger GitHub-Login',
    'not-found': 'nicht gefunden',
    organization: 'eine Organisation',
    bot: 'ein Bot-Konto',
    'not-searchable': 'nicht durchsuchbar',
    'rate-limited': 'Ratenlimit erreicht',
    network: 'Netzwerkfehler',
    timeout: 'keine rechtzeitige Antwort',
    http: 'Serverfehler',
    'bad-data': 'unlesbare Antwort',
    aborted: 'abgebrochen',
  },
  sourceUnavailable: (s, r) => `${s} nicht verfügbar (${r}).`,
  backAt: (t) => `Wieder verfügbar ${t}.`,
  savedCopy: (r) => `Angezeigt werden die ${r} gespeicherten Daten.`,
  notFoundTitle: 'Konto nicht gefunden',
  notFound: (l) => `Kein GitHub-Konto „${l}“ gefunden.`,
  notFoundData: 'Unter dieser Adresse wurden keine Kartendaten gefunden.',
  notAPersonTitle: 'Keine mitwirkende Person',
  organization: (l) => `${l} ist eine GitHub-Organisation, keine Person.`,
  bot: (l) => `${l} ist ein Bot-Konto, keine Person.`,
  errorTitle: 'Diese Karte konnte nicht geladen werden',
  retry: 'Erneut versuchen',
  svgTitle: (l, name) => `${name ? `${name} (@${l})` : `@${l}`} – Kubernetes-Mitwirkendenkarte`,
  svgPerson: (l, name, company) => `${name ? `${name} (@${l})` : `@${l}`}${company ? `, ${company}` : ''}.`,
  svgList: (items) => `${items.join('; ')}.`,
  pageRoles: 'Hinzugefügt von der Person, die die Karte erstellt hat',
  share: 'Teilen',
  shareMenu: 'Diese Karte teilen',
  copyEmbed: 'Einbettungscode kopieren',
  copyMarkdown: 'Markdown-Bild kopieren',
  downloadSvg: 'SVG herunterladen',
  downloadPng: 'PNG herunterladen',
  copied: 'In die Zwischenablage kopiert',
  shareFailed: 'Dieser Browser hat es nicht erlaubt',
  openCard: (l) => `Mitwirkendenkarte von @${l} anzeigen`,
};

export default deMore;
