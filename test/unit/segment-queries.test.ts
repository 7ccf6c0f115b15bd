import { describe, expect, it } from 'vitest';
import type { CellStat, ScoreResult } from '../../src/lib/engine/api';
import { rfHeatmap, segmentRows } from '../../src/features/segments/queries';
import { presetById } from '../../src/lib/rfm/archetypes';

// Default preset on a 2 x 2 x 2 grid, worked out by hand from archetypes.ts and archetype-presets.ts:
// - projectScore(s, 2) = ceil((10s - 5) / 4): score 1 -> 2, score 2 -> 4 on the 5-point scale.
// - fmScore(f5, m5) = floor((f5 + m5 + 1) / 2): (2,2) -> 2, (2,4) and (4,2) -> 3, (4,4) -> 4.
// - R 1 -> R5 row 2: [hibernating, hibernating, at_risk, at_risk, cant_lose], read at column FM.
//   (1,1,1) FM 2 hibernating; (1,1,2), (1,2,1) FM 3 at_risk; (1,2,2) FM 4 at_risk.
// - R 2 -> R5 row 4: [promising, potential_loyalist, potential_loyalist, loyal, champions].
//   (2,1,1) FM 2, (2,1,2) and (2,2,1) FM 3 potential_loyalist; (2,2,2) FM 4 loyal.
// Value ranks: loyal 2, potential_loyalist 3, at_risk 8, hibernating 10.
// Cells (1,1,1) and (1,1,2) have nobody, so hibernating is absent and heat cell R1 F1 is empty.
// Listed out of grid order on purpose: the views must not depend on the engine's row order.
const CELLS: CellStat[] = [
  { r: 2, f: 2, m: 2, customers: 7, purchases: 40, revenue: 2990 }, // loyal
  { r: 1, f: 2, m: 1, customers: 3, purchases: 5, revenue: 100 }, // at_risk
  { r: 2, f: 1, m: 1, customers: 5, purchases: 5, revenue: 50 }, // potential_loyalist
  { r: 1, f: 2, m: 2, customers: 2, purchases: 6, revenue: 400 }, // at_risk
  { r: 2, f: 1, m: 2, customers: 1, purchases: 2, revenue: 300 }, // potential_loyalist
  { r: 2, f: 2, m: 1, customers: 2, purchases: 8, revenue: 160 }, // potential_loyalist
];

function result(cells: CellStat[], bins = { r: 2, f: 2, m: 2 }): ScoreResult {
  const sum = (key: 'customers' | 'purchases' | 'revenue') => cells.reduce((s, c) => s + c[key], 0);
  const axisCuts = { cuts: [], bands: [] };
  return {
    settings: { asOf: '2024-03-01', method: 'quantile', bins, thresholds: { r: [], f: [], m: [] }, archetypes: 'default' },
    summary: {
      asOf: '2024-03-01',
      customers: sum('customers'),
      purchases: sum('purchases'),
      revenue: sum('revenue'),
      customersNoPurchase: 0,
      noPurchaseExamples: [],
    },
    cuts: { r: axisCuts, f: axisCuts, m: axisCuts },
    cells,
  };
}

describe('segmentRows', () => {
  const rows = segmentRows(result(CELLS));

  it('lists the archetypes that have customers, most valuable first', () => {
    expect(rows.map((row) => row.id)).toEqual(['loyal', 'potential_loyalist', 'at_risk']);
    expect(rows.map((row) => row.valueRank)).toEqual([2, 3, 8]);
  });

  it('sums customers, purchases and revenue of the cells of each archetype', () => {
    // 20 customers, 66 purchases, 4000 revenue in all.
    expect(rows.map(({ id, customers, purchases, revenue }) => ({ id, customers, purchases, revenue }))).toEqual([
      { id: 'loyal', customers: 7, purchases: 40, revenue: 2990 },
      { id: 'potential_loyalist', customers: 8, purchases: 15, revenue: 510 },
      { id: 'at_risk', customers: 5, purchases: 11, revenue: 500 },
    ]);
  });

  it('gives each archetype its share of customers and revenue, adding up to 1', () => {
    expect(rows.map((row) => row.customerShare)).toEqual([7 / 20, 8 / 20, 5 / 20]);
    expect(rows.map((row) => row.revenueShare)).toEqual([2990 / 4000, 510 / 4000, 500 / 4000]);
    expect(rows.reduce((s, row) => s + row.customerShare, 0)).toBeCloseTo(1, 12);
    expect(rows.reduce((s, row) => s + row.revenueShare, 0)).toBeCloseTo(1, 12);
  });

  it('gives the average order value as revenue per purchase', () => {
    expect(rows.map((row) => row.averageOrderValue)).toEqual([74.75, 34, 500 / 11]);
  });

  it('gives no average order value to an archetype without purchases', () => {
    const [row] = segmentRows(result([{ r: 2, f: 2, m: 2, customers: 3, purchases: 0, revenue: 0 }]));
    expect(row.id).toBe('loyal');
    expect(row.averageOrderValue).toBeNull();
  });

  it('shows a zero revenue share, not NaN, when the scored customers brought no net revenue', () => {
    // Free samples, or sales fully offset by returns.
    const rows = segmentRows(result([{ r: 2, f: 2, m: 2, customers: 2, purchases: 3, revenue: 0 }]));
    expect(rows.map(({ customerShare, revenueShare }) => ({ customerShare, revenueShare }))).toEqual([
      { customerShare: 1, revenueShare: 0 },
    ]);
  });

  it('colours each row as the preset colours its archetype in charts and legends', () => {
    const colours = new Map(presetById('default').archetypes.map((a) => [a.id, a.color]));
    for (const row of rows) expect(row.color).toBe(colours.get(row.id));
  });
});

describe('rfHeatmap', () => {
  const grid = rfHeatmap(result(CELLS));

  it('has every R x F cell, empty ones included, in R then F order', () => {
    expect(grid.map(({ r, f }) => [r, f])).toEqual([
      [1, 1],
      [1, 2],
      [2, 1],
      [2, 2],
    ]);
    expect(grid[0]).toEqual({ r: 1, f: 1, customers: 0, revenue: 0, meanMonetary: null });
  });

  it('gives the mean monetary value per customer over all M scores of the cell', () => {
    // R2 F2 = (2,2,1) + (2,2,2): 3150 / 9 = 350, not the mean of the two cell means (253.57).
    expect(grid.slice(1)).toEqual([
      { r: 1, f: 2, customers: 5, revenue: 500, meanMonetary: 100 },
      { r: 2, f: 1, customers: 6, revenue: 350, meanMonetary: 350 / 6 },
      { r: 2, f: 2, customers: 9, revenue: 3150, meanMonetary: 350 },
    ]);
  });

  it('follows the grid size of the result', () => {
    const wide = rfHeatmap(result([{ r: 3, f: 5, m: 1, customers: 2, purchases: 2, revenue: 8 }], { r: 3, f: 5, m: 2 }));
    expect(wide).toHaveLength(15);
    expect(wide.filter((cell) => cell.meanMonetary !== null)).toEqual([{ r: 3, f: 5, customers: 2, revenue: 8, meanMonetary: 4 }]);
  });
});
