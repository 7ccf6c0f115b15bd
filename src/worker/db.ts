// A thin synchronous layer over one DuckDB connection: statements of the SQL catalog by their
// typed handles, parameters always bound. Synchronous because the engine runs on DuckDB's
// blocking bindings, inside our worker in the browser and in-process in Node.

import type { DuckDBBindings, DuckDBConfig, DuckDBConnection } from '@duckdb/duckdb-wasm/blocking';
import type { SqlCatalog } from './sql-catalog';
import { toRows } from './arrow';
import {
  fillTemplate,
  statement,
  type FilledSql,
  type ParamArgs,
  type SqlParams,
  type Statement,
  type Template,
  type TemplateValue,
} from './sql-statement';

const MACROS = statement('shared/macros');

/** How the browser and Node open DuckDB. Scores and counts are cast in SQL; these casts only guard values we forgot to cast. */
export const DUCKDB_CONFIG: DuckDBConfig = { query: { castBigIntToDouble: true, castDecimalToDouble: true } };

export class Db {
  readonly bindings: DuckDBBindings;
  private readonly conn: DuckDBConnection;
  private readonly sql: SqlCatalog;

  constructor(bindings: DuckDBBindings, sql: SqlCatalog) {
    this.bindings = bindings;
    this.sql = sql;
    this.conn = bindings.connect();
    // Without this, DuckDB downloads extensions (parquet, json) from the internet on first use.
    this.conn.query('SET autoload_known_extensions = false');
    this.conn.query('SET autoinstall_known_extensions = false');
    this.conn.query(this.text(MACROS.name));
  }

  /** Runs a statement (or a filled template) and returns plain rows. */
  rows<P extends SqlParams, R>(sql: Statement<P, R> | FilledSql<P, R>, ...args: ParamArgs<NoInfer<P>>): R[] {
    return this.table(sql, args[0] ?? []).rows;
  }

  /** Plain rows and the result's column names in order, which rows alone lose when there are none. */
  rowsAndColumns<P extends SqlParams, R>(sql: Statement<P, R> | FilledSql<P, R>, ...args: ParamArgs<NoInfer<P>>): { rows: R[]; columns: string[] } {
    return this.table(sql, args[0] ?? []);
  }

  private table<R>(sql: Statement<SqlParams, R> | FilledSql<SqlParams, R>, params: SqlParams): { rows: R[]; columns: string[] } {
    const text = sql.kind === 'filled' ? sql.text : this.text(sql.name);
    const result = (() => {
      if (params.length === 0) return this.conn.query(text);
      const prepared = this.conn.prepare(text);
      try {
        return prepared.query(...params);
      } finally {
        prepared.close();
      }
    })();
    return { rows: toRows<R>(result), columns: result.schema.fields.map((f) => f.name) };
  }

  run<P extends SqlParams, R>(sql: Statement<P, R> | FilledSql<P, R>, ...args: ParamArgs<NoInfer<P>>): void {
    this.rows(sql, ...args);
  }

  /** A template with every placeholder filled; fragments come from the catalog. */
  fill<P extends SqlParams, K extends string, R>(template: Template<P, K, R>, values: Readonly<Record<NoInfer<K>, TemplateValue>>): FilledSql<P, R> {
    return { kind: 'filled', text: fillTemplate(this.text(template.name), values, (fragment) => this.text(fragment.name)) };
  }

  insertArrowIpc(table: string, ipc: Uint8Array): void {
    this.conn.insertArrowFromIPCStream(ipc, { name: table, create: true });
  }

  dropTable(table: 'arrow_import'): void {
    this.conn.query(`DROP TABLE IF EXISTS ${table}`);
  }

  private text(name: string): string {
    const text = this.sql[name];
    if (text === undefined) throw new Error(`no SQL statement named ${name}`);
    return text;
  }
}
