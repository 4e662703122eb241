/**
 * Traditional Chinese messages: a chunk of their own, loaded by cards under
 * `lang="zh-TW"`, `zh-HK`, `zh-MO` or `zh-Hant…`. Chinese has no plural forms.
 * Role names follow the zh-tw Kubernetes docs (指導委員會, 批准者, 評審者,
 * 聯絡員); other words are Taiwan's (專案, 社群, 儲存庫, 留言) rather than
 * the mainland words those docs keep from their conversion.
 */
import { formatExact } from '../format.js';
import type { Messages } from '../messages.js';

const locale = 'zh-TW';
const n = (v: number) => formatExact(v, locale);

export const zhTW: Messages = {
  locale,
  totals: {
    contributions: '貢獻',
    prsMerged: '已合併 PR',
    prsOpened: '提出 PR',
    reviews: '評審',
    approvals: '批准',
    issues: 'Issue',
    commits: '提交',
    comments: '留言',
    repositories: '活躍儲存庫',
  },
  roles: {
    'steering-member': '指導委員會成員',
    'steering-liaison': '指導委員會聯絡員',
    chair: '主席',
    'tech-lead': '技術負責人',
    lead: '負責人',
    'subproject-lead': '子專案負責人',
    maintainer: '維護者',
    approver: '批准者',
    reviewer: '評審者',
    member: '組織成員',
    'governing-board': 'CNCF 理事會代表',
    emeritus: '榮譽退休成員',
    other: '角色',
  },
  tiers: { bronze: '銅', silver: '銀', gold: '金', platinum: '白金' },
  badges: {
    steering: { name: '指導委員會', explain: () => '現任或曾任 Kubernetes 指導委員會成員' },
    leadership: { name: '領導者', explain: (v) => `擔任 ${n(v)} 個領導角色：主席、技術負責人、子專案負責人或指導委員會聯絡員` },
    ladder: {
      name: '貢獻者階梯',
      explain: (v) => `Kubernetes 貢獻者階梯：${['組織成員', '評審者', '批准者', '子專案負責人、維護者或更高'][v - 1] ?? ''}`,
    },
    'merged-prs': { name: '合併達人', explain: (v, t) => `已合併 ${n(v)} 個 PR（此等級起點 ${n(t)}）` },
    contributions: { name: '貢獻者', explain: (v, t) => `${n(v)} 次貢獻（此等級起點 ${n(t)}）` },
    reviews: { name: '評審者', explain: (v, t) => `${n(v)} 次評審（此等級起點 ${n(t)}）` },
    veteran: { name: '老將', explain: (v, t) => `已貢獻 ${n(v)} 年（此等級起點 ${n(t)} 年）` },
    'first-pr': { name: '第一個 PR', explain: () => '已有 PR 合併進 Kubernetes' },
  },
  profileLink: (l) => `GitHub 上的 @${l}`,
  noContributions: (l, p) => (p ? `@${l} 還沒有「${p}」貢獻。` : `@${l} 還沒有 Kubernetes 貢獻。`),
  belowListing: (l, t) => `@${l}：在 CNCF DevStats 中的貢獻目前少於 ${n(t)} 次。每個人都是從這裡起步的。`,
  belowShort: (t) => `<${n(t)}`,
  fewerThan: (t) => `少於 ${n(t)}`,
  scopeDevstats: (p) => (p === 'kubernetes' ? 'Kubernetes 的 17 個 GitHub 組織，由 CNCF DevStats 統計' : `CNCF DevStats 專案「${p}」`),
  // Org names are Latin: spaced from the 和 between them, as from the Chinese around them.
  scopeGithub: (orgs) => `僅限 ${new Intl.ListFormat(locale, { type: 'conjunction' }).format(orgs).replace(/和/g, ' 和 ')}（GitHub 搜尋）`,
  scopeContribcard: '由 CNCF ContribCard 統計',
  figuresScope: (s) => `資料範圍：${s}。`,
  firstMergedPr: '第一個合併的 PR',
  firstContribution: '首次貢獻',
  ongoing: (p) => `${p}（進行中）`,
  pointLabel: (p, c) => `${p}：已合併 ${n(c)} 個 PR`,
  pointBelow: (p, t) => `${p}：已合併 PR 少於 ${n(t)} 個`,
  pointMissing: (p) => `${p}：暫無資料`,
  activityBelow: (t, periods) =>
    periods === 1 ? `最近一個版本週期合併的 PR 少於 ${n(t)} 個。` : `最近 ${n(periods)} 個版本週期中，每個週期合併的 PR 都少於 ${n(t)} 個。`,
  rolesHeading: '角色',
  colon: '：',
  badgesHeading: '徽章',
  totalsHeading: '貢獻',
  activityHeading: '已合併 PR',
  yearsActive: (y, since) => `活躍 ${n(y)} 年，自 ${since} 年起`,
  asOf: (d, r) => `資料截至 ${d}（${r}）`,
  sources: '資料來源',
  termEnds: (m) => `任期至 ${m}`,
  termEnded: (m) => `任期已於 ${m}結束`,
  subproject: (s) => `子專案 ${s}`,
  steeringCommittee: '指導委員會',
  activityUnit: { month: '每月', release: '每個版本' },
  sparklineSummary: (s) =>
    `${s.unit}已合併 PR：從 ${s.from} 到 ${s.to} 共 ${n(s.periods)} 個週期，合計${s.atLeast ? '至少 ' : ' '}${n(s.total)} 個，峰值為 ${s.peakPeriod} 的 ${n(s.peak)} 個。`,
  sourceNames: { github: 'GitHub', devstats: 'CNCF DevStats', community: 'Kubernetes 社群檔案', contribcard: 'ContribCard', file: '卡片資料檔' },
  contributionsToRepos: (c, r) => `貢獻 ${n(c)} 次，活躍於 ${n(r)} 個儲存庫`,
  loading: '正在載入貢獻者卡片…',
  noUser: '未指定貢獻者：請設定 user 或 src。',
  unavailable: '無法載入卡片。請重新整理頁面再試一次。',

};

export default zhTW;
