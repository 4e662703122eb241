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
  'zh-CN': '正在加载贡献者卡片…',
};

const NO_USER: Record<SupportedLocale, string> = {
  en: 'No contributor given: set the user or src attribute.',
  'zh-CN': '未指定贡献者：请设置 user 或 src 属性。',
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

