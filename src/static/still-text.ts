/**
 * The words of a still image (the static SVG and PNG), where they differ from
 * the element's. A still card is built once and shown for as long as a README,
 * an article or a slide keeps it, so it says no time relative to when it was
 * made: "Data as of Dec 1, 2026 (this minute)" said so for good, as "Back in
 * 30 minutes" and "saved 2 days ago" would. It gives dates instead.
 */
import { formatDate } from '../i18n/format.js';
import { punctuationOf } from '../i18n/punctuation.js';
import type { CardData } from '../model/model.js';
import type { MoreContext } from '../render/context.js';
import { footerText, noticeTexts, type FooterText } from '../render/details-text.js';

/** The footer, with "Data as of" and the date alone. */
export function stillFooterText(data: CardData, ctx: MoreContext): FooterText {
  const date = data.asOf && formatDate(data.asOf, ctx.locale);
  return { ...footerText(data, ctx), asOf: date ? ctx.more.asOfDate(date) : undefined };
}

/**
 * One sentence per source that failed, without when it will be back (in an
 * image, that time is soon past), and with the date of the saved copy shown.
 */
export function stillNoticeTexts(data: CardData, ctx: MoreContext): string[] {
  const notices = data.notices ?? [];
  const texts = noticeTexts({ ...data, notices: notices.map(({ retryAt: _r, staleSince: _s, ...n }) => n) }, ctx);
  return texts.map((text, i) => {
    const n = notices[i]!;
    // As `failureText`: a source that will never count this login (`not-searchable`) shows no copy.
    const saved = n.reason !== 'not-searchable' && n.staleSince && formatDate(n.staleSince, ctx.locale);
    return saved ? `${text}${punctuationOf(ctx.locale).gap}${ctx.more.savedOn(saved)}` : text;
  });
}
