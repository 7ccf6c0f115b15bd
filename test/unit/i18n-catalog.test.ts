import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en.ts';
import { ru } from '../../src/lib/i18n/ru.ts';
import type { Locale } from '../../src/lib/i18n/locale.ts';

type Catalog = Readonly<Record<string, string | undefined>>;

const catalogs: Record<Locale, Catalog> = { en, ru };
const PLURAL_SUFFIX = /\.(one|few|many|other)$/;

function split(catalog: Catalog) {
  const simple = new Set<string>();
  const families = new Map<string, Set<string>>();
  for (const key of Object.keys(catalog)) {
    const match = PLURAL_SUFFIX.exec(key);
    if (!match) {
      simple.add(key);
      continue;
    }
    const family = key.slice(0, match.index);
    const categories = families.get(family) ?? new Set<string>();
    categories.add(match[1]!);
    families.set(family, categories);
  }
  return { simple, families };
}

function placeholders(message: string | undefined): string[] {
  const names = [...(message ?? '').matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
  return [...new Set(names)].sort();
}

const parts = { en: split(en), ru: split(ru) };

describe('message catalogs', () => {
  it('have the same simple keys in English and Russian', () => {
    expect([...parts.ru.simple].sort()).toEqual([...parts.en.simple].sort());
  });

  it('have the same plural families in English and Russian', () => {
    expect([...parts.ru.families.keys()].sort()).toEqual([...parts.en.families.keys()].sort());
  });

  it.each(['en', 'ru'] as const)(
    'give each %s plural family exactly the categories its plural rules use',
    (locale) => {
      // en: one, other; ru: one, few, many, other.
      const needed = [...new Intl.PluralRules(locale).resolvedOptions().pluralCategories].sort();
      for (const [family, categories] of parts[locale].families) {
        expect([...categories].sort(), family).toEqual(needed);
      }
    },
  );

  it('use the same placeholders in both languages', () => {
    for (const key of parts.en.simple) {
      expect(placeholders(catalogs.ru[key]), key).toEqual(placeholders(catalogs.en[key]));
    }
    // Every variant keeps the family's placeholders: Russian '.one' also covers 21, 31...,
    // so a variant without {count} would print a wrong sentence for those.
    for (const locale of ['en', 'ru'] as const) {
      for (const [family, categories] of parts[locale].families) {
        const expected = placeholders(catalogs.en[`${family}.other`]);
        for (const category of categories) {
          const key = `${family}.${category}`;
          expect(placeholders(catalogs[locale][key]), `${locale} ${key}`).toEqual(expected);
        }
      }
    }
  });

  it.each(['en', 'ru'] as const)('have no empty %s messages', (locale) => {
    for (const [key, message] of Object.entries(catalogs[locale])) {
      expect(message?.trim(), key).toBeTruthy();
    }
  });
});
