// A thin synchronous layer over one DuckDB connection: statements by name from the SQL
// catalog, parameters always bound. Synchronous because the engine runs on DuckDB's
// blocking bindings, inside our worker in the browser and in-process in Node.

import type { DuckDBBindings, DuckDBConnection } from '@duckdb/duckdb-wasm/blocking';
import type { SqlCatalog } from './sql-catalog';
import { toRows } from './arrow';

export type SqlParam = string | number | boolean | null;

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
    this.conn.query(this.statement('macros'));
  }

  statement(name: string): string {
    const text = this.sql[name];
    if (text === undefined) throw new Error(`no SQL statement named ${name}`);
    return text;
  }

  /** Runs a catalog statement and returns plain rows. */
  rows<T>(name: string, params: SqlParam[] = []): T[] {
    return this.rowsOf<T>(this.statement(name), params);
  }

  /** Runs SQL text built by fillTemplate() from a catalog statement. */
  rowsOf<T>(text: string, params: SqlParam[] = []): T[] {
    if (params.length === 0) return toRows<T>(this.conn.query(text));
    const prepared = this.conn.prepare(text);
    try {
      return toRows<T>(prepared.query(...params));
    } finally {
      prepared.close();
    }
  }

  run(name: string, params: SqlParam[] = []): void {
    this.rows(name, params);
  }

  insertArrowIpc(table: string, ipc: Uint8Array): void {
    this.conn.insertArrowFromIPCStream(ipc, { name: table, create: true });
  }

  dropTable(table: 'arrow_import'): void {
    this.conn.query(`DROP TABLE IF EXISTS ${table}`);
  }
}
