// Which currency the money is in, when the file says so: a column named like "Currency" or
// "Валюта", or one whose values are currency codes or signs (USD, EUR, RUB, ₽, $). One currency
// in the column is used; several are reported and none is picked, because summing dollars and
// euros as one number is the user's problem to see, not ours to hide.

/** Header names (lower case, spaces and punctuation removed) that name a currency column. */
const HEADER_SYNONYMS = new Set([
  'currency',
  'currencycode',
  'ordercurrency',
  'presentmentcurrency',
  'paymentcurrency',
  'curr',
  'ccy',
  'валюта',
  'кодвалюты',
  'валютазаказа',
  'валютаоплаты',
]);

/** Signs and local words people write instead of an ISO code. */
const SIGNS: Record<string, string> = {
  '₽': 'RUB',
  'руб': 'RUB',
  'руб.': 'RUB',
  'р.': 'RUB',
  'rur': 'RUB',
  '$': 'USD',
  'us$': 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '₸': 'KZT',
  '₴': 'UAH',
  'грн': 'UAH',
  'br': 'BYN',
  '¥': 'JPY',
  '₹': 'INR',
  'zł': 'PLN',
};

/** ISO 4217 codes the guess accepts as values (the common ones; a column of other three-letter words is not taken). */
const ISO_CODES = new Set([
  'USD', 'EUR', 'GBP', 'RUB', 'KZT', 'BYN', 'UAH', 'CNY', 'JPY', 'CHF', 'CAD', 'AUD', 'NZD', 'SEK', 'NOK', 'DKK',
  'PLN', 'CZK', 'HUF', 'TRY', 'INR', 'BRL', 'MXN', 'ZAR', 'AED', 'ILS', 'SGD', 'HKD', 'KRW', 'AMD', 'GEL', 'AZN',
  'UZS', 'KGS', 'TJS', 'MDL', 'RON', 'BGN', 'RSD',
]);

export type CurrencyGuess =
  | { kind: 'none' }
  | { kind: 'one'; column: string; code: string }
  | { kind: 'several'; column: string; codes: string[] };

const headerKey = (name: string) => name.toLowerCase().replace(/[\s_\-.()]/g, '');

/** The ISO code a cell stands for, or null when it is no currency. */
export function currencyOf(cell: string | null): string | null {
  if (cell === null) return null;
  const text = cell.trim();
  if (text === '') return null;
  const upper = text.toUpperCase();
  if (ISO_CODES.has(upper)) return upper;
  return SIGNS[text.toLowerCase()] ?? null;
}

/**
 * `rows` are the file's first rows (the mapping preview), as text, in `columns` order.
 * A column is a currency column when its header is a synonym and its filled cells are currencies,
 * or when, whatever its name, every filled cell is a currency code or sign.
 */
export function guessCurrency(columns: readonly string[], rows: readonly (readonly (string | null)[])[]): CurrencyGuess {
  const candidates = columns.map((name, index) => {
    const cells = rows.map((row) => row[index] ?? null).filter((cell) => cell !== null && cell.trim() !== '');
    const codes = cells.map(currencyOf);
    const allCurrencies = cells.length > 0 && codes.every((code) => code !== null);
    return { name, named: HEADER_SYNONYMS.has(headerKey(name)), allCurrencies, codes: codes.filter((c): c is string => c !== null) };
  });
  const chosen = candidates.find((c) => c.named && c.allCurrencies) ?? candidates.find((c) => c.allCurrencies);
  if (!chosen) return { kind: 'none' };
  const distinct = [...new Set(chosen.codes)].sort();
  if (distinct.length === 1) return { kind: 'one', column: chosen.name, code: distinct[0]! };
  return { kind: 'several', column: chosen.name, codes: distinct };
}

/** Where the currency on screen comes from, in this order: the user's own choice, the file, the language. */
export type CurrencySource = 'chosen' | 'column' | 'several' | 'default';

/** The language's currency when neither the user nor the file names one. */
export const DEFAULT_CURRENCY: Record<'en' | 'ru', string> = { en: 'USD', ru: 'RUB' };

/**
 * `chosen`: the user's pick in the settings (null: "none", plain numbers), or undefined when the
 * user never picked. A file with several currencies gets plain numbers: no code would be honest.
 */
export function currencyInUse(
  chosen: string | null | undefined,
  guess: CurrencyGuess,
  locale: 'en' | 'ru',
): { code: string | null; source: CurrencySource } {
  if (chosen !== undefined) return { code: chosen, source: 'chosen' };
  if (guess.kind === 'one') return { code: guess.code, source: 'column' };
  if (guess.kind === 'several') return { code: null, source: 'several' };
  return { code: DEFAULT_CURRENCY[locale], source: 'default' };
}
