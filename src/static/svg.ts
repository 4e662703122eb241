/**
 * The card as one self-contained SVG document: what the CLI writes as
 * `<login>.svg` (and rasterizes to PNG), and what the element will offer as
 * "download SVG". Pure: the same data and options give the same bytes, the
 * clock is read by the caller (`now`), and nothing is fetched, so it runs in
 * Node without a DOM and in the browser as a small lazy chunk (no Lit).
 *
 * Self-contained means an image viewer, GitHub's image proxy or resvg draws
 * it with nothing else: the avatar comes as a `data:` URI the caller already
 * fetched (else the initials show), fonts are the system's (a stack with CJK
 * fallbacks, no `@font-face`), and there is no script, link, `url(…)`
 * reference or `foreignObject`. Every string from the data is escaped by
 * `xml.ts`; text is wrapped and cut by estimated widths (`text-layout.ts`), so
 * nothing overflows the 420 px card whatever its length.
 */
import { computeBadges } from '../model/badges.js';
import type { CardData, TotalKey } from '../model/model.js';
import { highestRung, sortRoles } from '../model/roles-order.js';
import { initials } from '../render/identity-text.js';
import { visibleTotals } from '../render/totals-text.js';
import { hasNothingToCount } from '../model/state.js';
import { cleanText } from '../model/validate.js';
import { directionOf, type SupportedLocale } from '../i18n/locale.js';
import type { Messages, MoreMessages } from '../i18n/messages.js';
import { badgeTexts, type BadgeText } from '../render/badges-text.js';
import type { MoreContext } from '../render/context.js';
import { firstContributionText, yearsText } from '../render/details-text.js';
import { stillFooterText, stillNoticeTexts } from './still-text.js';
import { emptyText } from '../render/empty-text.js';
import { roleText, termText } from '../render/roles-layout.js';
import { activityText, type ActivityText } from '../render/sparkline-text.js';
import { totalsText } from '../render/totals-text.js';
import {
  activityBlock,
  badgesBlock,
  emptyBlock,
  firstContributionLine,
  footerBlock,
  GAP,
  historyBlocks,
  identityBlock,
  noticesBlock,
  PAD,
  rolesBlock,
  stack,
  totalsBlock,
  WIDTH,
} from './svg-regions.js';
import { compactBodyBlocks, compactEmptyBlock, compactHeadBlock, COMPACT_GAP } from './compact-regions.js';
import { mirror } from './mirror.js';
import { CLS, documentId, headingSpacing, styleSheet } from './svg-style.js';
import { ellipsize, graphemes, textWidth, visibleText } from './text-layout.js';
import { el, num, raw, serialize } from './xml.js';
import { punctuationOf } from '../i18n/punctuation.js';

/** How to render a static card. */
export interface SvgOptions {
  /** Language of every sentence, number and date. */
  locale: SupportedLocale;
  /** The loaded message catalogue for `locale`. */
  messages: Messages;
  /** Its sometimes-shown sentences (the title, the page's roles, notices). */
  more: MoreMessages;
  /** `auto`: both palettes, switched by `@media (prefers-color-scheme: dark)` inside the SVG. */
  theme: 'light' | 'dark' | 'auto';
  /** Epoch ms for the badges of data without `asOf` (a still card says no relative time: `still-text.ts`); never read from the clock here. */
  now: number;
  /**
   * The avatar as a `data:` URI (`image/png`, `image/jpeg` or `image/webp`,
   * base64) that the caller fetched and downscaled; anything else, or one over
   * {@link MAX_AVATAR_URI} characters, is ignored and the initials show.
   */
  avatar?: string;
  /**
   * Roles the page supplies (what the element's `role` slot gives a live
   * page), shown after the data's roles under a label saying the page added
   * them. Their `url` is not shown: a static card carries no links.
   */
  extraRoles?: readonly { label: string; url?: string }[];
  /**
   * `full` (the default): the whole card. `compact`: identity, the highest
   * role, three figures and the sparkline. `inline`: a chip (avatar, `@login`,
   * the highest role) to set in a line of text.
   */
  variant?: 'full' | 'compact' | 'inline';
}

