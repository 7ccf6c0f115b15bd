// Excel workbooks reach DuckDB as CSV text: its own reader (read_xlsx) is an extension it
// would download. read-excel-file's `universal` entry takes an ArrayBuffer and needs
// neither Node streams nor a browser-only worker helper, so the same code runs in the
// browser worker and under Node (tests, CLI). Its unzipper (fflate) may decompress a very
// large sheet in a nested worker of its own (a blob: URL, no network).

import readXlsxFile, { type Sheet } from 'read-excel-file/universal';
import { cellText, rowsToCsv } from '../lib/import/csv-write';
import { EngineError, reasonOf } from '../lib/engine/errors';
import { containsBytes } from '../lib/engine/file-kind';

/** A table in another format, rewritten as CSV for DuckDB's reader. */
export interface TableText {
  /** UTF-8 CSV: comma, `"` quotes, a header line (JSON) or the sheet's own rows (Excel). */
  csv: Uint8Array;
  /** Lines written below the header for JSON; for a sheet every row written, title and header rows included. */
  rows: number;
  /** Excel: every sheet's name, in workbook order. */
  sheets?: string[];
  /** Excel: the sheet that was read. */
  sheet?: string;
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0];
// Excel wraps a password-protected workbook in an OLE container with this stream (UTF-16 name).
const ENCRYPTED_PACKAGE = new Uint8Array([...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]));

/** The bytes as an ArrayBuffer of their own (a Node Buffer is often a view into a shared pool). */
function arrayBufferOf(bytes: Uint8Array): ArrayBuffer {
  const whole = bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  // `new Uint8Array(view)` copies; `slice()` would not on a Node Buffer.
  return whole ? (bytes.buffer as ArrayBuffer) : new Uint8Array(bytes).buffer;
}

/**
 * Trailing empty cells go from the rows above the table (title lines, blank lines) but are
 * padded back inside it. DuckDB's sniffer finds title lines only by their different
 * column count: "Sales report,,," has the table's width and would be taken for the
 * header. The table starts at the first row as wide as the widest row, which is the
 * header in an ordinary export.
 */
function shapeRows(rows: (string | null)[][]): void {
  const used = rows.map((row) => {
    let end = row.length;
    while (end > 0 && row[end - 1] === null) end--;
    return end;
  });
  const width = used.reduce((a, b) => Math.max(a, b), 0);
  const start = used.indexOf(width);
  rows.forEach((row, i) => {
    row.length = i < start ? used[i] : width;
    // Growing `length` leaves holes; the CSV writer needs explicit empty cells.
    for (let j = used[i]; j < row.length; j++) row[j] = null;
  });
}

export interface Workbook {
  /** Every sheet's name, in workbook order. */
  sheets: string[];
  /** One sheet as CSV (default: the first). */
  sheetToCsv(sheet?: string): TableText;
}

/** Reads a workbook once; its sheets are then turned into CSV one at a time. */
export async function readWorkbook(bytes: Uint8Array, fileName: string): Promise<Workbook> {
  const file = fileName;
  if (OLE.every((b, i) => bytes[i] === b)) {
    if (containsBytes(bytes, ENCRYPTED_PACKAGE)) throw new EngineError('xlsx_unreadable', { file, reason: 'password-protected' });
    throw new EngineError('xlsx_legacy', { file });
  }
  let workbook: Sheet[];
  try {
    // Reading every sheet is what gives their names; order exports rarely have more than a few.
    // No trimming: a cell reaches DuckDB as the same text a CSV export of the sheet would hold.
    workbook = await readXlsxFile(arrayBufferOf(bytes), { trim: false });
  } catch (error) {
    throw new EngineError('xlsx_unreadable', { file, reason: reasonOf(error) });
  }
  if (workbook.length === 0) throw new EngineError('xlsx_unreadable', { file, reason: 'no sheets' });
  const sheets = workbook.map((s) => s.sheet);
  return {
    sheets,
    sheetToCsv(sheet?: string): TableText {
      const chosen = sheet === undefined ? workbook[0] : workbook.find((s) => s.sheet === sheet);
      if (!chosen) throw new EngineError('sheet_missing', { file, sheet: String(sheet), sheets: sheets.join(', ') });
      const cells = chosen.data.map((row) => row.map((value: unknown) => cellText(value)));
      if (!cells.some((row) => row.some((value) => value !== null))) {
        throw new EngineError('sheet_empty', { file, sheet: chosen.sheet });
      }
      shapeRows(cells);
      return { csv: rowsToCsv(cells), rows: cells.length, sheets, sheet: chosen.sheet };
    },
  };
}

/** The chosen sheet (by default the first) as CSV, with the workbook's sheet names. */
export async function xlsxToCsv(bytes: Uint8Array, fileName: string, sheet?: string): Promise<TableText> {
  return (await readWorkbook(bytes, fileName)).sheetToCsv(sheet);
}
