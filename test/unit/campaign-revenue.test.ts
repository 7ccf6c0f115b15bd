import { describe, it, expect } from 'vitest';
import { bootstrapDifference, groupRevenue, revenueUplift } from '../../src/lib/campaign/revenue';

const money = (revenueCents: number, orders: number) => ({ revenueCents, orders });

describe('campaign revenue, contacted against control', () => {
  // Contacted: 10.00 (1 order), nothing, 25.50 (2 orders), nothing, nothing, 12.50 (1 order).
  // Control: nothing, 5.00 (1 order), nothing.
  const contacted = [money(1000, 1), money(0, 0), money(2550, 2), money(0, 0), money(0, 0), money(1250, 1)];
  const control = [money(0, 0), money(500, 1), money(0, 0)];

  it('works out every figure as by hand', () => {
    const result = revenueUplift(contacted, control, 10, 1);
    // Contacted: 48.00 over 4 orders = 12.00 a check; over 6 customers = 8.00 each; 3 buyers.
    expect(result.contacted).toEqual({ customers: 6, buyers: 3, orders: 4, revenue: 48, averageCheck: 12, revenuePerCustomer: 8 });
    // Control: 5.00 over 1 order; over 3 customers = 1.6667 each.
    expect(result.control.revenuePerCustomer).toBeCloseTo(5 / 3, 12);
    expect(result.control.averageCheck).toBe(5);
    // Difference 8 − 1.6667 = 6.3333 a customer; × 6 contacted = 38.00 incremental;
    // ROI (38 − 10) / 10 = 2.8.
    expect(result.difference).toBeCloseTo(19 / 3, 12);
    expect(result.incrementalRevenue).toBeCloseTo(38, 10);
    expect(result.roi).toBeCloseTo(2.8, 10);
    expect(result.smallGroup).toBe(true);
  });

  it('sums whole cents, so 0.10 + 0.20 is exactly 0.30', () => {
    expect(groupRevenue([money(10, 1), money(20, 1)]).revenue).toBe(0.3);
    expect(() => groupRevenue([money(10.5, 1)])).toThrow(RangeError);
  });

  it('has no ROI without a cost and no figures for an empty group', () => {
    expect(revenueUplift(contacted, control, 0, 1).roi).toBeNull();
    const empty = revenueUplift(contacted, [], 10, 1);
    expect(empty).toMatchObject({ difference: null, interval: null, incrementalRevenue: null, roi: null });
    expect(empty.control.averageCheck).toBeNull();
  });

  it('bootstraps an interval that is drawn again from its seed', () => {
    const a = revenueUplift(contacted, control, 10, 42);
    const b = revenueUplift(contacted, control, 10, 42);
    const c = revenueUplift(contacted, control, 10, 43);
    expect(a.interval).toEqual(b.interval);
    expect(a.interval).toMatchObject({ resamples: 2000, seed: 42 });
    expect(c.interval).not.toEqual(a.interval);
    const { lower, upper } = a.interval ?? { lower: NaN, upper: NaN };
    expect(lower).toBeLessThanOrEqual(19 / 3);
    expect(upper).toBeGreaterThanOrEqual(19 / 3);
    // A resample can at most take the dearest contacted customer six times (25.50) and no control revenue.
    expect(upper).toBeLessThanOrEqual(25.5);
  });

  it('gives a zero-width interval when nobody differs within a group', () => {
    expect(bootstrapDifference([1000, 1000, 1000], [0, 0], 5, 200)).toEqual({ lower: 10, upper: 10 });
  });

  it('narrows as groups grow', () => {
    const spread = (n: number): number => {
      const t = Array.from({ length: n }, (_, i) => (i % 4 === 0 ? 2000 : 0));
      const k = Array.from({ length: n }, (_, i) => (i % 5 === 0 ? 2000 : 0));
      const { lower, upper } = bootstrapDifference(t, k, 9, 500);
      return upper - lower;
    };
    expect(spread(400)).toBeLessThan(spread(40));
  });
});
