/**
 * Placeholders ("bones") of the card's regions, at the sizes the loaded
 * regions take, so nothing jumps when data lands: the whole skeleton before
 * any data, and single regions while their source is still on its way (a
 * live card shows GitHub's part first and fills in DevStats' and the roles as
 * they arrive). Hidden from assistive technology: the card is `aria-busy`.
 */
import { html } from 'lit';

/** The totals grid: six tiles. */
export const totalsBones = () =>
  // Six written out rather than mapped: one template instance instead of seven, on every skeleton.
  html`<div class="totals" aria-hidden="true"><div class="bone total"></div><div class="bone total"></div><div class="bone total"></div><div class="bone total"></div><div class="bone total"></div><div class="bone total"></div></div>`;

/** A heading line and the chart. */
export const chartBones = () => html`<div aria-hidden="true"><div class="bone line short"></div><div class="bone chart"></div></div>`;

/** One line of text (the first contribution, the roles, the badges). */
export const lineBone = (short = false) => html`<div aria-hidden="true"><div class="bone line${short ? ' short' : ''}"></div></div>`;
