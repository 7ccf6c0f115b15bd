// What the closed import report says in one line, and when the report must stay open.
// The report opens by itself only when something in it needs the user's decision; rows left out
// for a clear reason (no customer id, a return, a status that is no purchase) are counted and
// said in the line, not pushed in front of the answer.

import type { DatasetInfo, ImportSummary } from '../engine/api';

export type LeftOutKind = 'noCustomer' | 'badDate' | 'badAmount' | 'futureDate' | 'earlyDate' | 'status' | 'notOrders' | 'duplicatesDropped';

/** The kind of row left out most often, for the one-line summary ("135,080 without a customer"). */
export function largestLeftOut(summary: ImportSummary): { kind: LeftOutKind; count: number } | null {
  const counts: [LeftOutKind, number][] = [
    ['noCustomer', summary.rowsNoCustomer],
    ['badDate', summary.rowsBadDate],
    ['badAmount', summary.rowsBadAmount],
    ['futureDate', summary.rowsFutureDate],
    ['earlyDate', summary.rowsEarlyDate ?? 0],
    ['status', summary.rowsExcludedStatus ?? 0],
    ['notOrders', (summary.rowsMalformed ?? 0) + (summary.rowsComment ?? 0) + (summary.rowsRepeatedHeader ?? 0) + (summary.rowsTotals ?? 0)],
    ['duplicatesDropped', summary.duplicatesDropped],
  ];
  let best: { kind: LeftOutKind; count: number } | null = null;
  for (const [kind, count] of counts) if (count > 0 && (!best || count > best.count)) best = { kind, count };
  return best;
}

/**
 * Report item ids (as in report-items.ts) that need the user's decision:
 * - `date-order` read day first only because the dates are dotted: every value fits both
 *   readings, so the order is a convention the user should confirm;
 * - `lenient` and, after a quote that never closes, `malformed`: the reading of the file itself is
 *   in doubt (rows may have lost fields or been joined);
 * - `bad-date`, `bad-amount`, `future-date` on 1 % of the rows or more: that many unreadable or
 *   impossible values point to a wrong column or format choice, not to a few typos;
 * - `no-customer` on most rows (half or more): probably the wrong customer column. A quarter of
 *   Online Retail's rows have no customer id, which is a fact of that file, not a choice.
 * Kept duplicates and ids differing only in case are offered as choices in their lines but the
 * default is safe, so they do not open the report.
 */
export function reportDecisions(summary: ImportSummary, dataset: DatasetInfo | null): string[] {
  const ids: string[] = [];
  const rows = Math.max(summary.rows, 1);
  if (summary.formats.dateOrderSource === 'dots') ids.push('date-order');
  if (dataset?.dialect?.lenient) ids.push('lenient');
  if (summary.unclosedQuote && (summary.rowsMalformed ?? 0) > 0) ids.push('malformed');
  if (summary.rowsBadDate / rows >= 0.01) ids.push('bad-date');
  if (summary.rowsBadAmount / rows >= 0.01) ids.push('bad-amount');
  if (summary.rowsFutureDate / rows >= 0.01) ids.push('future-date');
  if (summary.rowsNoCustomer / rows >= 0.5) ids.push('no-customer');
  return ids;
}
