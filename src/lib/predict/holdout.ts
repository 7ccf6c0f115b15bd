// The check before trusting the model: fitted on the calibration period, how many repeat
// purchases it expects each customer to make in the holdout (from the calibration end to the last
// order) against how many they made, by number of calibration repeat purchases as Fader, Hardie &
// Lee's figure 4 shows it, and in total.
import { expectedPurchases, type BgNbdParams, type Repeats } from './bgnbd';

/** Customers with this many calibration repeats or more share the last group (the paper's "7+"). */
export const HOLDOUT_TOP_GROUP = 7;

export interface HoldoutGroup {
  /** Calibration repeat purchases; the last group holds HOLDOUT_TOP_GROUP and more. */
  x: number;
  customers: number;
  /** Repeat purchases the customers made in the holdout, in all. */
  actual: number;
  /** Repeat purchases the model expected of them in the holdout, in all. */
  predicted: number;
}

export interface HoldoutCheck {
  /** The holdout's length in the summary's unit. */
  length: number;
  groups: HoldoutGroup[];
  total: Omit<HoldoutGroup, 'x'>;
}

/** Null when there is no holdout (no purchase after the calibration end). */
export function holdoutCheck(params: BgNbdParams, summary: Repeats & { holdoutX: ArrayLike<number>; holdoutLength: number }): HoldoutCheck | null {
  const length = summary.holdoutLength;
  if (!(length > 0)) return null;
  const groups: HoldoutGroup[] = Array.from({ length: HOLDOUT_TOP_GROUP + 1 }, (_, x) => ({ x, customers: 0, actual: 0, predicted: 0 }));
  for (let i = 0; i < summary.x.length; i++) {
    const group = groups[Math.min(summary.x[i], HOLDOUT_TOP_GROUP)];
    group.customers++;
    group.actual += summary.holdoutX[i];
    group.predicted += expectedPurchases(params, length, summary.x[i], summary.tx[i], summary.T[i]);
  }
  const total = groups.reduce((t, g) => ({ customers: t.customers + g.customers, actual: t.actual + g.actual, predicted: t.predicted + g.predicted }), { customers: 0, actual: 0, predicted: 0 });
  return { length, groups: groups.filter((g) => g.customers > 0), total };
}
