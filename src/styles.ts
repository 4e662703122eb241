/**
 * The card's styles. Public knobs are `--k8s-card-*` custom properties on the
 * host; inside, everything reads private `--_*` variables derived from them,
 * so the internals can change without breaking a page that themes the card
 * (the same split Material Web uses). Colours are chosen for WCAG AA contrast
 * in both themes.
 */
import { css } from 'lit';

export const styles = css`
  :host {
    /* Light theme defaults. */
    --_bg: var(--k8s-card-bg, #ffffff);
    --_fg: var(--k8s-card-fg, #1b1f24);
    --_muted: var(--k8s-card-muted, #57606a);
    --_accent: var(--k8s-card-accent, #2456c7);
    --_accent-soft: var(--k8s-card-accent-soft, #e8eefb);
    --_border: var(--k8s-card-border, #d0d7de);
    --_skeleton: var(--k8s-card-skeleton, #eaeef2);
    --_warn-bg: var(--k8s-card-warn-bg, #fff8c5);
    --_warn-fg: var(--k8s-card-warn-fg, #4d3800);
    --_focus: var(--k8s-card-focus, #0969da);
    --_radius: var(--k8s-card-radius, 12px);
    --_font: var(--k8s-card-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif);
    --_width: var(--k8s-card-width, 420px);
    --_min-height: var(--k8s-card-min-height, 340px);
    --_tier-bronze: #a0522d;
    --_tier-silver: #5c6670;
    --_tier-gold: #8a6100;
    --_tier-platinum: #5a32a3;

    display: block;
    box-sizing: border-box;
    inline-size: 100%;
    max-inline-size: var(--_width);
    min-inline-size: 280px;
    color: var(--_fg);
    font: 14px/1.45 var(--_font);
    text-align: start;
    contain: content;
  }

  :host([theme='dark']) {
    --_bg: var(--k8s-card-bg, #161b22);
    --_fg: var(--k8s-card-fg, #e6edf3);
    --_muted: var(--k8s-card-muted, #9ea7b3);
    --_accent: var(--k8s-card-accent, #79a8ff);
    --_accent-soft: var(--k8s-card-accent-soft, #1f2d4a);
    --_border: var(--k8s-card-border, #3d444d);
    --_skeleton: var(--k8s-card-skeleton, #262c36);
    --_warn-bg: var(--k8s-card-warn-bg, #3b2e00);
    --_warn-fg: var(--k8s-card-warn-fg, #f2cc60);
    --_focus: var(--k8s-card-focus, #4493f8);
    --_tier-bronze: #e0a47a;
    --_tier-silver: #c3cbd4;
    --_tier-gold: #e3b341;
    --_tier-platinum: #c6a7ff;
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_bg: var(--k8s-card-bg, #161b22);
      --_fg: var(--k8s-card-fg, #e6edf3);
      --_muted: var(--k8s-card-muted, #9ea7b3);
      --_accent: var(--k8s-card-accent, #79a8ff);
      --_accent-soft: var(--k8s-card-accent-soft, #1f2d4a);
      --_border: var(--k8s-card-border, #3d444d);
      --_skeleton: var(--k8s-card-skeleton, #262c36);
      --_warn-bg: var(--k8s-card-warn-bg, #3b2e00);
      --_warn-fg: var(--k8s-card-warn-fg, #f2cc60);
      --_focus: var(--k8s-card-focus, #4493f8);
      --_tier-bronze: #e0a47a;
      --_tier-silver: #c3cbd4;
      --_tier-gold: #e3b341;
      --_tier-platinum: #c6a7ff;
    }
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .card {
    container-type: inline-size;
    position: relative;
    min-block-size: var(--_min-height);
    padding: 16px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    overflow-wrap: anywhere;
    display: flex;
    flex-direction: column;
    gap: 12px;
  }

  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 2px;
  }

  a:focus-visible,
  button:focus-visible,
  [tabindex]:focus-visible,
  .badge:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 4px;
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

  :host(:lang(zh)) h3 {
    text-transform: none;
    letter-spacing: 0;
  }

  .sr-only {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0, 0, 0, 0);
    white-space: nowrap;
    border: 0;
  }

  /* Identity */
  .identity {
    display: flex;
    gap: 12px;
    align-items: center;
    min-inline-size: 0;
  }

  .avatar {
    flex: none;
    inline-size: 56px;
    block-size: 56px;
    border-radius: 50%;
    background: var(--_accent-soft);
    color: var(--_accent);
    display: grid;
    place-items: center;
    font-weight: 700;
    font-size: 20px;
    overflow: hidden;
  }

  .avatar {
    position: relative;
  }

  /* The image covers the initials; if it fails to load it is removed and they show. */
  .avatar img {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }

  .skeleton {
    display: contents;
  }

  .grow {
    flex: 1;
  }

  .who {
    min-inline-size: 0;
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

  .login a {
    color: var(--_accent);
  }

  /* Totals */
  .totals {
    display: grid;
    grid-template-columns: repeat(3, minmax(0, 1fr));
    gap: 8px;
  }

  @container (max-width: 340px) {
    .totals {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }

  .total {
    display: flex;
    flex-direction: column-reverse;
    padding: 6px 8px;
    border-radius: 8px;
    background: var(--_accent-soft);
  }

  .total dt {
    font-size: 12px;
    color: var(--_muted);
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }

  .total dd {
    font-size: 18px;
    font-weight: 650;
    font-variant-numeric: tabular-nums;
  }

  .first,
  .years {
    color: var(--_muted);
    font-size: 13px;
  }

  /* Roles */
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

  /* Badges */
  .badge {
    position: relative;
    display: inline-flex;
    align-items: center;
    gap: 4px;
    padding: 2px 8px 2px 4px;
    border-radius: 999px;
    border: 1px solid currentColor;
    font-size: 12.5px;
    cursor: help;
  }

  .badge .medal {
    font-size: 13px;
    line-height: 1;
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
    pointer-events: none;
  }

  .badge:hover .tip,
  .badge:focus-visible .tip,
  .badge:focus .tip {
    display: block;
  }

  /* Sparkline */
  .activity figure {
    position: relative;
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

  .chart .dot {
    fill: var(--_bg);
    stroke: var(--_accent);
    stroke-width: 2;
  }

  .marker {
    position: absolute;
    inline-size: 8px;
    block-size: 8px;
    border-radius: 50%;
    background: var(--_bg);
    border: 2px solid var(--_accent);
    pointer-events: none;
  }

  .readout {
    display: flex;
    justify-content: space-between;
    gap: 8px;
    font-size: 12px;
    color: var(--_muted);
    min-block-size: 1.4em;
  }

  .readout output {
    color: var(--_fg);
    font-weight: 600;
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

  .state {
    flex: 1;
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    justify-content: center;
    gap: 8px;
  }

  .state h2 {
    font-size: 16px;
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

  /* Skeleton: the same regions at the same sizes as the loaded card. */
  .bone {
    background: var(--_skeleton);
    border-radius: 6px;
    animation: pulse 1.4s ease-in-out infinite;
  }

  .bone.avatar {
    border-radius: 50%;
  }

  .bone.line {
    block-size: 14px;
    inline-size: 60%;
    margin-block: 4px;
  }

  .bone.line.short {
    inline-size: 35%;
  }

  .bone.total {
    block-size: 52px;
  }

  .bone.chart {
    block-size: 56px;
  }

  @keyframes pulse {
    50% {
      opacity: 0.55;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .bone {
      animation: none;
    }
  }

  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
    .chart .line {
      stroke: CanvasText;
    }
  }
`;
