// Row-level pollutions: one line of an RFC 4180 file damaged. Line 0 is the header, line r the
// r-th record (Pollock's numbering in row_extra_quote10_col2 and the like). The clean table
// follows Pollock: a stray quote stays in its cell as text; an extra, missing or other delimiter
// and another quote character change the line's bytes, not its cells; a row with more or fewer
// fields has those cells (Pollock's changeRowNumberFields copies the last cell into the extra ones).

import { createRng } from '../../src/lib/random';
import type { Table } from './csv';
import { encodeTable, joinLines, RFC4180 } from './dialect';
import type { PollutedFile } from './polluted-file';

type Lines = string[][];

const copy = (table: Table): Table => table.map((row) => [...row]);

/** Distinct (row, column) pairs, the same ones for the same seed. */
function positions(count: number, rows: [number, number], cols: [number, number], seed: number): [number, number][] {
  const rng = createRng(seed);
  const seen = new Set<string>();
  const out: [number, number][] = [];
  while (out.length < count) {
    const pair: [number, number] = [rng.int(rows[0], rows[1]), rng.int(cols[0], cols[1])];
    if (seen.has(pair.join())) continue;
    seen.add(pair.join());
    out.push(pair);
  }
  return out;
}

function damaged(src: Table, edit: (lines: Lines) => void, delimiters?: Map<number, string>): string {
  const lines = encodeTable(src, RFC4180);
  edit(lines);
  return joinLines(lines, RFC4180, delimiters);
}

function extraQuotes(src: Table): PollutedFile[] {
  const last = src.length - 1;
  const picks: [number, number][] = [[0, 1], [1, 0], [10, 2], [last, 4], ...positions(29, [1, last], [0, 8], 13)];
  const unique = [...new Map(picks.map((p) => [p.join(), p])).values()].slice(0, 33);
  return unique.map(([r, c]) => {
    const clean = copy(src);
    clean[r][c] = '"' + clean[r][c];
    const text = damaged(src, (lines) => void (lines[r][c] = '"' + lines[r][c]));
    return { name: `row_extra_quote${r}_col${c}`, kind: 'row_extra_quote', text, clean };
  });
}

function missingQuotes(src: Table): PollutedFile[] {
  // Column 6 is always quoted (dialect.ts); a quoted cell loses its closing or its opening quote.
  return positions(8, [1, src.length - 1], [6, 6], 17).map(([r, c], i) => {
    const closing = i < 6;
    const text = damaged(src, (lines) => void (lines[r][c] = closing ? lines[r][c].slice(0, -1) : lines[r][c].slice(1)));
    return { name: `row_missing_${closing ? 'closing' : 'opening'}_quote${r}_col${c}`, kind: 'row_missing_quote', text, clean: src };
  });
}

function delimiters(src: Table): PollutedFile[] {
  const last = src.length - 1;
  const added = positions(12, [1, last], [0, 8], 19).map(([r, c]) => ({
    name: `row_add_separator_${r}_${c}`,
    kind: 'row_extra_delimiter',
    text: damaged(src, (lines) => void lines[r].splice(c, 0, '')),
    clean: src,
  }));
  const removed = positions(12, [1, last], [1, 8], 23).map(([r, c]) => ({
    name: `row_missing_separator_${r}_${c}`,
    kind: 'row_missing_delimiter',
    text: damaged(src, (lines) => void lines[r].splice(c - 1, 2, lines[r][c - 1] + lines[r][c])),
    clean: src,
  }));
  return [...added, ...removed];
}

function fieldCounts(src: Table): PollutedFile[] {
  const last = src.length - 1;
  const out: PollutedFile[] = [];
  for (const r of [1, 2, 30, last]) {
    const more = copy(src);
    more[r] = [...more[r], ...Array<string>(6).fill(more[r][more[r].length - 1])];
    out.push({ name: `row_n_fields_${r}_more`, kind: 'row_more_fields', text: joinLines(encodeTable(more, RFC4180), RFC4180), clean: more });
    const less = copy(src);
    less[r] = less[r].slice(0, 5);
    out.push({ name: `row_n_fields_${r}_less`, kind: 'row_fewer_fields', text: joinLines(encodeTable(less, RFC4180), RFC4180), clean: less });
  }
  for (const r of [2, last]) {
    // An empty line: Pollock's record and cell measures skip a row without cells, so the clean table drops it.
    const text = damaged(src, (lines) => void (lines[r] = []));
    out.push({ name: `row_n_fields_${r}_empty`, kind: 'row_fewer_fields', text, clean: src.filter((_, i) => i !== r) });
  }
  return out;
}

function otherCharacters(src: Table): PollutedFile[] {
  const last = src.length - 1;
  const out: PollutedFile[] = [];
  for (const r of [1, 2, 30, last]) {
    out.push({ name: `row_field_delimiter_${r}_0x3B`, kind: 'row_field_delimiter', text: damaged(src, () => {}, new Map([[r, ';']])), clean: src });
    const requote = (field: string) => (field.startsWith('"') && field.endsWith('"') && field.length > 1 ? `'${field.slice(1, -1)}'` : field);
    out.push({ name: `row_quotation_mark_${r}_0x27`, kind: 'row_quotation_mark', text: damaged(src, (lines) => void (lines[r] = lines[r].map(requote))), clean: src });
  }
  return out;
}

export function rowPollutions(src: Table): PollutedFile[] {
  return [...extraQuotes(src), ...missingQuotes(src), ...delimiters(src), ...fieldCounts(src), ...otherCharacters(src)];
}
