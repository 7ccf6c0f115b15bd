// Parquet must give the same numbers as the CSV it mirrors: orders-basic.csv without its two
// unparseable rows. DuckDB-WASM decodes it with parquet-wasm (no DuckDB extension download);
// native DuckDB (`--engine native`) reads it with its built-in read_parquet (several files at
// once: many-files.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, startEngineOn, type TestEngine } from './helpers/engine';
import { expectHandComputed } from './helpers/hand-computed';

describe.each(ENGINES)('Parquet import on %s', (kind) => {
  let t: TestEngine;
  beforeAll(async () => {
    t = await startEngineOn(kind);
  });
  afterAll(() => t.database.close());

  it('keeps typed columns (timestamps, decimals) and gives the hand-computed scores', async () => {
    const info = await t.open('orders.parquet');
    expect(info.format).toBe('parquet');
    expect(info.rowCount).toBe(12);
    expect(info.columns.map((c) => c.name)).toEqual(['order_id', 'customer', 'order_time', 'amount']);
    expect(info.columns.find((c) => c.name === 'order_time')?.detectedType).toMatch(/TIMESTAMP/);
    expect(info.guess).toMatchObject({ customer: 'customer', date: 'order_time', amount: 'amount', order: 'order_id' });
    expectHandComputed(t);
  });
});
