/**
 * The static SVG's style sheet: the card's two palettes and font stack as CSS
 * classes. Colours come from classes, never attributes, so one document can
 * carry both palettes and switch with `prefers-color-scheme` (theme `auto`);
 * no custom properties, `@import` or `@font-face`, which image viewers and
 * rasterizers (resvg) do not all read, and which could reach the network.
 */

/** The colours of one theme. */
export interface Palette {
  bg: string;
  fg: string;
  muted: string;
  accent: string;
  accentSoft: string;
  border: string;
  warnBg: string;
  warnFg: string;
  bronze: string;
  silver: string;
  gold: string;
  platinum: string;
}

/**
 * The web card's palettes, from the `light-dark()` pairs of
 * `src/element/styles.ts` (`--_bg`, `--_fg`, …), which that module keeps in
 * CSS for the element; `test/unit/svg.test.ts` checks the two agree.
 */
export const PALETTES: Readonly<Record<'light' | 'dark', Palette>> = {
  light: {
    bg: '#ffffff',
    fg: '#1b1f24',
    muted: '#57606a',
    accent: '#326ce5',
    accentSoft: '#eaf0fc',
    border: '#d0d7de',
    warnBg: '#fff8c5',
    warnFg: '#4d3800',
    bronze: '#a0522d',
    silver: '#5c6670',
    gold: '#8a6100',
    platinum: '#5a32a3',
  },
  dark: {
    bg: '#161b22',
    fg: '#e6edf3',
    muted: '#9ea7b3',
    accent: '#84a7ef',
    accentSoft: '#1c2d4d',
    border: '#3d444d',
    warnBg: '#3b2e00',
    warnFg: '#f2cc60',
    bronze: '#e0a47a',
    silver: '#c3cbd4',
    gold: '#e3b341',
    platinum: '#c6a7ff',
  },
};

/**
 * The card's font stack with names rasterizers know: they have no
 * `system-ui`, so common Latin families come before the CJK ones (a CJK font
 * first would set Latin text too, in its own design), and the CJK families
 * cover macOS, Windows, Android and Linux.
 */
export const FONT_STACK =
  "system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','DejaVu Sans','Liberation Sans',Arial," +
  "'Noto Sans CJK SC','PingFang SC','Hiragino Sans GB','Microsoft YaHei','Source Han Sans SC','WenQuanYi Micro Hei',sans-serif";

/** Class names, prefixed so an SVG pasted inline into a page neither takes nor gives styles by a common name. */
export const CLS = {
  card: 'kc-card',
  mask: 'kc-mask',
  muted: 'kc-m',
  accent: 'kc-a',
  soft: 'kc-soft',
  bold: 'kc-b',
  semibold: 'kc-sb',
  name: 'kc-name',
  /** The compact card's name, figures and initials (15 px, bold). */
  compact: 'kc-c',
  /** The compact card's figure labels and footnotes (11 px). */
  tiny: 'kc-xs',
  initials: 'kc-ini',
  value: 'kc-val',
  mark: 'kc-mark',
  heading: 'kc-h',
  small: 'kc-s',
  note: 'kc-n',
  emblem: 'kc-em',
  stripe: 'kc-top',
  ring: 'kc-ring',
  shape: 'kc-shape',
  role: 'kc-r',
  box: 'kc-box',
  boxTop: 'kc-box-top',
  boxPage: 'kc-box-page',
  line: 'kc-line',
  warn: 'kc-warn',
  warnText: 'kc-wt',
  pill: (tier: string) => `kc-${tier}`,
} as const;

const TIERS = ['bronze', 'silver', 'gold', 'platinum'] as const;

/**
 * Rules that are the same in both themes: fonts and sizes (the web card's,
 * from `view-styles.ts`). The card's weight 650 is written 700: resvg reads
 * only the CSS keywords and hundreds, and a font without a 650 draws either
 * as its bold.
 */
