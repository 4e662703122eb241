/** Brazilian Portuguese messages for what a card shows only sometimes (failures, notices, sharing, static cards): a chunk loaded when needed. */
import type { MoreMessages } from '../messages.js';

export const ptBRMore: MoreMessages = {
  reasons: {
    'invalid-user': 'não é um login válido do GitHub',
    'not-found': 'não encontrado',
    organization: 'uma organização',
    bot: 'uma conta de bot',
    'not-searchable': 'não pode ser pesquisado',
    'rate-limited': 'limite de requisições atingido',
    network: 'erro de rede',
    timeout: 'sem resposta a tempo',
    http: 'erro do servidor',
    'bad-data': 'resposta ilegível',
    aborted: 'cancelado',
  },
  sourceUnavailable: (s, r) => `Fonte indisponível: ${s} (${r}).`,
  backAt: (t) => `Disponível novamente ${t}.`,
  savedCopy: (r) => `Mostrando os dados salvos ${r}.`,
  notFoundTitle: 'Usuário não encontrado',
  notFound: (l) => `Nenhum usuário do GitHub “${l}” foi encontrado.`,
  notFoundData: 'Nenhum dado de cartão foi encontrado neste endereço.',
  notAPersonTitle: 'Não é um colaborador',
  organization: (l) => `${l} é uma organização do GitHub, não uma pessoa.`,
  bot: (l) => `${l} é uma conta de bot, não uma pessoa.`,
  errorTitle: 'Não foi possível carregar este cartão',
  retry: 'Tentar novamente',
  svgTitle: (l, name) => `${name ? `${name} (@${l})` : `@${l}`} — cartão de colaborador do Kubernetes`,
  svgPerson: (l, name, company) => `${name ? `${name} (@${l})` : `@${l}`}${company ? `, ${company}` : ''}.`,
  svgList: (items) => `${items.join('; ')}.`,
  pageRoles: 'Adicionado por quem criou o cartão',
  share: 'Compartilhar',
  shareMenu: 'Compartilhar este cartão',
  copyEmbed: 'Copiar código de incorporação',
  copyMarkdown: 'Copiar imagem em Markdown',
  downloadSvg: 'Baixar SVG',
  downloadPng: 'Baixar PNG',
  copied: 'Copiado para a área de transferência',
  shareFailed: 'Este navegador não permitiu',
  openCard: (l) => `Mostrar o cartão de colaborador de @${l}`,
};

export default ptBRMore;
