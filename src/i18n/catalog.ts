/**
 * The loaded message catalogues. Each language is a chunk of its own, fetched
 * by the entry in parallel with the card view and the data, so a card
 * downloads the sentences of one language only and never waits for them in
 * turn.
 */
import type { SupportedLocale } from './locale.js';
import type { Messages } from './messages.js';

/** One loader per language: the dynamic import is what makes each its own chunk. */
const LOADERS: Record<SupportedLocale, () => Promise<Messages>> = {
  en: () => import('./messages/en.js').then((m) => m.en),
  ar: () => import('./messages/ar.js').then((m) => m.ar),
  bn: () => import('./messages/bn.js').then((m) => m.bn),
  de: () => import('./messages/de.js').then((m) => m.de),
  es: () => import('./messages/es.js').then((m) => m.es),
  fr: () => import('./messages/fr.js').then((m) => m.fr),
  hi: () => import('./messages/hi.js').then((m) => m.hi),
  id: () => import('./messages/id.js').then((m) => m.id),
  it: () => import('./messages/it.js').then((m) => m.it),
  ja: () => import('./messages/ja.js').then((m) => m.ja),
  ko: () => import('./messages/ko.js').then((m) => m.ko),
  pl: () => import('./messages/pl.js').then((m) => m.pl),
  'pt-BR': () => import('./messages/pt-BR.js').then((m) => m.ptBR),
  ru: () => import('./messages/ru.js').then((m) => m.ru),
  uk: () => import('./messages/uk.js').then((m) => m.uk),
  vi: () => import('./messages/vi.js').then((m) => m.vi),
  'zh-CN': () => import('./messages/zh-CN.js').then((m) => m.zhCN),
  'zh-TW': () => import('./messages/zh-TW.js').then((m) => m.zhTW),
};

const loaded: Partial<Record<SupportedLocale, Messages>> = {};
const loading = new Map<SupportedLocale, Promise<void>>();

/** The messages for a locale if they are loaded. */
export function messagesFor(locale: SupportedLocale): Messages | undefined {
  return loaded[locale];
}

/** Loads a locale's messages, once per page; a failed load may be tried again. */
export function loadMessages(locale: SupportedLocale): Promise<void> {
  if (loaded[locale]) return Promise.resolve();
  let p = loading.get(locale);
  if (!p) {
    p = LOADERS[locale]().then(
      (m) => {
        loaded[locale] = m;
      },
      (e: unknown) => {
        loading.delete(locale);
        throw e;
      },
    );
    loading.set(locale, p);
  }
  return p;
}
