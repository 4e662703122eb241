/**
 * What the card's smaller regions say, as plain strings: the first
 * contribution and years active, the footer (scope, "data as of", sources)
 * and the partial state's notices. Shared by the card's templates
 * (`details.ts`) and the static SVG, so both say the same thing, but for
 * time: a still image gives dates where the card says how long ago
 * (`static/still-text.ts`).
 */
import { formatDate, formatRelative, formatYear } from '../i18n/format.js';
import type { CardData, SourceNotice } from '../model/model.js';
import { isPartial } from '../model/state.js';
import { punctuationOf } from '../i18n/punctuation.js';
import type { MoreContext, RenderContext } from './context.js';
import { scopeText } from './totals-text.js';

/**
 * A source's display name: the language's name for a known id, else `given` (a listed
 * source's own name), else the id. Ids come from data (a card file's `sources[].id`,
 * `notices[].source`), so only the table's own entries count: an id such as
 * `constructor` must not read `Object.prototype` and show a function.
 */
export function sourceName(id: string, ctx: RenderContext, given = id): string {
  return Object.hasOwn(ctx.msg.sourceNames, id) ? ctx.msg.sourceNames[id] : given;
}

/** The first contribution in words: "First contribution: <what> (<repository>) · <date>". */
export interface FirstContributionText {
  /** "First contribution", or "First merged PR" when a GitHub search found it. */
  label: string;
  /** Its title, else its repository, else its date. */
  what: string;
  url?: string;
  /** The repository in brackets (" (kubernetes/website)", "（kubernetes/website）"), when `what` is the title (else it is already said). */
  repositoryAside?: string;
  /** The formatted date, and the ISO date it was formatted from. */
  date: string;
  iso: string;
  /** False when `what` is the date itself (no title, no repository): the date is said once. */
  dateApart: boolean;
  /** The scope it was found in, when another than the card's (for a tooltip). */
  scope?: string;
}

/** The first contribution in words, or undefined when there is none (or its date is unreadable). */
export function firstContributionText(data: CardData, ctx: RenderContext): FirstContributionText | undefined {
  const first = data.firstContribution;
  const date = first && formatDate(first.date, ctx.locale);
  if (!first || !date) return undefined;
  // A GitHub search finds merged PRs only, in the orgs it names: say so rather than "first contribution".
  const scope = data.scopes?.firstContribution;
  return {
    label: scope?.source === 'github' ? ctx.msg.firstMergedPr : ctx.msg.firstContribution,
    what: first.title ?? first.repository ?? date,
    url: first.url,
    repositoryAside: first.repository && first.title ? punctuationOf(ctx.locale).aside(first.repository) : undefined,
    date,
    iso: first.date,
    dateApart: !!(first.title ?? first.repository),
    scope: scope && scopeText(scope, ctx),
  };
}

/** "9 years active, since 2018", or undefined when no year is known. */
export function yearsText(data: CardData, ctx: RenderContext): string | undefined {
  const years = data.yearsActive;
  return years?.length ? ctx.msg.yearsActive(years.length, formatYear(years[0]!, ctx.locale)) : undefined;
}

/** The footer in words: the figures' scope, "Data as of …", and the sources' names. */
export interface FooterText {
  /** "Figures: the 17 Kubernetes GitHub organizations, as counted by CNCF DevStats." */
  scope?: string;
  /** "Data as of Nov 20, 2026 (5 days ago)". */
  asOf?: string;
  sources: { name: string; url?: string }[];
}

/** The footer in words; `now` (in the context) makes the relative part. */
export function footerText(data: CardData, ctx: RenderContext): FooterText {
  const date = data.asOf && formatDate(data.asOf, ctx.locale);
  const rel = data.asOf && formatRelative(data.asOf, ctx.now, ctx.locale);
  return {
    scope: data.scope && ctx.msg.figuresScope(scopeText(data.scope, ctx)),
    asOf: date && rel ? ctx.msg.asOf(date, rel) : undefined,
    sources: data.sources.map((s) => ({ name: sourceName(s.id, ctx, s.name), url: s.url })),
  };
}

/** " Back in 30 minutes." (after the language's gap between sentences) for a source that answers again later; empty for a time past ("back 3 days ago" says nothing). */
export function backText(retryAt: string | undefined, ctx: MoreContext): string {
  const back = retryAt && Date.parse(retryAt) > ctx.now ? formatRelative(retryAt, ctx.now, ctx.locale) : undefined;
  return back ? `${punctuationOf(ctx.locale).gap}${ctx.more.backAt(back)}` : '';
}

/**
 * What a failed source's failure is, in words: "GitHub unavailable (rate limit reached). Back in
 * 30 minutes.", with the saved copy shown in its place; the same for a notice and a failed card.
 */
export function failureText(name: string, f: Pick<SourceNotice, 'reason' | 'retryAt' | 'staleSince'>, ctx: MoreContext): string {
  // Not an outage: the source will not count this login, now or later.
  if (f.reason === 'not-searchable') return ctx.more.notCounted(name);
  const saved = f.staleSince && formatRelative(f.staleSince, ctx.now, ctx.locale);
  const gap = punctuationOf(ctx.locale).gap;
  return `${ctx.more.sourceUnavailable(name, ctx.more.reasons[f.reason])}${saved ? `${gap}${ctx.more.savedCopy(saved)}` : ''}${backText(f.retryAt, ctx)}`;
}

/** The partial state: one sentence per source that failed, with when it will be back; empty when none failed. */
export function noticeTexts(data: CardData, ctx: MoreContext): string[] {
  if (!isPartial(data)) return [];
  return data.notices!.map((n) => {
    // A source the card has no name for is called what the file's own list of sources calls it.
    const listed = data.sources.find((s) => s.id === n.source);
    return failureText(sourceName(n.source, ctx, listed?.name), n, ctx);
  });
}
