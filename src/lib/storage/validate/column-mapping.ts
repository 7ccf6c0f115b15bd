// The columns a dataset's rows are read with: a customer and a date, and an amount or a quantity
// with a price. A mapping without them cannot be read into orders at all.

import { Check, type RecordProblem } from './check';

const OPTIONAL = ['amount', 'quantity', 'price', 'order', 'status', 'refunded'] as const;

/** `columns`: the file's column names, when known; every mapped column must be one of them. */
export function columnMappingProblem(v: unknown, columns?: ReadonlySet<string>): RecordProblem | null {
  const c = new Check();
  if (!c.object('', v)) return c.problem;
  const column = (name: string, optional: boolean) => {
    const value = v[name];
    if (!c.text(name, value, { optional, nonEmpty: true, max: 1000 }) || value === undefined) return;
    if (columns && !columns.has(value as string)) c.fail(name, 'unknown_value');
  };
  column('customer', false);
  column('date', false);
  for (const name of OPTIONAL) column(name, true);
  if (v.amount === undefined && (v.quantity === undefined || v.price === undefined)) c.fail('amount', 'missing');
  return c.problem;
}
