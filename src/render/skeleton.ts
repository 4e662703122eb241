/**
 * The loading skeleton. It is the only template in the first-paint bundle:
 * everything else a loaded card needs is in the card-view chunk, fetched in
 * parallel with the data. So it carries its own two sentences instead of the
 * full message catalogue.
 */
import { html } from 'lit';
import type { SupportedLocale } from '../locale.js';

const LOADING: Record<SupportedLocale, string> = {
  en: 'Loading contributor card…',
  'zh-CN': '正在加载贡献者卡片…',
};

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

