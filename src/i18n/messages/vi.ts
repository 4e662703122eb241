/**
 * Vietnamese messages: a chunk of their own, loaded only by cards under `lang="vi…"`.
 * Vietnamese has no plural forms. Role names follow the Vietnamese Kubernetes
 * glossary, which keeps Reviewer and maintainer in English; Steering Committee
 * stays in English.
 */
import { formatExact } from '../format.js';
import type { Messages } from '../messages.js';

const locale = 'vi';
const n = (v: number) => formatExact(v, locale);

export const vi: Messages = {
  locale,
  totals: {
    contributions: 'Đóng góp',
    prsMerged: 'PR đã merge',
    prsOpened: 'PR đã mở',
    reviews: 'Review',
    approvals: 'Phê duyệt',
    issues: 'Issue',
    commits: 'Commit',
    comments: 'Bình luận',
    repositories: 'Kho lưu trữ hoạt động',
  },
  roles: {
    'steering-member': 'Thành viên Steering Committee',
    'steering-liaison': 'Người liên lạc của Steering Committee',
    chair: 'Chủ tịch',
    'tech-lead': 'Trưởng nhóm kỹ thuật',
    lead: 'Trưởng nhóm',
    'subproject-lead': 'Trưởng dự án con',
    maintainer: 'Maintainer',
    approver: 'Người phê duyệt',
    reviewer: 'Reviewer',
    member: 'Thành viên tổ chức',
    'governing-board': 'Đại diện tại CNCF Governing Board',
    emeritus: 'Thành viên danh dự',
    other: 'Vai trò',
  },
  tiers: { bronze: 'Đồng', silver: 'Bạc', gold: 'Vàng', platinum: 'Bạch kim' },
  badges: {
    steering: { name: 'Steering', explain: () => 'Đang hoặc từng là thành viên Steering Committee của Kubernetes' },
    leadership: {
      name: 'Lãnh đạo',
      explain: (v) => `Giữ ${n(v)} vai trò lãnh đạo: chủ tịch, trưởng nhóm kỹ thuật, trưởng dự án con hoặc người liên lạc của Steering Committee`,
    },
    ladder: {
      name: 'Bậc thang',
      explain: (v) => `${['Thành viên tổ chức', 'Reviewer', 'Người phê duyệt', 'Trưởng dự án con, maintainer hoặc cao hơn'][v - 1] ?? ''} trên bậc thang người đóng góp của Kubernetes`,
    },
    'merged-prs': { name: 'Merge', explain: (v, t) => `${n(v)} pull request đã merge (hạng này từ ${n(t)})` },
    contributions: { name: 'Người đóng góp', explain: (v, t) => `${n(v)} lượt đóng góp (hạng này từ ${n(t)})` },
    reviews: { name: 'Reviewer', explain: (v, t) => `${n(v)} lượt review (hạng này từ ${n(t)})` },
    veteran: { name: 'Kỳ cựu', explain: (v, t) => `Đã đóng góp ${n(v)} năm (hạng này từ ${n(t)})` },
    'first-pr': { name: 'PR đầu tiên', explain: () => 'Có pull request đã được merge vào Kubernetes' },
  },
  profileLink: (l) => `@${l} trên GitHub`,
  noContributions: (l, p) => (p ? `@${l} chưa có đóng góp nào cho “${p}”.` : `@${l} chưa có đóng góp nào cho Kubernetes.`),
  belowListing: (l, t) => `@${l}: đến nay có ít hơn ${n(t)} lượt đóng góp trên CNCF DevStats. Ai cũng bắt đầu từ đây.`,
  belowShort: (t) => `<${n(t)}`,
  fewerThan: (t) => `ít hơn ${n(t)}`,
  scopeDevstats: (p) => (p === 'kubernetes' ? '17 tổ chức GitHub của Kubernetes, theo thống kê của CNCF DevStats' : `dự án “${p}” của CNCF DevStats`),
  scopeGithub: (orgs) => `chỉ trong ${new Intl.ListFormat(locale, { type: 'conjunction' }).format(orgs)} (tìm kiếm GitHub)`,
  scopeContribcard: 'theo thống kê của CNCF ContribCard',
  figuresScope: (s) => `Số liệu: ${s}.`,
  firstMergedPr: 'PR đầu tiên được merge',
  firstContribution: 'Đóng góp đầu tiên',
  ongoing: (p) => `${p} (đang diễn ra)`,
  pointLabel: (p, c) => `${p}: ${n(c)} PR đã merge`,
  pointBelow: (p, t) => `${p}: ít hơn ${n(t)} PR đã merge`,
  pointMissing: (p) => `${p}: không có dữ liệu`,
  activityBelow: (t, periods) =>
    periods === 1
      ? `Ít hơn ${n(t)} PR đã merge trong chu kỳ phát hành gần nhất.`
      : `Ít hơn ${n(t)} PR đã merge trong mỗi chu kỳ của ${n(periods)} chu kỳ phát hành gần nhất.`,
  rolesHeading: 'Vai trò',
  colon: ': ',
  badgesHeading: 'Huy hiệu',
  totalsHeading: 'Đóng góp',
  activityHeading: 'PR đã merge',
  yearsActive: (y, since) => `${n(y)} năm hoạt động, từ năm ${since}`,
  asOf: (d, r) => `Dữ liệu tính đến ${d} (${r})`,
  sources: 'Nguồn',
  termEnds: (m) => `nhiệm kỳ đến ${m}`,
  termEnded: (m) => `nhiệm kỳ đã kết thúc vào ${m}`,
  subproject: (s) => `dự án con ${s}`,
  steeringCommittee: 'Steering Committee',
  activityUnit: { month: 'mỗi tháng', release: 'mỗi bản phát hành' },
  sparklineSummary: (s) =>
    `PR đã merge ${s.unit}: tổng cộng ${s.atLeast ? 'ít nhất ' : ''}${n(s.total)} trong ${n(s.periods)} kỳ từ ${s.from} đến ${s.to}, cao nhất ${n(s.peak)} vào ${s.peakPeriod}.`,
  sourceNames: { github: 'GitHub', devstats: 'CNCF DevStats', community: 'Tệp cộng đồng Kubernetes', contribcard: 'ContribCard', file: 'Tệp dữ liệu thẻ' },
  contributionsToRepos: (c, r) => `${n(c)} lượt đóng góp, hoạt động trong ${n(r)} kho lưu trữ`,
  loading: 'Đang tải thẻ người đóng góp…',
  noUser: 'Chưa có người đóng góp: hãy đặt user hoặc src.',
  unavailable: 'Không tải được thẻ. Hãy tải lại trang để thử lại.',

};

export default vi;
