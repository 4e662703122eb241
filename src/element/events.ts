/**
 * The card's events, as types: `addEventListener('contrib-load', (e) => e.detail…)`
 * type-checks in every consumer (the maps below), the React wrapper takes its
 * prop types from here, and no test casts.
 */
import type { FailedSource } from '../model/load-error.js';
import type { CardData, FailureReason } from '../model/model.js';

/** Detail of the `contrib-error` event. */
export interface ContribErrorDetail {
  /** Why loading failed, e.g. `invalid-user`, `not-found`, `organization`, `bot`, `rate-limited`, `network`, `timeout`, `http` or `bad-data`; never `aborted` (a load the card gave up fires no event). */
  reason: FailureReason;
  /** Which source failed: `file` (a `src` file), `github`, `devstats`, `community`, `contribcard`, or `card` (the card failed in its own code). A failed download of the live sources' chunk is a `network` failure of `github`: the card can reach neither. */
  source: FailedSource;
  /** Technical message, for logs; never shown as HTML. */
  message: string;
}

/** `contrib-load`: the card has its data and shows it; `detail` is the card model. Bubbles, composed. */
export type ContribLoadEvent = CustomEvent<CardData>;

/** `contrib-error`: loading failed and the card shows why; `detail` says which source and why. Bubbles, composed. */
export type ContribErrorEvent = CustomEvent<ContribErrorDetail>;

/** Every event the card fires, by name. */
export interface ContribCardEventMap {
  'contrib-load': ContribLoadEvent;
  'contrib-error': ContribErrorEvent;
}

declare global {
  interface HTMLElementEventMap extends ContribCardEventMap {}
  interface GlobalEventHandlersEventMap extends ContribCardEventMap {}
}
