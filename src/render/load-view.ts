/**
 * The card view: everything a card needs once its data is known (templates,
 * styles, the card-data validator, the chart's geometry), one chunk loaded
 * once per page, in parallel with the data. The entry holds only this loader,
 * so the first paint and the first request wait for none of it.
 */
import { warmIntl } from '../i18n/warm-intl.js';
import { loadOnce } from '../load-once.js';

export type CardView = typeof import('./view.js');

/** Starts loading the card view, once per page (again only after a failed download); later calls share it. */
export const loadView: () => Promise<CardView> = loadOnce(() => {
  // The view formats dates: `Intl` sets up while it downloads.
  warmIntl();
  return import('./view.js');
});
