import type { Locale } from './locale.ts';

// Intl formatters are costly to build and tables call these per cell, so each
// locale + options pair is built once.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

// English dates use the British day-month-year order ('9 Dec 2011'), the same order as the
// Russian ones; numbers and currencies keep plain 'en' so that USD is '$', not 'US$'.
const DATE_LOCALE: Record<Locale, string> = { en: 'en-GB', ru: 'ru' };

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

export function formatInteger(locale: Locale, n: number): string {
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(n);
}

export function formatNumber(locale: Locale, n: number, maxFractionDigits: number): string {
  return numberFormat(locale, { maximumFractionDigits: maxFractionDigits }).format(n);
}

/** Two decimals; `currency` is an ISO 4217 code, or null for a plain number. */
export function formatMoney(locale: Locale, n: number, currency: string | null): string {
  const plain = { minimumFractionDigits: 2, maximumFractionDigits: 2 };
  if (currency === null) return numberFormat(locale, plain).format(n);
  try {
    return numberFormat(locale, { ...plain, style: 'currency', currency }).format(n);
  } catch (error) {
    // A malformed code (say '€' typed into settings) must not break every table that shows money.
    if (error instanceof RangeError) return numberFormat(locale, plain).format(n);
    throw error;
  }
}

/** Short for small places (a cell of the segment map): 12.3K, 1.2M; 12,3 тыс. in Russian. */
export function formatCompact(locale: Locale, n: number): string {
  return numberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(n);
}

/** Short money for small places: $12.3K, 12,3 тыс. ₽; a plain compact number without a currency. */
export function formatCompactMoney(locale: Locale, n: number, currency: string | null): string {
  if (currency === null) return formatCompact(locale, n);
  try {
    return numberFormat(locale, { notation: 'compact', maximumFractionDigits: 1, style: 'currency', currency }).format(n);
  } catch (error) {
    if (error instanceof RangeError) return formatCompact(locale, n);
    throw error;
  }
}

/** `fraction` 0.123 is 12.3%. */
export function formatPercent(locale: Locale, fraction: number, digits = 1): string {
  return numberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(fraction);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * 'YYYY-MM-DD' as a calendar date, medium style. The string is read as a date in no time
 * zone: `new Date('2011-12-09')` is midnight UTC, which is 8 December in California, so the
 * parts are parsed here and formatted in UTC. Anything else is returned unchanged.
 */
export function formatDate(locale: Locale, isoDate: string): string {
  const match = ISO_DATE.exec(isoDate);
  if (!match) return isoDate;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0-99 as 1900-1999.
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return isoDate;
  const tag = DATE_LOCALE[locale];
  let format = dateFormats.get(tag);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' });
    dateFormats.set(tag, format);
  }
  return format.format(date);
}

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/** 'YYYY-MM-DD' or 'YYYY-MM' as a short month and year ("Oct 2024", "окт. 2024 г."), in no time zone. */
export function formatMonth(locale: Locale, isoDate: string): string {
  const match = /^(\d{4})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  const tag = DATE_LOCALE[locale];
  let format = monthFormats.get(tag);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, { month: 'short', year: 'numeric', timeZone: 'UTC' });
    monthFormats.set(tag, format);
  }
  return format.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)));
}

const rangeFormats = new Map<string, Intl.DateTimeFormat>();

/** Two 'YYYY-MM-DD' dates as a short day range: "1–9 Dec", "28 Nov – 4 Dec" ("1–9 дек."), in no time zone. */
export function formatDayRange(locale: Locale, from: string, to: string): string {
  const at = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number);
    const date = new Date(0);
    date.setUTCFullYear(y, m - 1, d);
    return date;
  };
  if (!ISO_DATE.test(from) || !ISO_DATE.test(to)) return `${from} – ${to}`;
  const tag = DATE_LOCALE[locale];
  let format = rangeFormats.get(tag);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', timeZone: 'UTC' });
    rangeFormats.set(tag, format);
  }
  return from === to ? format.format(at(from)) : format.formatRange(at(from), at(to));
}
