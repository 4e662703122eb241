/** Korean messages for what a card shows only sometimes (failures, notices, sharing, static cards): a chunk loaded when needed. */
import type { MoreMessages } from '../messages.js';

export const koMore: MoreMessages = {
  reasons: {
    'invalid-user': '유효한 GitHub 로그인이 아님',
    'not-found': '찾을 수 없음',
    organization: 'GitHub 조직',
    bot: '봇 계정',
    'not-searchable': '검색할 수 없음',
    'rate-limited': '요청 한도 도달',
    network: '네트워크 오류',
    timeout: '응답 시간 초과',
    http: '서버 오류',
    'bad-data': '읽을 수 없는 응답',
    aborted: '취소됨',
  },
  sourceUnavailable: (s, r) => `${s} 사용 불가(${r}).`,
  backAt: (t) => `${t} 다시 사용할 수 있습니다.`,
  savedCopy: (r) => `${r} 저장된 데이터를 표시합니다.`,
  notFoundTitle: '사용자를 찾을 수 없음',
  notFound: (l) => `GitHub 사용자 “${l}”을(를) 찾을 수 없습니다.`,
  notFoundData: '이 주소에서 카드 데이터를 찾을 수 없습니다.',
  notAPersonTitle: '컨트리뷰터가 아님',
  organization: (l) => `${l}은(는) 개인이 아닌 GitHub 조직입니다.`,
  bot: (l) => `${l}은(는) 개인이 아닌 봇 계정입니다.`,
  errorTitle: '이 카드를 불러올 수 없습니다',
  retry: '다시 시도',
  svgTitle: (l, name) => `${name ? `${name}(@${l})` : `@${l}`} — 쿠버네티스 컨트리뷰터 카드`,
  svgPerson: (l, name, company) => `${name ? `${name}(@${l})` : `@${l}`}${company ? `, ${company}` : ''}.`,
  svgList: (items) => `${items.join('; ')}.`,
  pageRoles: '카드 작성자가 추가함',
  share: '공유',
  shareMenu: '이 카드 공유',
  copyEmbed: '임베드 코드 복사',
  copyMarkdown: 'Markdown 이미지 복사',
  downloadSvg: 'SVG 다운로드',
  downloadPng: 'PNG 다운로드',
  copied: '클립보드에 복사됨',
  shareFailed: '이 브라우저에서 허용하지 않았습니다',
  openCard: (l) => `@${l}의 컨트리뷰터 카드 보기`,
};

export default koMore;
