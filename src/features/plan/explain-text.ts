// A line of lib/plan/explain.ts as text: its parameters are plain numbers, formatted here by what
// they are (a rate as a percentage, a price or a cost as money, a count of expected messages with
// two decimals, as in the table).

import type { ExplainLine } from '../../lib/plan/explain';
import type { Translate } from '../../lib/i18n/translate';

export interface Formats {
  money: (n: number) => string;
  /** A price of one message: often below a cent, so more digits than money. */
  price: (n: number) => string;
  count: (n: number) => string;
  percent: (share: number) => string;
  integer: (n: number) => string;
  /** Up to two decimals, no trailing zeros (hours). */
  plain: (n: number) => string;
  /** Two significant digits, for amounts far below one (late reports). */
  small: (n: number) => string;
  smallMoney: (n: number) => string;
}

const KIND: Record<string, keyof Formats> = {
  rate: 'percent',
  share: 'percent',
  price: 'price',
  cost: 'money',
  saving: 'money',
  extra: 'money',
  hours: 'plain',
  reachable: 'integer',
};

export function explainText(line: ExplainLine, t: Translate, formats: Formats): string {
  const params = Object.fromEntries(
    Object.entries(line.params).map(([name, value]) => [name, typeof value === 'number' ? formats[KIND[name] ?? 'count'](value) : value]),
  );
  return t(line.key, params);
}