function layoutRules(headingSpacing: boolean): string {
  return [
    `text{font-family:${FONT_STACK};font-size:14px}`,
    `.${CLS.bold}{font-weight:700}`,
    `.${CLS.semibold}{font-weight:600}`,
    `.${CLS.name}{font-size:18px;font-weight:700}`,
    `.${CLS.initials}{font-size:20px;font-weight:700}`,
    `.${CLS.compact}{font-size:15px;font-weight:700}`,
    `.${CLS.tiny}{font-size:11px}`,
    `.${CLS.value}{font-size:18px;font-weight:700}`,
    `.${CLS.mark}{font-size:11px;font-weight:400}`,
    `.${CLS.heading}{font-size:12px;font-weight:600${headingSpacing ? ';letter-spacing:.04em' : ''}}`,
    `.${CLS.small}{font-size:12px}`,
    `.${CLS.note}{font-size:13px}`,
    `.${CLS.role}{font-size:12.5px}`,
    `.${CLS.line}{fill:none;stroke-width:2;stroke-linejoin:round;stroke-linecap:round}`,
    `.${CLS.boxPage}{stroke-dasharray:4 3}`,
    `.${CLS.emblem}{stroke-linecap:round;stroke-linejoin:round}`,
    `.${CLS.ring}{stroke-width:1.1}`,
    `.${CLS.shape}{stroke-width:1.7}`,
    `.${CLS.stripe}{fill:none;stroke-width:3;stroke-linecap:round}`,
  ].join('');
}

/** Rules that colour: one palette's worth. */
function paletteRules(p: Palette): string {
  return [
    `text{fill:${p.fg}}`,
    `.${CLS.card}{fill:${p.bg};stroke:${p.border}}`,
    `.${CLS.mask}{fill:${p.bg}}`,
    `.${CLS.muted}{fill:${p.muted}}`,
    `.${CLS.accent}{fill:${p.accent}}`,
    `.${CLS.soft}{fill:${p.accentSoft}}`,
    `.${CLS.box},.${CLS.boxPage}{fill:none;stroke:${p.border}}`,
    `.${CLS.boxTop}{fill:${p.accentSoft};stroke:${p.accent}}`,
    `.${CLS.line},.${CLS.stripe}{stroke:${p.accent}}`,
    `.${CLS.warn}{fill:${p.warnBg}}`,
    `.${CLS.warnText}{fill:${p.warnFg}}`,
    ...TIERS.map((t) => `.${CLS.pill(t)}{fill:none;stroke:${p[t]}}`),
  ].join('');
}

/**
 * The id of one SVG document: `kc-` and an FNV-1a hash of what it was drawn
 * from. Its style sheet and its title's and description's ids hang under it,
 * so SVGs pasted inline into one page (a light and a dark card, two people)
 * neither restyle each other nor the page's own SVG text, and each names
 * itself, not the first card's title. Derived from the inputs, not random, so
 * the same card gives the same bytes; two identical cards share an id and
 * their identical title.
 */
export function documentId(source: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < source.length; i++) h = Math.imul(h ^ source.charCodeAt(i), 0x01000193);
  return `kc-${(h >>> 0).toString(16).padStart(8, '0')}`;
}

/** Each rule of `rules` (`sel,sel{…}`…, no nesting) with its selectors under `#scope`. */
function under(scope: string, rules: string): string {
  return rules.replace(/([^{}]+)\{/g, (_, selectors: string) => `${selectors.split(',').map((s) => `#${scope} ${s}`).join(',')}{`);
}

/**
 * The style sheet for a theme: `light` and `dark` carry their palette only;
 * `auto` carries the light one and the dark one under
 * `@media (prefers-color-scheme: dark)`, which browsers apply to an SVG shown
 * as an image too (a rasterizer without media queries draws it light).
 * `headingSpacing`: the headings' letter spacing, as {@link headingSpacing}
 * says for the card's language. `scope`: the document's id ({@link documentId}),
 * which every rule's selectors are put under.
 */
export function styleSheet(theme: 'light' | 'dark' | 'auto', headingSpacing: boolean, scope: string): string {
  const colours =
    theme === 'auto'
      ? `${under(scope, paletteRules(PALETTES.light))}@media (prefers-color-scheme: dark){${under(scope, paletteRules(PALETTES.dark))}}`
      : under(scope, paletteRules(PALETTES[theme]));
  return under(scope, layoutRules(headingSpacing)) + colours;
}

/**
 * Whether a language's headings are letter-spaced, as the web card's are
 * (`render/view-styles.ts`): not Chinese (the card's `:lang(zh)` rule), nor
 * Arabic, whose letters join, and spacing them apart breaks the joins (CSS
 * Text 3, `letter-spacing`: cursive scripts do not take it).
 */
export function headingSpacing(locale: string): boolean {
  return !locale.startsWith('zh') && locale !== 'ar';
}
