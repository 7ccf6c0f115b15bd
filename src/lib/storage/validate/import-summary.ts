// The import report a kept dataset and a snapshot hold: the facts the list shows (rows, customers,
// dates) and the counts the report adds up. A NaN here shows as "NaN rows" and breaks reopening.

import { Check, type RecordProblem } from './check';

/** Present in every summary ever kept. */
const COUNTS = [
  'rows',
  'rowsUsed',
  'rowsNoCustomer',
  'rowsBadDate',
  'rowsBadAmount',
  'rowsFutureDate',
  'rowsReturns',
  'duplicateRows',
  'duplicatesDropped',
  'idVariantGroups',
  'orders',
  'customers',
] as const;

/** Added later: absent in older summaries, a count when present. */
const LATER_COUNTS = [
  'rowsEarlyDate',
  'rowsIdControl',
  'rowsMalformed',
  'rowsComment',
  'rowsRepeatedHeader',
  'rowsTotals',
  'rowsExcludedStatus',
  'rowsFromOrder',
  'duplicatesInOrders',
] as const;

export function importSummaryProblem(v: unknown): RecordProblem | null {
  const c = new Check();
  if (!c.object('', v)) return c.problem;
  for (const name of COUNTS) c.count(name, v[name]);
  for (const name of LATER_COUNTS) c.count(name, v[name], true);
  c.day('firstDate', v.firstDate);
  c.day('lastDate', v.lastDate);
  c.day('defaultAsOf', v.defaultAsOf);
  c.array('idVariantExamples', v.idVariantExamples);
  c.object('examples', v.examples);
  c.object('formats', v.formats);
  c.object('choices', v.choices);
  return c.problem;
}
