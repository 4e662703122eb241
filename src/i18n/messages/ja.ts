/**
 * Japanese messages: a chunk of their own, loaded only by cards under `lang="ja…"`.
 * Japanese has no plural forms. Role names follow the Japanese Kubernetes
 * glossary and blog (承認者, レビュアー, チェア, テックリード); Steering
 * Committee stays in English.
 */
import { formatExact } from '../format.js';
import type { Messages } from '../messages.js';

const locale = 'ja';
const n = (v: number) => formatExact(v, locale);

export const ja: Messages = {
  locale,
  totals: {
    contributions: 'コントリビューション',
    prsMerged: 'マージ済みPR',
    prsOpened: '作成したPR',
    reviews: 'レビュー',
    approvals: '承認',
    issues: 'Issue',
    commits: 'コミット',
    comments: 'コメント',
    repositories: '活動したリポジトリ',
  },
  roles: {
    'steering-member': 'Steering Committeeメンバー',
    'steering-liaison': 'Steering Committeeリエゾン',
    chair: 'チェア',
    'tech-lead': 'テックリード',
    lead: 'リード',
    'subproject-lead': 'サブプロジェクトリード',
    maintainer: 'メンテナー',
    approver: '承認者',
    reviewer: 'レビュアー',
    member: '組織メンバー',
    'governing-board': 'CNCF Governing Board代表',
    emeritus: '名誉メンバー',
    other: 'ロール',
  },
  tiers: { bronze: 'ブロンズ', silver: 'シルバー', gold: 'ゴールド', platinum: 'プラチナ' },
  badges: {
    steering: { name: 'Steering', explain: () => 'Kubernetes Steering Committeeの現メンバーまたは元メンバー' },
    leadership: {
      name: 'リーダー',
      explain: (v) => `リーダー職を${n(v)}件担当（チェア、テックリード、サブプロジェクトリード、Steering Committeeリエゾンのいずれか）`,
    },
    ladder: {
      name: 'ラダー',
      explain: (v) => `Kubernetesコントリビューターラダー：${['組織メンバー', 'レビュアー', '承認者', 'サブプロジェクトリード、メンテナー以上'][v - 1] ?? ''}`,
    },
    'merged-prs': { name: 'マージ', explain: (v, t) => `マージ済みのPull Request ${n(v)}件（このランクは${n(t)}件から）` },
    contributions: { name: 'コントリビューター', explain: (v, t) => `コントリビューション${n(v)}件（このランクは${n(t)}件から）` },
    reviews: { name: 'レビュアー', explain: (v, t) => `レビュー${n(v)}件（このランクは${n(t)}件から）` },
    veteran: { name: 'ベテラン', explain: (v, t) => `コントリビュート歴${n(v)}年（このランクは${n(t)}年から）` },
    'first-pr': { name: '初PR', explain: () => 'KubernetesでマージされたPull Requestあり' },
  },
  profileLink: (l) => `GitHubの@${l}`,
  noContributions: (l, p) => (p ? `@${l}には「${p}」へのコントリビューションがまだありません。` : `@${l}にはまだKubernetesへのコントリビューションがありません。`),
  belowListing: (l, t) => `@${l}：CNCF DevStatsでのコントリビューションはまだ${n(t)}件未満です。誰もがここから始めます。`,
  belowShort: (t) => `<${n(t)}`,
  fewerThan: (t) => `${n(t)}未満`,
  scopeDevstats: (p) => (p === 'kubernetes' ? 'KubernetesのGitHub組織17個（CNCF DevStats集計）' : `CNCF DevStatsのプロジェクト「${p}」`),
  scopeGithub: (orgs) => `${new Intl.ListFormat(locale, { type: 'conjunction' }).format(orgs)}のみ（GitHub検索）`,
  scopeContribcard: 'CNCF ContribCard集計',
  figuresScope: (s) => `集計範囲：${s}。`,
  firstMergedPr: '初めてマージされたPR',
  firstContribution: '初めてのコントリビューション',
  ongoing: (p) => `${p}（進行中）`,
  pointLabel: (p, c) => `${p}：マージ済みPR ${n(c)}件`,
  pointBelow: (p, t) => `${p}：マージ済みPR ${n(t)}件未満`,
  pointMissing: (p) => `${p}：データなし`,
  activityBelow: (t, periods) =>
    periods === 1
      ? `直近のリリースサイクルでは、マージ済みPRが${n(t)}件未満です。`
      : `直近${n(periods)}回のリリースサイクルでは、いずれもマージ済みPRが${n(t)}件未満です。`,
  rolesHeading: 'ロール',
  colon: '：',
  badgesHeading: 'バッジ',
  totalsHeading: 'コントリビューション',
  activityHeading: 'マージ済みPR',
  yearsActive: (y, since) => `活動${n(y)}年（${since}年から）`,
  asOf: (d, r) => `${d}時点のデータ（${r}）`,
  sources: 'データソース',
  termEnds: (m) => `任期は${m}まで`,
  termEnded: (m) => `任期は${m}に終了`,
  subproject: (s) => `サブプロジェクト ${s}`,
  steeringCommittee: 'Steering Committee',
  activityUnit: { month: '月ごと', release: 'リリースごと' },
  sparklineSummary: (s) =>
    `${s.unit}のマージ済みPR：${s.from}から${s.to}までの${n(s.periods)}期間で${s.atLeast ? '少なくとも' : ''}合計${n(s.total)}件、ピークは${s.peakPeriod}の${n(s.peak)}件。`,
  sourceNames: { github: 'GitHub', devstats: 'CNCF DevStats', community: 'Kubernetesコミュニティのファイル', contribcard: 'ContribCard', file: 'カードデータファイル' },
  contributionsToRepos: (c, r) => `${n(c)}件のコントリビューション、${n(r)}リポジトリで活動`,
  loading: 'コントリビューターカードを読み込み中…',
  noUser: 'コントリビューター未指定：user か src を設定してください。',
  unavailable: 'カードを読み込めませんでした。ページを再読み込みしてもう一度お試しください。',

};

export default ja;
