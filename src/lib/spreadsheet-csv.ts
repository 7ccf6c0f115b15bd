// CSV a person opens in a spreadsheet: the value table (written here) and the engine's downloads
// (written by DuckDB, cvm_csv_text in worker/sql/shared/macros.sql). The CSV handed to DuckDB is
// lib/import/csv-write.ts and goes out exactly as read.
//
// The formula rule, for every such cell and header name: text that starts with = + - @, a tab or
// a CR is written with a leading ' so a spreadsheet shows it instead of running it, unless the
// whole text is a plain decimal number: an optional sign, ASCII digits with an optional point and
// fraction (or a point and digits), an optional exponent. "-12.50", "+5", "-.5" and "-1e5" stay
// numbers; "-inf", "-nan", "+Infinity", "-1_000", "-0x10", "-1 " and "-1,234.50" are written as
// text (which of the grouped or comma-decimal forms a spreadsheet reads as a number depends on its
// locale). Only the first character counts: " =1" and "\n=1" are not run by a spreadsheet.
//
// cvm_csv_text repeats both patterns literally (SQL cannot import them);
// test/sql/formula-safety.test.ts checks its text and runs it and spreadsheetSafe over the cases
// of test/fixtures/formula-cases.ts. Both patterns mean the same in JavaScript and in RE2.

import { cellText, rowsToCsv } from './import/csv-write';

/** The first characters a spreadsheet reads as the start of a formula (OWASP's list). */
export const FORMULA_START = '[=+\\-@\\t\\r]';
/** A plain decimal number, matched against the whole text. */
export const PLAIN_NUMBER = '[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?';

const startsLikeFormula = new RegExp(`^${FORMULA_START}`);
const plainNumber = new RegExp(`^(?:${PLAIN_NUMBER})$`);

/** One cell or header name by the formula rule above. */
export function spreadsheetSafe(text: string): string {
  return startsLikeFormula.test(text) && !plainNumber.test(text) ? `'${text}` : text;
}

/** A table for a person: header and rows, text made spreadsheet-safe, numbers as plain digits. */
export function tableToCsv(header: string[], rows: (string | number | null)[][]): Uint8Array {
  const cell = (value: string | number | null) =>
    value === null ? null : typeof value === 'number' ? cellText(value) : spreadsheetSafe(value);
  return rowsToCsv([header.map(spreadsheetSafe), ...rows.map((row) => row.map(cell))]);
}

const QUOTE = 0x22;
const LF = 0x0a;

/**
 * A CSV DuckDB wrote (COPY ... HEADER: comma, RFC 4180 quoting, `\n`) with its header line made
 * spreadsheet-safe. COPY writes column names as they are and the cells are already safe
 * (cvm_csv_text), so only the first line changes; the bytes come back as they were when no name
 * needs a quote. `names`, when given, replace the names DuckDB wrote: COPY renames a column that
 * repeats another's name ("row" beside the export's own "row" becomes "row_1").
 */
export function spreadsheetSafeHeader(csv: Uint8Array, names?: readonly string[]): Uint8Array {
  let end = 0;
  let quoted = false;
  // `"` and LF are single bytes in UTF-8 and never part of another character.
  while (end < csv.length && (quoted || csv[end] !== LF)) {
    if (csv[end] === QUOTE) quoted = !quoted;
    end++;
  }
  const written = headerNames(new TextDecoder().decode(csv.subarray(0, end)));
  if (names && names.length !== written.length) throw new Error(`header of ${written.length} columns, ${names.length} names given`);
  const safe = (names ?? written).map(spreadsheetSafe);
  if (safe.every((name, i) => name === written[i])) return csv;
  const header = rowsToCsv([safe]);
  const rest = csv.subarray(Math.min(end + 1, csv.length));
  const out = new Uint8Array(header.length + rest.length);
  out.set(header);
  out.set(rest, header.length);
  return out;
}

/** The fields of one RFC 4180 line (quoted fields may hold commas, `""` and line breaks). */
function headerNames(line: string): string[] {
  const names: string[] = [];
  let name = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') name += line[++i];
      else if (c === '"') quoted = false;
      else name += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      names.push(name);
      name = '';
    } else name += c;
  }
  names.push(name);
  return names;
}
