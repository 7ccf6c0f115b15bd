// Parquet must give the same numbers as the CSV it mirrors: orders-basic.csv without its two
// unparseable rows. DuckDB-WASM decodes it with parquet-wasm (no DuckDB extension download);
// native DuckDB (`--engine native`) reads it with its built-in read_parquet, a folder or a glob
// of files too, which DuckDB-WASM refuses with a message naming the flag.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, FIXTURES, presetSegmentation, startEngineOn, type EngineUnderTest } from './helpers/engine';
import { defaultSettings } from '../../src/lib/rfm/settings';
import { ManyFilesError, openFile } from '../../src/cli/open-file';
import { rfm } from './helpers/cli-run';

const PARQUET = path.join(FIXTURES, 'orders.parquet');

function expectHandComputed(t: EngineUnderTest): void {
  const summary = t.engine.prepare({ customer: 'customer', date: 'order_time', amount: 'amount', order: 'order_id' });
  expect(summary).toMatchObject({ rows: 12, rowsUsed: 11, rowsNoCustomer: 1, orders: 10, lastDate: '2024-03-31', defaultAsOf: '2024-04-01' });
  const settings = defaultSettings('2024-04-01');
  const result = t.engine.score(settings, presetSegmentation(settings));
  expect(result.summary).toMatchObject({ customers: 4, purchases: 8, revenue: 255.95, customersNoPurchase: 1 });
}

describe.each(ENGINES)('Parquet import on %s', (kind) => {
  let t: EngineUnderTest;
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

describe('several Parquet files as one table (a year per file)', () => {
  let t: EngineUnderTest;
  let folder: string;
  beforeAll(async () => {
    t = await startEngineOn('native');
    folder = mkdtempSync(path.join(tmpdir(), 'cvm-parquet-'));
    // The fixture's rows split in two files by month, as a warehouse writes a file per period.
    for (const [file, where] of [['2024-01.parquet', 'month(order_time) = 1'], ['2024-later.parquet', 'month(order_time) <> 1 OR order_time IS NULL']]) {
      t.query(`COPY (SELECT * FROM read_parquet('${PARQUET}') WHERE ${where}) TO '${path.join(folder, file)}' (FORMAT parquet)`);
    }
  });
  afterAll(() => {
    t.database.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('reads a folder of them natively, with the numbers of the one file', async () => {
    const info = await openFile(t.engine, t.database, folder);
    expect(info).toMatchObject({ format: 'parquet', rowCount: 12 });
    expectHandComputed(t);
  });

  it('reads a glob of them natively', async () => {
    const info = await openFile(t.engine, t.database, path.join(folder, '2024-*.parquet'));
    expect(info.rowCount).toBe(12);
    expectHandComputed(t);
  });

  it('refuses a folder that holds other files than Parquet', async () => {
    const mixed = mkdtempSync(path.join(tmpdir(), 'cvm-mixed-'));
    writeFileSync(path.join(mixed, 'orders.csv'), 'a,b\n1,2\n');
    await expect(openFile(t.engine, t.database, mixed)).rejects.toMatchObject({ kind: 'not-parquet' });
    rmSync(mixed, { recursive: true });
  });

  it('on DuckDB-WASM, says that a glob or a folder needs --engine native', async () => {
    const wasm = await startEngineOn('wasm');
    await expect(openFile(wasm.engine, wasm.database, path.join(folder, '*.parquet'))).rejects.toBeInstanceOf(ManyFilesError);
    wasm.database.close();
    const run = await rfm(path.join(folder, '*.parquet'));
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(`${path.join(folder, '*.parquet')} is several files: reading a folder or a glob needs --engine native`);
    const native = await rfm(folder, '--engine', 'native', '--threads', '2', '--memory-limit', '1GB');
    expect(native.code).toBe(0);
    expect(native.stdout).toMatch(/Customers scored: 4\n/);
  });
});
