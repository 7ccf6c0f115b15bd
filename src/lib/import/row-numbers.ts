// Row numbers as a spreadsheet shows them. The engine numbers the data rows 1, 2, 3 (header not
// counted: row_number() over the data rows); a person opens the file in a spreadsheet, where the
// header is row 1 and any title lines skipped above it come first. Every row number the app and
// the CLI show (report examples, refusals, the rows-not-used download) passes here, so the row
// a message names is the row the spreadsheet shows. Lines of the file that are no data row
// ("line N of the file") are numbered by the reader and keep their own numbers.

import type { CsvDialect, SourceFormat } from '../engine/api';

/**
 * What to add to a data row number for the spreadsheet's: the header row (1 when the file has
 * one) plus the lines skipped above it. A workbook's sheet has its header on row 1; JSON and
 * Parquet have no rows to open in a spreadsheet, so their records keep their own numbers.
 */
export function spreadsheetRowOffset(format: SourceFormat, dialect: CsvDialect | null): number {
  if (dialect) return (dialect.hasHeader ? 1 : 0) + (dialect.skipRows ?? 0);
  return format === 'xlsx' ? 1 : 0;
}

/** The spreadsheet's row number of data row `dataRow` (1-based). */
export const spreadsheetRow = (dataRow: number, offset: number): number => dataRow + offset;
