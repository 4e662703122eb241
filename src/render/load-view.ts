/**
 * The card view: everything a card needs once its data is known (templates,
 * styles, the card-data validator, the chart's geometry), one chunk loaded
 * once per page, in parallel with the data. The entry holds only this loader,
 * so the first paint and the first request wait for none of it.
 */
export type CardView = typeof import('./view.js');

let view: Promise<CardView> | undefined;

/** Starts loading the card view, once per page; later calls share it. */
export function loadView(): Promise<CardView> {
  view ??= import('./view.js');
  return view;
}
