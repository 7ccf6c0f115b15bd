// How the planner writes its numbers, in the user's language: expected counts with two decimals
// (as the command line prints them), money in the shop's currency, a price of one message with
// enough digits for a fraction of a cent.

import type { Formats } from './explain-text';

interface Fmt {
  money: (n: number, currency: string | null) => string;
  number: (n: number, maxFractionDigits: number) => string;
  percent: (fraction: number, digits?: number) => string;
  integer: (n: number) => string;
}

/** Whole cents: money's two decimals say it exactly. */
const inCents = (n: number) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-9;

/** Two significant digits (0.0078), at most two decimals from 1 up: for the small amounts of late reports. */
const smallDigits = (n: number) => (n === 0 || Math.abs(n) >= 1 ? 2 : Math.max(2, 1 - Math.floor(Math.log10(Math.abs(n)))));

export function planFormats(fmt: Fmt, currency: string | null): Formats {
  return {
    money: (n) => fmt.money(n, currency),
    price: (n) => (inCents(n) ? fmt.money(n, currency) : `${fmt.number(n, 6)}${currency ? ` ${currency}` : ''}`),
    // money without a currency is a plain number with exactly two decimals.
    count: (n) => fmt.money(n, null),
    percent: (share) => fmt.percent(share, Number.isInteger(Math.round(share * 1e4) / 100) ? 0 : 1),
    integer: (n) => fmt.integer(n),
    plain: (n) => fmt.number(n, 2),
    small: (n) => fmt.number(n, smallDigits(n)),
    // From 0.1 up, money's two decimals already give two significant digits.
    smallMoney: (n) => (n === 0 || Math.abs(n) >= 0.1 ? fmt.money(n, currency) : `${fmt.number(n, smallDigits(n))}${currency ? ` ${currency}` : ''}`),
  };
}
