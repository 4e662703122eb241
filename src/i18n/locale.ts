/**
 * The card speaks the language of the page around it: `lang` on the element or
 * its closest ancestor, like any other text on the page. Only the languages
 * the card has messages for are used; numbers and dates follow the same
 * choice so a card never mixes an English sentence with Chinese numerals.
 */

/** Languages the card has messages for. */
export const SUPPORTED_LOCALES = ['en', 'zh-CN'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

/** Maps any BCP 47 tag onto a supported locale (`zh`, `zh-Hans`, `zh-SG` → `zh-CN`). */
export function matchLocale(tag: string | null | undefined): SupportedLocale {
  const t = (tag ?? '').trim().toLowerCase();
  if (t === 'zh' || t.startsWith('zh-cn') || t.startsWith('zh-hans') || t.startsWith('zh-sg')) return 'zh-CN';
  return 'en';
}

/** The `lang` in force for an element, crossing shadow roots like the `:lang()` selector. */
export function closestLang(el: Element): string | null {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
      node = node.parentNode;
    } else if (node instanceof ShadowRoot) {
      node = node.host;
    } else {
      node = node.parentNode;
    }
  }
  return null;
}
