// Several files as one table (issue 22): native DuckDB (`--engine native`) reads a folder or a
// glob of Parquet files, or of CSV files with one header (a year per file), with the numbers of
// the one file they were split from; DuckDB-WASM refuses them with a message naming the flag.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, startEngineOn, type TestEngine } from './helpers/engine';
import { expectHandComputed } from './helpers/hand-computed';
import { ManyFilesError, openFile } from '../../src/cli/open-file';
import { rfm } from './helpers/cli-run';

const PARQUET = path.join(FIXTURES, 'orders.parquet');

let t: TestEngine;
let folder: string;
beforeAll(async () => {
  t = await startEngineOn('native');
  folder = mkdtempSync(path.join(tmpdir(), 'cvm-many-'));
});
afterAll(() => {
  t.database.close();
  rmSync(folder, { recursive: true, force: true });
});

/** A new folder inside the test's. */
function newDir(name: string): string {
  const dir = path.join(folder, name);
  mkdirSync(dir);
  return dir;
}

describe('Parquet files, a file per month', () => {
  let dir: string;
  beforeAll(() => {
    dir = newDir('parquet');
    for (const [file, where] of [['2024-01.parquet', 'month(order_time) = 1'], ['2024-later.parquet', 'month(order_time) <> 1 OR order_time IS NULL']]) {
      t.query(`COPY (SELECT * FROM read_parquet('${PARQUET}') WHERE ${where}) TO '${path.join(dir, file)}' (FORMAT parquet)`);
    }
  });

  it('reads a folder of them natively, with the numbers of the one file', async () => {
    expect(await openFile(t.engine, t.database, dir)).toMatchObject({ format: 'parquet', rowCount: 12 });
    expectHandComputed(t);
  });

  it('reads a glob of them natively', async () => {
    expect((await openFile(t.engine, t.database, path.join(dir, '2024-*.parquet'))).rowCount).toBe(12);
    expectHandComputed(t);
  });

  it('on DuckDB-WASM, says that a glob or a folder needs --engine native', async () => {
    const wasm = await startEngineOn('wasm');
    await expect(openFile(wasm.engine, wasm.database, path.join(dir, '*.parquet'))).rejects.toBeInstanceOf(ManyFilesError);
    wasm.database.close();
    const run = await rfm(path.join(dir, '*.parquet'));
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(`${path.join(dir, '*.parquet')} is several files: reading a folder or a glob needs --engine native`);
    const native = await rfm(dir, '--engine', 'native', '--threads', '2', '--memory-limit', '1GB');
    expect(native.code).toBe(0);
    expect(native.stdout).toMatch(/Customers scored: 4\n/);
  });
});

describe('CSV files with one header', () => {
  const [header, ...lines] = readFileSync(path.join(FIXTURES, 'orders-basic.csv'), 'utf8').trimEnd().split('\n');
  const csv = (rows: string[]) => [header, ...rows, ''].join('\n');

  it("reads a folder of them as one table: the one file's rows, customers and scores", async () => {
    const dir = newDir('csv');
    writeFileSync(path.join(dir, 'a.csv'), csv(lines.slice(0, 6)));
    writeFileSync(path.join(dir, 'b.csv'), csv(lines.slice(6)));
    const one = await startEngineOn('native');
    await one.open('orders-basic.csv');
    const mapping = { customer: 'customer', date: 'date', amount: 'amount', order: 'order_id' };
    const single = one.engine.prepare(mapping, { today: '2026-11-23' });
    expect(await openFile(t.engine, t.database, dir)).toMatchObject({ format: 'csv', rowCount: 14 });
    const split = t.engine.prepare(mapping, { today: '2026-11-23' });
    expect(split).toMatchObject({ rows: single.rows, rowsUsed: single.rowsUsed, customers: single.customers, orders: single.orders, rowsBadDate: single.rowsBadDate });
    one.database.close();
  });

  it('reads a file whose name looks like a glob ("orders [2024].csv") as that one file, on both engines', async () => {
    const file = path.join(newDir('brackets'), 'orders [2024].csv');
    writeFileSync(file, csv(lines));
    const wasm = await startEngineOn('wasm');
    for (const engine of [t, wasm]) {
      const info = await openFile(engine.engine, engine.database, file);
      expect(info).toMatchObject({ fileName: 'orders [2024].csv', format: 'csv' });
      expect(info.dialect).not.toBeNull();
    }
    wasm.database.close();
  });

  it('refuses files whose headers differ, and a folder of CSV and Parquet files, naming the file', async () => {
    const dir = newDir('differ');
    writeFileSync(path.join(dir, 'a.csv'), csv(lines.slice(0, 3)));
    writeFileSync(path.join(dir, 'b.csv'), ['client,date,amount,order_id', ...lines.slice(3)].join('\n'));
    await expect(openFile(t.engine, t.database, dir)).rejects.toMatchObject({ kind: 'headers-differ', file: 'b.csv' });
    writeFileSync(path.join(dir, 'b.csv'), csv(lines.slice(3)));
    writeFileSync(path.join(dir, 'c.parquet'), readFileSync(PARQUET));
    await expect(openFile(t.engine, t.database, dir)).rejects.toMatchObject({ kind: 'mixed' });
  });
});
