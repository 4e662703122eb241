/**
 * The card's colours for browsers without CSS `light-dark()` (before Chrome
 * 123, Firefox 120 and Safari 17.5: iOS 17.0–17.4 among them). There a custom
 * property such as `--_bg: var(--k8s-card-bg, light-dark(#fff,#161b22))` is
 * kept as written and is invalid where it is used, so the card lost its
 * background, its accent, its borders and its focus ring. This resolves each
 * pair per theme, from the style sheets' own declarations, so the fallback
 * cannot drift from them. Pure: the element's view decides when to use it.
 */

/** One `light-dark(light, dark)` with plain arguments (the card's are colours). */
const PAIR = /light-dark\(\s*([^,()]+?)\s*,\s*([^,()]+?)\s*\)/g;

/**
 * Rules that set every private variable declared with `light-dark()` in
 * `cssText` to its light value on the host, and to its dark value where the
 * card is dark: `theme="dark"`, or no `theme="light"` on a dark-preferring
 * system (what `color-scheme: light dark` picks where it is understood).
 * Empty when `cssText` has no pair.
 */
export function lightDarkFallback(cssText: string): string {
  const found = cssText.match(/--_[\w-]+\s*:[^;{}]*light-dark\([^;{}]*/g);
  if (!found) return '';
  const side = (i: number) => found.map((d) => d.replace(PAIR, (...m: string[]) => m[i]!).trim()).join(';');
  const dark = side(2);
  return `:host{${side(1)}}:host([theme=dark]){${dark}}@media (prefers-color-scheme:dark){:host(:not([theme=light])){${dark}}}`;
}
