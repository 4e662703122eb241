/** English messages for what a card shows only sometimes (failures, notices, sharing, static cards): a chunk loaded when needed. */
import type { MoreMessages } from '../messages.js';

export const enMore: MoreMessages = {
  reasons: {
    'invalid-user': 'that is not a valid GitHub login',
    'not-found': 'not found',
    organization: 'an organization',
    bot: 'a bot account',
    'not-searchable': 'cannot be searched',
    'rate-limited': 'rate limit reached',
    network: 'network error',
    timeout: 'no answer in time',
    http: 'server error',
    'bad-data': 'unreadable answer',
    aborted: 'cancelled',
  },
  sourceUnavailable: (s, r) => `${s} unavailable (${r}).`,
  backAt: (t) => `Back ${t}.`,
  savedCopy: (r) => `Showing its data saved ${r}.`,
  notFoundTitle: 'User not found',
  notFound: (l) => `No GitHub user “${l}” was found.`,
  notFoundData: 'No card data was found at this address.',
  notAPersonTitle: 'Not a contributor',
  organization: (l) => `${l} is a GitHub organization, not a person.`,
  bot: (l) => `${l} is a bot account, not a person.`,
  errorTitle: 'Could not load this card',
  retry: 'Try again',
  svgTitle: (l, name) => `${name ? `${name} (@${l})` : `@${l}`} — Kubernetes contributor card`,
  svgPerson: (l, name, company) => `${name ? `${name} (@${l})` : `@${l}`}${company ? `, ${company}` : ''}.`,
  svgList: (items) => `${items.join('; ')}.`,
  pageRoles: 'Added by the card\'s maker',
  share: 'Share',
  shareMenu: 'Share this card',
  copyEmbed: 'Copy embed code',
  copyMarkdown: 'Copy Markdown image',
  downloadSvg: 'Download SVG',
  downloadPng: 'Download PNG',
  copied: 'Copied to the clipboard',
  shareFailed: 'This browser did not allow it',
  openCard: (l) => `Show the contributor card of @${l}`,
};

export default enMore;
