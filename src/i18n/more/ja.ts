/** Japanese messages for what a card shows only sometimes (failures, notices, sharing, static cards): a chunk loaded when needed. */
import type { MoreMessages } from '../messages.js';

export const jaMore: MoreMessages = {
  reasons: {
    'invalid-user': '有効なGitHubログイン名ではありません',
    'not-found': '見つかりません',
    organization: '組織アカウント',
    bot: 'botアカウント',
    'not-searchable': '検索できません',
    'rate-limited': 'レート制限に達しました',
    network: 'ネットワークエラー',
    timeout: '時間内に応答がありません',
    http: 'サーバーエラー',
    'bad-data': '読み取れない応答',
    aborted: 'キャンセルされました',
  },
  sourceUnavailable: (s, r) => `${s}を利用できません（${r}）。`,
  backAt: (t) => `${t}に復旧する見込みです。`,
  savedCopy: (r) => `${r}に保存したデータを表示しています。`,
  notFoundTitle: 'ユーザーが見つかりません',
  notFound: (l) => `GitHubユーザー「${l}」は見つかりませんでした。`,
  notFoundData: 'このアドレスにカードデータはありません。',
  notAPersonTitle: 'コントリビューターではありません',
  organization: (l) => `${l}はGitHubの組織で、個人ではありません。`,
  bot: (l) => `${l}はbotアカウントで、個人ではありません。`,
  errorTitle: 'このカードを読み込めませんでした',
  retry: '再試行',
  svgTitle: (l, name) => `${name ? `${name}（@${l}）` : `@${l}`}のKubernetesコントリビューターカード`,
  svgPerson: (l, name, company) => `${name ? `${name}（@${l}）` : `@${l}`}${company ? `、${company}` : ''}。`,
  svgList: (items) => `${items.join('、')}。`,
  pageRoles: 'カード作成者が追加',
  share: '共有',
  shareMenu: 'このカードを共有',
  copyEmbed: '埋め込みコードをコピー',
  copyMarkdown: 'Markdown画像をコピー',
  downloadSvg: 'SVGをダウンロード',
  downloadPng: 'PNGをダウンロード',
  copied: 'クリップボードにコピーしました',
  shareFailed: 'このブラウザでは許可されませんでした',
  openCard: (l) => `@${l}のコントリビューターカードを表示`,
};

export default jaMore;
