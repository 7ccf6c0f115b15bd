// The columns a dataset's rows are read with: a customer and a date, and an amount or a quantity
// with a price. A mapping without them cannot be read into orders at all.

import { Check, type RecordProblem } from './check';

const OPTIONAL = ['amount', 'quantity', 'price', 'order', 'status', 'refunded'] as const;

/**
 * Not checked against the file's columns: reopening reads the kept orders, not the file, and a
 * record kept by an older version may name a column as it was read then.
 */
export function columnMappingProblem(v: unknown): RecordProblem | null {
  const c = new Check();
  if (!c.object('', v)) return c.problem;
  const column = (name: string, optional: boolean) => c.text(name, v[name], { optional, nonEmpty: true, max: 1000 });
  column('customer', false);
  column('date', false);
  for (const name of OPTIONAL) column(name, true);
  if (v.amount === undefined && (v.quantity === undefined || v.price === undefined)) c.fail('amount', 'missing');
  return c.problem;
}
