/** Simplified Chinese messages for what a card shows only sometimes (failures, notices, sharing, static cards): a chunk loaded when needed. */
import type { MoreMessages } from '../messages.js';

/**
 * The space Chinese puts after a Latin word before Han ("CNCF DevStats 暂不可用") and not between
 * Han words ("社区文件暂不可用"). Here and in the other Chinese catalogue, not shared: each catalogue
 * is a chunk of its own, and a shared helper would travel in the view every card downloads.
 */
const sp = (name: string) => (/[\x21-\x7e]$/.test(name) ? ' ' : '');

export const zhCNMore: MoreMessages = {
  reasons: {
    'invalid-user': '不是有效的 GitHub 用户名',
    'not-found': '未找到',
    organization: 'GitHub 组织',
    bot: '机器人账号',
    'not-searchable': '无法搜索',
    'unknown-project': '没有该名称的项目',
    'rate-limited': '已达到请求频率上限',
    network: '网络错误',
    timeout: '响应超时',
    http: '服务器错误',
    'bad-data': '无法读取的响应',
    aborted: '已取消',
  },
  sourceUnavailable: (s, r) => `${s}${sp(s)}暂不可用（${r}）。`,
  notCounted: (s) => `${s}${sp(s)}的统计不包括此账号。`,
  backAt: (t) => `将于${t}恢复。`,
  savedCopy: (r) => `显示${r}保存的数据。`,
  savedOn: (d) => `显示${d}保存的数据。`,
  asOfDate: (d) => `数据截至 ${d}`,
  notFoundTitle: '未找到用户',
  notFound: (l) => `未找到 GitHub 用户“${l}”。`,
  invalidLogin: (l) => `“${l}”不是有效的 GitHub 用户名。`,
  notFoundData: '此地址没有卡片数据。',
  notAPersonTitle: '不是贡献者',
  organization: (l) => `${l} 是 GitHub 组织，不是个人。`,
  bot: (l) => `${l} 是机器人账号，不是个人。`,
  errorTitle: '无法加载此卡片',
  retry: '重试',
  svgTitle: (l, name) => `${name ? `${name}（@${l}）` : `@${l} `}的 Kubernetes 贡献者卡片`,
  svgPerson: (l, name, company) => `${name ? `${name}（@${l}）` : `@${l}`}${company ? `，${company}` : ''}。`,
  svgList: (items) => `${items.join('；')}。`,
  pageRoles: '由卡片制作者添加',
  share: '分享',
  shareMenu: '分享此卡片',
  copyEmbed: '复制嵌入代码',
  copyMarkdown: '复制 Markdown 图片',
  downloadSvg: '下载 SVG',
  downloadPng: '下载 PNG',
  copied: '已复制到剪贴板',
  shareFailed: '此浏览器不允许该操作',
  openCard: (l) => `查看 @${l} 的贡献者卡片`,
};

export default zhCNMore;
