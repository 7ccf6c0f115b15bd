// RFC 4180 text <-> table of strings, for the benchmark only: the clean files are written with
// every cell quoted (as Pollock's clean/ files are) and read back, and so is the CSV a loader
// exports. Kept apart from the app's reader on purpose: the measure must not share the code it judges.

export type Table = string[][];

/** Reads comma-separated, double-quoted text; CRLF, LF or CR end a record. */
export function parseCsv(text: string): Table {
  const rows: Table = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const endRecord = () => {
    row.push(cell);
    rows.push(row);
    row = [];
    cell = '';
  };
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else cell += ch;
      i += 1;
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
    } else cell += ch;
    i += 1;
  }
  // A last record without its line ending still counts; a trailing line ending adds none.
  if (cell !== '' || row.length > 0) endRecord();
  return rows;
}

/** Every cell quoted, LF line endings: the layout of Pollock's clean/ files. */
export function writeQuotedCsv(table: Table): string {
  return table.map((row) => row.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(',')).join('\n') + '\n';
}
