// Writes the Excel and JSON import fixtures (test/fixtures/import/excel and .../json).
// Run: npx tsx scripts/make-import-fixtures-excel.ts
//
// The workbooks are zipped here with fflate from XML written by hand, not by a writer
// library, so they hold what Excel itself writes and a reader must understand: shared
// strings, dates as day-count numbers with the built-in date format 14 or a custom
// "yyyy\-mm\-dd\ hh:mm" format, amounts with format 2 ("0.00"), a text cell "007" that
// must keep its zeros, rows numbered with gaps (an empty row is simply not written).
// A writer library would choose these details for us and hide what the reader is tested on.
//
// The JSON files are written out as literal text, so their exact bytes (BOM, blank lines,
// the broken line) are visible here.

import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';

const root = fileURLToPath(new URL('../test/fixtures/import/', import.meta.url));
const excelDir = root + 'excel/';
const jsonDir = root + 'json/';
mkdirSync(excelDir, { recursive: true });
mkdirSync(jsonDir, { recursive: true });

// ---------------------------------------------------------------- Excel

type Cell =
  | string // text (shared string)
  | { n: number; style?: 'amount' } // number
  | { date: string } // "YYYY-MM-DD" or "YYYY-MM-DD HH:MM" wall-clock time, stored as a day count
  | null;

interface SheetSpec {
  name: string;
  /** Row number (1-based, as Excel numbers them) to cells from column A. */
  rows: [number, Cell[]][];
}

const STYLE = { general: 0, date: 1, dateTime: 2, amount: 3 } as const;

/** Excel's day count: days since 1899-12-30 plus the fraction of the day (no time zone). */
function excelSerial(wallClock: string): number {
  const [, y, m, d, hh = '0', mm = '0'] = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}))?$/.exec(wallClock)!;
  const days = (Date.UTC(+y, +m - 1, +d) - Date.UTC(1899, 11, 30)) / 86_400_000;
  return days + (+hh * 60 + +mm) / 1440;
}

const columnName = (i: number) => String.fromCharCode(65 + i); // A..Z is enough here
const escapeXml = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

function workbook(sheets: SheetSpec[]): Uint8Array {
  const strings: string[] = [];
  const stringIndex = (s: string) => {
    let i = strings.indexOf(s);
    if (i < 0) i = strings.push(s) - 1;
    return i;
  };

  const sheetXml = (sheet: SheetSpec) => {
    const rows = sheet.rows.map(([r, cells]) => {
      const cs = cells.map((cell, i) => {
        const ref = `${columnName(i)}${r}`;
        if (cell === null) return '';
        if (typeof cell === 'string') return `<c r="${ref}" t="s"><v>${stringIndex(cell)}</v></c>`;
        if ('date' in cell) {
          const style = cell.date.length > 10 ? STYLE.dateTime : STYLE.date;
          return `<c r="${ref}" s="${style}"><v>${excelSerial(cell.date)}</v></c>`;
        }
        const style = cell.style === 'amount' ? STYLE.amount : STYLE.general;
        return `<c r="${ref}"${style ? ` s="${style}"` : ''}><v>${cell.n}</v></c>`;
      });
      return `<row r="${r}">${cs.join('')}</row>`;
    });
    return `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${rows.join('')}</sheetData></worksheet>`;
  };

  const files: Record<string, Uint8Array> = {};
  sheets.forEach((sheet, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(sheet))));

  const overrides = sheets
    .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
    .join('');
  files['[Content_Types].xml'] = strToU8(
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      overrides +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
      '</Types>',
  );
  files['_rels/.rels'] = strToU8(
    `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  files['xl/workbook.xml'] = strToU8(
    `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
      sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
      '</sheets></workbook>',
  );
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `${XML}<Relationships xmlns="${PKG_REL}">` +
      sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
      `<Relationship Id="rIdStyles" Type="${REL}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rIdStrings" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
      '</Relationships>',
  );
  files['xl/styles.xml'] = strToU8(
    `${XML}<styleSheet xmlns="${MAIN}">` +
      '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd\\ hh:mm"/></numFmts>' +
      '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      '<cellXfs count="4">' +
      '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
      '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
      '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
      '<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
      '</cellXfs></styleSheet>',
  );
  // Written last: the sheets above fill the shared-string table.
  files['xl/sharedStrings.xml'] = strToU8(
    `${XML}<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">` +
      strings.map((s) => `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`).join('') +
      '</sst>',
  );
  // Excel puts [Content_Types].xml first; a sniffer of the first bytes sees the part names.
  const ordered: Record<string, Uint8Array> = { '[Content_Types].xml': files['[Content_Types].xml'], ...files };
  // A fixed modification time keeps the bytes the same on every run.
  return zipSync(ordered, { level: 6, mtime: new Date('2024-04-01T00:00:00Z') });
}

