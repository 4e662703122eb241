/**
 * The catalogues of what a card shows only sometimes ({@link MoreMessages}:
 * failures, notices, the share menu, the inline chip's hint, static SVG
 * titles), one chunk per language, loaded when such a thing is to be shown.
 * This loader travels with the card view, not the first paint.
 */
import type { SupportedLocale } from './locale.js';
import type { MoreMessages } from './messages.js';

/** One loader per language: the dynamic import is what makes each its own chunk. */
const LOADERS: Record<SupportedLocale, () => Promise<MoreMessages>> = {
  en: () => import('./more/en.js').then((m) => m.enMore),
  ar: () => import('./more/ar.js').then((m) => m.arMore),
  bn: () => import('./more/bn.js').then((m) => m.bnMore),
  de: () => import('./more/de.js').then((m) => m.deMore),
  es: () => import('./more/es.js').then((m) => m.esMore),
  fr: () => import('./more/fr.js').then((m) => m.frMore),
  hi: () => import('./more/hi.js').then((m) => m.hiMore),
  id: () => import('./more/id.js').then((m) => m.idMore),
  it: () => import('./more/it.js').then((m) => m.itMore),
  ja: () => import('./more/ja.js').then((m) => m.jaMore),
  ko: () => import('./more/ko.js').then((m) => m.koMore),
  pl: () => import('./more/pl.js').then((m) => m.plMore),
  'pt-BR': () => import('./more/pt-BR.js').then((m) => m.ptBRMore),
  ru: () => import('./more/ru.js').then((m) => m.ruMore),
  uk: () => import('./more/uk.js').then((m) => m.ukMore),
  vi: () => import('./more/vi.js').then((m) => m.viMore),
  'zh-CN': () => import('./more/zh-CN.js').then((m) => m.zhCNMore),
  'zh-TW': () => import('./more/zh-TW.js').then((m) => m.zhTWMore),
};

const loaded: Partial<Record<SupportedLocale, MoreMessages>> = {};
const loading = new Map<SupportedLocale, Promise<MoreMessages>>();

/** The locale's sometimes-shown messages if loaded. */
export function moreFor(locale: SupportedLocale): MoreMessages | undefined {
  return loaded[locale];
}

/** Loads them, once per page; a failed load may be tried again. */
export function loadMore(locale: SupportedLocale): Promise<MoreMessages> {
  const known = loaded[locale];
  if (known) return Promise.resolve(known);
  let p = loading.get(locale);
  if (!p) {
    p = LOADERS[locale]().then(
      (m) => (loaded[locale] = m),
      (e: unknown) => {
        loading.delete(locale);
        throw e;
      },
    );
    loading.set(locale, p);
  }
  return p;
}
