import { expect } from '@open-wc/testing';
import { formatCompact, formatDate, formatExact, formatMonth, formatRelative, formatYear, parseIsoDate } from '../../src/i18n/format.js';
import { warmIntl } from '../../src/i18n/warm-intl.js';
import { loadView } from '../../src/render/load-view.js';

describe('format', () => {
  it('formats compact and exact numbers per locale', () => {
    expect(formatCompact(15812, 'en')).to.equal('15.8K');
    expect(formatCompact(15812, 'zh-CN')).to.equal('1.6万');
    expect(formatCompact(999, 'en')).to.equal('999');
    expect(formatExact(15812, 'en')).to.equal('15,812');
  });

  it('writes a year in the digits of the language\'s counts, never grouped', () => {
    for (const lang of ['en', 'ar', 'bn', 'hi', 'zh-CN', 'de']) {
      expect(formatYear(2018, lang), lang).to.equal([2, 0, 1, 8].map((d) => formatExact(d, lang)).join(''));
    }
  });

  it('reads YYYY-MM and YYYY-MM-DD as UTC so months never shift', () => {
    expect(parseIsoDate('2025-03')!.toISOString()).to.equal('2025-03-01T00:00:00.000Z');
    expect(parseIsoDate('2025-03-05')!.toISOString()).to.equal('2025-03-05T00:00:00.000Z');
    expect(parseIsoDate('nope')).to.equal(undefined);
    expect(formatMonth('2025-03', 'en')).to.equal('Mar 2025');
    expect(formatMonth('2025-03', 'zh-CN')).to.equal('2025年3月');
    expect(formatDate('2019-03-05', 'en')).to.equal('Mar 5, 2019');
    expect(formatDate('garbage', 'en')).to.equal(undefined);
    // A date the data gives by its month is said as that month, not as its first day.
    expect(formatDate('2019-03', 'en')).to.equal('Mar 2019');
    expect(formatDate('2019-03', 'zh-CN')).to.equal('2019年3月');
  });

  it('says how long ago in the largest unit that fits', () => {
    const now = Date.parse('2026-11-25T12:00:00Z');
    expect(formatRelative('2026-11-25T09:00:00Z', now, 'en')).to.equal('3 hours ago');
    expect(formatRelative('2026-11-24T12:00:00Z', now, 'en')).to.equal('yesterday');
    expect(formatRelative('2026-11-25T13:00:00Z', now, 'en')).to.equal('in 1 hour');
    expect(formatRelative('2026-11-25T11:59:50Z', now, 'en')).to.equal('this minute');
    expect(formatRelative('2026-11-25T09:00:00Z', now, 'zh-CN')).to.equal('3小时前');
  });
});

describe('plurals and messages', () => {
  it('picks plural forms by Intl.PluralRules, in languages with more than two', async () => {
    const { plural } = await import('../../src/i18n/plural.js');
    const forms = { one: 'год', few: 'года', many: 'лет', other: 'года' };
    expect([1, 2, 5, 21, 1.5].map((n) => plural('ru', n, forms))).to.deep.equal(['год', 'года', 'лет', 'год', 'года']);
    expect(plural('zh-CN', 1, { one: 'x', other: 'y' }), 'Chinese has one form').to.equal('y');
  });

  it('says "1 year active" and "2 years active", "1 leadership role" and "2 … roles", with numbers formatted', async () => {
    const { en } = await import('../../src/i18n/messages/en.js');
    const { zhCN } = await import('../../src/i18n/messages/zh-CN.js');
    expect(en.yearsActive(1, '2026')).to.equal('1 year active, since 2026');
    expect(en.yearsActive(9, '2018')).to.equal('9 years active, since 2018');
    expect(en.badges.leadership.explain(1, 1)).to.equal('Holds 1 leadership role: chair, tech lead, subproject lead or Steering liaison');
    expect(en.badges.leadership.explain(4, 3)).to.match(/^Holds 4 leadership roles/);
    expect(en.badges['merged-prs'].explain(1136, 1000)).to.equal('1,136 merged pull requests (this tier from 1,000)');
    expect(en.pointLabel('v1.34', 1)).to.equal('v1.34: 1 merged PR');
    expect(en.activityBelow(2, 1)).to.equal('Fewer than 2 merged PRs in the last release cycle.');
    expect(zhCN.yearsActive(1, '2026')).to.equal('活跃 1 年，始于 2026');
    expect(zhCN.badges.leadership.explain(2, 2)).to.contain('指导委员会联络人');
  });

  /** Resolves after the task the set-up queues after the next frame (timers run in the order they were queued). */
  const afterNextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(() => setTimeout(r))));

  it('sets up date formatting in a task of its own after the next frame, not in the caller\'s', async () => {
    const Original = Intl.DateTimeFormat;
    let made = 0;
    const Counting = function (this: unknown, ...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      made++;
      return new Original(...args);
    } as unknown as typeof Intl.DateTimeFormat;
    Intl.DateTimeFormat = Counting;
    try {
      warmIntl();
      expect(made, 'nothing built in the caller\'s task').to.equal(0);
      await new Promise((r) => setTimeout(r));
      expect(made, 'nothing built before the next frame').to.equal(0);
      await afterNextFrame();
      expect(made, 'one formatter built in a later task').to.equal(1);
    } finally {
      Intl.DateTimeFormat = Original;
    }
  });

  // (No other test of this page loads the card view: the loader's first call is this test's.)
  it('sets up date formatting once a page, as the card view starts to download', async () => {
    const Original = Intl.DateTimeFormat;
    let made = 0;
    Intl.DateTimeFormat = function (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      made++;
      return new Original(...args);
    } as unknown as typeof Intl.DateTimeFormat;
    try {
      // Every card asks for the view as it connects.
      const view = loadView();
      expect(loadView(), 'one download a page').to.equal(view);
      expect(made, 'nothing built in the caller\'s task').to.equal(0);
      await afterNextFrame();
      expect(made, 'one formatter, built while the view downloads').to.equal(1);
      await view;
      expect(made, 'none built since').to.equal(1);
    } finally {
      Intl.DateTimeFormat = Original;
    }
  });
});
