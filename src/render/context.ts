import type { SupportedLocale } from '../i18n/locale.js';
import type { Messages, MoreMessages } from '../i18n/messages.js';

/** What every region's template needs besides the data: the language and "now". */
export interface RenderContext {
  locale: SupportedLocale;
  msg: Messages;
  /** The sometimes-shown sentences (failures, notices, sharing), once loaded. */
  more?: MoreMessages;
  /** Epoch ms used for relative times; passed in so templates stay pure. */
  now: number;
}

/** A context whose sometimes-shown sentences are loaded: what failures, notices and static cards need. */
export type MoreContext = RenderContext & {
  more: MoreMessages;
  /**
   * The failure answers the reader's "Try again": it is announced, `role="alert"`.
   * A failure that comes with the page's load is not: a page of cards over GitHub's
   * hourly limit interrupted a screen reader once a card.
   */
  alert?: boolean;
};
