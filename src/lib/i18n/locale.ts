// The languages of the UI, and which one a browser asks for first.

export type Locale = 'en' | 'ru';

export const LOCALES: readonly Locale[] = ['en', 'ru'];

/** 'ru' when the browser's first preferred language is Russian, otherwise 'en'. */
export function detectLocale(navigatorLanguages: readonly string[]): Locale {
  const first = navigatorLanguages[0];
  return first !== undefined && /^ru(-|$)/i.test(first) ? 'ru' : 'en';
}
