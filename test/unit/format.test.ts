import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  formatDate,
  formatInteger,
  formatMoney,
  formatNumber,
  formatPercent,
} from '../../src/lib/i18n/format.ts';

// Russian groups digits with a no-break space and ends percent and currency with one too
// (Node 20's ICU output, checked by hand).
const NBSP = '\u00a0';

describe('number formats', () => {
  it('groups integers and rounds away fractions', () => {
    expect(formatInteger('en', 1234567)).toBe('1,234,567');
    expect(formatInteger('ru', 1234567)).toBe(`1${NBSP}234${NBSP}567`);
    expect(formatInteger('en', 2.5)).toBe('3');
    expect(formatInteger('ru', -1234)).toBe(`-1${NBSP}234`);
  });

  it('limits fraction digits without padding', () => {
    expect(formatNumber('en', 1234.5678, 2)).toBe('1,234.57');
    expect(formatNumber('ru', 1234.5678, 2)).toBe(`1${NBSP}234,57`);
    expect(formatNumber('en', 3, 2)).toBe('3');
  });

  it('shows money with two decimals, with or without a currency', () => {
    expect(formatMoney('en', 1234.5, null)).toBe('1,234.50');
    expect(formatMoney('ru', 1234.5, null)).toBe(`1${NBSP}234,50`);
    expect(formatMoney('en', 1234.5, 'GBP')).toBe('£1,234.50');
    expect(formatMoney('ru', 1234.5, 'GBP')).toBe(`1${NBSP}234,50${NBSP}£`);
    expect(formatMoney('ru', 1234.5, 'RUB')).toBe(`1${NBSP}234,50${NBSP}₽`);
    expect(formatMoney('en', 0.125, 'USD')).toBe('$0.13');
  });

  it('falls back to a plain amount for a malformed currency code', () => {
    expect(formatMoney('en', 1234.5, '€')).toBe('1,234.50');
  });

  it('shows fractions as percentages', () => {
    expect(formatPercent('en', 0.1234)).toBe('12.3%');
    expect(formatPercent('ru', 0.1234)).toBe(`12,3${NBSP}%`);
    expect(formatPercent('en', 0.5, 0)).toBe('50%');
    expect(formatPercent('ru', 0.05, 2)).toBe(`5,00${NBSP}%`);
  });
});

describe('formatDate', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it('writes medium dates in each language', () => {
    expect(formatDate('en', '2011-12-09')).toBe('9 Dec 2011');
    expect(formatDate('ru', '2011-12-09')).toBe('9 дек. 2011 г.');
  });

  // Each zone catches one mistake: read as UTC midnight but shown in local time, the date is
  // the 8th in Los Angeles (UTC-8); read as local midnight but shown in UTC, it is the 8th in
  // Kiritimati (UTC+14).
  it.each([
    ['America/Los_Angeles', 480],
    ['Pacific/Kiritimati', -840],
  ])('keeps the day in time zone %s', async (tz, offsetMinutes) => {
    process.env.TZ = tz;
    // Proves Node took the zone change, so the assertions below can fail.
    expect(new Date(Date.UTC(2011, 11, 9)).getTimezoneOffset()).toBe(offsetMinutes);
    // A fresh module, so no formatter cached under another zone answers for this one.
    vi.resetModules();
    const fresh = await import('../../src/lib/i18n/format.ts');
    for (const locale of ['en', 'ru'] as const) {
      expect(fresh.formatDate(locale, '2011-12-09')).toMatch(/^9 /);
      expect(fresh.formatDate(locale, '2011-12-31')).toMatch(/^31 .* 2011/);
      expect(fresh.formatDate(locale, '2012-01-01')).toMatch(/^1 .* 2012/);
    }
  });

  it('returns text that is not a calendar date unchanged', () => {
    expect(formatDate('en', '2011-02-30')).toBe('2011-02-30');
    expect(formatDate('en', '09/12/2011')).toBe('09/12/2011');
    expect(formatDate('en', '2011-12-09 08:26:00')).toBe('2011-12-09 08:26:00');
  });
});
