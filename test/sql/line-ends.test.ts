// Line ends mixed within one file (CRLF rows appended to LF ones, as pandas reads them): DuckDB's
// strict sniffer gives up on such a file when told the delimiter (the mapping screen's choice,
// `npm run rfm -- --delimiter`), and its refusal named the file by its internal name.
import { beforeAll, describe, expect, it } from 'vitest';
import { startEngine, type TestEngine } from './helpers/engine';
import { csvReadError } from '../../src/worker/engine/open';

const ROWS = 120;
const row = (i: number, delimiter: string) => [`c${i % 30}`, `2024-01-${String(1 + (i % 28)).padStart(2, '0')}`, `${i % 50}.50`].join(delimiter);
/** Header and first half CRLF, second half LF; every third row LF in the first half too. */
const mixed = (delimiter: string) =>
  ['customer', 'date', 'amount'].join(delimiter) + '\r\n' + Array.from({ length: ROWS }, (_, i) => row(i, delimiter) + (i < ROWS / 2 && i % 3 ? '\r\n' : '\n')).join('');

let t: TestEngine;
beforeAll(async () => {
  t = await startEngine();
});

const open = (name: string, text: string, delimiter?: string) => {
  return t.engine.openCsv(t.registerText(`line-ends-${name}`, text), { fileName: name, sizeBytes: text.length, format: 'csv' }, delimiter ? { delimiter } : {});
};

describe('mixed CRLF and LF line ends', () => {
  it.each([
    ['with the delimiter chosen', ',', ','],
    ['with a semicolon chosen', ';', ';'],
    ['with the delimiter sniffed', ',', undefined],
  ])('are read %s: every row, no carriage return left in the last column', (_, delimiter, chosen) => {
    const info = open(`mixed-${ROWS}-${delimiter}.csv`, mixed(delimiter), chosen);
    expect(info.columns.map((c) => c.name)).toEqual(['customer', 'date', 'amount']);
    const summary = t.engine.prepare({ customer: 'customer', date: 'date', amount: 'amount' });
    expect(summary).toMatchObject({ rows: ROWS, rowsUsed: ROWS, customers: 30, rowsMalformed: 0 });
    expect(summary.rowsBadAmount).toBe(0);
    expect(info.preview.flat().some((cell) => cell?.includes('\r'))).toBe(false);
  });
});

describe("DuckDB's refusals", () => {
  it('name the file by its own name, never the name it was registered under', () => {
    const duckdb = new Error('Invalid Input Error: Error when sniffing file "upload-7.csv".\nIt was not possible to automatically detect the CSV parsing dialect');
    const error = csvReadError(duckdb, 'orders.csv', 'upload-7.csv');
    expect(error).toMatchObject({ code: 'file_unreadable', details: { file: 'orders.csv', reason: 'Invalid Input Error: Error when sniffing file "orders.csv".' } });
  });
});
