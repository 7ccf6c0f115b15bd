// The segment value table: what each segment is worth, from the engine's per-segment counts.
// Pure, so every ratio is unit-tested; a segment without customers has no ratios (null), never NaN.

import { type ArchetypeConfig, OTHER_ID } from '../archetypes/config';
import { TOTAL_ID } from '../archetypes/reserved-ids';
import type { SegmentFigures } from '../archetypes/segment-rows';
import type { SegmentValue } from '../engine/api';

export interface ValueRow extends SegmentFigures {
  /** Segment id, or TOTAL_ID for the whole base. */
  id: string;
  purchasesPerCustomer: number | null;
  /** Share of customers with two or more purchases. */
  repeatRate: number | null;
  /** Share of customers without a purchase for longer than the churn threshold. */
  churnRate: number | null;
  /** Net revenue per customer so far. */
  valuePerCustomer: number | null;
  /** Days from first purchase to the as-of date, on average. */
  averageAgeDays: number | null;
}

// Reserved in configurations (reserved-ids.ts), so no archetype can take the total's row.
export { TOTAL_ID };

const ratio = (a: number, b: number) => (b > 0 ? a / b : null);

function row(id: string, v: Omit<SegmentValue, 'segment'>, all: { customers: number; revenue: number }): ValueRow {
  return {
    id,
    customers: v.customers,
    customerShare: ratio(v.customers, all.customers) ?? 0,
    purchases: v.purchases,
    revenue: v.revenue,
    revenueShare: ratio(v.revenue, all.revenue) ?? 0,
    averageOrderValue: ratio(v.revenue, v.purchases),
    purchasesPerCustomer: ratio(v.purchases, v.customers),
    repeatRate: ratio(v.repeaters, v.customers),
    churnRate: ratio(v.churned, v.customers),
    valuePerCustomer: ratio(v.revenue, v.customers),
    averageAgeDays: ratio(v.ageDays, v.customers),
  };
}

/** Segments in the configuration's value order (Others last), then the whole base. */
export function valueRows(values: SegmentValue[], config: ArchetypeConfig): ValueRow[] {
  const total = values.reduce(
    (t, v) => ({
      customers: t.customers + v.customers,
      purchases: t.purchases + v.purchases,
      revenue: t.revenue + v.revenue,
      repeaters: t.repeaters + v.repeaters,
      churned: t.churned + v.churned,
      ageDays: t.ageDays + v.ageDays,
    }),
    { customers: 0, purchases: 0, revenue: 0, repeaters: 0, churned: 0, ageDays: 0 },
  );
  const byId = new Map(values.map((v) => [v.segment, v]));
  const order = [...config.archetypes.map((a) => a.id), OTHER_ID];
  return [
    ...order.flatMap((id) => {
      const v = byId.get(id);
      return v && v.customers > 0 ? [row(id, v, total)] : [];
    }),
    row(TOTAL_ID, total, total),
  ];
}
