// Decide from the first bytes what a dropped file really is, so a renamed image or a
// spreadsheet gets a specific message instead of DuckDB's parse error. Signatures shorter
// than three bytes are left out (BMP's "BM" starts ordinary CSV headers too); such files
// contain NUL bytes and are refused as binary anyway.

export type FileKind = 'csv' | 'parquet' | 'empty' | 'image' | 'xlsx' | 'spreadsheet' | 'json' | 'binary';

const startsWith = (head: Uint8Array, bytes: number[]) => bytes.every((b, i) => head[i] === b);

const IMAGE_SIGNATURES: number[][] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x25, 0x50, 0x44, 0x46], // PDF, treated like an image: not tabular
];
const RIFF = [0x52, 0x49, 0x46, 0x46]; // WEBP container
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // xlsx, ods
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // legacy xls
const PARQUET = [0x50, 0x41, 0x52, 0x31]; // "PAR1"
const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** Whether `needle` occurs in `haystack`. */
export function containsBytes(haystack: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  for (let i = haystack.indexOf(first); i >= 0 && i <= haystack.length - needle.length; i = haystack.indexOf(first, i + 1)) {
    if (needle.every((b, j) => haystack[i + j] === b)) return true;
  }
  return false;
}

// ZIP entry names are stored as plain text in each entry's header; Excel writes this one among the first.
const WORKBOOK_PART = new TextEncoder().encode('xl/workbook.xml');

/**
 * Excel's own format: a ZIP named so, or one whose first entries include the workbook part.
 * An OLE file named .xlsx is a password-protected workbook (Excel encrypts into an OLE
 * container), or an old .xls renamed: the Excel reader tells which.
 */
function isXlsx(fileName: string, head: Uint8Array): boolean {
  const named = /\.(xlsx|xlsm)$/i.test(fileName);
  if (startsWith(head, ZIP)) return named || containsBytes(head, WORKBOOK_PART);
  return named && startsWith(head, OLE);
}

export function detectFileKind(fileName: string, sizeBytes: number, head: Uint8Array): FileKind {
  if (sizeBytes === 0 || head.length === 0) return 'empty';
  if (startsWith(head, PARQUET) || /\.parquet$/i.test(fileName)) return 'parquet';
  if (IMAGE_SIGNATURES.some((sig) => startsWith(head, sig)) || startsWith(head, RIFF)) return 'image';
  if (isXlsx(fileName, head)) return 'xlsx';
  // Legacy .xls, OpenDocument and other ZIPs.
  if (startsWith(head, ZIP) || startsWith(head, OLE) || /\.(xlsx|xls|ods)$/i.test(fileName)) return 'spreadsheet';
  // UTF-16 text has NUL bytes too; it is text (issue 4 transcodes it), so only flag NULs without a BOM.
  const utf16 = startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff]);
  if (!utf16 && head.includes(0)) return 'binary';
  // Excel saves an empty sheet as a lone UTF-8 byte-order mark.
  const text = startsWith(head, UTF8_BOM) ? head.subarray(3) : head;
  const blank = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
  if (text.every(blank)) return 'empty';
  if (/\.(json|ndjson|jsonl)$/i.test(fileName)) return 'json';
  return opensJson(text, blank) ? 'json' : 'csv';
}

const QUOTE = 0x22;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/**
 * Whether a file not named .json starts as JSON does: "{" then a key's quote or "}", "[" then a
 * record, a list, a string or "]". The first byte alone took CSV headers such as
 * "{customer},date,amount" or "[id];[date]" for broken JSON.
 */
function opensJson(text: Uint8Array, blank: (b: number) => boolean): boolean {
  const start = text.findIndex((b) => !blank(b));
  const first = text[start];
  if (first !== OPEN_BRACE && first !== OPEN_BRACKET) return false;
  const next = text.subarray(start + 1).find((b) => !blank(b));
  // The head ends right after the bracket: nothing else tells.
  if (next === undefined) return true;
  if (first === OPEN_BRACE) return next === QUOTE || next === CLOSE_BRACE;
  return next === OPEN_BRACE || next === OPEN_BRACKET || next === QUOTE || next === CLOSE_BRACKET;
}
