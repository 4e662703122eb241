/** French messages for what a card shows only sometimes (failures, notices, sharing, static cards): a chunk loaded when needed. */
import type { MoreMessages } from '../messages.js';

export const frMore: MoreMessages = {
  reasons: {
    'invalid-user': 'ce n’est pas un identifiant GitHub valide',
    'not-found': 'introuvable',
    organization: 'une organisation',
    bot: 'un compte de bot',
    'not-searchable': 'recherche impossible',
    'rate-limited': 'limite de requêtes atteinte',
    network: 'erreur réseau',
    timeout: 'pas de réponse à temps',
    http: 'erreur du serveur',
    'bad-data': 'réponse illisible',
    aborted: 'annulé',
  },
  sourceUnavailable: (s, r) => `Source indisponible\u00a0: ${s} (${r}).`,
  backAt: (t) => `De retour ${t}.`,
  savedCopy: (r) => `Affichage de ses données enregistrées ${r}.`,
  notFoundTitle: 'Utilisateur introuvable',
  notFound: (l) => `Aucun utilisateur GitHub «\u00a0${l}\u00a0» n’a été trouvé.`,
  notFoundData: 'Aucune donnée de carte n’a été trouvée à cette adresse.',
  notAPersonTitle: 'Pas un contributeur',
  organization: (l) => `${l} est une organisation GitHub, pas une personne.`,
  bot: (l) => `${l} est un compte de bot, pas une personne.`,
  errorTitle: 'Impossible de charger cette carte',
  retry: 'Réessayer',
  svgTitle: (l, name) => `${name ? `${name} (@${l})` : `@${l}`} — carte de contributeur Kubernetes`,
  svgPerson: (l, name, company) => `${name ? `${name} (@${l})` : `@${l}`}${company ? `, ${company}` : ''}.`,
  svgList: (items) => `${items.join('\u00a0; ')}.`,
  pageRoles: 'Ajouté par l’auteur de la carte',
  share: 'Partager',
  shareMenu: 'Partager cette carte',
  copyEmbed: 'Copier le code d’intégration',
  copyMarkdown: 'Copier l’image Markdown',
  downloadSvg: 'Télécharger le SVG',
  downloadPng: 'Télécharger le PNG',
  copied: 'Copié dans le presse-papiers',
  shareFailed: 'Ce navigateur ne l’a pas permis',
  openCard: (l) => `Afficher la carte de contributeur de @${l}`,
};

export default frMore;
