/** Italian messages for what a card shows only sometimes (failures, notices, sharing, static cards): a chunk loaded when needed. */
import type { MoreMessages } from '../messages.js';

export const itMore: MoreMessages = {
  reasons: {
    'invalid-user': 'non è un login GitHub valido',
    'not-found': 'non trovato',
    organization: 'un’organizzazione',
    bot: 'un account bot',
    'not-searchable': 'non ricercabile',
    'rate-limited': 'limite di richieste raggiunto',
    network: 'errore di rete',
    timeout: 'nessuna risposta in tempo',
    http: 'errore del server',
    'bad-data': 'risposta illeggibile',
    aborted: 'annullato',
  },
  sourceUnavailable: (s, r) => `Fonte non disponibile: ${s} (${r}).`,
  backAt: (t) => `Di nuovo disponibile ${t}.`,
  savedCopy: (r) => `Sono mostrati i dati salvati ${r}.`,
  notFoundTitle: 'Utente non trovato',
  notFound: (l) => `Nessun utente GitHub «${l}» trovato.`,
  notFoundData: 'Nessun dato della scheda trovato a questo indirizzo.',
  notAPersonTitle: 'Non è un contributor',
  organization: (l) => `${l} è un’organizzazione GitHub, non una persona.`,
  bot: (l) => `${l} è un account bot, non una persona.`,
  errorTitle: 'Impossibile caricare questa scheda',
  retry: 'Riprova',
  svgTitle: (l, name) => `${name ? `${name} (@${l})` : `@${l}`} — scheda contributor di Kubernetes`,
  svgPerson: (l, name, company) => `${name ? `${name} (@${l})` : `@${l}`}${company ? `, ${company}` : ''}.`,
  svgList: (items) => `${items.join('; ')}.`,
  pageRoles: 'Aggiunto da chi ha creato la scheda',
  share: 'Condividi',
  shareMenu: 'Condividi questa scheda',
  copyEmbed: 'Copia il codice di incorporamento',
  copyMarkdown: 'Copia l’immagine Markdown',
  downloadSvg: 'Scarica SVG',
  downloadPng: 'Scarica PNG',
  copied: 'Copiato negli appunti',
  shareFailed: 'Questo browser non lo ha consentito',
  openCard: (l) => `Mostra la scheda contributor di @${l}`,
};

export default itMore;
