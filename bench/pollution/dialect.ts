// Writes a table as CSV text in a given dialect, keeping each line's fields apart so that the
// row-level polluters can damage one field or one delimiter of one line before the lines are joined.

import type { Table } from './csv';

export interface Dialect {
  delimiter: string;
  /** null: no quoting at all (cells written raw, whatever they hold). */
  quote: string | null;
  /** null: a quote inside a quoted cell is doubled (RFC 4180); otherwise this character precedes it. */
  escape: string | null;
  eol: string;
}

export const RFC4180: Dialect = { delimiter: ',', quote: '"', escape: null, eol: '\n' };

/** Columns always quoted, as exporters often quote free text whether it needs it or not. */
const ALWAYS_QUOTED = new Set([6]);

export function encodeCell(cell: string, column: number, d: Dialect): string {
  if (d.quote === null) return cell;
  const needs =
    ALWAYS_QUOTED.has(column) || cell.includes(d.delimiter) || cell.includes(d.quote) || cell.includes('\n') || cell.includes('\r');
  if (!needs) return cell;
  const escaped = cell.replaceAll(d.quote, (d.escape ?? d.quote) + d.quote);
  return d.quote + escaped + d.quote;
}

/** One array of encoded fields per line. */
export function encodeTable(table: Table, d: Dialect): string[][] {
  return table.map((row) => row.map((cell, column) => encodeCell(cell, column, d)));
}

export function joinLines(lines: string[][], d: Dialect, delimiters?: Map<number, string>): string {
  return lines.map((fields, i) => fields.join(delimiters?.get(i) ?? d.delimiter)).join(d.eol) + d.eol;
}
