/**
 * Indonesian messages: a chunk of their own, loaded only by cards under `lang="id…"`.
 * Indonesian has no plural forms. Role names follow the Indonesian Kubernetes
 * glossary (`localization_id.md`); Steering Committee stays in English, as
 * the Indonesian community writes it.
 */
import { formatExact } from '../format.js';
import type { Messages } from '../messages.js';

const locale = 'id';
const n = (v: number) => formatExact(v, locale);

export const id: Messages = {
  locale,
  totals: {
    contributions: 'Kontribusi',
    prsMerged: 'PR digabungkan',
    prsOpened: 'PR dibuka',
    reviews: 'Ulasan',
    approvals: 'Persetujuan',
    issues: 'Isu',
    commits: 'Commit',
    comments: 'Komentar',
    repositories: 'Repositori aktif',
  },
  roles: {
    'steering-member': 'Anggota Steering Committee',
    'steering-liaison': 'Penghubung Steering Committee',
    chair: 'Ketua',
    'tech-lead': 'Pemimpin Teknis',
    lead: 'Pemimpin',
    'subproject-lead': 'Pemimpin Subproyek',
    maintainer: 'Pengelola',
    approver: 'Pemberi Persetujuan',
    reviewer: 'Pengulas',
    member: 'Anggota Organisasi',
    'governing-board': 'Perwakilan di CNCF Governing Board',
    emeritus: 'Emeritus',
    other: 'Peran',
  },
  tiers: { bronze: 'Perunggu', silver: 'Perak', gold: 'Emas', platinum: 'Platinum' },
  badges: {
    steering: { name: 'Steering', explain: () => 'Sedang atau pernah menjabat di Steering Committee Kubernetes' },
    leadership: {
      name: 'Pemimpin',
      explain: (v) => `Memegang ${n(v)} peran kepemimpinan: ketua, pemimpin teknis, pemimpin subproyek, atau penghubung Steering Committee`,
    },
    ladder: {
      name: 'Tangga',
      explain: (v) => `${['Anggota Organisasi', 'Pengulas', 'Pemberi Persetujuan', 'Pemimpin Subproyek, Pengelola, atau lebih tinggi'][v - 1] ?? ''} di tangga kontributor Kubernetes`,
    },
    'merged-prs': { name: 'Penggabung', explain: (v, t) => `${n(v)} pull request digabungkan (tingkat ini mulai dari ${n(t)})` },
    contributions: { name: 'Kontributor', explain: (v, t) => `${n(v)} kontribusi (tingkat ini mulai dari ${n(t)})` },
    reviews: { name: 'Pengulas', explain: (v, t) => `${n(v)} ulasan (tingkat ini mulai dari ${n(t)})` },
    veteran: { name: 'Veteran', explain: (v, t) => `Berkontribusi selama ${n(v)} tahun (tingkat ini mulai dari ${n(t)})` },
    'first-pr': { name: 'PR Pertama', explain: () => 'Punya pull request yang digabungkan di Kubernetes' },
  },
  profileLink: (l) => `@${l} di GitHub`,
  noContributions: (l, p) => (p ? `@${l} belum punya kontribusi ke “${p}”.` : `@${l} belum punya kontribusi ke Kubernetes.`),
  belowListing: (l, t) => `@${l}: sejauh ini kurang dari ${n(t)} kontribusi di CNCF DevStats. Semua orang memulai dari sini.`,
  belowShort: (t) => `<${n(t)}`,
  fewerThan: (t) => `kurang dari ${n(t)}`,
  scopeDevstats: (p) => (p === 'kubernetes' ? '17 organisasi GitHub Kubernetes, menurut hitungan CNCF DevStats' : `proyek CNCF DevStats “${p}”`),
  scopeGithub: (orgs) => `hanya di ${new Intl.ListFormat(locale, { type: 'conjunction' }).format(orgs)} (pencarian GitHub)`,
  scopeContribcard: 'menurut hitungan CNCF ContribCard',
  figuresScope: (s) => `Angka: ${s}.`,
  firstMergedPr: 'PR pertama yang digabungkan',
  firstContribution: 'Kontribusi pertama',
  ongoing: (p) => `${p} (sejauh ini)`,
  pointLabel: (p, c) => `${p}: ${n(c)} PR digabungkan`,
  pointBelow: (p, t) => `${p}: kurang dari ${n(t)} PR digabungkan`,
  pointMissing: (p) => `${p}: tidak tersedia`,
  activityBelow: (t, periods) =>
    periods === 1
      ? `Kurang dari ${n(t)} PR digabungkan pada siklus rilis terakhir.`
      : `Kurang dari ${n(t)} PR digabungkan pada masing-masing dari ${n(periods)} siklus rilis terakhir.`,
  rolesHeading: 'Peran',
  colon: ': ',
  badgesHeading: 'Lencana',
  totalsHeading: 'Kontribusi',
  activityHeading: 'PR digabungkan',
  yearsActive: (y, since) => `Aktif ${n(y)} tahun, sejak ${since}`,
  asOf: (d, r) => `Data per ${d} (${r})`,
  sources: 'Sumber',
  termEnds: (m) => `masa jabatan berakhir ${m}`,
  termEnded: (m) => `masa jabatan telah berakhir pada ${m}`,
  subproject: (s) => `subproyek ${s}`,
  steeringCommittee: 'Steering Committee',
  activityUnit: { month: 'per bulan', release: 'per rilis' },
  sparklineSummary: (s) =>
    `PR digabungkan ${s.unit}: total ${s.atLeast ? 'setidaknya ' : ''}${n(s.total)} selama ${n(s.periods)} periode dari ${s.from} hingga ${s.to}, puncaknya ${n(s.peak)} pada ${s.peakPeriod}.`,
  sourceNames: { github: 'GitHub', devstats: 'CNCF DevStats', community: 'Berkas komunitas Kubernetes', contribcard: 'ContribCard', file: 'Berkas data kartu' },
  contributionsToRepos: (c, r) => `${n(c)} kontribusi, aktif di ${n(r)} repositori`,
  loading: 'Memuat kartu kontributor…',
  noUser: 'Tanpa kontributor: atur user atau src.',
  unavailable: 'Kartu tidak dapat dimuat. Muat ulang halaman untuk mencoba lagi.',

};

export default id;
