import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectLocale } from '../../src/lib/i18n/locale.ts';
import { createTranslator } from '../../src/lib/i18n/translate.ts';
import type { TranslationKey } from '../../src/lib/i18n/types.ts';

const NBSP = '\u00a0';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('createTranslator', () => {
  it('looks up simple keys in the chosen language', () => {
    expect(createTranslator('en')('lang.label')).toBe('Language');
    expect(createTranslator('ru')('lang.label')).toBe('Язык');
  });

  it.each([
    [1, '1 customer'],
    [2, '2 customers'],
    [5, '5 customers'],
    [11, '11 customers'],
    [21, '21 customers'],
    [0, '0 customers'],
  ])('counts %i in English', (count, expected) => {
    expect(createTranslator('en')('count.customers', { count })).toBe(expected);
  });

  it.each([
    [1, '1 клиент'],
    [2, '2 клиента'],
    [5, '5 клиентов'],
    [11, '11 клиентов'],
    [21, '21 клиент'],
    [0, '0 клиентов'],
    [1.5, '1,5 клиента'],
  ])('counts %d in Russian', (count, expected) => {
    expect(createTranslator('ru')('count.customers', { count })).toBe(expected);
  });

  it('formats numbers in placeholders for the locale', () => {
    expect(createTranslator('en')('count.customers', { count: 4372 })).toBe('4,372 customers');
    expect(createTranslator('ru')('count.customers', { count: 4372 })).toBe(`4${NBSP}372 клиента`);
  });

  it('inserts string parameters as given', () => {
    expect(createTranslator('en')('count.customers', { count: 'many' })).toBe('many customers');
  });

  it('falls back to .other when a plural family gets no count', () => {
    expect(createTranslator('ru')('count.customers')).toBe('{count} клиента');
  });

  it('returns an unknown key itself and warns once per key', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const t = createTranslator('en');
    const key = 'no.such.key' as TranslationKey;
    expect(t(key)).toBe('no.such.key');
    expect(t(key)).toBe('no.such.key');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain('no.such.key');
  });
});

describe('detectLocale', () => {
  it.each([
    [['ru-RU', 'en-US'], 'ru'],
    [['ru'], 'ru'],
    [['RU'], 'ru'],
    [['en-US', 'ru-RU'], 'en'],
    [['de-DE'], 'en'],
    [['rup'], 'en'],
    [[], 'en'],
  ] as const)('picks %j -> %s', (languages, expected) => {
    expect(detectLocale(languages)).toBe(expected);
  });
});
