/**
 * Styles of the loaded card's regions (identity text, totals, roles, badges,
 * chart, footer, states). They travel in the card-view chunk and are adopted
 * into the shadow root when it arrives; the variables they read (`--_fg`,
 * `--_accent`…) are defined by the first-paint styles in `../element/styles.ts`,
 * except those the first paint never reads (secondary text, the soft accent,
 * the focus ring, badge tiers, notices), defined here.
 */
import { css, unsafeCSS, type CSSResult } from 'lit';
import { styles } from '../element/styles.js';
import { lightDarkFallback } from './light-dark-fallback.js';

const cardStyles = css`
  :host {
    /* The loaded card's colours that its first paint (the skeleton, the states before the view) never reads. */
    --_muted: var(--k8s-card-muted, light-dark(#57606a, #9ea7b3));
    --_accent-soft: var(--k8s-card-accent-soft, light-dark(#eaf0fc, #1c2d4d));
    --_focus: var(--k8s-card-focus, light-dark(#0969da, #4493f8));
    --_warn-bg: var(--k8s-card-warn-bg, light-dark(#fff8c5, #3b2e00));
    --_warn-fg: var(--k8s-card-warn-fg, light-dark(#4d3800, #f2cc60));
    --_tier-bronze: light-dark(#a0522d, #e0a47a);
    --_tier-silver: light-dark(#5c6670, #c3cbd4);
    --_tier-gold: light-dark(#8a6100, #e3b341);
    --_tier-platinum: light-dark(#5a32a3, #c6a7ff);
  }

  /* Long names and companies shrink the column instead of widening the card (bones have no text). */
  .who {
    min-inline-size: 0;
  }

  /* The avatar's initials, under the image; if the image fails to load it is removed and they show. */
  .avatar {
    background: var(--_accent-soft);
    color: var(--_accent);
    display: grid;
    place-items: center;
    font-weight: 700;
    font-size: 20px;
    overflow: hidden;
    position: relative;
  }

  .avatar img {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }

  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 2px;
  }

  /* A badge is focusable through its tabindex. */
  a:focus-visible,
  button:focus-visible,
  [tabindex]:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  /* A link's ring rounded; a badge or a chip keeps its own pill's (the ring follows it). */
  a:focus-visible {
    border-radius: 4px;
  }

  /* The card holds focus while a retry loads (render/states.ts); it is a place, not a control. */
  [part='card'][tabindex]:focus {
    outline: none;
  }

  /* An inline chip that failed: its sentence in the line, in the card's colours (else the
     theme's text colour stood on the page's background: 1.2:1 for a dark card on a light page).
     Here, with the failure states, not in the inline chunk: a failure can show before that
     chunk arrives. */
  .inline-root > .state {
    display: inline;
    padding: 1px 8px;
    border: 1px solid var(--_border);
    border-radius: 10px;
    background: var(--_bg);
    color: var(--_fg);
  }

  .inline-root > .state > * {
    display: inline;
    font-size: inherit;
    margin-inline-end: 4px;
  }

  /* Inside a box that clips its overflow (a long name or login is cut with "…"), the ring is
     drawn inside the link, where it is not cut off. */
  .name a:focus-visible,
  .login a:focus-visible {
    outline-offset: -2px;
  }

  h2,
  h3,
  p,
  ul,
  ol,
  dl,
  dd,
  figure {
    margin: 0;
    padding: 0;
  }

  h3 {
    font-size: 12px;
    font-weight: 600;
    color: var(--_muted);
    text-transform: uppercase;
    letter-spacing: 0.04em;
    margin-block-end: 6px;
  }

  /* Chinese has no case and is not spaced out; nor is Arabic, whose letters join
     (CSS Text 3: letter-spacing is not for cursive scripts). */
  :host(:lang(zh)) h3,
  :host(:lang(ar)) h3 {
    text-transform: none;
    letter-spacing: 0;
  }

  .name {
    font-size: 18px;
    font-weight: 650;
    line-height: 1.25;
    overflow: hidden;
    text-overflow: ellipsis;
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
  }

  .login,
  .company {
    color: var(--_muted);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }

  /* The figure over its label; at the tile's top, so a row's figures line up when one label wraps. */
  .total {
    display: flex;
    flex-direction: column-reverse;
    justify-content: flex-end;
    padding: 6px 8px;
    border-radius: 8px;
    background: var(--_accent-soft);
  }

  /* A label too long for its tile ("Zusammengeführte PRs", "コントリビューション") wraps rather
     than end in "…": hyphenated where the browser knows the language, else a long word anywhere. */
  .total dt {
    font-size: 12px;
    color: var(--_muted);
    overflow-wrap: anywhere;
    hyphens: auto;
  }

  /* A figure is one word: "123,5 тис." broke before its "." at 280 px (Ukrainian, under the
     card's overflow-wrap: anywhere). At its widest (that figure in a 400 px card) it takes 3 px
     of its tile's padding, still inside the tile. */
  .total dd {
    font-size: 18px;
    font-weight: 650;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  .total .mark {
    font-size: 11px;
    font-weight: 400;
    margin-inline-start: 1px;
    color: var(--_muted);
  }

  .lead {
    margin-block-end: 8px;
    font-size: 13px;
    color: var(--_muted);
  }

  .scope-notes {
    display: flex;
    flex-direction: column;
    margin-block-start: 4px;
    font-size: 12px;
    color: var(--_muted);
  }

  .first,
  .years,
  .activity-below {
    color: var(--_muted);
    font-size: 13px;
  }

  /* A date is one word: "2018年3" over "月5日" at 280 px. */
  .first time {
    white-space: nowrap;
  }

  /* Roles: the highest rung first, then the ladder by kind, then the seats beside it */
  .rung {
    margin-block-end: 6px;
    font-size: 14px;
  }

  .rung .role-title {
    font-weight: 650;
    color: var(--_accent);
  }

  .roles .beside {
    margin-block-start: 6px;
  }

  .roles ul,
  .badges ul {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }

  .roles ul {
    flex-direction: column;
    align-items: flex-start;
  }

  .role {
    display: block;
    padding: 3px 10px;
    border: 1px solid var(--_border);
    border-radius: 10px;
    font-size: 12.5px;
    max-inline-size: 100%;
  }

  .role-title {
    font-weight: 600;
  }

  .role.steering-member {
    border-color: var(--_accent);
    background: var(--_accent-soft);
  }

  .role .term,
  .role .sep {
    color: var(--_muted);
  }

  ::slotted([slot='role']) {
    display: inline-block;
    margin-block-start: 6px;
    padding: 3px 10px;
    border: 1px dashed var(--_border);
    border-radius: 10px;
    font-size: 12.5px;
  }

  /* Badges: an emblem (the badge's shape, one ring per tier, in the tier's material) and a name */
  .badge {
    position: relative;
    display: inline-flex;
    align-items: center;
    gap: 6px;
    padding: 2px;
    padding-inline-end: 10px;
    border-radius: 999px;
    background: var(--_accent-soft);
    font-size: 12.5px;
    cursor: help;
  }

  .emblem {
    flex: none;
    inline-size: 28px;
    block-size: 28px;
    fill: none;
    stroke: currentColor;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .emblem .ring {
    stroke-width: 1.1;
  }

  .emblem .shape {
    stroke-width: 1.7;
  }

  .badge .label {
    color: var(--_fg);
  }

  .badge.bronze {
    color: var(--_tier-bronze);
  }
  .badge.silver {
    color: var(--_tier-silver);
  }
  .badge.gold {
    color: var(--_tier-gold);
  }
  .badge.platinum {
    color: var(--_tier-platinum);
  }

  /* The explanation can be hovered (WCAG 1.4.13): it is part of its badge, and a strip over
     the 6 px between them keeps the pointer on the badge on its way up. */
  .tip::after {
    content: '';
    position: absolute;
    inset-inline: 0;
    inset-block-start: 100%;
    block-size: 6px;
  }

  .tip {
    display: none;
    position: absolute;
    inset-block-end: calc(100% + 6px);
    inset-inline-start: 0;
    z-index: 1;
    inline-size: max-content;
    max-inline-size: 220px;
    padding: 6px 8px;
    border-radius: 6px;
    background: var(--_fg);
    color: var(--_bg);
    font-size: 12px;
    line-height: 1.35;
    white-space: normal;
  }

  /* :focus, not :focus-visible: a badge focused by a tap shows its rule too. */
  .badge:hover .tip:not(.off),
  .badge:focus .tip:not(.off) {
    display: block;
  }

  /* Groups, links and dates are isolated runs: in a right-to-left card, "SIG Node"
     must not reorder the punctuation around it, nor a Latin PR title take the day
     of the date after it into its own run. (The name, the login and the company
     are isolated by their own dir, and aligned as the card is.) */
  .role-item,
  .first > *,
  .footer li {
    unicode-bidi: isolate;
  }

  /* Aligned as the card is, whatever their own direction (match-parent, which
     Chromium does not take). */
  .name,
  .login,
  .company {
    text-align: left;
  }

  [dir='rtl'] :is(.name, .login, .company) {
    text-align: right;
  }

  /* Sparkline. Time runs left to right in every language, as on kubernetes.io's
     own charts; the period labels at each end say which end is which. */
  .activity figure {
    position: relative;
  }

  .chart,
  .readout {
    direction: ltr;
  }

  /* The readout's words read in the card's direction ("v1.35: 45 طلب سحب مدموجًا" from the
     right), in its left-to-right row; an end label is never broken inside ("v1." / "35"). */
  .readout > * {
    unicode-bidi: isolate;
  }

  [dir='rtl'] .readout > * {
    direction: rtl;
  }

  .readout span {
    flex: none;
    max-inline-size: 40%;
  }

  .chart {
    display: block;
    position: relative;
    border-radius: 6px;
    touch-action: pan-y;
  }

  .chart svg {
    display: block;
    inline-size: 100%;
    block-size: 56px;
    overflow: visible;
  }

  .chart .line {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2;
    vector-effect: non-scaling-stroke;
  }

  .chart .area {
    fill: var(--_accent-soft);
  }

  /* Dots and the marker: circles in an SVG over the chart's that does not stretch
     (sparkline-view.ts renderPlot). */
  .chart .pins {
    position: absolute;
    inset: 0;
  }

  .chart circle {
    fill: var(--_accent);
  }

  .readout {
    display: flex;
    justify-content: space-between;
    gap: 8px;
    font-size: 12px;
    color: var(--_muted);
    min-block-size: 1.4em;
  }

  /* The live readout and, hidden, every point's readout share one grid cell,
     which is as tall as the tallest of them: moving through the points does not
     move the card below. Measured from the words themselves, not a guessed number
     of lines, it holds in every language, at every width and font size. */
  .readout .now {
    display: grid;
    min-inline-size: 0;
    color: var(--_fg);
    font-weight: 600;
    text-align: center;
  }

  .now > * {
    grid-area: 1 / 1;
  }

  .now div {
    visibility: hidden;
  }

  /* In a narrow card (340 px, where the totals go to two columns) the readout takes a row of its
     own under the end labels, the card's gap between the rows: squeezed between them it was a
     column a few words wide, and its tallest hidden point ("Nov 2026 (so far): 870 PRs merged",
     in four lines or more) left a blank band under the chart at 280 px. */
  @container (max-width: 340px) {
    .readout {
      flex-wrap: wrap;
    }
    /* At most the row: a label longer than that (a hostile file's, thousands of characters)
       wraps inside it. */
    .readout span {
      max-inline-size: 100%;
    }
    .readout .now {
      order: 1;
      flex-basis: 100%;
    }
  }

  /* Footer, notices, states */
  .footer {
    margin-block-start: auto;
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 4px 12px;
    font-size: 12px;
    color: var(--_muted);
  }

  .footer .scope {
    flex-basis: 100%;
  }

  .footer ul {
    list-style: none;
    display: inline-flex;
    flex-wrap: wrap;
    gap: 8px;
  }

  .notice {
    padding: 6px 10px;
    border-radius: 8px;
    background: var(--_warn-bg);
    color: var(--_warn-fg);
    font-size: 12.5px;
  }


  .state h2 {
    font-size: 16px;
  }

  @media (forced-colors: active) {
    .chart .line {
      stroke: CanvasText;
    }
    .chart circle {
      fill: CanvasText;
    }
    .chart .area {
      fill: none;
    }
    .tip {
      border: 1px solid CanvasText;
    }
  }

  button {
    font: inherit;
    padding: 4px 14px;
    border-radius: 6px;
    border: 1px solid var(--_accent);
    background: var(--_accent);
    color: var(--_bg);
    cursor: pointer;
  }
`;

/**
 * The loaded card's styles. Where CSS `light-dark()` is unknown, followed by
 * the colours of these and the first-paint styles resolved per theme
 * (`light-dark-fallback.ts`): the first paint, which has no room for them,
 * shows its skeleton uncoloured there until the view arrives.
 */
export const viewStyles: CSSResult =
  globalThis.CSS?.supports('color', 'light-dark(#000,#fff)') === false
    ? unsafeCSS(cardStyles.cssText + lightDarkFallback(styles.cssText + cardStyles.cssText))
    : cardStyles;
