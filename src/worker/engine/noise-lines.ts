// Rows of the file that are no order line: the header repeated inside the data (exports glued one
// below the other) and totals lines ("Итого", "Total"). Read as rows they would be counted as rows
// with a bad date; they are left out and counted as what they are (issue 13).

import type { RowExample } from '../../lib/engine/api';
import { spreadsheetRow } from '../../lib/import/row-numbers';
import type { Db } from '../db';
import { statement } from '../sql-statement';

const SQL = {
  counts: statement<[], { noise: number; rows: number; examples: RowExample[] }>('prepare/noise-lines'),
  drop: statement('prepare/drop-noise-lines'),
};

/** line-values.sql's cvm_noise codes. */
const REPEATED_HEADER = 1;
const TOTALS = 2;

export interface NoiseKind {
  count: number;
  examples: RowExample[];
}

export interface NoiseLines {
  repeatedHeader: NoiseKind;
  totals: NoiseKind;
}

/** Counts the noise rows of the lines just read and takes them out of the lines table; examples numbered as the spreadsheet does (`rowOffset`). */
export function takeNoiseLines(db: Db, rowOffset: number): NoiseLines {
  const rows = db.rows(SQL.counts);
  const kind = (code: number): NoiseKind => {
    const row = rows.find((r) => r.noise === code);
    return { count: row?.rows ?? 0, examples: (row?.examples ?? []).map((e) => ({ row: spreadsheetRow(Number(e.row), rowOffset), value: e.value ?? null })) };
  };
  if (rows.length > 0) db.run(SQL.drop);
  return { repeatedHeader: kind(REPEATED_HEADER), totals: kind(TOTALS) };
}
