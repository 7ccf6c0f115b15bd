import { describe, expect, it } from 'vitest';
import { currencyInUse, currencyOf, guessCurrency, type CurrencyGuess } from '../../src/lib/mapping/currency-guess';

const columns = ['Order', 'Customer', 'Date', 'Total', 'Currency'];
const row = (currency: string | null, total = '12.50') => ['1001', 'C1', '2024-01-02', total, currency];

describe('guessCurrency', () => {
  it('takes the one currency of a column named Currency', () => {
    expect(guessCurrency(columns, [row('USD'), row('usd'), row(' USD ')])).toEqual({ kind: 'one', column: 'Currency', code: 'USD' });
  });

  it('reads the Russian header and the ruble sign', () => {
    expect(guessCurrency(['Клиент', 'Сумма', 'Валюта'], [['А', '100', '₽'], ['Б', '200', 'руб.'], ['В', '50', 'RUB']])).toEqual({
      kind: 'one',
      column: 'Валюта',
      code: 'RUB',
    });
  });

  it('says so and picks none when the column holds several currencies', () => {
    expect(guessCurrency(columns, [row('USD'), row('EUR'), row('USD')])).toEqual({ kind: 'several', column: 'Currency', codes: ['EUR', 'USD'] });
  });

  it('finds a column of codes whatever its name, and ignores empty cells', () => {
    expect(guessCurrency(['id', 'amount', 'cur_x'], [['1', '5', 'EUR'], ['2', '6', ''], ['3', '7', null]])).toEqual({ kind: 'one', column: 'cur_x', code: 'EUR' });
  });

  it('does not take a column of other words, or a Currency column of no currencies, or an empty one', () => {
    expect(guessCurrency(['id', 'city'], [['1', 'Oslo'], ['2', 'Rome']])).toEqual({ kind: 'none' });
    expect(guessCurrency(['id', 'Currency'], [['1', 'dollars and cents'], ['2', 'n/a']])).toEqual({ kind: 'none' });
    expect(guessCurrency(['id', 'Currency'], [['1', null], ['2', '']])).toEqual({ kind: 'none' });
    // Three letters that are no ISO code (a country, a size) are not a currency column.
    expect(guessCurrency(['id', 'size'], [['1', 'XXL'], ['2', 'ABC']])).toEqual({ kind: 'none' });
  });

  it('prefers a named column to another column of codes', () => {
    const guess = guessCurrency(['paid_in', 'Currency'], [['USD', 'EUR'], ['USD', 'EUR']]);
    expect(guess).toEqual({ kind: 'one', column: 'Currency', code: 'EUR' });
  });

  it('maps signs and local words to ISO codes', () => {
    expect(['$', '€', '£', '₸', 'грн', 'GBP', 'chf'].map(currencyOf)).toEqual(['USD', 'EUR', 'GBP', 'KZT', 'UAH', 'GBP', 'CHF']);
    expect(currencyOf('12.50')).toBeNull();
  });
});

describe('currencyInUse', () => {
  const one = { kind: 'one', column: 'Currency', code: 'EUR' } as const;
  const several: CurrencyGuess = { kind: 'several', column: 'Currency', codes: ['EUR', 'USD'] };
  it("keeps the user's own pick winning, even 'none'", () => {
    expect(currencyInUse('GBP', one, 'en')).toEqual({ code: 'GBP', source: 'chosen' });
    expect(currencyInUse(null, one, 'ru')).toEqual({ code: null, source: 'chosen' });
  });
  it("uses the file's currency, then the language's default", () => {
    expect(currencyInUse(undefined, one, 'ru')).toEqual({ code: 'EUR', source: 'column' });
    expect(currencyInUse(undefined, { kind: 'none' }, 'ru')).toEqual({ code: 'RUB', source: 'default' });
    expect(currencyInUse(undefined, { kind: 'none' }, 'en')).toEqual({ code: 'USD', source: 'default' });
  });
  it('shows plain numbers for a file of several currencies', () => {
    expect(currencyInUse(undefined, several, 'en')).toEqual({ code: null, source: 'several' });
  });
});
