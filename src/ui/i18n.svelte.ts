import {
  formatDate,
  formatCompact,
  formatCompactMoney,
  formatMonth,
  formatDayRange,
  formatInteger,
  formatMoney,
  formatNumber,
  formatPercent,
} from '../lib/i18n/format.ts';
import { detectLocale, type Locale } from '../lib/i18n/locale.ts';
import { createTranslator, type Translate } from '../lib/i18n/translate.ts';

function browserLocale(): Locale {
  if (typeof navigator === 'undefined') return 'en';
  return detectLocale(navigator.languages.length > 0 ? navigator.languages : [navigator.language]);
}

/**
 * The current UI language. Components call `i18n.t(...)` and `i18n.fmt.*(...)` in markup and
 * re-render when the locale changes. Persisting the choice is the settings feature's job:
 * it calls setLocale after reading storage.
 */
export class I18n {
  #locale = $state<Locale>('en');
  #translate = $derived(createTranslator(this.#locale));

  constructor(initial?: Locale) {
    this.setLocale(initial ?? browserLocale());
  }

  get locale(): Locale {
    return this.#locale;
  }

  setLocale(locale: Locale): void {
    this.#locale = locale;
    // Screen readers and hyphenation follow the lang attribute.
    if (typeof document !== 'undefined') document.documentElement.lang = locale;
  }

  // Arrow properties read the locale when called, so `const { t } = i18n` stays reactive.
  t: Translate = (key, params) => this.#translate(key, params);

  readonly fmt = {
    integer: (n: number): string => formatInteger(this.#locale, n),
    number: (n: number, maxFractionDigits: number): string =>
      formatNumber(this.#locale, n, maxFractionDigits),
    money: (n: number, currency: string | null): string => formatMoney(this.#locale, n, currency),
    percent: (fraction: number, digits?: number): string =>
      formatPercent(this.#locale, fraction, digits),
    date: (isoDate: string): string => formatDate(this.#locale, isoDate),
    compact: (n: number): string => formatCompact(this.#locale, n),
    compactMoney: (n: number, currency: string | null): string => formatCompactMoney(this.#locale, n, currency),
    month: (isoDate: string): string => formatMonth(this.#locale, isoDate),
    dayRange: (from: string, to: string): string => formatDayRange(this.#locale, from, to),
  };
}

export const i18n = new I18n();
