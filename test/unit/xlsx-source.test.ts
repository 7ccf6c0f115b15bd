import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { EngineError } from '../../src/lib/engine/errors';
import { xlsxToCsv } from '../../src/worker/xlsx-source';

const dir = new URL('../fixtures/import/excel/', import.meta.url);
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(name, dir)));
const text = (csv: Uint8Array) => new TextDecoder().decode(csv);

/** The EngineError a call fails with, for checking its code and details. */
async function failure(run: () => Promise<unknown>): Promise<EngineError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof EngineError) return error;
    throw error;
  }
  throw new Error('expected an EngineError');
}

// Worked out from scripts/make-import-fixtures-excel.ts, not by running the reader.
const ORDERS_EXCEL_CSV = [
  'Sales report 2024',
  '',
  'Customer,Order date,Order,Amount',
  '007,2024-01-05,A-1001,120.5',
  'C-101,2024-01-12 10:00:00,A-1002,45.99',
  '007,2024-01-20,A-1003,19.99',
  '4521,2024-02-01 18:05:00,A-1004,250',
  'C-102,2024-02-03,A-1005,0.1',
  'C-101,2024-02-14 23:59:00,A-1006,0.2',
  '4521,2024-02-20,A-1007,75.25',
  '007,2024-02-29,A-1008,33.33',
  'C-102,2024-03-01,A-1009,9.9',
  'C-101,2024-03-01 14:45:00,A-1010,1000',
  '',
].join('\n');

describe('xlsxToCsv', () => {
  const savedTz = process.env.TZ;
  afterEach(() => {
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
  });

  it('writes the first sheet as CSV: title row and the empty row kept, dates as text, "007" with its zeros', async () => {
    const table = await xlsxToCsv(fixture('orders-excel.xlsx'), 'orders-excel.xlsx');
    expect(text(table.csv)).toBe(ORDERS_EXCEL_CSV);
    expect(table.rows).toBe(13);
    expect(table.sheets).toEqual(['Orders']);
    expect(table.sheet).toBe('Orders');
  });

  it('gives the same dates and times whatever the time zone of the machine', async () => {
    // Minutes behind UTC on 2024-01-05; checking them proves Node applied the zone change.
    const offsets: Record<string, number> = { 'America/New_York': 300, 'Asia/Tokyo': -540, 'Pacific/Kiritimati': -840, UTC: 0 };
    for (const [zone, offset] of Object.entries(offsets)) {
      process.env.TZ = zone;
      expect(new Date(2024, 0, 5).getTimezoneOffset()).toBe(offset);
      const table = await xlsxToCsv(fixture('orders-excel.xlsx'), 'orders-excel.xlsx');
      expect(text(table.csv), zone).toBe(ORDERS_EXCEL_CSV);
    }
  });

  it('lists every sheet in workbook order and reads the first one by default', async () => {
    const table = await xlsxToCsv(fixture('orders-two-sheets.xlsx'), 'orders-two-sheets.xlsx');
    expect(table.sheets).toEqual(['Summary', 'Orders']);
    expect(table.sheet).toBe('Summary');
    expect(text(table.csv)).toBe('Region,Total\nNorth,300\nSouth,45.5\n');
    expect(table.rows).toBe(3);
  });

  it('reads the sheet asked for by name', async () => {
    const table = await xlsxToCsv(fixture('orders-two-sheets.xlsx'), 'orders-two-sheets.xlsx', 'Orders');
    expect(table.sheet).toBe('Orders');
    expect(table.sheets).toEqual(['Summary', 'Orders']);
    expect(text(table.csv)).toBe(
      'Customer,Date,Amount\nK1,2024-04-02,10\nK2,2024-04-03 09:30:00,20.5\nK1,2024-04-10,5.25\nK3,2024-05-01,100\nK2,2024-05-15,64.25\n',
    );
    expect(table.rows).toBe(6);
  });

  it('reads bytes that are a view into a larger buffer, as a Node Buffer often is', async () => {
    const bytes = fixture('orders-excel.xlsx');
    const larger = new Uint8Array(bytes.length + 64).fill(0xee);
    larger.set(bytes, 32);
    const table = await xlsxToCsv(larger.subarray(32, 32 + bytes.length), 'orders-excel.xlsx');
    expect(text(table.csv)).toBe(ORDERS_EXCEL_CSV);
  });

  it('refuses a sheet name the workbook does not have, listing the sheets it has', async () => {
    const error = await failure(() => xlsxToCsv(fixture('orders-two-sheets.xlsx'), 'two.xlsx', 'orders'));
    expect(error.code).toBe('sheet_missing');
    expect(error.details).toEqual({ file: 'two.xlsx', sheet: 'orders', sheets: 'Summary, Orders' });
  });

  it('refuses a sheet without any cell', async () => {
    const error = await failure(() => xlsxToCsv(fixture('empty-sheet.xlsx'), 'empty-sheet.xlsx'));
    expect(error.code).toBe('sheet_empty');
    expect(error.details).toEqual({ file: 'empty-sheet.xlsx', sheet: 'Sheet1' });
  });

  it('calls a ZIP that holds no workbook unreadable, with the reason', async () => {
    const error = await failure(() => xlsxToCsv(fixture('corrupt.xlsx'), 'corrupt.xlsx'));
    expect(error.code).toBe('xlsx_unreadable');
    expect(error.details.file).toBe('corrupt.xlsx');
    expect(String(error.details.reason)).toMatch(/not found/);
  });

  it('calls a truncated workbook unreadable', async () => {
    const bytes = fixture('orders-excel.xlsx');
    for (const length of [100, bytes.length - 10]) {
      const error = await failure(() => xlsxToCsv(bytes.subarray(0, length), 'cut.xlsx'));
      expect(error.code).toBe('xlsx_unreadable');
      expect(error.details.file).toBe('cut.xlsx');
      expect(String(error.details.reason)).not.toBe('');
    }
  });

  it('calls bytes that are not a ZIP at all unreadable', async () => {
    const error = await failure(() => xlsxToCsv(new TextEncoder().encode('customer,date\nA,2024-01-01\n'), 'orders.xlsx'));
    expect(error.code).toBe('xlsx_unreadable');
  });

  it('says a password-protected workbook (an OLE container with an EncryptedPackage stream) is protected', async () => {
    const name = [...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]);
    const bytes = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(500).fill(0), ...name, 0, 0]);
    const error = await failure(() => xlsxToCsv(bytes, 'secret.xlsx'));
    expect(error.code).toBe('xlsx_unreadable');
    expect(error.details).toEqual({ file: 'secret.xlsx', reason: 'password-protected' });
  });

  it('takes another OLE file under an .xlsx name for a legacy .xls workbook', async () => {
    const bytes = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(500).fill(0)]);
    const error = await failure(() => xlsxToCsv(bytes, 'old.xlsx'));
    expect(error.code).toBe('xlsx_legacy');
    expect(error.details).toEqual({ file: 'old.xlsx' });
  });
});
