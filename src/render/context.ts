import type { SupportedLocale } from '../i18n/locale.js';
import type { Messages } from '../i18n/messages.js';

/** What every region's template needs besides the data: the language and "now". */
export interface RenderContext {
  locale: SupportedLocale;
  msg: Messages;
  /** Epoch ms used for relative times; passed in so templates stay pure. */
  now: number;
}
