// The lines of a CSV that do not fit its table: DuckDB's reader leaves them out and keeps them in
// its rejects tables (cvm_csv in shared/macros.sql); this reads how many there were in the last
// read of the file and a few of them, for the import report.

import type { RowExample } from '../../lib/engine/api';
import type { Db } from '../db';
import { statement } from '../sql-statement';
import { SOURCE, type OpenSource } from '../sql-template';

const SQL = {
  rows: statement<[path: string], { line: number; text: string }>('prepare/malformed-rows'),
};

/** Examples kept: enough to find the damage in an editor, few enough for the report. */
const EXAMPLES = 3;

export interface MalformedRows {
  count: number;
  /** `row` is the line of the file (the header counted), as an editor numbers it. */
  examples: RowExample[];
}

export function malformedRows(db: Db, source: OpenSource): MalformedRows {
  // Only a CSV read leaves rejects; a table source (Parquet, Excel, JSON) has none.
  if (source.from !== SOURCE.csv) return { count: 0, examples: [] };
  const rows = db.rows(SQL.rows, [String(source.params[0])]);
  return { count: rows.length, examples: rows.slice(0, EXAMPLES).map((r) => ({ row: r.line, value: r.text })) };
}
