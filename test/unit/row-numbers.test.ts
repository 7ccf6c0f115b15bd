// The row a message names is the row a spreadsheet shows: data row + the header + the lines
// skipped above it.
import { describe, expect, it } from 'vitest';
import type { CsvDialect } from '../../src/lib/engine/api';
import { spreadsheetRow, spreadsheetRowOffset } from '../../src/lib/import/row-numbers';

const dialect = (hasHeader: boolean, skipRows: number): CsvDialect => ({ delimiter: ',', quote: '"', hasHeader, skipRows, dateFormat: null, timestampFormat: null });

describe('spreadsheet row numbers', () => {
  it('counts the header: data row 623 is row 624 in a spreadsheet', () => {
    expect(spreadsheetRow(623, spreadsheetRowOffset('csv', dialect(true, 0)))).toBe(624);
  });

  it('counts title lines skipped above the header, and no header when there is none', () => {
    expect(spreadsheetRowOffset('csv', dialect(true, 2))).toBe(3);
    expect(spreadsheetRowOffset('csv', dialect(false, 0))).toBe(0);
  });

  it('puts a workbook’s header on row 1; JSON and Parquet records keep their own numbers', () => {
    expect(spreadsheetRowOffset('xlsx', null)).toBe(1);
    expect(spreadsheetRowOffset('json', null)).toBe(0);
    expect(spreadsheetRowOffset('parquet', null)).toBe(0);
  });
});
