import { createRng } from '../random';

/**
 * Money comes in as whole minor units (cents, kopecks) so sums are exact integers; figures go out
 * as decimals of the shop's currency (cents / 100), rounded only when shown.
 */
export interface CustomerMoney {
  /** Revenue of the customer after the campaign, in whole minor units (0 when nothing was bought). */
  revenueCents: number;
  orders: number;
}

export interface GroupRevenue {
  customers: number;
  buyers: number;
  orders: number;
  revenue: number;
  /** revenue / orders; null without orders. */
  averageCheck: number | null;
  /** revenue / customers, buyers or not; null for an empty group. */
  revenuePerCustomer: number | null;
}

export interface RevenueUplift {
  contacted: GroupRevenue;
  control: GroupRevenue;
  /** Revenue per contacted customer − revenue per control customer. */
  difference: number | null;
  /** Percentile bootstrap interval of the difference: approximate, and shaky under 30 customers a group. */
  interval: { lower: number; upper: number; resamples: number; seed: number } | null;
  /** A group has fewer than 30 customers: the bootstrap interval is not to be trusted much. */
  smallGroup: boolean;
  /** difference × contacted customers. */
  incrementalRevenue: number | null;
  cost: number;
  /** (incremental revenue − cost) / cost; null without a cost. */
  roi: number | null;
}

export const SMALL_GROUP = 30;
export const RESAMPLES = 2000;

function checkMoney(m: CustomerMoney): void {
  if (!Number.isInteger(m.revenueCents) || !Number.isInteger(m.orders) || m.orders < 0) {
    throw new RangeError(`revenue must be whole minor units and orders a whole number, got ${m.revenueCents} / ${m.orders}`);
  }
}

export function groupRevenue(group: readonly CustomerMoney[]): GroupRevenue {
  let cents = 0;
  let orders = 0;
  let buyers = 0;
  for (const m of group) {
    checkMoney(m);
    cents += m.revenueCents;
    orders += m.orders;
    if (m.orders > 0 || m.revenueCents !== 0) buyers++;
  }
  return {
    customers: group.length,
    buyers,
    orders,
    revenue: cents / 100,
    averageCheck: orders > 0 ? cents / orders / 100 : null,
    revenuePerCustomer: group.length > 0 ? cents / group.length / 100 : null,
  };
}

/**
 * Percentile bootstrap of the difference of means (both groups resampled with replacement, one
 * seeded stream: contacted first, then control, for each resample). The bounds are the sorted
 * differences at positions ⌊B·a/2⌋ and ⌈B·(1 − a/2)⌉ − 1 (50 and 1949 for B = 2000 at 95 %).
 */
export function bootstrapDifference(
  contactedCents: readonly number[], controlCents: readonly number[], seed: number,
  resamples = RESAMPLES, confidence = 0.95,
): { lower: number; upper: number } {
  const rng = createRng(seed);
  const mean = (values: readonly number[]): number => {
    let sum = 0;
    for (let i = 0; i < values.length; i++) sum += values[Math.floor(rng.next() * values.length)];
    return sum / values.length;
  };
  const differences = new Float64Array(resamples);
  for (let b = 0; b < resamples; b++) differences[b] = mean(contactedCents) - mean(controlCents);
  differences.sort();
  const tail = (1 - confidence) / 2;
  return {
    lower: differences[Math.floor(resamples * tail)] / 100,
    upper: differences[Math.ceil(resamples * (1 - tail)) - 1] / 100,
  };
}

/** Revenue figures for contacted against control customers; cost in the shop's currency (decimal). */
export function revenueUplift(
  contacted: readonly CustomerMoney[], control: readonly CustomerMoney[], cost: number,
  seed: number, resamples = RESAMPLES,
): RevenueUplift {
  const c = groupRevenue(contacted);
  const k = groupRevenue(control);
  const difference = c.revenuePerCustomer !== null && k.revenuePerCustomer !== null ? c.revenuePerCustomer - k.revenuePerCustomer : null;
  const incrementalRevenue = difference !== null ? difference * c.customers : null;
  const interval = difference !== null
    ? { ...bootstrapDifference(contacted.map((m) => m.revenueCents), control.map((m) => m.revenueCents), seed, resamples), resamples, seed: seed >>> 0 }
    : null;
  return {
    contacted: c,
    control: k,
    difference,
    interval,
    smallGroup: c.customers < SMALL_GROUP || k.customers < SMALL_GROUP,
    incrementalRevenue,
    cost,
    roi: incrementalRevenue !== null && cost > 0 ? (incrementalRevenue - cost) / cost : null,
  };
}
