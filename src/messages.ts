/**
 * Every sentence the card shows, in each supported language. Kept as plain
 * data plus small functions (no i18n runtime) because the card has a few
 * dozen strings and must stay small; numbers arrive already formatted by
 * `format.ts`.
 */
import type { BadgeTier, FailureReason, RoleKind, TotalKey } from './model.js';
import type { SupportedLocale } from './locale.js';

export interface Messages {
  totals: Record<TotalKey, string>;
  roles: Record<RoleKind, string>;
  tiers: Record<BadgeTier, string>;
  badges: Record<string, { name: string; explain: (value: string, threshold: string) => string }>;
  reasons: Record<FailureReason, string>;
  sourceUnavailable: (source: string, reason: string) => string;
  backAt: (time: string) => string;
  /** Said after a failed source whose saved copy is shown. */
  savedCopy: (relative: string) => string;
  profileLink: (login: string) => string;
  notFoundTitle: string;
  notFound: (login: string) => string;
  notFoundData: string;
  noContributions: (login: string) => string;
  errorTitle: string;
  retry: string;
  rolesHeading: string;
  /** Separator between a label and what follows (": " / "："). */
  colon: string;
  badgesHeading: string;
  totalsHeading: string;
  activityHeading: string;
  firstContribution: string;
  yearsActive: (years: string, from: string) => string;
  asOf: (date: string, relative: string) => string;
  sources: string;
  termEnds: (month: string) => string;
  subproject: (name: string) => string;
  activityUnit: Record<'month' | 'release', string>;
  sparklineSummary: (o: { total: string; peak: string; peakPeriod: string; from: string; to: string; unit: string; n: string }) => string;
  pointLabel: (period: string, count: string) => string;
  sourceNames: Record<string, string>;
}

const loaded: Partial<Record<SupportedLocale, Messages>> = {};
const loading = new Map<SupportedLocale, Promise<void>>();

/** The messages for a locale if they are loaded. */
export function messagesFor(locale: SupportedLocale): Messages | undefined {
  return loaded[locale];
}

/**
 * Loads a locale's messages. Each language is a chunk of its own, fetched
 * with the data, so a card downloads the sentences of one language only.
 */
export function loadMessages(locale: SupportedLocale): Promise<void> {
  if (loaded[locale]) return Promise.resolve();
  let p = loading.get(locale);
  if (!p) {
    const chunk = locale === 'zh-CN' ? import('./messages/zh-CN.js').then((m) => m.zhCN) : import('./messages/en.js').then((m) => m.en);
    p = chunk.then(
      (m) => {
        loaded[locale] = m;
      },
      (e) => {
        loading.delete(locale);
        throw e;
      },
    );
    loading.set(locale, p);
  }
  return p;
}
