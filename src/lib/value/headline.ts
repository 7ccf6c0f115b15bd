// The headline net revenue, reconciled. The scored customers' net revenue (returns included)
// leaves out the customers who are not scored because they have no purchase before the as-of
// date, only returns or zero-value orders; their returns are real money off the books. The
// headline says what it includes and gives the total with them, which is the net revenue of
// every order before the as-of date.

import type { ScoreSummary } from '../engine/api';

export interface HeadlineRevenue {
  /** Net revenue of the scored customers (returns included): the figure the segments add up to. */
  scored: number;
  /** Customers not scored (no purchase), and their net revenue together (0 or negative). */
  unscoredCustomers: number;
  unscored: number;
  /** Every order before the as-of date: scored + unscored. */
  all: number;
}

export function headlineRevenue(summary: ScoreSummary): HeadlineRevenue {
  const unscored = summary.noPurchaseRevenue ?? 0;
  return { scored: summary.revenue, unscoredCustomers: summary.customersNoPurchase, unscored, all: round2(summary.revenue + unscored) };
}

/** Whether the total with the unscored customers differs from the headline, so it must be given. */
export const needsReconciling = (h: HeadlineRevenue): boolean => h.unscoredCustomers > 0 && h.unscored !== 0;

/** Cents, so a sum of two exact DECIMAL totals read as doubles does not show 0.30000000000000004. */
const round2 = (n: number) => Math.round(n * 100) / 100;
