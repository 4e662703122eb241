/**
 * Every sentence the card shows, in each supported language. Kept as plain
 * data plus small functions (no i18n runtime) because the card has a few
 * dozen strings and must stay small; numbers arrive already formatted by
 * `format.ts`.
 */
import type { BadgeTier, FailureReason, RoleKind, TotalKey } from './model.js';
import type { SupportedLocale } from './locale.js';

export interface Messages {
  totals: Record<TotalKey, string>;
  roles: Record<RoleKind, string>;
  tiers: Record<BadgeTier, string>;
  badges: Record<string, { name: string; explain: (value: string, threshold: string) => string }>;
  reasons: Record<FailureReason, string>;
  sourceUnavailable: (source: string, reason: string) => string;
  backAt: (time: string) => string;
  profileLink: (login: string) => string;
  notFoundTitle: string;
  notFound: (login: string) => string;
  notFoundData: string;
  noContributions: (login: string) => string;
  errorTitle: string;
  retry: string;
  noUser: string;
  rolesHeading: string;
  /** Separator between a label and what follows (": " / "："). */
  colon: string;
  badgesHeading: string;
  totalsHeading: string;
  activityHeading: string;
  firstContribution: string;
  yearsActive: (years: string, from: string) => string;
  asOf: (date: string, relative: string) => string;
  sources: string;
  termEnds: (month: string) => string;
  subproject: (name: string) => string;
  activityUnit: Record<'month' | 'release', string>;
  sparklineSummary: (o: { total: string; peak: string; peakPeriod: string; from: string; to: string; unit: string; n: string }) => string;
  pointLabel: (period: string, count: string) => string;
  sourceNames: Record<string, string>;
  cached: (relative: string) => string;
}

const en: Messages = {
  totals: {
    contributions: 'Contributions',
    prsMerged: 'PRs merged',
    prsOpened: 'PRs opened',
    reviews: 'Reviews',
    approvals: 'Approvals',
    issues: 'Issues',
    commits: 'Commits',
    comments: 'Comments',
    repositories: 'Repositories',
  },
  roles: {
    'steering-member': 'Steering Committee member',
    chair: 'Chair',
    'tech-lead': 'Tech lead',
    'steering-liaison': 'Steering liaison',
    'subproject-lead': 'Subproject lead',
    emeritus: 'Emeritus',
    maintainer: 'Maintainer',
    approver: 'Approver',
    reviewer: 'Reviewer',
    other: 'Role',
  },
  tiers: { bronze: 'Bronze', silver: 'Silver', gold: 'Gold', platinum: 'Platinum' },
  badges: {
    steering: { name: 'Steering', explain: () => 'Serves or served on the Kubernetes Steering Committee' },
    leadership: { name: 'Leader', explain: (v) => `Holds ${v} leadership role(s): chair, tech lead or subproject lead` },
    'merged-prs': { name: 'Merger', explain: (v, t) => `${v} merged pull requests (this tier from ${t})` },
    contributions: { name: 'Contributor', explain: (v, t) => `${v} contributions (this tier from ${t})` },
    reviews: { name: 'Reviewer', explain: (v, t) => `${v} reviews (this tier from ${t})` },
    veteran: { name: 'Veteran', explain: (v, t) => `Contributing for ${v} years (this tier from ${t})` },
    'first-pr': { name: 'First PR', explain: () => 'Has a merged pull request in Kubernetes' },
  },
  reasons: {
    'invalid-user': 'that is not a valid GitHub login',
    'not-found': 'not found',
    'rate-limited': 'rate limit reached',
    network: 'network error',
    timeout: 'no answer in time',
    http: 'server error',
    'bad-data': 'unreadable answer',
    aborted: 'cancelled',
  },
  sourceUnavailable: (s, r) => `${s} unavailable (${r}).`,
  backAt: (t) => `Back ${t}.`,
  profileLink: (l) => `@${l} on GitHub`,
  notFoundTitle: 'User not found',
  notFound: (l) => `No GitHub user “${l}” was found.`,
  notFoundData: 'No card data was found at this address.',
  noContributions: (l) => `@${l} has no Kubernetes contributions yet.`,
  errorTitle: 'Could not load this card',
  retry: 'Try again',
  noUser: 'No contributor given: set the user or src attribute.',
  rolesHeading: 'Roles',
  colon: ': ',
  badgesHeading: 'Badges',
  totalsHeading: 'Contributions',
  activityHeading: 'Merged PRs',
  firstContribution: 'First contribution',
  yearsActive: (n, from) => `${n} years active, since ${from}`,
  asOf: (d, r) => `Data as of ${d} (${r})`,
  sources: 'Sources',
  termEnds: (m) => `term ends ${m}`,
  subproject: (n) => `subproject ${n}`,
  activityUnit: { month: 'per month', release: 'per release' },
  sparklineSummary: (o) =>
    `Merged PRs ${o.unit}: ${o.total} in total over ${o.n} periods from ${o.from} to ${o.to}, peak ${o.peak} in ${o.peakPeriod}.`,
  pointLabel: (p, c) => `${p}: ${c} merged PRs`,
  sourceNames: { github: 'GitHub', devstats: 'CNCF DevStats', community: 'Kubernetes community files', contribcard: 'ContribCard', file: 'Card data file' },
  cached: (r) => `Offline: showing data saved ${r}.`,
};

