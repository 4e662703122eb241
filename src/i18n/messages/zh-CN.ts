/** Simplified Chinese messages: a chunk of its own, loaded only by cards under `lang="zh…"`. Chinese has no plural forms. */
import { formatExact } from '../format.js';
import type { Messages } from '../messages.js';

const locale = 'zh-CN';
const n = (v: number) => formatExact(v, locale);

export const zhCN: Messages = {
  locale,
  totals: {
    contributions: '贡献',
    prsMerged: '已合并 PR',
    // Not 提交 PR: 提交 is a commit (the tile beside it).
    prsOpened: '发起的 PR',
    reviews: '评审',
    approvals: '批准',
    issues: 'Issue',
    commits: '提交',
    comments: '评论',
    repositories: '活跃仓库',
  },
  roles: {
    'steering-member': '指导委员会成员',
    'steering-liaison': '指导委员会联络人',
    chair: '主席',
    'tech-lead': '技术负责人',
    lead: '负责人',
    'subproject-lead': '子项目负责人',
    maintainer: '维护者',
    approver: '审批人',
    reviewer: '评审人',
    member: '组织成员',
    'governing-board': 'CNCF 理事会代表',
    emeritus: '荣誉成员',
    other: '角色',
  },
  tiers: { bronze: '铜', silver: '银', gold: '金', platinum: '铂金' },
  badges: {
    steering: { name: '指导委员会', explain: () => '现任或曾任 Kubernetes 指导委员会成员' },
    leadership: { name: '领导者', explain: (v) => `担任 ${n(v)} 个领导角色：主席、技术负责人、子项目负责人或指导委员会联络人` },
    ladder: {
      name: '贡献者阶梯',
      explain: (v) => `Kubernetes 贡献者阶梯：${['组织成员', '评审人', '审批人', '子项目负责人、维护者或更高'][v - 1] ?? ''}`,
    },
    'merged-prs': { name: '合并达人', explain: (v, t) => `已合并 ${n(v)} 个 PR（此等级起点 ${n(t)}）` },
    contributions: { name: '贡献者', explain: (v, t) => `${n(v)} 次贡献（此等级起点 ${n(t)}）` },
    reviews: { name: '评审者', explain: (v, t) => `${n(v)} 次评审（此等级起点 ${n(t)}）` },
    veteran: { name: '老兵', explain: (v, t) => `已贡献 ${n(v)} 年（此等级起点 ${n(t)} 年）` },
    'first-pr': { name: '首个 PR', explain: () => '已有 PR 合并进 Kubernetes' },
  },
  profileLink: (l) => `GitHub 上的 @${l}`,
  noContributions: (l, p) => (p ? `@${l} 还没有“${p}”贡献。` : `@${l} 还没有 Kubernetes 贡献。`),
  belowListing: (l, t) => `@${l}：在 CNCF DevStats 中的贡献目前少于 ${n(t)} 次。每个人都从这里起步。`,
  belowShort: (t) => `<${n(t)}`,
  fewerThan: (t) => `少于 ${n(t)}`,
  scopeDevstats: (p) => (p === 'kubernetes' ? 'Kubernetes 的 17 个 GitHub 组织，由 CNCF DevStats 统计' : `CNCF DevStats 项目“${p}”`),
  // Org names are Latin: spaced from the 和 between them, as from the Chinese around them.
  scopeGithub: (orgs) => `仅限 ${new Intl.ListFormat(locale, { type: 'conjunction' }).format(orgs).replace(/和/g, ' 和 ')}（GitHub 搜索）`,
  scopeContribcard: '由 CNCF ContribCard 统计',
  figuresScope: (s) => `数据范围：${s}。`,
  firstMergedPr: '首个合并的 PR',
  ongoing: (p) => `${p}（进行中）`,
  pointBelow: (p, t) => `${p}：已合并 PR 少于 ${n(t)} 个`,
  pointMissing: (p) => `${p}：暂无数据`,
  activityBelow: (t, periods) =>
    periods === 1 ? `最近一个版本周期合并的 PR 少于 ${n(t)} 个。` : `最近 ${n(periods)} 个版本周期中，每个周期合并的 PR 都少于 ${n(t)} 个。`,
  rolesHeading: '角色',
  colon: '：',
  badgesHeading: '徽章',
  totalsHeading: '贡献',
  activityHeading: '已合并 PR',
  firstContribution: '首次贡献',
  yearsActive: (y, since) => `活跃 ${n(y)} 年，始于 ${since}`,
  asOf: (d, r) => `数据截至 ${d}（${r}）`,
  sources: '数据来源',
  termEnds: (m) => `任期至 ${m}`,
  termEnded: (m) => `任期已于 ${m}结束`,
  subproject: (s) => `子项目 ${s}`,
  steeringCommittee: '指导委员会',
  activityUnit: { month: '每月', release: '每个版本' },
  sparklineSummary: (s) =>
    `${s.unit}已合并 PR：从 ${s.from} 到 ${s.to} 共 ${n(s.periods)} 个周期，合计${s.atLeast ? '至少 ' : ' '}${n(s.total)} 个，峰值为 ${s.peakPeriod} 的 ${n(s.peak)} 个。`,
  pointLabel: (p, c) => `${p}：已合并 ${n(c)} 个 PR`,
  sourceNames: { github: 'GitHub', devstats: 'CNCF DevStats', community: 'Kubernetes 社区文件', contribcard: 'ContribCard', file: '卡片数据文件' },
  contributionsToRepos: (c, r) => `贡献 ${n(c)} 次，活跃于 ${n(r)} 个仓库`,
  loading: '正在加载贡献者卡片…',
  noUser: '未指定贡献者：请设置 user 或 src 属性。',
  unavailable: '无法加载卡片。请刷新页面重试。',

};

export default zhCN;
