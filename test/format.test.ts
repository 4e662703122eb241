import { expect } from '@open-wc/testing';
import { formatCompact, formatDate, formatExact, formatMonth, formatRelative, parseIsoDate } from '../src/i18n/format.js';

describe('format', () => {
  it('formats compact and exact numbers per locale', () => {
    expect(formatCompact(15812, 'en')).to.equal('15.8K');
    expect(formatCompact(15812, 'zh-CN')).to.equal('1.6万');
    expect(formatCompact(999, 'en')).to.equal('999');
    expect(formatExact(15812, 'en')).to.equal('15,812');
  });

  it('reads YYYY-MM and YYYY-MM-DD as UTC so months never shift', () => {
    expect(parseIsoDate('2025-03')!.toISOString()).to.equal('2025-03-01T00:00:00.000Z');
    expect(parseIsoDate('2025-03-05')!.toISOString()).to.equal('2025-03-05T00:00:00.000Z');
    expect(parseIsoDate('nope')).to.equal(undefined);
    expect(formatMonth('2025-03', 'en')).to.equal('Mar 2025');
    expect(formatMonth('2025-03', 'zh-CN')).to.equal('2025年3月');
    expect(formatDate('2019-03-05', 'en')).to.equal('Mar 5, 2019');
    expect(formatDate('garbage', 'en')).to.equal(undefined);
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
