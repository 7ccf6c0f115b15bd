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
import { en } from '../lib/i18n/en.ts';
import { translatorFor, type Catalog, type Translate } from '../lib/i18n/translator.ts';

/**
 * The catalogs beside English arrive when first needed (about 40 KB gzip each, a quarter of the
 * first screen's code otherwise); English is always at hand, as the page's first language and
 * the fallback while another is on its way.
 */
const LOADERS: Record<Locale, () => Promise<Catalog>> = {
  en: () => Promise.resolve(en),
  ru: () => import('../lib/i18n/ru.ts').then((module) => module.ru),
};

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
  #catalogs = $state.raw<Partial<Record<Locale, Catalog>>>({ en });
  #translate = $derived(translatorFor(this.#locale, this.#catalogs[this.#locale] ?? en));
  /** The language asked for last: a slower catalog arriving after a newer choice is not shown. */
  #asked: Locale = 'en';
  /** Resolves once the first language's catalog is loaded: the page mounts after it. */
  readonly ready: Promise<void>;

  constructor(initial?: Locale) {
    this.ready = this.setLocale(initial ?? browserLocale());
  }

  get locale(): Locale {
    return this.#locale;
  }

  /** Switches once the language's catalog is at hand (at once when it is); English until then. */
  async setLocale(locale: Locale): Promise<void> {
    this.#asked = locale;
    if (!this.#catalogs[locale]) {
      try {
        const catalog = await LOADERS[locale]();
        this.#catalogs = { ...this.#catalogs, [locale]: catalog };
      } catch {
        // Offline before the precache held it: the page stays in the language it has.
        return;
      }
    }
    if (this.#asked !== locale) return;
    this.#locale = locale;
    // Screen readers and hyphenation follow the lang attribute.
    if (typeof document !== 'undefined') document.documentElement.lang = locale;
  }

  /** Loads the other languages ahead of a click on them (at idle: the switch is then immediate). */
  preload(): void {
    for (const locale of Object.keys(LOADERS) as Locale[]) {
      if (this.#catalogs[locale]) continue;
      LOADERS[locale]().then(
        (catalog) => (this.#catalogs = { ...this.#catalogs, [locale]: catalog }),
        () => undefined,
      );
    }
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