const amount = (n: number): Cell => ({ n, style: 'amount' });
const date = (wallClock: string): Cell => ({ date: wallClock });

writeFileSync(
  excelDir + 'orders-excel.xlsx',
  workbook([
    {
      name: 'Orders',
      rows: [
        [1, ['Sales report 2024']],
        // Row 2 is empty: Excel writes no <row> for it.
        [3, ['Customer', 'Order date', 'Order', 'Amount']],
        [4, ['007', date('2024-01-05'), 'A-1001', amount(120.5)]],
        [5, ['C-101', date('2024-01-12 10:00'), 'A-1002', amount(45.99)]],
        [6, ['007', date('2024-01-20'), 'A-1003', amount(19.99)]],
        [7, [{ n: 4521 }, date('2024-02-01 18:05'), 'A-1004', amount(250)]],
        [8, ['C-102', date('2024-02-03'), 'A-1005', amount(0.1)]],
        [9, ['C-101', date('2024-02-14 23:59'), 'A-1006', amount(0.2)]],
        [10, [{ n: 4521 }, date('2024-02-20'), 'A-1007', amount(75.25)]],
        [11, ['007', date('2024-02-29'), 'A-1008', amount(33.33)]],
        [12, ['C-102', date('2024-03-01'), 'A-1009', amount(9.9)]],
        [13, ['C-101', date('2024-03-01 14:45'), 'A-1010', amount(1000)]],
      ],
    },
  ]),
);

writeFileSync(
  excelDir + 'orders-two-sheets.xlsx',
  workbook([
    {
      name: 'Summary',
      rows: [
        [1, ['Region', 'Total']],
        [2, ['North', { n: 300 }]],
        [3, ['South', { n: 45.5 }]],
      ],
    },
    {
      name: 'Orders',
      rows: [
        [1, ['Customer', 'Date', 'Amount']],
        [2, ['K1', date('2024-04-02'), amount(10)]],
        [3, ['K2', date('2024-04-03 09:30'), amount(20.5)]],
        [4, ['K1', date('2024-04-10'), amount(5.25)]],
        [5, ['K3', date('2024-05-01'), amount(100)]],
        [6, ['K2', date('2024-05-15'), amount(64.25)]],
      ],
    },
  ]),
);

// Alt+Enter in a cell: a line break inside the text, from the first data rows on.
writeFileSync(
  excelDir + 'orders-multiline.xlsx',
  workbook([
    {
      name: 'Orders',
      rows: [
        [1, ['Customer', 'Date', 'Amount', 'Note']],
        [2, ['K1', date('2024-01-05'), amount(10), 'first']],
        [3, ['K2', date('2024-01-06'), amount(20.5), 'deliver to:\nLenina 5, flat 3']],
        [4, ['K1', date('2024-01-20'), amount(5.25), 'x']],
        [5, ['K3', date('2024-02-01'), amount(100), 'call before\ncoming']],
        [6, ['K2', date('2024-02-10'), amount(64.25)]],
      ],
    },
  ]),
);

writeFileSync(excelDir + 'empty-sheet.xlsx', workbook([{ name: 'Sheet1', rows: [] }]));

// A ZIP archive, as an .xlsx is, holding no workbook at all.
writeFileSync(
  excelDir + 'corrupt.xlsx',
  zipSync({ 'readme.txt': strToU8('This archive is not an Excel workbook.\n') }, { mtime: new Date('2024-04-01T00:00:00Z') }),
);

// ---------------------------------------------------------------- JSON

const ordersJson = `[
  {"order_id": "J-1", "customer": "c1", "date": "2024-01-03", "amount": 12.5},
  {"order_id": "J-2", "customer": "c2", "date": "2024-01-09 14:30:00", "amount": 30},
  {"order_id": "J-3", "customer": "c1", "date": "2024-02-11", "amount": 7.99, "coupon": "WINTER"},
  {"order_id": "J-4", "customer": null, "date": "2024-02-12", "amount": 50},
  {"order_id": "J-5", "customer": "c3", "date": "2024-02-20", "amount": 100.01},
  {"order_id": "J-6", "customer": "c2", "date": "2024-03-02", "amount": 0.1},
  {"order_id": "J-7", "customer": "c3", "date": "2024-03-15", "amount": 0.2},
  {"order_id": "J-8", "customer": "c4", "date": "2024-03-28", "amount": 19}
]
`;

