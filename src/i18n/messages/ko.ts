/**
 * Korean messages: a chunk of their own, loaded only by cards under `lang="ko…"`.
 * Korean has no plural forms. Terms follow the Korean Kubernetes glossary and
 * term list (`localization_ko.md`), which write 쿠버네티스; the Korean docs
 * translate the Steering Committee as 운영위원회, and so does the card.
 */
import { formatExact } from '../format.js';
import type { Messages } from '../messages.js';

const locale = 'ko';
const n = (v: number) => formatExact(v, locale);

export const ko: Messages = {
  locale,
  totals: {
    contributions: '기여',
    prsMerged: '병합된 PR',
    prsOpened: '생성한 PR',
    reviews: '리뷰',
    approvals: '승인',
    issues: '이슈',
    commits: '커밋',
    comments: '코멘트',
    repositories: '활동한 리포지터리',
  },
  roles: {
    'steering-member': '운영위원회 위원',
    'steering-liaison': '운영위원회 연락 담당자',
    chair: '의장',
    'tech-lead': '테크 리드',
    lead: '리더',
    'subproject-lead': '하위 프로젝트 리더',
    maintainer: '메인테이너',
    approver: '승인자',
    reviewer: '리뷰어',
    member: '조직 멤버',
    'governing-board': 'CNCF Governing Board 대표',
    emeritus: '명예 멤버',
    other: '역할',
  },
  tiers: { bronze: '브론즈', silver: '실버', gold: '골드', platinum: '플래티넘' },
  badges: {
    steering: { name: '운영위원회', explain: () => '쿠버네티스 운영위원회의 현 위원 또는 전 위원' },
    leadership: { name: '리더', explain: (v) => `리더 역할 ${n(v)}개 담당: 의장, 테크 리드, 하위 프로젝트 리더 또는 운영위원회 연락 담당자` },
    ladder: {
      name: '사다리',
      explain: (v) => `쿠버네티스 컨트리뷰터 사다리: ${['조직 멤버', '리뷰어', '승인자', '하위 프로젝트 리더, 메인테이너 이상'][v - 1] ?? ''}`,
    },
    'merged-prs': { name: '병합', explain: (v, t) => `병합된 풀 리퀘스트 ${n(v)}개(이 등급은 ${n(t)}개부터)` },
    contributions: { name: '컨트리뷰터', explain: (v, t) => `기여 ${n(v)}건(이 등급은 ${n(t)}건부터)` },
    reviews: { name: '리뷰어', explain: (v, t) => `리뷰 ${n(v)}건(이 등급은 ${n(t)}건부터)` },
    veteran: { name: '베테랑', explain: (v, t) => `${n(v)}년째 기여 중(이 등급은 ${n(t)}년부터)` },
    'first-pr': { name: '첫 PR', explain: () => '쿠버네티스에 병합된 풀 리퀘스트 보유' },
  },
  profileLink: (l) => `GitHub의 @${l}`,
  noContributions: (l, p) => (p ? `@${l} 님은 아직 ‘${p}’ 기여가 없습니다.` : `@${l} 님은 아직 쿠버네티스 기여가 없습니다.`),
  belowListing: (l, t) => `@${l}: 지금까지 CNCF DevStats의 기여가 ${n(t)}건 미만입니다. 누구나 여기서 시작합니다.`,
  belowShort: (t) => `<${n(t)}`,
  fewerThan: (t) => `${n(t)} 미만`,
  scopeDevstats: (p) => (p === 'kubernetes' ? '쿠버네티스 GitHub 조직 17곳, CNCF DevStats 집계' : `CNCF DevStats 프로젝트 “${p}”`),
  scopeGithub: (orgs) => `${new Intl.ListFormat(locale, { type: 'conjunction' }).format(orgs)}만 해당(GitHub 검색)`,
  scopeContribcard: 'CNCF ContribCard 집계',
  figuresScope: (s) => `수치 범위: ${s}.`,
  firstMergedPr: '첫 병합 PR',
  firstContribution: '첫 기여',
  ongoing: (p) => `${p}(진행 중)`,
  pointLabel: (p, c) => `${p}: 병합된 PR ${n(c)}개`,
  pointBelow: (p, t) => `${p}: 병합된 PR ${n(t)}개 미만`,
  pointMissing: (p) => `${p}: 데이터 없음`,
  activityBelow: (t, periods) =>
    periods === 1
      ? `최근 릴리스 주기에 병합된 PR이 ${n(t)}개 미만입니다.`
      : `최근 ${n(periods)}번의 릴리스 주기마다 병합된 PR이 ${n(t)}개 미만입니다.`,
  rolesHeading: '역할',
  colon: ': ',
  badgesHeading: '배지',
  totalsHeading: '기여',
  activityHeading: '병합된 PR',
  yearsActive: (y, since) => `${n(y)}년 활동, ${since}년부터`,
  asOf: (d, r) => `${d} 기준 데이터(${r})`,
  sources: '출처',
  termEnds: (m) => `임기 ${m}까지`,
  termEnded: (m) => `임기 ${m} 종료`,
  subproject: (s) => `하위 프로젝트 ${s}`,
  steeringCommittee: '운영위원회',
  activityUnit: { month: '월별', release: '릴리스별' },
  sparklineSummary: (s) =>
    `${s.unit} 병합된 PR: ${s.from}부터 ${s.to}까지 ${n(s.periods)}개 기간 동안 총 ${s.atLeast ? '최소 ' : ''}${n(s.total)}개, 최고치는 ${s.peakPeriod}의 ${n(s.peak)}개.`,
  sourceNames: { github: 'GitHub', devstats: 'CNCF DevStats', community: '쿠버네티스 커뮤니티 파일', contribcard: 'ContribCard', file: '카드 데이터 파일' },
  contributionsToRepos: (c, r) => `기여 ${n(c)}건, 리포지터리 ${n(r)}곳에서 활동`,
  loading: '컨트리뷰터 카드를 불러오는 중…',
  noUser: '컨트리뷰터 미지정: user 또는 src를 설정하세요.',
  unavailable: '카드를 불러오지 못했습니다. 페이지를 새로고침해 다시 시도하세요.',

};

export default ko;
