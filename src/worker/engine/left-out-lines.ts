// The lines of a CSV that are no rows of its table: those DuckDB's reader left out because they do
// not fit (cvm_csv in shared/macros.sql keeps them in its rejects tables) and the comment lines it
// skips. They are kept in left_out_lines after the last read of the file, for the import report's
// counts and examples and the rows-not-used download.

import type { RowExample } from '../../lib/engine/api';
import type { Db } from '../db';
import { statement } from '../sql-statement';
import { isCsvSource, type OpenSource } from '../sql-template';

type Kind = 'malformed' | 'comment';

const SQL = {
  save: statement<[path: string]>('prepare/save-left-out-lines'),
  empty: statement('prepare/create-left-out-lines'),
  comments: statement<[path: string, comment: string]>('prepare/insert-comment-lines'),
  clearErrors: statement('prepare/clear-reject-errors'),
  clearScans: statement('prepare/clear-reject-scans'),
  lines: statement<[kind: Kind], { line: number; text: string; lines: number; quote_error: boolean }>('prepare/malformed-rows'),
};

/** Examples kept: enough to find the damage in an editor, few enough for the report. */
const EXAMPLES = 3;

export interface LeftOutKind {
  /** Lines of the file. */
  count: number;
  /** `row` is the line of the file (the header counted), as an editor numbers it. */
  examples: RowExample[];
}

export interface LeftOutLines {
  malformed: LeftOutKind & {
    /** A quote opened and never closed took the lines after it: the file reads better with quoting off. */
    unclosedQuote: boolean;
  };
  comments: LeftOutKind;
}

/** Right after the last read of the file: its rejects are the latest scan's. `comment`: the dialect's comment character. */
export function saveLeftOutLines(db: Db, source: OpenSource, comment: string | undefined): LeftOutLines {
  // Only a CSV read leaves rejects; a table source (Parquet, Excel, JSON) has none.
  if (!isCsvSource(source)) {
    db.run(SQL.empty);
  } else {
    const path = String(source.params[0]);
    db.run(SQL.save, [path]);
    db.run(SQL.clearErrors);
    db.run(SQL.clearScans);
    if (comment) db.run(SQL.comments, [path, comment]);
  }
  const malformed = db.rows(SQL.lines, ['malformed']);
  const comments = db.rows(SQL.lines, ['comment']);
  const examples = (rows: typeof malformed): RowExample[] => rows.slice(0, EXAMPLES).map((r) => ({ row: r.line, value: r.text }));
  return {
    malformed: {
      count: malformed.reduce((sum, r) => sum + r.lines, 0),
      examples: examples(malformed),
      unclosedQuote: malformed.some((r) => r.quote_error && r.lines > 1),
    },
    comments: { count: comments.length, examples: examples(comments) },
  };
}
