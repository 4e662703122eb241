/**
 * What a card shows before its data: the loading skeleton, or a sentence
 * asking for a user when it has none. These are the only templates in the
 * first-paint bundle (and what server rendering produces); everything else is
 * in the card-view chunk, fetched in parallel with the data. So they carry
 * their own sentences instead of the full message catalogue.
 */
import { html } from 'lit';
import type { SupportedLocale } from '../i18n/locale.js';

const LOADING: Record<SupportedLocale, string> = {
  en: 'Loading contributor card…',
  ar: 'جارٍ تحميل بطاقة المساهم…',
  bn: 'অবদানকারী কার্ড লোড হচ্ছে…',
  de: 'Mitwirkendenkarte wird geladen…',
  es: 'Cargando la tarjeta de contribuidor…',
  fr: 'Chargement de la carte de contributeur…',
  hi: 'योगदानकर्ता कार्ड लोड हो रहा है…',
  id: 'Memuat kartu kontributor…',
  it: 'Caricamento della scheda contributor…',
  ja: 'コントリビューターカードを読み込み中…',
  ko: '컨트리뷰터 카드를 불러오는 중…',
  pl: 'Wczytywanie karty współtwórcy…',
  'pt-BR': 'Carregando o cartão de colaborador…',
  ru: 'Загрузка карточки участника…',
  uk: 'Завантаження картки учасника…',
  vi: 'Đang tải thẻ người đóng góp…',
  'zh-CN': '正在加载贡献者卡片…',
  'zh-TW': '正在載入貢獻者卡片…',
};

const NO_USER: Record<SupportedLocale, string> = {
  en: 'No contributor given: set the user or src attribute.',
  ar: 'لا مساهم: اضبط user أو src.',
  bn: 'কোনো অবদানকারী নেই: user বা src সেট করুন।',
  de: 'Niemand angegeben: user oder src setzen.',
  es: 'Sin contribuidor: define user o src.',
  fr: 'Aucun contributeur\u00a0: définissez user ou src.',
  hi: 'कोई योगदानकर्ता नहीं: user या src सेट करें।',
  id: 'Tanpa kontributor: atur user atau src.',
  it: 'Nessun contributor: imposta user o src.',
  ja: 'コントリビューター未指定：user か src を設定してください。',
  ko: '컨트리뷰터 미지정: user 또는 src를 설정하세요.',
  pl: 'Brak współtwórcy: ustaw user lub src.',
  'pt-BR': 'Nenhum colaborador: defina user ou src.',
  ru: 'Участник не указан: задайте user или src.',
  uk: 'Учасника не вказано: задайте user або src.',
  vi: 'Chưa có người đóng góp: hãy đặt user hoặc src.',
  'zh-CN': '未指定贡献者：请设置 user 或 src 属性。',
  'zh-TW': '未指定貢獻者：請設定 user 或 src。',
};

/** The card without `user` or `src`. */
export function renderNoUser(locale: SupportedLocale) {
  return html`<div class="state" part="state empty"><p>${NO_USER[locale]}</p></div>`;
}

/** Placeholder regions at the loaded card's sizes, so nothing jumps when data lands. */
export function renderSkeleton(locale: SupportedLocale) {
  return html`<div class="skeleton" part="skeleton" role="status" aria-busy="true">
    <span class="sr-only">${LOADING[locale]}</span>
    <div class="identity" aria-hidden="true">
      <div class="bone avatar"></div>
      <div class="who grow">
        <div class="bone line"></div>
        <div class="bone line short"></div>
      </div>
    </div>
    <div class="totals" aria-hidden="true">
      ${Array.from({ length: 6 }, () => html`<div class="bone total"></div>`)}
    </div>
    <div aria-hidden="true"><div class="bone line short"></div><div class="bone chart"></div></div>
    <div aria-hidden="true"><div class="bone line"></div></div>
  </div>`;
}

