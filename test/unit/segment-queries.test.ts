import { describe, expect, it } from 'vitest';
import type { CellStat, ScoreResult, SegmentTotal } from '../../src/lib/engine/api';
import { rfHeatmap } from '../../src/features/segments/queries';
import { segmentColor, segmentNames, segmentRows } from '../../src/lib/archetypes/segment-rows';
import type { ArchetypeConfig } from '../../src/lib/archetypes/config';
import { cellKey, OTHER_COLOR, OTHER_ID } from '../../src/lib/archetypes/config';
import { deleteArchetype, updateArchetype } from '../../src/lib/archetypes/edit';
import { configFromPreset } from '../../src/lib/archetypes/presets';
import { validateConfig } from '../../src/lib/archetypes/validate';
import { createTranslator } from '../../src/lib/i18n/translate';

// Default preset on a 2 x 2 x 2 grid, worked out by hand from presets.ts and preset-data.ts:
// - mapScore(s, 2, 5) = 1 + round(4 (s - 1) / 1): score 1 -> 1, score 2 -> 5 on the 5-point scale.
// - FM = floor((f5 + m5 + 1) / 2): (1,1) -> 1, (1,5) and (5,1) -> 3, (5,5) -> 5.
// - R 1 -> table row R1: [lost, lost, at_risk, at_risk, cant_lose], read at column FM.
//   (1,1,1) FM 1 lost; (1,1,2), (1,2,1) FM 3 at_risk; (1,2,2) FM 5 cant_lose.
// - R 2 -> table row R5: [new, potential_loyalist, potential_loyalist, champions, champions].
//   (2,1,1) FM 1 new; (2,1,2) and (2,2,1) FM 3 potential_loyalist; (2,2,2) FM 5 champions.
// Value ranks: champions 1, potential_loyalist 3, new 4, at_risk 8, cant_lose 9, lost 11.
// Cells (1,1,1) and (1,1,2) have nobody, so lost is absent and heat cell R1 F1 is empty.
// Listed out of grid order on purpose: the views must not depend on the engine's row order.
const CELLS: CellStat[] = [
  { r: 2, f: 2, m: 2, customers: 7, purchases: 40, revenue: 2990 }, // champions
  { r: 1, f: 2, m: 1, customers: 3, purchases: 5, revenue: 100 }, // at_risk
  { r: 2, f: 1, m: 1, customers: 5, purchases: 5, revenue: 50 }, // new
  { r: 1, f: 2, m: 2, customers: 2, purchases: 6, revenue: 400 }, // cant_lose
  { r: 2, f: 1, m: 2, customers: 1, purchases: 2, revenue: 300 }, // potential_loyalist
  { r: 2, f: 2, m: 1, customers: 2, purchases: 8, revenue: 160 }, // potential_loyalist
];

const CONFIG = configFromPreset('default', { r: 2, f: 2, m: 2 });
const t = (key: string) => `«${key}»`;

/** What the engine returns: per-segment totals of the cells under the configuration (no rules here). */
function segmentsOf(cells: CellStat[], config: ArchetypeConfig): SegmentTotal[] {
  const totals = new Map<string, SegmentTotal>();
  for (const c of cells) {
    const segment = config.cells[cellKey(c.r, c.f, c.m)] ?? OTHER_ID;
    const total = totals.get(segment) ?? { segment, customers: 0, purchases: 0, revenue: 0 };
    total.customers += c.customers;
    total.purchases += c.purchases;
    total.revenue += c.revenue;
    totals.set(segment, total);
  }
  return [...totals.values()];
}

function result(cells: CellStat[], bins = { r: 2, f: 2, m: 2 }, config = CONFIG): ScoreResult {
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
    segments: segmentsOf(cells, config),
  };
}