const zhCN: Messages = {
  totals: {
    contributions: '贡献',
    prsMerged: '已合并 PR',
    prsOpened: '提交 PR',
    reviews: '评审',
    approvals: '批准',
    issues: 'Issue',
    commits: '提交',
    comments: '评论',
    repositories: '仓库',
  },
  roles: {
    'steering-member': '指导委员会成员',
    chair: '主席',
    'tech-lead': '技术负责人',
    'steering-liaison': '指导委员会联络人',
    'subproject-lead': '子项目负责人',
    emeritus: '荣誉成员',
    maintainer: '维护者',
    approver: '审批人',
    reviewer: '评审人',
    other: '角色',
  },
  tiers: { bronze: '铜', silver: '银', gold: '金', platinum: '铂金' },
  badges: {
    steering: { name: '指导委员会', explain: () => '现任或曾任 Kubernetes 指导委员会成员' },
    leadership: { name: '领导者', explain: (v) => `担任 ${v} 个领导角色：主席、技术负责人或子项目负责人` },
    'merged-prs': { name: '合并达人', explain: (v, t) => `已合并 ${v} 个 PR（此等级起点 ${t}）` },
    contributions: { name: '贡献者', explain: (v, t) => `${v} 次贡献（此等级起点 ${t}）` },
    reviews: { name: '评审者', explain: (v, t) => `${v} 次评审（此等级起点 ${t}）` },
    veteran: { name: '老兵', explain: (v, t) => `已贡献 ${v} 年（此等级起点 ${t} 年）` },
    'first-pr': { name: '首个 PR', explain: () => '已有 PR 合并进 Kubernetes' },
  },
  reasons: {
    'invalid-user': '不是有效的 GitHub 用户名',
    'not-found': '未找到',
    'rate-limited': '已达到请求频率上限',
    network: '网络错误',
    timeout: '响应超时',
    http: '服务器错误',
    'bad-data': '无法读取的响应',
    aborted: '已取消',
  },
  sourceUnavailable: (s, r) => `${s} 暂不可用（${r}）。`,
  backAt: (t) => `将于${t}恢复。`,
  profileLink: (l) => `GitHub 上的 @${l}`,
  notFoundTitle: '未找到用户',
  notFound: (l) => `未找到 GitHub 用户“${l}”。`,
  notFoundData: '此地址没有卡片数据。',
  noContributions: (l) => `@${l} 还没有 Kubernetes 贡献。`,
  errorTitle: '无法加载此卡片',
  retry: '重试',
  noUser: '未指定贡献者：请设置 user 或 src 属性。',
  rolesHeading: '角色',
  colon: '：',
  badgesHeading: '徽章',
  totalsHeading: '贡献',
  activityHeading: '已合并 PR',
  firstContribution: '首次贡献',
  yearsActive: (n, from) => `活跃 ${n} 年，始于 ${from}`,
  asOf: (d, r) => `数据截至 ${d}（${r}）`,
  sources: '数据来源',
  termEnds: (m) => `任期至 ${m}`,
  subproject: (n) => `子项目 ${n}`,
  activityUnit: { month: '每月', release: '每个版本' },
  sparklineSummary: (o) =>
    `${o.unit}已合并 PR：从 ${o.from} 到 ${o.to} 共 ${o.n} 个周期，合计 ${o.total} 个，峰值为 ${o.peakPeriod} 的 ${o.peak} 个。`,
  pointLabel: (p, c) => `${p}：已合并 ${c} 个 PR`,
  sourceNames: { github: 'GitHub', devstats: 'CNCF DevStats', community: 'Kubernetes 社区文件', contribcard: 'ContribCard', file: '卡片数据文件' },
  cached: (r) => `离线：显示${r}保存的数据。`,
};

const catalog: Record<SupportedLocale, Messages> = { en, 'zh-CN': zhCN };

/** The messages for a supported locale. */
export function messagesFor(locale: SupportedLocale): Messages {
  return catalog[locale];
}
