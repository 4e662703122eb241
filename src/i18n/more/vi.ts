/** Vietnamese messages for what a card shows only sometimes (failures, notices, sharing, static cards): a chunk loaded when needed. */
import type { MoreMessages } from '../messages.js';

export const viMore: MoreMessages = {
  reasons: {
    'invalid-user': 'không phải tên đăng nhập GitHub hợp lệ',
    'not-found': 'không tìm thấy',
    organization: 'một tổ chức',
    bot: 'tài khoản bot',
    'not-searchable': 'không thể tìm kiếm',
    'rate-limited': 'đã đạt giới hạn yêu cầu',
    network: 'lỗi mạng',
    timeout: 'không có phản hồi kịp thời',
    http: 'lỗi máy chủ',
    'bad-data': 'phản hồi không đọc được',
    aborted: 'đã hủy',
  },
  sourceUnavailable: (s, r) => `${s} không khả dụng (${r}).`,
  backAt: (t) => `Sẽ hoạt động lại ${t}.`,
  savedCopy: (r) => `Đang hiển thị dữ liệu được lưu ${r}.`,
  notFoundTitle: 'Không tìm thấy người dùng',
  notFound: (l) => `Không tìm thấy người dùng GitHub “${l}”.`,
  notFoundData: 'Không tìm thấy dữ liệu thẻ tại địa chỉ này.',
  notAPersonTitle: 'Không phải người đóng góp',
  organization: (l) => `${l} là một tổ chức trên GitHub, không phải một cá nhân.`,
  bot: (l) => `${l} là tài khoản bot, không phải một cá nhân.`,
  errorTitle: 'Không thể tải thẻ này',
  retry: 'Thử lại',
  svgTitle: (l, name) => `${name ? `${name} (@${l})` : `@${l}`} — thẻ người đóng góp Kubernetes`,
  svgPerson: (l, name, company) => `${name ? `${name} (@${l})` : `@${l}`}${company ? `, ${company}` : ''}.`,
  svgList: (items) => `${items.join('; ')}.`,
  pageRoles: 'Do người tạo thẻ thêm vào',
  share: 'Chia sẻ',
  shareMenu: 'Chia sẻ thẻ này',
  copyEmbed: 'Sao chép mã nhúng',
  copyMarkdown: 'Sao chép ảnh Markdown',
  downloadSvg: 'Tải SVG xuống',
  downloadPng: 'Tải PNG xuống',
  copied: 'Đã sao chép vào bộ nhớ tạm',
  shareFailed: 'Trình duyệt này không cho phép',
  openCard: (l) => `Xem thẻ người đóng góp của @${l}`,
};

export default viMore;
