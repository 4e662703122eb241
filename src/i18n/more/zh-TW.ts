/** Traditional Chinese messages for what a card shows only sometimes (failures, notices, sharing, static cards): a chunk loaded when needed. */
import type { MoreMessages } from '../messages.js';

/**
 * The space Chinese puts after a Latin word before Han ("CNCF DevStats 暂不可用") and not between
 * Han words ("社区文件暂不可用"). Here and in the other Chinese catalogue, not shared: each catalogue
 * is a chunk of its own, and a shared helper would travel in the view every card downloads.
 */
const sp = (name: string) => (/[\x21-\x7e]$/.test(name) ? ' ' : '');

export const zhTWMore: MoreMessages = {
  reasons: {
    'invalid-user': '不是有效的 GitHub 使用者名稱',
    'not-found': '找不到',
    organization: 'GitHub 組織',
    bot: '機器人帳號',
    'not-searchable': '無法搜尋',
    'unknown-project': '沒有此名稱的專案',
    'rate-limited': '已達請求頻率上限',
    network: '網路錯誤',
    timeout: '回應逾時',
    http: '伺服器錯誤',
    'bad-data': '無法讀取的回應',
    aborted: '已取消',
  },
  sourceUnavailable: (s, r) => `${s}${sp(s)}暫時無法使用（${r}）。`,
  notCounted: (s) => `${s}${sp(s)}的統計不包括此帳號。`,
  backAt: (t) => `預計${t}恢復。`,
  savedCopy: (r) => `顯示${r}儲存的資料。`,
  savedOn: (d) => `顯示${d}儲存的資料。`,
  asOfDate: (d) => `資料截至 ${d}`,
  notFoundTitle: '找不到使用者',
  notFound: (l) => `找不到 GitHub 使用者「${l}」。`,
  invalidLogin: (l) => `「${l}」不是有效的 GitHub 使用者名稱。`,
  notFoundData: '此網址沒有卡片資料。',
  notAPersonTitle: '不是貢獻者',
  organization: (l) => `${l} 是 GitHub 組織，不是個人。`,
  bot: (l) => `${l} 是機器人帳號，不是個人。`,
  errorTitle: '無法載入此卡片',
  retry: '重試',
  svgTitle: (l, name) => `${name ? `${name}（@${l}）` : `@${l} `}的 Kubernetes 貢獻者卡片`,
  svgPerson: (l, name, company) => `${name ? `${name}（@${l}）` : `@${l}`}${company ? `，${company}` : ''}。`,
  svgList: (items) => `${items.join('；')}。`,
  pageRoles: '由卡片製作者新增',
  share: '分享',
  shareMenu: '分享此卡片',
  copyEmbed: '複製嵌入程式碼',
  copyMarkdown: '複製 Markdown 圖片',
  downloadSvg: '下載 SVG',
  downloadPng: '下載 PNG',
  copied: '已複製到剪貼簿',
  shareFailed: '此瀏覽器不允許這項操作',
  openCard: (l) => `查看 @${l} 的貢獻者卡片`,
};

export default zhTWMore;
