// File-level pollutions: the dialect, the header, and lines around or among the records. The clean
// table follows Pollock's conventions (pollock/polluters_stdlib.py and polluted_files/clean/):
// preamble, footnote, comment and blank lines are not part of it; a header over several rows is
// one row with each column's parts joined by a space; a second table's rows (its header too) are
// data rows, as Pollock's addTable puts them in the same file's rows.

import type { Table } from './csv';
import { encodeTable, joinLines, RFC4180, type Dialect } from './dialect';
import type { PollutedFile } from './polluted-file';

const hex = (text: string) => [...text].map((ch) => `_0x${ch.codePointAt(0)!.toString(16).toUpperCase()}`).join('');

function write(table: Table, d: Dialect = RFC4180): string {
  return joinLines(encodeTable(table, d), d);
}

/** A line of free text, or the same text in the first cell of a row as wide as the table. */
function textLine(text: string, width: number, delimited: boolean, d: Dialect = RFC4180): string {
  return delimited ? [text, ...Array<string>(width - 1).fill('')].join(d.delimiter) : text;
}

function dialects(src: Table): PollutedFile[] {
  const out: PollutedFile[] = [];
  for (const delimiter of [';', '\t', '|', ' ', ', ', ';;']) {
    out.push({ name: `file_field_delimiter${hex(delimiter)}`, kind: 'file_field_delimiter', text: write(src, { ...RFC4180, delimiter }), clean: src });
  }
  out.push({ name: 'file_quotation_char_0x27', kind: 'file_quotation_char', text: write(src, { ...RFC4180, quote: "'" }), clean: src });
  out.push({ name: 'file_quotation_none_tab', kind: 'file_quotation_none', text: write(src, { ...RFC4180, delimiter: '\t', quote: null }), clean: src });
  out.push({ name: 'file_quotation_none_comma', kind: 'file_quotation_none', text: write(src, { ...RFC4180, quote: null }), clean: src });
  out.push({ name: 'file_escape_char_0x5C', kind: 'file_escape_char', text: write(src, { ...RFC4180, escape: '\\' }), clean: src });
  out.push({ name: 'file_escape_char_0x5C_semicolon', kind: 'file_escape_char', text: write(src, { ...RFC4180, delimiter: ';', escape: '\\' }), clean: src });
  for (const eol of ['\r\n', '\r']) {
    out.push({ name: `file_record_delimiter${hex(eol)}`, kind: 'file_record_delimiter', text: write(src, { ...RFC4180, eol }), clean: src });
  }
  return out;
}

function headers(src: Table): PollutedFile[] {
  const [header, ...data] = src;
  const group = (cells: Record<number, string>) => header.map((_, i) => cells[i] ?? '');
  const joined = (rows: string[][]) => header.map((_, i) => rows.map((row) => row[i]).filter((part) => part !== '').join(' '));
  const top = group({ 0: 'Order', 3: 'Product', 7: 'Links' });
  const title = group({ 0: 'Sales' });
  const two = [top, header];
  const three = [title, top, header];
  return [
    { name: 'file_no_header', kind: 'file_no_header', text: write(data), clean: data },
    { name: 'file_header_multirow_2', kind: 'file_header_multirow', text: write([...two, ...data]), clean: [joined(two), ...data] },
    { name: 'file_header_multirow_3', kind: 'file_header_multirow', text: write([...three, ...data]), clean: [joined(three), ...data] },
    // Pollock's own multirow file repeats the header row: its clean header reads "DATE DATE".
    { name: 'file_header_multirow_2_repeated', kind: 'file_header_multirow', text: write([header, ...src]), clean: [joined([header, header]), ...data] },
    { name: 'file_one_data_row', kind: 'file_one_data_row', text: write(src.slice(0, 2)), clean: src.slice(0, 2) },
  ];
}

const PREAMBLE = ['Shop export: orders', 'Generated 02/07/2018 by Backoffice', 'Currency: USD'];
const FOOTNOTE = ['End of report', 'Prices include VAT', 'Questions: support@example.com'];

function around(src: Table): PollutedFile[] {
  const width = src[0].length;
  const body = write(src);
  const out: PollutedFile[] = [];
  for (const delimited of [true, false]) {
    for (const emptyRow of [false, true]) {
      const suffix = `${delimited ? '' : 'not_'}delimited${emptyRow ? '_empty_row' : ''}`;
      const blank = delimited ? ','.repeat(width - 1) : '';
      const pre = PREAMBLE.map((line) => textLine(line, width, delimited)).join('\n') + '\n' + (emptyRow ? blank + '\n' : '');
      out.push({ name: `file_preamble_3_${suffix}`, kind: 'file_preamble', text: pre + body, clean: src });
      const post = (emptyRow ? blank + '\n' : '') + FOOTNOTE.map((line) => textLine(line, width, delimited)).join('\n') + '\n';
      out.push({ name: `file_footnote_3_${suffix}`, kind: 'file_footnote', text: body + post, clean: src });
    }
  }
  out.push({ name: 'file_preamble_1_title', kind: 'file_preamble', text: 'Orders July 2018\n' + body, clean: src });
  const qty = src.slice(1).reduce((sum, row) => sum + Number(row[2]), 0);
  const amount = src.slice(1).reduce((sum, row) => sum + Number(row[4].slice(1)), 0);
  for (const [label, name] of [['Total', 'file_totals_en'], ['Итого', 'file_totals_ru']] as const) {
    const totals = [label, '', String(qty), '', `$${amount.toFixed(2)}`, '', '', '', ''];
    out.push({ name, kind: 'file_totals', text: body + write([totals]), clean: src });
  }
  return out;
}

function amid(src: Table): PollutedFile[] {
  const header = src[0];
  const out: PollutedFile[] = [];
  // A second table made of the first one's first ten lines, narrower or wider (Pollock's addTable).
  for (const cols of [6, 12]) {
    const second = src.slice(0, 10).map((row, i) => {
      if (cols < row.length) return row.slice(0, cols);
      const extra = Array.from({ length: cols - row.length }, (_, k) => (i === 0 ? `col${k + 1}` : row[row.length - 1]));
      return [...row, ...extra];
    });
    for (const separated of [false, true]) {
      const name = `file_multitable_rows_10_${cols < header.length ? 'less' : 'more'}_cols${separated ? '_separated' : ''}`;
      out.push({ name, kind: 'file_multitable', text: write(src) + (separated ? '\n' : '') + write(second), clean: [...src, ...second] });
    }
  }
  const lines = write(src).split('\n');
  const insert = (at: number[], line: string) => lines.flatMap((l, i) => (at.includes(i) ? [line, l] : [l])).join('\n');
  out.push({ name: 'file_comment_lines_top', kind: 'file_comment', text: '# exported by Backoffice\n# timezone UTC\n' + lines.join('\n'), clean: src });
  out.push({ name: 'file_comment_lines_inside', kind: 'file_comment', text: insert([5, 20, 40], '# page break'), clean: src });
  out.push({ name: 'file_blank_lines_inside', kind: 'file_blank_lines', text: insert([7, 30, 31], ''), clean: src });
  out.push({ name: 'file_blank_line_after_header', kind: 'file_blank_lines', text: insert([1], ''), clean: src });
  out.push({ name: 'file_blank_lines_end', kind: 'file_blank_lines', text: lines.join('\n') + '\n\n\n', clean: src });
  out.push({ name: 'file_source', kind: 'none', text: write(src), clean: src });
  return out;
}

export function filePollutions(src: Table): PollutedFile[] {
  return [...dialects(src), ...headers(src), ...around(src), ...amid(src)];
}