// UTF-8 byte-order mark, a blank line in the middle, CRLF line ends on two lines.
const ordersNdjson =
  '\uFEFF{"order":"N-1","client":"n1","when":"2024-05-01","sum":10.5}\n' +
  '{"order":"N-2","client":"n2","when":"2024-05-02 08:00:00","sum":20}\r\n' +
  '\n' +
  '{"order":"N-3","client":"n1","when":"2024-05-10","sum":5.55}\r\n' +
  '{"order":"N-4","client":"n3","when":"2024-06-01","sum":99.95}\n' +
  '{"order":"N-5","client":"n2","when":"2024-06-30","sum":0.45}\n';

const ordersWrapped = `{
  "export": "shop-2024-Q1",
  "tags": ["web", "retail"],
  "orders": [
    {"id": "W-1", "customer": {"id": "K-01", "name": "Anna"}, "placed": "2024-02-10T09:15:00", "total": 99.9, "items": [{"sku": "A", "qty": 1}]},
    {"id": "W-2", "customer": {"id": "K-02", "name": "Boris"}, "placed": "2024-02-11", "total": 15},
    {"id": "W-3", "customer": {"id": "K-01", "name": "Anna"}, "placed": "2024-03-05", "total": 40.1, "items": []},
    {"id": "W-4", "customer": {"id": "K-03", "name": "Vera, Jr."}, "placed": "2024-03-31", "total": 5}
  ]
}
`;

// Line 7 lacks the comma between "customer" and "date".
const broken = `[
  {"order": "B-1", "customer": "c1", "date": "2024-01-02", "amount": 10},
  {"order": "B-2", "customer": "c2", "date": "2024-01-03", "amount": 11},
  {"order": "B-3", "customer": "c1", "date": "2024-01-04", "amount": 12},
  {"order": "B-4", "customer": "c3", "date": "2024-01-05", "amount": 13},
  {"order": "B-5", "customer": "c2", "date": "2024-01-06", "amount": 14},
  {"order": "B-6", "customer": "c3" "date": "2024-01-07", "amount": 15},
  {"order": "B-7", "customer": "c1", "date": "2024-01-08", "amount": 16}
]
`;

// Line breaks inside strings from the second record on.
const ordersMultiline = `[
  {"customer": "K1", "date": "2024-01-05", "amount": 10, "note": "first"},
  {"customer": "K2", "date": "2024-01-06", "amount": 20.5, "note": "deliver to:\\nLenina 5, flat 3"},
  {"customer": "K1", "date": "2024-01-20", "amount": 5.25, "note": "x"},
  {"customer": "K3", "date": "2024-02-01", "amount": 100, "note": "call before\\r\\ncoming"},
  {"customer": "K2", "date": "2024-02-10", "amount": 64.25}
]
`;

// Twenty customers and orders whose numeric ids differ only past the 17th digit: as JS numbers
// all twenty customer ids are the same double (1e19), so they must be read as their digits.
const longIds =
  '[\n' +
  Array.from({ length: 20 }, (_, i) => {
    const n = String(i + 1).padStart(2, '0');
    return `  {"order": 987654321098765432${n}, "customer": 100000000000000000${n}, "date": "2024-01-${n}", "amount": ${i + 1}.50}`;
  }).join(',\n') +
  '\n]\n';

const notTable = `{"shop": "demo", "orders": 3, "tags": ["a", "b"], "owner": {"name": "Ann"}}
`;

writeFileSync(jsonDir + 'orders.json', ordersJson);
writeFileSync(jsonDir + 'orders.ndjson', ordersNdjson);
writeFileSync(jsonDir + 'orders-wrapped.json', ordersWrapped);
writeFileSync(jsonDir + 'broken.json', broken);
writeFileSync(jsonDir + 'not-table.json', notTable);
writeFileSync(jsonDir + 'orders-multiline.json', ordersMultiline);
writeFileSync(jsonDir + 'long-ids.json', longIds);

console.log(`wrote ${excelDir} and ${jsonDir}`);
