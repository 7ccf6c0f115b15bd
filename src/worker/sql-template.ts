// User-chosen column names are the only text that enters SQL other than our own .sql files.
// They pass quoteIdent() after being checked against the table's real columns; values are
// always bound parameters.

declare const quoted: unique symbol;
export type QuotedIdent = string & { readonly [quoted]: true };

declare const own: unique symbol;
/** SQL text of our own, never user text: where a statement reads a dataset's rows, the file an export writes. */
export type OwnSql = string & { readonly [own]: true };

/** The literal NULL, for an optional column the user did not map. */
export const SQL_NULL = 'NULL' as QuotedIdent;

export function quoteIdent(name: string, knownColumns: readonly string[]): QuotedIdent {
  if (!knownColumns.includes(name)) throw new Error(`unknown column: ${name}`);
  return `"${name.replaceAll('"', '""')}"` as QuotedIdent;
}

/**
 * Where an export writes, as an SQL string literal: COPY ... TO takes no parameter. One of our own
 * file names, or natively the path of our temporary copy of it (Database.registerFileBuffer), so
 * no newline or other control character; a quote is doubled as SQL wants.
 */
export function fileNameLiteral(name: string): OwnSql {
  if (name === '' || /[\x00-\x1f]/.test(name)) throw new Error(`not a file name: ${JSON.stringify(name)}`);
  return `'${name.replaceAll("'", "''")}'` as OwnSql;
}

/** $1..$7 of every statement that reads {{source}}: the arguments of cvm_csv (the table macro ignores them). */
export type SourceParams = [
  path: string | null,
  delimiter: string | null,
  header: boolean | null,
  skipRows: number | null,
  quote: string | null,
  escape: string | null,
  parallel: boolean | null,
];

/** The parameters of a source that is a table, not a file: cvm_table ignores them. */
export const TABLE_SOURCE_PARAMS: SourceParams = [null, null, null, null, null, null, null];

/** Where a dataset's rows are read from: the file itself (CSV) or the raw table (Parquet). */
export interface OpenSource {
  from: OwnSql;
  params: SourceParams;
  /**
   * A CSV read with a quote the user did not choose: when a quote that never closes takes lines
   * with it, the whole file may be read again with quoting off (prepare.ts).
   */
  mayUnquote?: boolean;
}

const sourceCall = (macro: string) =>
  `${macro}(CAST($1 AS VARCHAR), CAST($2 AS VARCHAR), CAST($3 AS BOOLEAN), CAST($4 AS INTEGER), CAST($5 AS VARCHAR), CAST($6 AS VARCHAR), CAST($7 AS BOOLEAN))` as OwnSql;

/**
 * The table macros of shared/macros.sql and open/create-table-source.sql, called with the bound
 * parameters $1..$7. `lenient` is cvm_csv for a file DuckDB cannot read strictly (a quote inside
 * a quoted cell): open.ts falls back to it.
 */
export const SOURCE = { csv: sourceCall('cvm_csv'), lenient: sourceCall('cvm_csv_lenient'), table: sourceCall('cvm_table') } as const;

/** Whether the rows are read from a CSV file (which leaves DuckDB rejects), not from a table. */
export const isCsvSource = (source: OpenSource): boolean => source.from !== SOURCE.table;

