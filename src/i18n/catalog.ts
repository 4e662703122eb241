/**
 * The loaded message catalogues. Each language is a chunk of its own, fetched
 * by the entry in parallel with the card view and the data, so a card
 * downloads the sentences of one language only and never waits for them in
 * turn.
 */
import type { SupportedLocale } from './locale.js';
import type { Messages } from './messages.js';
import { loadOnceEach } from '../load-once.js';

/** One loader per language (each module's default export): the dynamic import is what makes each its own chunk. */
const LOADERS: Record<SupportedLocale, () => Promise<{ default: Messages }>> = {
  en: () => import('./messages/en.js'),
  ar: () => import('./messages/ar.js'),
  bn: () => import('./messages/bn.js'),
  de: () => import('./messages/de.js'),
  es: () => import('./messages/es.js'),
  fr: () => import('./messages/fr.js'),
  hi: () => import('./messages/hi.js'),
  id: () => import('./messages/id.js'),
  it: () => import('./messages/it.js'),
  ja: () => import('./messages/ja.js'),
  ko: () => import('./messages/ko.js'),
  pl: () => import('./messages/pl.js'),
  'pt-BR': () => import('./messages/pt-BR.js'),
  ru: () => import('./messages/ru.js'),
  uk: () => import('./messages/uk.js'),
  vi: () => import('./messages/vi.js'),
  'zh-CN': () => import('./messages/zh-CN.js'),
  'zh-TW': () => import('./messages/zh-TW.js'),
};

/** True for a locale the card has messages for (the same list as `SUPPORTED_LOCALES`, which the type checks). */
export function hasMessages(tag: string): tag is SupportedLocale {
  return Object.hasOwn(LOADERS, tag);
}

const loaded: Partial<Record<SupportedLocale, Messages>> = {};

/** The messages for a locale if they are loaded. */
export function messagesFor(locale: SupportedLocale): Messages | undefined {
  return loaded[locale];
}

/** Loads a locale's messages, once per page; a failed load may be tried again. */
export const loadMessages: (locale: SupportedLocale) => Promise<void> = loadOnceEach((locale: SupportedLocale) =>
  LOADERS[locale]().then(({ default: m }) => {
    loaded[locale] = m;
  }),
);
