/**
 * The card speaks the language of the page around it: `lang` on the element or
 * its closest ancestor, like any other text on the page. Only the languages
 * the card has messages for are used; numbers and dates follow the same
 * choice so a card never mixes an English sentence with Chinese numerals.
 */
import { hasMessages } from './catalog.js';

/**
 * Languages the card has messages for: those of the kubernetes.io
 * localizations, and Traditional Chinese. BCP 47 tags, as `Intl` takes them.
 */
export const SUPPORTED_LOCALES = ['en', 'ar', 'bn', 'de', 'es', 'fr', 'hi', 'id', 'it', 'ja', 'ko', 'pl', 'pt-BR', 'ru', 'uk', 'vi', 'zh-CN', 'zh-TW'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

/** Chinese regions that write Traditional characters when the tag names no script (a subtag, lower-case). */
const TRADITIONAL_REGION = /^(tw|hk|mo)$/;

/**
 * Maps any BCP 47 tag onto a supported locale, case-insensitively: Chinese by
 * script, else by region (`zh-Hant*`, `zh-TW`, `zh-HK`, `zh-MO` → `zh-TW`; any
 * other `zh` → `zh-CN`), every Portuguese onto `pt-BR`, any region or script
 * of another supported language onto that language (`de-AT` → `de`), and
 * anything else onto `en`.
 */
export function matchLocale(tag: string | null | undefined): SupportedLocale {
  const [language = '', ...subtags] = (tag ?? '').trim().toLowerCase().split('-');
  if (language === 'zh') {
    // The script subtag comes before the region (zh-Hant-CN, zh-Hans-HK), so it decides first.
    const script = subtags.find((s) => /^[a-z]{4}$/.test(s));
    if (script) return script === 'hant' ? 'zh-TW' : 'zh-CN';
    return subtags.some((s) => TRADITIONAL_REGION.test(s)) ? 'zh-TW' : 'zh-CN';
  }
  if (language === 'pt') return 'pt-BR';
  // The other locales are tagged by their language alone. (Asked of the message
  // catalogue, whose keys are these locales, so the first paint does not carry
  // the list twice.)
  return hasMessages(language) ? language : 'en';
}

/** Which way a locale's text runs; the card sets it as `dir` on its root. */
export function directionOf(locale: SupportedLocale): 'ltr' | 'rtl' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

/** The nearest element (the element itself first) with `attr`, crossing shadow roots like `:lang()` does. */
function closestWith(el: Element, attr: 'lang' | 'dir'): Element | null {
  for (let node: Node | null = el; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    if (node instanceof Element && node.getAttribute(attr)) return node;
  }
  return null;
}

/** The `lang` in force for an element, crossing shadow roots like the `:lang()` selector. */
export function closestLang(el: Element): string | null {
  return closestWith(el, 'lang')?.getAttribute('lang') ?? null;
}

/**
 * The direction a card runs in: an explicit `dir` on the card or an ancestor
 * at least as close as the one that sets its language, else its language's
 * direction. So `<div lang="ar">` gives right to left inside a page whose
 * `<html dir="ltr">` says nothing about Arabic, and `<div dir="ltr" lang="ar">`
 * still wins.
 */
export function closestDir(el: Element, locale: SupportedLocale): 'ltr' | 'rtl' {
  const withDir = closestWith(el, 'dir');
  const withLang = closestWith(el, 'lang');
  const dir = withDir?.getAttribute('dir')?.toLowerCase();
  const explicit = dir === 'rtl' || dir === 'ltr' ? dir : undefined;
  // `withDir` is as close as `withLang` when it is the same element or inside it.
  if (explicit && (!withLang || withLang === withDir || withLang.contains(withDir!) || isInShadowOf(withDir!, withLang))) return explicit;
  return directionOf(locale);
}

/** True if `inner` is inside a shadow tree hosted (at any depth) under `outer`. */
function isInShadowOf(inner: Node, outer: Element): boolean {
  for (let root = inner.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
    if (outer === root.host || outer.contains(root.host)) return true;
  }
  return false;
}
