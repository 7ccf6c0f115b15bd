// Parquet is decoded by parquet-wasm (no DuckDB extension download) and must give the same
// numbers as the CSV it mirrors: orders-basic.csv without its two unparseable rows.
import { beforeAll, describe, expect, it } from 'vitest';
import { presetSegmentation, startEngine, type TestEngine } from './helpers/engine';
import { defaultSettings } from '../../src/lib/rfm/settings';

let t: TestEngine;
beforeAll(async () => {
  t = await startEngine();
});

describe('Parquet import', () => {
  it('keeps typed columns (timestamps, decimals) and gives the hand-computed scores', async () => {
    const info = await t.open('orders.parquet');
    expect(info.format).toBe('parquet');
    expect(info.rowCount).toBe(12);
    expect(info.columns.map((c) => c.name)).toEqual(['order_id', 'customer', 'order_time', 'amount']);
    expect(info.columns.find((c) => c.name === 'order_time')?.detectedType).toMatch(/TIMESTAMP/);
    expect(info.guess).toMatchObject({ customer: 'customer', date: 'order_time', amount: 'amount', order: 'order_id' });

    const summary = t.engine.prepare({ customer: 'customer', date: 'order_time', amount: 'amount', order: 'order_id' });
    expect(summary).toMatchObject({ rows: 12, rowsUsed: 11, rowsNoCustomer: 1, orders: 10, lastDate: '2024-03-31', defaultAsOf: '2024-04-01' });

    const settings = defaultSettings('2024-04-01');
    const result = t.engine.score(settings, presetSegmentation(settings));
    expect(result.summary).toMatchObject({ customers: 4, purchases: 8, revenue: 255.95, customersNoPurchase: 1 });
  });
});
