// Both catalogs, for the command line and the tests; the page loads only the language on screen
// (ui/i18n.svelte.ts).
import { en } from './en.ts';
import { ru } from './ru.ts';
import type { Locale } from './locale.ts';
import { translatorFor, type Catalog, type Translate } from './translator.ts';

export type { Translate };

const catalogs: Record<Locale, Catalog> = { en, ru };

export function createTranslator(locale: Locale): Translate {
  return translatorFor(locale, catalogs[locale]);
}
