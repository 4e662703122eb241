/**
 * Numbers and dates are always shown through `Intl`, so "15.8K" becomes
 * "1.6万" in Chinese without the card knowing either rule. Building an `Intl`
 * formatter is slow compared to using one, and a page with 100 cards formats
 * thousands of values, so formatters are memoised per locale and options.
 */

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>();

function memo<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) {
    f = make();
    // Bounded: a page rarely uses more than a couple of locales.
    if (cache.size > 64) cache.clear();
    cache.set(key, f);
  }
  return f;
}

/** 15.8K / 1.6万 style. */
export function formatCompact(n: number, locale: string): string {
  return memo(`c|${locale}`, () => new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 })).format(n);
}

/** 15,812 style: the exact value for accessible names and tooltips. */
export function formatExact(n: number, locale: string): string {
  return memo(`n|${locale}`, () => new Intl.NumberFormat(locale)).format(n);
}

/**
 * A year as the language writes it: its own digits (as its counts have them),
 * never grouped ("2018", "٢٠١٨", "২০১৮"; not "2,018").
 */
export function formatYear(year: number, locale: string): string {
  return memo(`y|${locale}`, () => new Intl.NumberFormat(locale, { useGrouping: false })).format(year);
}

/**
 * Parses the model's ISO dates. `YYYY-MM` is read as the first of the month in
 * UTC so a month never shifts into the previous one in western time zones.
 */
export function parseIsoDate(iso: string): Date | undefined {
  const t = Date.parse(/^\d{4}-\d{2}$/.test(iso) ? `${iso}-01T00:00:00Z` : /^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(t) ? undefined : new Date(t);
}

/** A calendar date, e.g. "Mar 5, 2019" / "2019年3月5日"; a `YYYY-MM` one as its month, "Mar 2019". */
export function formatDate(iso: string, locale: string): string | undefined {
  // A date known only by its month (the schema allows `YYYY-MM`) is said as that month: no day is made up.
  if (/^\d{4}-\d{2}$/.test(iso)) return formatMonth(iso, locale);
  const d = parseIsoDate(iso);
  return d && memo(`d|${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })).format(d);
}

/** A month, e.g. "Mar 2025" / "2025年3月". */
export function formatMonth(iso: string, locale: string): string | undefined {
  const d = parseIsoDate(iso);
  return d && memo(`m|${locale}`, () => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' })).format(d);
}

/** "3 hours ago" / "3小时前", choosing the largest unit that fits. */
export function formatRelative(iso: string, now: number, locale: string): string | undefined {
  const d = parseIsoDate(iso);
  if (!d) return undefined;
  const seconds = Math.round((d.getTime() - now) / 1000);
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['year', 31536000],
    ['month', 2592000],
    ['day', 86400],
    ['hour', 3600],
    ['minute', 60],
  ];
  const rtf = memo(`r|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return rtf.format(Math.round(seconds / size), unit);
  }
  return rtf.format(0, 'minute');
}