/** Longest avatar URI embedded: 64 KB of image in base64, the most the CLI fetches; a 112 px avatar is a few KB. */
export const MAX_AVATAR_URI = 90_000;

const AVATAR_URI = /^data:image\/(?:png|jpeg|webp);base64,[A-Za-z0-9+/]+={0,2}$/;

/** The avatar if it is a base64 image `data:` URI of a format every viewer draws, else undefined. */
export function safeAvatar(uri: string | undefined): string | undefined {
  return uri !== undefined && uri.length <= MAX_AVATAR_URI && AVATAR_URI.test(uri) ? uri : undefined;
}

/** The web card's minimum height; a short card keeps its footer at the bottom, like the web card. */
const MIN_HEIGHT = 340;
/** Longest description: the whole card in words is a few hundred characters, hostile data must not make it megabytes. */
const MAX_DESC = 4000;
const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

/**
 * Renders a card as a standalone SVG document (UTF-8, with its XML
 * declaration), 420 px wide and as tall as its content: identity, notices,
 * totals, history, the merged-PR sparkline, roles (and `extraRoles`), badges
 * and the footer, in `options.theme`. Its `<title>` names the person and its
 * `<desc>` gives the card's figures (exact), roles and badges in words.
 *
 * @param data The card model, as `parseCardData` returns it.
 * @param options Language, messages, theme, "now", and the optional avatar and extra roles.
 * @returns The SVG document as a string.
 */
