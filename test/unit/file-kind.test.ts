import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFileKind } from '../../src/lib/engine/file-kind';
import { fileSignature } from '../../src/lib/engine/signature';

const bytes = (...values: number[]) => Uint8Array.from(values);
const text = (value: string) => new TextEncoder().encode(value);
/** What the worker passes: the file's size and its first bytes. */
const kindOf = (fileName: string, head: Uint8Array) => detectFileKind(fileName, head.length, head);

describe('detectFileKind', () => {
  it('recognises pictures and PDFs by their first bytes, whatever the name', () => {
    expect(kindOf('orders.csv', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00))).toBe('image'); // PNG
    expect(kindOf('orders.csv', bytes(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10))).toBe('image'); // JPEG
    expect(kindOf('orders.csv', text('GIF89a\u0001\u0000'))).toBe('image');
    expect(kindOf('orders.csv', text('%PDF-1.7\n'))).toBe('image');
    expect(kindOf('orders.csv', bytes(0x52, 0x49, 0x46, 0x46, 0x24, 0x00, 0x00, 0x00, 0x57, 0x45, 0x42, 0x50))).toBe('image'); // RIFF....WEBP
  });

  it('recognises spreadsheets it cannot read: legacy xls, OpenDocument, other ZIPs, and a spreadsheet name', () => {
    expect(kindOf('orders.csv', bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00))).toBe('spreadsheet');
    expect(kindOf('orders.csv', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))).toBe('spreadsheet');
    expect(kindOf('orders.xls', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))).toBe('spreadsheet');
    expect(kindOf('Orders.XLSX', text('customer,date,amount\n'))).toBe('spreadsheet');
    expect(kindOf('orders.ods', bytes(0x50, 0x4b, 0x03, 0x04, ...text('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')))).toBe('spreadsheet');
    expect(kindOf('orders.ods', text('x'))).toBe('spreadsheet');
  });

  it('recognises an Excel workbook: a ZIP named .xlsx or .xlsm, or one whose first entries name xl/workbook.xml', () => {
    const zip = bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00);
    expect(kindOf('Orders.XLSX', zip)).toBe('xlsx');
    expect(kindOf('orders.xlsm', zip)).toBe('xlsx');
    const file = new Uint8Array(readFileSync(new URL('../fixtures/import/excel/orders-excel.xlsx', import.meta.url)));
    // Only the entries themselves, as in the head of a large workbook: not the directory at the end.
    const directory = file.findIndex((_, i) => file[i] === 0x50 && file[i + 1] === 0x4b && file[i + 2] === 0x01 && file[i + 3] === 0x02);
    const workbook = file.subarray(0, directory);
    expect(kindOf('download', workbook)).toBe('xlsx');
    expect(kindOf('orders.zip', workbook)).toBe('xlsx');
  });

  it('hands an OLE file named .xlsx (how Excel saves a password-protected workbook) to the Excel reader', () => {
    expect(kindOf('orders.xlsx', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))).toBe('xlsx');
  });

  it('recognises JSON by its name, or by how it opens ([ or { then a record, a key or the end) after blanks and a byte-order mark', () => {
    expect(kindOf('orders.json', text('not json at all'))).toBe('json');
    expect(kindOf('orders.NDJSON', text('{"a":1}\n'))).toBe('json');
    expect(kindOf('orders.jsonl', text('{"a":1}\n'))).toBe('json');
    expect(kindOf('export', text('[{"a":1}]'))).toBe('json');
    expect(kindOf('orders.csv', text('\r\n  \t{"a":1}\n'))).toBe('json');
    expect(kindOf('orders.txt', bytes(0xef, 0xbb, 0xbf, ...text('{"a":1}\n')))).toBe('json');
  });

  it('reads a CSV whose first byte is { or [ as CSV when no JSON follows it', () => {
    expect(kindOf('orders.csv', text('{customer},date,amount\na,2024-01-01,1\n'))).toBe('csv');
    expect(kindOf('orders.csv', text('[id];[date];[sum]\n1;2024-01-01;5\n'))).toBe('csv');
    expect(kindOf('orders.csv', text('{ client },date\n'))).toBe('csv');
    expect(kindOf('orders.txt', text('{\n  "orders": [ ] }'))).toBe('json');
    expect(kindOf('orders.txt', text('[\n  {"a": 1}\n]'))).toBe('json');
    expect(kindOf('orders.txt', text('[]'))).toBe('json');
  });

  it('still calls a blank or binary file empty or binary, whatever its JSON name', () => {
    expect(kindOf('orders.json', text('  \n'))).toBe('empty');
    expect(kindOf('orders.json', bytes(0xef, 0xbb, 0xbf))).toBe('empty');
    expect(kindOf('orders.json', bytes(0x7b, 0x00, 0x01))).toBe('binary');
  });

  it('recognises Parquet by its PAR1 magic or its name', () => {
    expect(kindOf('orders.bin', bytes(0x50, 0x41, 0x52, 0x31, 0x15, 0x04))).toBe('parquet');
    expect(kindOf('orders.PARQUET', bytes(0x01, 0x02))).toBe('parquet');
  });

  it('calls other files with NUL bytes binary', () => {
    expect(kindOf('orders.csv', bytes(0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00))).toBe('binary');
    expect(kindOf('orders.csv', text('customer,date\u0000,amount\n'))).toBe('binary');
  });

  it('keeps UTF-16 text with a byte-order mark as text, though it is full of NUL bytes', () => {
    const le = bytes(0xff, 0xfe, ...[...'id,date\n'].flatMap((c) => [c.charCodeAt(0), 0]));
    const be = bytes(0xfe, 0xff, ...[...'id,date\n'].flatMap((c) => [0, c.charCodeAt(0)]));
    expect(kindOf('orders.csv', le)).toBe('csv');
    expect(kindOf('orders.csv', be)).toBe('csv');
  });

  it('calls a file with no bytes, or only blanks and line breaks, empty', () => {
    expect(detectFileKind('orders.csv', 0, new Uint8Array())).toBe('empty');
    expect(kindOf('orders.csv', text('  \r\n\t\n  '))).toBe('empty');
  });

  it('calls a file holding only the UTF-8 byte-order mark empty, as Excel saves an empty sheet', () => {
    expect(kindOf('orders.csv', bytes(0xef, 0xbb, 0xbf))).toBe('empty');
    expect(kindOf('orders.csv', bytes(0xef, 0xbb, 0xbf, 0x0d, 0x0a))).toBe('empty');
  });

  it('takes ordinary CSV text, with or without a UTF-8 byte-order mark, as CSV', () => {
    expect(kindOf('orders.csv', text('customer_id,order_date,revenue\nA,2024-01-02,10\n'))).toBe('csv');
    expect(kindOf('orders.txt', bytes(0xef, 0xbb, 0xbf, ...text('Клиент;Дата;Сумма\r\n')))).toBe('csv');
    expect(kindOf('export', text('"id"\t"date"\t"amount"\n'))).toBe('csv');
  });

  it('takes CSV text whose first characters look like a short magic number as CSV', () => {
    // BMP's magic is only "BM": a header such as "BMI,..." or an id like "BM-0001" is still text.
    expect(kindOf('orders.csv', text('BM_customer,date,amount\nBM-0001,2024-01-02,10\n'))).toBe('csv');
    expect(kindOf('orders.csv', text('BMW-42;2024-01-02;10\n'))).toBe('csv');
  });
});

