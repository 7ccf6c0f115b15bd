// The translator over one catalog: plural variants, placeholders and numbers for a locale. It
// imports no catalog, so the page can load only the language on screen (ui/i18n.svelte.ts); the
// command line and tests take both catalogs through translate.ts.
import { formatNumber } from './format.ts';
import type { Locale } from './locale.ts';
import type { MessageParams, PluralCategory, TranslationKey } from './types.ts';

export type Translate = (key: TranslationKey, params?: MessageParams) => string;

/** A loaded catalog, looked up by built keys (plural variants) as well as literal ones. */
export type Catalog = Readonly<Record<string, string | undefined>>;

const warned = new Set<string>();

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * `t('app.title')` looks the key up; `t('count.customers', { count: 5 })` picks the plural
 * variant for 5 in this locale, falling back to `.other`. `{name}` placeholders take
 * `params.name`; numbers are formatted for the locale (up to 3 decimals), so pass a string
 * for values that must not be grouped, such as years. An unknown key comes back as itself.
 */
export function translatorFor(locale: Locale, catalog: Catalog): Translate {
  const plurals = new Intl.PluralRules(locale);

  const substitute = (message: string, params: MessageParams | undefined): string =>
    params === undefined
      ? message
      : message.replace(PLACEHOLDER, (placeholder, name: string) => {
          const value = params[name];
          if (value === undefined) return placeholder;
          return typeof value === 'number' ? formatNumber(locale, value, 3) : value;
        });

  return (key, params) => {
    const simple = catalog[key];
    if (simple !== undefined) return substitute(simple, params);

    const other = catalog[`${key}.other`];
    if (other !== undefined) {
      const count = params?.count;
      const category: PluralCategory =
        typeof count === 'number' ? (plurals.select(count) as PluralCategory) : 'other';
      return substitute(catalog[`${key}.${category}`] ?? other, params);
    }

    // Keys built at run time (error codes from the engine) can miss; show the key, not a blank.
    // import.meta.env is undefined when the Node CLI runs this file under tsx.
    if (import.meta.env?.DEV && !warned.has(`${locale}:${key}`)) {
      warned.add(`${locale}:${key}`);
      console.warn(`i18n: no message '${key}' in locale '${locale}'`);
    }
    return key;
  };
}