export function renderCardSvg(data: CardData, options: SvgOptions): string {
  const ctx: MoreContext = { locale: options.locale, msg: options.messages, more: options.more, now: options.now };
  const theme = options.theme === 'light' || options.theme === 'dark' ? options.theme : 'auto';
  const avatar = safeAvatar(options.avatar);
  // The page's labels come from outside the validated model: cleaned like any data text.
  const extra = (options.extraRoles ?? []).map((r) => cleanText(String(r.label))).filter(Boolean);
  const empty = hasNothingToCount(data);
  const badges = empty ? [] : badgeTexts(computeBadges(data, new Date(ctx.now)), ctx);
  const activity = empty ? undefined : activityText(data.activity, ctx);

  const variant = options.variant ?? 'full';
  const rtl = directionOf(ctx.locale) === 'rtl';
  // Not the clock: a card rebuilt tomorrow with the same data and words keeps its bytes (a daily
  // build commits no change). It says no time relative to when it was made (still-text.ts).
  const desc = variant === 'inline' ? '' : describe(data, ctx, badges, activity, extra, MAX_DESC);
  const id = documentId(JSON.stringify([data, variant, theme, ctx.locale, avatar ?? '', extra, desc]));
  if (variant === 'inline') return chipSvg(data, ctx, theme, avatar, rtl, id);
  const top = highestRung(data.roles);
  // Compact: the first three figures the full card shows, and only the highest role.
  // The first three figures, as on the web's compact card: a figure under DevStats' listing
  // threshold is one of them, shown as "<30" (both maps cut to those keys; the whole
  // `totalsBelow` put every hidden figure back: six tiles).
  const first = new Set(visibleTotals(data).slice(0, 3).map((t) => t.key));
  const only = <T extends object>(o: T | undefined) => o && (Object.fromEntries(Object.entries(o).filter(([k]) => first.has(k as TotalKey))) as T);
  const compactTotals = { ...data, totals: only(data.totals)!, totalsBelow: only(data.totalsBelow) };
  const body = stack(
    variant === 'compact'
      ? [
          compactHeadBlock(data, top, avatar, ctx),
          noticesBlock(stillNoticeTexts(data, ctx)),
          ...(empty ? [compactEmptyBlock(emptyText(data, ctx))] : compactBodyBlocks(totalsText(compactTotals, ctx), data.activity?.points ?? [], activity)),
        ]
      : [
          identityBlock(data, avatar),
          noticesBlock(stillNoticeTexts(data, ctx)),
          ...(empty ? [emptyBlock(emptyText(data, ctx))] : [totalsBlock(data, ctx), ...historyBlocks(data, ctx), activityBlock(data.activity?.points ?? [], activity, ctx)]),
          rolesBlock(data.roles, extra, ctx),
          badgesBlock(badges, ctx),
        ],
    variant === 'compact' ? COMPACT_GAP : GAP,
  )!;
  const footer = variant === 'compact' ? undefined : footerBlock(data, ctx);
  const content = body.height + (footer ? GAP + footer.height : 0);
  const height = Math.ceil(Math.max(variant === 'compact' ? 0 : MIN_HEIGHT, content + 2 * PAD));
  // The footer sits at the bottom, as the card's `margin-block-start: auto` puts it.
  const footerTop = height - PAD - (footer?.height ?? 0);
  const m = mirror(rtl, WIDTH);

  const doc = el(
    'svg',
    {
      xmlns: SVG_NS,
      'xmlns:xlink': avatar ? XLINK_NS : undefined,
      width: WIDTH,
      height,
      viewBox: `0 0 ${WIDTH} ${height}`,
      id,
      role: 'img',
      'aria-labelledby': `${id}-t ${id}-d`,
      lang: ctx.locale,
      'xml:lang': ctx.locale,
      direction: 'ltr',
    },
    el('title', { id: `${id}-t` }, clip(visibleText(ctx.more.svgTitle(data.identity.login, data.identity.name)), 300)),
    el('desc', { id: `${id}-d` }, desc),
    el('style', {}, raw(styleSheet(theme, headingSpacing(ctx.locale), id))),
    el('rect', { class: CLS.card, x: 0.5, y: 0.5, width: WIDTH - 1, height: height - 1, rx: 11.5 }),
    // The card's accent along its top edge, kept to the straight part between the rounded corners.
    el('path', { class: CLS.stripe, d: `M13 1.5H${WIDTH - 13}` }),
    body.draw(PAD, m),
    footer?.draw(footerTop, m),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serialize(doc)}\n`;
}

/**
 * The chip's room for its login: any login GitHub allows (39 characters, the widest letters
 * included), as the element's chip shows it whole (it was cut at 220 px, ~25 characters).
 * (+1: the wrap adds each letter's estimate, a hair over this one sum.)
 */
const LOGIN_MAX = Math.ceil(textWidth(`@${'W'.repeat(39)}`, { size: 14 })) + 1;

/** The inline variant: a chip, sized to its text. */
function chipSvg(data: CardData, ctx: MoreContext, theme: 'light' | 'dark' | 'auto', avatar: string | undefined, rtl: boolean, id: string): string {
  const top = highestRung(data.roles);
  const login = `@${data.identity.login}`;
  const role = top ? ctx.msg.roles[top.kind] : '';
  const H = 28;
  const loginW = Math.min(LOGIN_MAX, textWidth(login, { size: 14 }));
  const roleW = role ? Math.min(200, textWidth(role, { size: 12.5 })) : 0;
  const w = Math.ceil(4 + 20 + 6 + loginW + (role ? 6 + roleW : 0) + 10);
  const m = mirror(rtl, w);
  const cx = m.x(14);
  // One piece a <text>: the login, then the role after it in the chip's direction.
  const line = (text: string, x: number, y: number, cls: string, own?: boolean) =>
    el('text', { x: m.x(x), y, class: cls, 'text-anchor': m.anchor('start') }, m.embed([{ text, own }])[0]!.text);
  const doc = el(
    'svg',
    { xmlns: SVG_NS, 'xmlns:xlink': avatar ? XLINK_NS : undefined, width: w, height: H, viewBox: `0 0 ${w} ${H}`, id, role: 'img', 'aria-labelledby': `${id}-t`, lang: ctx.locale, 'xml:lang': ctx.locale, direction: 'ltr' },
    el('title', { id: `${id}-t` }, clip(visibleText(`${login}${role ? ` · ${role}` : ''}`), 300)),
    el('style', {}, raw(styleSheet(theme, headingSpacing(ctx.locale), id))),
    el('rect', { class: CLS.card, x: 0.5, y: 0.5, width: w - 1, height: H - 1, rx: (H - 1) / 2 }),
    el('circle', { class: CLS.soft, cx, cy: H / 2, r: 10 }),
    el('text', { x: cx, y: H / 2 + 3.5, class: `${CLS.bold} ${CLS.small}`, 'text-anchor': 'middle' }, initials(data.identity)),
    // The avatar over the initials, round by a ring of the chip's colour over its corners (no
    // clip path: nothing to reference). 18 px, not the circle's 20: a square of 20 would reach
    // past the chip's rounded end.
    ...(avatar
      ? [
          el('image', { x: cx - 9, y: 5, width: 18, height: 18, preserveAspectRatio: 'xMidYMid slice', 'xlink:href': avatar }),
          el('path', { class: CLS.mask, 'fill-rule': 'evenodd', d: `M${num(cx - 12.8)},14a12.8,12.8 0 1,0 25.6,0a12.8,12.8 0 1,0 -25.6,0ZM${cx - 9},14a9,9 0 1,0 18,0a9,9 0 1,0 -18,0Z` }),
        ]
      : []),
    line(ellipsize(login, LOGIN_MAX, { size: 14 }), 30, H / 2 + 5, CLS.accent, true),
    role ? line(ellipsize(role, 200, { size: 12.5 }), 30 + loginW + 6, H / 2 + 4.5, `${CLS.role} ${CLS.muted}`) : undefined,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serialize(doc)}\n`;
}

