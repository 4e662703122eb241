/** Spanish messages for what a card shows only sometimes (failures, notices, sharing, static cards): a chunk loaded when needed. */
import type { MoreMessages } from '../messages.js';

export const esMore: MoreMessages = {
  reasons: {
    'invalid-user': 'no es un nombre de usuario de GitHub válido',
    'not-found': 'no encontrado',
    organization: 'una organización',
    bot: 'una cuenta de bot',
    'not-searchable': 'no se puede buscar',
    'rate-limited': 'límite de solicitudes alcanzado',
    network: 'error de red',
    timeout: 'sin respuesta a tiempo',
    http: 'error del servidor',
    'bad-data': 'respuesta ilegible',
    aborted: 'cancelado',
  },
  sourceUnavailable: (s, r) => `Fuente no disponible: ${s} (${r}).`,
  backAt: (t) => `Volverá a estar disponible ${t}.`,
  savedCopy: (r) => `Se muestran sus datos guardados ${r}.`,
  notFoundTitle: 'Usuario no encontrado',
  notFound: (l) => `No se encontró ningún usuario de GitHub «${l}».`,
  notFoundData: 'No se encontraron datos de tarjeta en esta dirección.',
  notAPersonTitle: 'No es un contribuidor',
  organization: (l) => `${l} es una organización de GitHub, no una persona.`,
  bot: (l) => `${l} es una cuenta de bot, no una persona.`,
  errorTitle: 'No se pudo cargar esta tarjeta',
  retry: 'Reintentar',
  svgTitle: (l, name) => `${name ? `${name} (@${l})` : `@${l}`} — tarjeta de contribuidor de Kubernetes`,
  svgPerson: (l, name, company) => `${name ? `${name} (@${l})` : `@${l}`}${company ? `, ${company}` : ''}.`,
  svgList: (items) => `${items.join('; ')}.`,
  pageRoles: 'Añadido por quien creó la tarjeta',
  share: 'Compartir',
  shareMenu: 'Compartir esta tarjeta',
  copyEmbed: 'Copiar código para insertar',
  copyMarkdown: 'Copiar imagen en Markdown',
  downloadSvg: 'Descargar SVG',
  downloadPng: 'Descargar PNG',
  copied: 'Copiado al portapapeles',
  shareFailed: 'Este navegador no lo permitió',
  openCard: (l) => `Mostrar la tarjeta de contribuidor de @${l}`,
};

export default esMore;
