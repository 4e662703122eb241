/**
 * The catalogues of what a card shows only sometimes ({@link MoreMessages}:
 * failures, notices, the share menu, the inline chip's hint, static SVG
 * titles), one chunk per language, loaded when such a thing is to be shown.
 * This loader travels with the card view, not the first paint.
 */
import type { SupportedLocale } from './locale.js';
import type { MoreMessages } from './messages.js';
import { loadOnceEach } from '../load-once.js';

/** One loader per language: the dynamic import is what makes each its own chunk. */
// Each chunk's default export: one `.then` below, not one per language, in the card view.
const LOADERS: Record<SupportedLocale, () => Promise<{ default: MoreMessages }>> = {
  en: () => import('./more/en.js'),
  ar: () => import('./more/ar.js'),
  bn: () => import('./more/bn.js'),
  de: () => import('./more/de.js'),
  es: () => import('./more/es.js'),
  fr: () => import('./more/fr.js'),
  hi: () => import('./more/hi.js'),
  id: () => import('./more/id.js'),
  it: () => import('./more/it.js'),
  ja: () => import('./more/ja.js'),
  ko: () => import('./more/ko.js'),
  pl: () => import('./more/pl.js'),
  'pt-BR': () => import('./more/pt-BR.js'),
  ru: () => import('./more/ru.js'),
  uk: () => import('./more/uk.js'),
  vi: () => import('./more/vi.js'),
  'zh-CN': () => import('./more/zh-CN.js'),
  'zh-TW': () => import('./more/zh-TW.js'),
};

const loaded: Partial<Record<SupportedLocale, MoreMessages>> = {};

/** The locale's sometimes-shown messages if loaded. */
export function moreFor(locale: SupportedLocale): MoreMessages | undefined {
  return loaded[locale];
}

/** Loads them, once per page; a failed load may be tried again. */
export const loadMore: (locale: SupportedLocale) => Promise<MoreMessages> = loadOnceEach((locale: SupportedLocale) =>
  LOADERS[locale]().then((m) => (loaded[locale] = m.default)),
);
