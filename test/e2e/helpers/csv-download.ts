// A CSV the page downloaded, read back as rows of cells: quoted cells may hold commas, quotes and
// line breaks (an e-mail, a message); the byte-order mark the app writes for spreadsheets is dropped.
import { readFile } from 'node:fs/promises';
import type { Download } from 'playwright-core';

export async function csvOf(download: Download): Promise<string[][]> {
  const csv = (await readFile(await download.path())).toString('utf8').replace(/^\ufeff/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i];
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && csv[i + 1] === '\n') i++;
      row.push(cell), rows.push(row), (row = []), (cell = '');
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) row.push(cell), rows.push(row);
  return rows;
}
