/**
 * The card's first-paint styles: theme variables, the card box and the
 * skeleton. The loaded card's styles, and the variables only they read (badge
 * tiers, notices), are in `render/view-styles.ts`, which arrives with the card
 * view, so the first paint downloads only these.
 *
 * Public knobs are `--k8s-card-*` custom properties on the host; inside,
 * everything reads private `--_*` variables derived from them,
 * so the internals can change without breaking a page that themes the card
 * (the same split Material Web uses). Colours are chosen for WCAG AA contrast
 * in both themes.
 */
import { css } from 'lit';

export const styles = css`
  :host {
    /* Each colour is light-dark(light, dark); color-scheme picks one, so the
       themes are one list instead of three copies of it. */
    color-scheme: light dark;
    --_bg: var(--k8s-card-bg, light-dark(#ffffff, #161b22));
    --_fg: var(--k8s-card-fg, light-dark(#1b1f24, #e6edf3));
    /* Kubernetes blue (#326ce5, 4.8:1 on white); a lighter tint of it on dark
       backgrounds, where #326ce5 itself is 3.6:1, under AA. */
    --_accent: var(--k8s-card-accent, light-dark(#326ce5, #84a7ef));
    /* The accent line along the card's top edge; \`transparent\` blends the card into its page. */
    --_stripe: var(--k8s-card-stripe, var(--_accent));
    --_border: var(--k8s-card-border, light-dark(#d0d7de, #3d444d));
    --_skeleton: var(--k8s-card-skeleton, light-dark(#eaeef2, #262c36));
    --_radius: var(--k8s-card-radius, 12px);
    /* system-ui is every supported browser's UI font (Segoe UI, San Francisco, Roboto…: the
       names once listed beside it); the rest are fallbacks for glyphs it lacks. */
    --_font: var(--k8s-card-font, system-ui, 'Noto Sans', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif);
    --_width: var(--k8s-card-width, 420px);
    --_min-height: var(--k8s-card-min-height, 340px);

    display: block;
    box-sizing: border-box;
    inline-size: 100%;
    max-inline-size: var(--_width);
    min-inline-size: 280px;
    color: var(--_fg);
    font: 14px/1.45 var(--_font);
    text-align: start;
    contain: content;
    /* The height a card far off screen holds (see :state(far) below): its own once it has been
       laid out (auto: the browser remembers it), else the skeleton's. */
    contain-intrinsic-block-size: auto var(--_min-height);
  }

  :host([theme='light']) {
    color-scheme: light;
  }

  :host([theme='dark']) {
    color-scheme: dark;
  }

  :host([hidden]) {
    display: none;
  }

  /* No rule of the card's draws a pseudo-element: the elements are all there is to size. */
  * {
    box-sizing: border-box;
  }

  .card {
    container-type: inline-size;
    position: relative;
    min-block-size: var(--_min-height);
    padding: 18px 16px 16px;
    border: 1px solid var(--_border);
    border-block-start: 3px solid var(--_stripe);
    border-radius: var(--_radius);
    background: var(--_bg);
    /* Again here, not only on the host: a page rule that reaches the host (\`* { color: … }\`)
       outranks \`:host\`, and would set the card's text in the page's colour on the card's background. */
    color: var(--_fg);
    overflow-wrap: anywhere;
    display: flex;
    flex-direction: column;
    gap: 12px;
  }

  /* Read by screen readers, not shown. Out of the flow (absolute) and on elements the card never
     pads or borders, so the old recipe's margin, padding, border and clip are not needed. */
  .sr-only {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* Identity */
  .identity {
    display: flex;
    gap: 12px;
    align-items: center;
    min-inline-size: 0;
  }

  /* A placeholder ("bone") of the skeleton; before the rules of the shapes it takes (the avatar's
     circle below), which then win at the same specificity. */
  .bone {
    background: var(--_skeleton);
    border-radius: 6px;
  }

  /* Its size and shape, which the skeleton's bone shares; the initials and the image are the view's. */
  .avatar {
    flex: none;
    inline-size: 56px;
    block-size: 56px;
    border-radius: 50%;
  }

  /* The skeleton pulses as one: a single animation per card, not one per bone (a page of 100
     skeletons started ~1,500 animations, ~25 ms of its first style and layout in Chromium). */
  .skeleton,
  .state {
    flex: 1;
    display: flex;
    flex-direction: column;
    gap: 12px;
  }

  .grow {
    flex: 1;
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

  /* Skeleton: the same regions at the same sizes as the loaded card. */
  /* The skeleton pulses as a whole (above); a bone outside one on its own: the inline chip's, or
     a live card's region whose source is still on its way. */
  @media (prefers-reduced-motion: no-preference) {
    .skeleton,
    .bone:not(.skeleton *) {
      animation: pulse 1.4s ease-in-out infinite;
    }
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

  .bone.avatar.small {
    inline-size: 40px;
    block-size: 40px;
  }

  /* The inline variant's placeholder sits in a line of text. */
  .chip-bone {
    display: inline-block;
    inline-size: 9em;
    block-size: 1.3em;
    vertical-align: text-bottom;
    border-radius: 999px;
  }

  :host([variant='inline']) {
    display: inline;
    min-inline-size: 0;
  }

  :host([variant='compact']) {
    --_min-height: var(--k8s-card-min-height, 0px);
    contain-intrinsic-block-size: auto 120px;
  }

  /* Far off screen (off-screen.ts, which comes with the card view): no style, layout or
     paint, a skeleton's pulse included, until the card comes near. */
  :host(:state(far)) {
    content-visibility: auto;
  }

  @keyframes pulse {
    50% {
      opacity: 0.55;
    }
  }

  /* Forced colours paint every background Canvas: a bone, drawn by its background alone,
     would vanish. Its outline is the border (no size change: boxes are border-box). */
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }

    .bone {
      border: 1px solid GrayText;
    }
  }

  /* The no-user state renders before the card view loads. A state is laid out as the skeleton
     is (above), its sentences closer together. */
  .state {
    align-items: flex-start;
    justify-content: center;
    gap: 8px;
  }
`;
