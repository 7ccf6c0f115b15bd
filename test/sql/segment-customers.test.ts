// The segment page's customer list and download on the real SQL: one segment's customers, paged,
// sorted from the fixed list and searched by id, and the segment's CSV with the same columns as
// the scores download. Expected rows worked out by hand in test/fixtures/README.md.
import { beforeAll, describe, expect, it } from 'vitest';
import { OTHER_ID } from '../../src/lib/archetypes/config';
import { configFromPreset } from '../../src/lib/archetypes/presets';
import { segmentationInput } from '../../src/lib/archetypes/segment';
import type { ColumnMapping, ScoringSettings, SegmentCustomersRequest } from '../../src/lib/engine/api';
import { readCsv, startEngine, type TestEngine } from './helpers/engine';

let t: TestEngine;
const GRID = { r: 2, f: 2, m: 2 };
const settings: ScoringSettings = {
  asOf: '2024-07-01',
  method: 'custom',
  bins: GRID,
  thresholds: { r: [60], f: [2], m: [200] },
  archetypes: 'default',
};
const segmentation = segmentationInput(configFromPreset('default', GRID));

const list = (request: Partial<SegmentCustomersRequest>) =>
  t.engine.segmentCustomers(settings, segmentation, { segment: 'champions', sort: 'customer', descending: false, search: '', offset: 0, limit: 50, ...request });
const ids = (request: Partial<SegmentCustomersRequest>) => list(request).rows.map((r) => r.customerId);

beforeAll(async () => {
  t = await startEngine();
  const dataset = await t.open('segment-page/orders.csv');
  t.engine.prepare(dataset.guess as ColumnMapping, { today: '2026-11-23' });
});

describe('a segment\'s customers', () => {
  it('lists exactly the segment\'s customers, with their figures, and the count the segment table shows', () => {
    const result = t.engine.score(settings, segmentation);
    expect(result.segments.find((s) => s.segment === 'champions')?.customers).toBe(5);
    const page = list({});
    expect(page).toMatchObject({ total: 5, matching: 5, ranges: { recencyDays: [1, 42], frequency: [2, 3], monetary: [210, 1000] } });
    // The ranges are the segment's, whatever the search finds.
    expect(list({ search: 'ann' }).ranges).toEqual(page.ranges);
    expect(page.rows).toEqual([
      { customerId: '=ivy', lastPurchase: '2024-06-30', recencyDays: 1, frequency: 2, monetary: 600, r: 2, f: 2, m: 2 },
      { customerId: 'ann', lastPurchase: '2024-06-25', recencyDays: 6, frequency: 2, monetary: 250, r: 2, f: 2, m: 2 },
      { customerId: 'bob-7', lastPurchase: '2024-06-30', recencyDays: 1, frequency: 3, monetary: 1000, r: 2, f: 2, m: 2 },
      { customerId: 'cara', lastPurchase: '2024-05-20', recencyDays: 42, frequency: 2, monetary: 240, r: 2, f: 2, m: 2 },
      { customerId: 'hal7', lastPurchase: '2024-06-15', recencyDays: 16, frequency: 2, monetary: 210, r: 2, f: 2, m: 2 },
    ]);
  });

  it('counts every other segment as the segment totals do, a return lowering money (dan-7)', () => {
    expect(ids({ segment: 'potential_loyalist' })).toEqual(['dan-7']);
    expect(list({ segment: 'potential_loyalist' }).rows[0]).toMatchObject({ frequency: 2, monetary: 150, lastPurchase: '2024-06-11' });
    expect(ids({ segment: 'at_risk' })).toEqual(['eve']);
    expect(ids({ segment: 'cant_lose' })).toEqual(['gus']);
    expect(ids({ segment: 'new' })).toEqual(['fay']);
    const totals = t.engine.score(settings, segmentation).segments;
    for (const s of totals) expect(list({ segment: s.segment }).total).toBe(s.customers);
  });

  it('has nobody in a segment no cell or rule reaches, nor under an id the configuration does not have', () => {
    expect(list({ segment: 'lost' })).toEqual({ total: 0, matching: 0, rows: [], ranges: null });
    expect(list({ segment: OTHER_ID })).toEqual({ total: 0, matching: 0, rows: [], ranges: null });
    expect(list({ segment: 'no-such-segment' })).toEqual({ total: 0, matching: 0, rows: [], ranges: null });
  });

  it('pages through the list without overlap, and sorts by money, last purchase or score with the id breaking ties', () => {
    expect(ids({ offset: 2, limit: 2 })).toEqual(['bob-7', 'cara']);
    expect(ids({ offset: 4, limit: 2 })).toEqual(['hal7']);
    expect(list({ offset: 10, limit: 2 })).toMatchObject({ total: 5, rows: [] });
    expect(ids({ sort: 'monetary', descending: true })).toEqual(['bob-7', '=ivy', 'ann', 'cara', 'hal7']);
    expect(ids({ sort: 'last_purchase', descending: true })).toEqual(['=ivy', 'bob-7', 'ann', 'hal7', 'cara']);
    expect(ids({ sort: 'frequency', descending: true, limit: 1 })).toEqual(['bob-7']);
    expect(ids({ sort: 'customer', descending: true })).toEqual(['hal7', 'cara', 'bob-7', 'ann', '=ivy']);
  });

  it('searches ids as a bound value, whatever the case, and counts what it found', () => {
    expect(list({ search: '7' })).toMatchObject({ total: 5, matching: 2 });
    expect(ids({ search: '7' })).toEqual(['bob-7', 'hal7']);
    expect(ids({ search: 'BOB' })).toEqual(['bob-7']);
    expect(ids({ search: '=IV' })).toEqual(['=ivy']);
    expect(ids({ search: "' OR 1=1 --" })).toEqual([]);
    expect(ids({ search: '%' })).toEqual([]);
  });

  it('refuses an order outside the fixed list and a page too large', () => {
    expect(() => list({ sort: 'customer_id; DROP TABLE scores' as never })).toThrow(/settings_invalid|sort/);
    expect(() => list({ limit: 100000 })).toThrow();
    expect(() => list({ offset: -1 })).toThrow();
    expect(list({}).total).toBe(5);
  });
});

describe('a segment\'s CSV', () => {
  it('writes the scores download\'s columns for the segment\'s customers only, formula-safe', () => {
    const all = readCsv(t.engine.exportScoresCsv(settings, segmentation, { champions: 'Champions' }));
    const rows = readCsv(t.engine.exportScoresCsv(settings, segmentation, { champions: 'Champions' }, 'champions'));
    expect(all).toHaveLength(9);
    expect(rows.map((r) => r.customer_id)).toEqual(["'=ivy", 'ann', 'bob-7', 'cara', 'hal7']);
    expect(rows).toEqual(all.filter((r) => r.segment === 'Champions'));
    expect(rows[2]).toEqual({
      customer_id: 'bob-7', recency_days: '1', frequency: '3', monetary: '1000.00', r: '2', f: '2', m: '2', cell: '222', segment: 'Champions', last_purchase: '2024-06-30',
    });
    expect(readCsv(t.engine.exportScoresCsv(settings, segmentation, {}, 'lost'))).toEqual([]);
  });
});