describe('fileSignature', () => {
  const header = ['customer_id', 'order_date', 'revenue'];

  it('is the same for the same export again', () => {
    expect(fileSignature('orders.csv', header)).toBe(fileSignature('orders.csv', [...header]));
    expect(fileSignature('orders.csv', header)).toMatch(/^[0-9a-f]{8}$/);
  });

  it('ignores the case of the file name', () => {
    expect(fileSignature('Orders.CSV', header)).toBe(fileSignature('orders.csv', header));
  });

  it('differs when the file name or the header differs', () => {
    const base = fileSignature('orders.csv', header);
    expect(fileSignature('orders-2.csv', header)).not.toBe(base);
    expect(fileSignature('orders.csv', ['customer_id', 'order_date', 'amount'])).not.toBe(base);
    expect(fileSignature('orders.csv', ['order_date', 'customer_id', 'revenue'])).not.toBe(base);
    expect(fileSignature('orders.csv', [...header, 'channel'])).not.toBe(base);
    expect(fileSignature('orders.csv', ['Customer_ID', 'order_date', 'revenue'])).not.toBe(base);
  });

  it('does not confuse a column boundary with a character of a name', () => {
    expect(fileSignature('a.csv', ['ab', 'c'])).not.toBe(fileSignature('a.csv', ['a', 'bc']));
    expect(fileSignature('a.csv', ['x'])).not.toBe(fileSignature('a.csvx', []));
  });
});
