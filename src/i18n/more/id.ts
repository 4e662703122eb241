/** Indonesian messages for what a card shows only sometimes (failures, notices, sharing, static cards): a chunk loaded when needed. */
import type { MoreMessages } from '../messages.js';

export const idMore: MoreMessages = {
  reasons: {
    'invalid-user': 'bukan login GitHub yang valid',
    'not-found': 'tidak ditemukan',
    organization: 'sebuah organisasi',
    bot: 'akun bot',
    'not-searchable': 'tidak dapat dicari',
    'rate-limited': 'batas permintaan tercapai',
    network: 'galat jaringan',
    timeout: 'tidak ada jawaban tepat waktu',
    http: 'galat server',
    'bad-data': 'jawaban tidak terbaca',
    aborted: 'dibatalkan',
  },
  sourceUnavailable: (s, r) => `${s} tidak tersedia (${r}).`,
  backAt: (t) => `Tersedia lagi ${t}.`,
  savedCopy: (r) => `Menampilkan data yang disimpan ${r}.`,
  notFoundTitle: 'Pengguna tidak ditemukan',
  notFound: (l) => `Pengguna GitHub “${l}” tidak ditemukan.`,
  notFoundData: 'Tidak ada data kartu di alamat ini.',
  notAPersonTitle: 'Bukan kontributor',
  organization: (l) => `${l} adalah organisasi GitHub, bukan perorangan.`,
  bot: (l) => `${l} adalah akun bot, bukan perorangan.`,
  errorTitle: 'Kartu ini tidak dapat dimuat',
  retry: 'Coba lagi',
  svgTitle: (l, name) => `${name ? `${name} (@${l})` : `@${l}`} — kartu kontributor Kubernetes`,
  svgPerson: (l, name, company) => `${name ? `${name} (@${l})` : `@${l}`}${company ? `, ${company}` : ''}.`,
  svgList: (items) => `${items.join('; ')}.`,
  pageRoles: 'Ditambahkan oleh pembuat kartu',
  share: 'Bagikan',
  shareMenu: 'Bagikan kartu ini',
  copyEmbed: 'Salin kode sematan',
  copyMarkdown: 'Salin gambar Markdown',
  downloadSvg: 'Unduh SVG',
  downloadPng: 'Unduh PNG',
  copied: 'Disalin ke papan klip',
  shareFailed: 'Browser ini tidak mengizinkannya',
  openCard: (l) => `Tampilkan kartu kontributor @${l}`,
};

export default idMore;