/** `s` cut to `max` characters with "…", whole clusters only (a flag or an emoji sequence stays whole). */
function clip(s: string, max: number): string {
  const chars = graphemes(s);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : s;
}

/**
 * The card in words, for the `<desc>` (what a screen reader reads after the
 * title, and what a search engine indexes): who, the figures exactly, the
 * first contribution, activity, roles, badges, notices and the data's date.
 * One sentence per line, each from the catalogue.
 */
function describe(data: CardData, ctx: MoreContext, badges: readonly BadgeText[], activity: ActivityText | undefined, extra: readonly string[], max: number): string {
  const msg = { ...ctx.msg, ...ctx.more };
  // A list's full stop, but not a second one after an item that ends in one ("6 мар. 2018 г.", "2018. 3. 6.").
  const list = (items: readonly string[]) => msg.svgList(items).replace(/(?<!\.)\.\.$/u, '.');
  const id = data.identity;
  const labelled = (label: string, items: readonly string[]) => (items.length ? `${label}${msg.colon}${list(items)}` : undefined);
  const footer = stillFooterText(data, ctx);
  const first = firstContributionText(data, ctx);
  const years = yearsText(data, ctx);
  const empty = hasNothingToCount(data);
  const lines = [
    msg.svgPerson(id.login, id.name, id.company),
    ...stillNoticeTexts(data, ctx),
    empty ? emptyText(data, ctx) : undefined,
    // Each figure names itself ("Contributions: 14,523"); a heading before them would say "Contributions" twice.
    empty ? undefined : list(totalsText(data, ctx).tiles.map((t) => `${t.label}${msg.colon}${t.exact}`)),
    footer.scope,
    first && !empty ? list([firstContributionLine(first, msg.colon)]) : undefined,
    years && !empty ? list([years]) : undefined,
    activity?.kind === 'chart' ? activity.summary : activity?.sentence,
    labelled(
      msg.rolesHeading,
      sortRoles(data.roles).map((r) => `${r.kind === 'other' && r.label ? r.label : msg.roles[r.kind]}${msg.colon}${roleText(r, ctx)}${r.term ? punctuationOf(ctx.locale).aside(termText(r.term, ctx)) : ''}`),
    ),
    labelled(msg.pageRoles, extra),
    labelled(msg.badgesHeading, badges.map((b) => `${b.name}${punctuationOf(ctx.locale).aside(b.tier)}`)),
    footer.asOf ? list([footer.asOf]) : undefined,
  ];
  // One line each: a sentence's own line breaks (from data) are spaces.
  return clip(lines.filter((l): l is string => !!l).map(visibleText).join('\n'), max);
}