describe('segmentRows', () => {
  const rows = segmentRows(result(CELLS), CONFIG, t);

  it('lists the archetypes that have customers, most valuable first', () => {
    expect(rows.map((row) => row.id)).toEqual(['champions', 'potential_loyalist', 'new', 'at_risk', 'cant_lose']);
    expect(rows.map((row) => row.valueRank)).toEqual([1, 3, 4, 8, 9]);
  });

  it('sums customers, purchases and revenue of the cells of each archetype', () => {
    // 20 customers, 66 purchases, 4000 revenue in all.
    expect(rows.map(({ id, customers, purchases, revenue }) => ({ id, customers, purchases, revenue }))).toEqual([
      { id: 'champions', customers: 7, purchases: 40, revenue: 2990 },
      { id: 'potential_loyalist', customers: 3, purchases: 10, revenue: 460 },
      { id: 'new', customers: 5, purchases: 5, revenue: 50 },
      { id: 'at_risk', customers: 3, purchases: 5, revenue: 100 },
      { id: 'cant_lose', customers: 2, purchases: 6, revenue: 400 },
    ]);
  });

  it('gives each archetype its share of customers and revenue, adding up to 1', () => {
    expect(rows.map((row) => row.customerShare)).toEqual([7 / 20, 3 / 20, 5 / 20, 3 / 20, 2 / 20]);
    expect(rows.map((row) => row.revenueShare)).toEqual([2990 / 4000, 460 / 4000, 50 / 4000, 100 / 4000, 400 / 4000]);
    expect(rows.reduce((s, row) => s + row.customerShare, 0)).toBeCloseTo(1, 12);
    expect(rows.reduce((s, row) => s + row.revenueShare, 0)).toBeCloseTo(1, 12);
  });

  it('gives the average order value as revenue per purchase', () => {
    expect(rows.map((row) => row.averageOrderValue)).toEqual([74.75, 46, 10, 20, 400 / 6]);
  });

  it('gives no average order value to an archetype without purchases', () => {
    const [row] = segmentRows(result([{ r: 2, f: 2, m: 2, customers: 3, purchases: 0, revenue: 0 }]), CONFIG, t);
    expect(row.id).toBe('champions');
    expect(row.averageOrderValue).toBeNull();
  });

  it('shows a zero revenue share, not NaN, when the scored customers brought no net revenue', () => {
    // Free samples, or sales fully offset by returns.
    const rows = segmentRows(result([{ r: 2, f: 2, m: 2, customers: 2, purchases: 3, revenue: 0 }]), CONFIG, t);
    expect(rows.map(({ customerShare, revenueShare }) => ({ customerShare, revenueShare }))).toEqual([
      { customerShare: 1, revenueShare: 0 },
    ]);
  });

  it('colours each row as the charts and legends colour its segment', () => {
    expect(rows.map((row) => row.color)).toEqual(['#117733', '#999933', '#0077BB', '#EE6677', '#882255']);
    for (const row of rows) expect(row.color).toBe(segmentColor(CONFIG, row.id));
  });

  it('names a preset archetype from the catalog and a renamed one as the user wrote it', () => {
    expect(rows[0].name).toBe('«archetype.champions»');
    const renamed = { ...CONFIG, archetypes: CONFIG.archetypes.map((a) => (a.id === 'champions' ? { ...a, name: 'Лучшие' } : a)) };
    expect(segmentRows(result(CELLS), renamed, t)[0].name).toBe('Лучшие');
  });

  it('shows the customers of unassigned cells as Other, last, never hidden', () => {
    const partial = { ...CONFIG, cells: { ...CONFIG.cells } };
    delete partial.cells['2-2-2'];
    const withOther = segmentRows(result(CELLS, undefined, partial), partial, t);
    expect(withOther.at(-1)).toMatchObject({ id: OTHER_ID, name: '«archetype.others»', color: OTHER_COLOR, customers: 7, valueRank: 12 });
  });
});

describe('segmentColor', () => {
  it('draws a segment in its archetype\'s colour as the user set it, Other and a deleted archetype in Other\'s grey', () => {
    expect(segmentColor(CONFIG, 'champions')).toBe('#117733');
    expect(segmentColor(updateArchetype(CONFIG, 'champions', { color: '#123456' }), 'champions')).toBe('#123456');
    expect(segmentColor(CONFIG, OTHER_ID)).toBe(OTHER_COLOR);
    // An older analysis still has customers in it.
    expect(segmentColor(deleteArchetype(CONFIG, 'new'), 'new')).toBe(OTHER_COLOR);
  });
});

describe('segment names', () => {
  const en = createTranslator('en') as (key: string) => string;
  const ru = createTranslator('ru') as (key: string) => string;

  it('are the R package\'s own segment names under its preset, so an export matches what R users know', () => {
    expect(segmentNames(configFromPreset('rfm-package', { r: 5, f: 5, m: 5 }), en)).toEqual({
      champions: 'Champions',
      loyal: 'Loyal Customers',
      potential_loyalist: 'Potential Loyalist',
      new: 'New Customers',
      promising: 'Promising',
      need_attention: 'Need Attention',
      about_to_sleep: 'About To Sleep',
      at_risk: 'At Risk',
      cant_lose: "Can't Lose Them",
      lost: 'Lost',
      others: 'Others',
    });
  });

  it('keep the eleven archetypes\' own names under the default preset', () => {
    expect(segmentNames(configFromPreset('default', { r: 5, f: 5, m: 5 }), en)).toMatchObject({
      loyal: 'Loyal',
      about_to_sleep: 'About to Sleep',
      cant_lose: 'Can’t Lose Them',
      hibernating: 'Hibernating',
      others: 'Others',
    });
  });

  it('follow the preset a stored configuration was made from, for its preset archetypes only', () => {
    // A copy of the R package preset as the app has always saved one: preset archetypes by id, names left empty.
    const stored = validateConfig({
      format: 1,
      id: 'cfg-1',
      name: 'Мои сегменты',
      basedOn: 'rfm-package',
      grid: { r: 2, f: 2, m: 2 },
      archetypes: [
        { id: 'loyal', name: '', color: '#009E73', description: '', action: '', preset: 'loyal' },
        { id: 'cant_lose', name: 'Keep them', color: '#882255', description: '', action: '', preset: 'cant_lose' },
        { id: 'vip', name: '', color: '#AA3377', description: '', action: '', preset: 'vip' },
        { id: 'mine', name: 'Mine', color: '#444444', description: '', action: '' },
      ],
      cells: { '2-2-2': 'loyal', '1-2-2': 'cant_lose' },
      rules: [],
      updatedAt: '2026-11-23T12:00:00.000Z',
    });
    if (!stored.ok) throw new Error(JSON.stringify(stored.problems));
    expect(segmentNames(stored.config, en)).toEqual({ loyal: 'Loyal Customers', cant_lose: 'Keep them', vip: 'VIP', mine: 'Mine', others: 'Others' });
    expect(segmentNames(stored.config, ru)).toMatchObject({ loyal: 'Лояльные клиенты', vip: 'VIP' });
    expect(segmentNames({ ...stored.config, basedOn: 'default' }, en)).toMatchObject({ loyal: 'Loyal' });
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
