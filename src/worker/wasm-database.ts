// DuckDB-WASM's blocking bindings as the engine's Database: in the browser worker and in Node.

import type { DuckDBBindings, DuckDBConfig, DuckDBConnection } from '@duckdb/duckdb-wasm/blocking';
import type { Database, QueryResult } from './database';
import type { SqlParams } from './sql-statement';
import { toRows } from './arrow';

/** How the browser and Node open DuckDB. Scores and counts are cast in SQL; these casts only guard values we forgot to cast. */
export const DUCKDB_CONFIG: DuckDBConfig = { query: { castBigIntToDouble: true, castDecimalToDouble: true } };

export class WasmDatabase implements Database {
  readonly bindings: DuckDBBindings;
  private readonly conn: DuckDBConnection;

  constructor(bindings: DuckDBBindings) {
    this.bindings = bindings;
    this.conn = bindings.connect();
    // Without this, DuckDB downloads extensions (parquet, json) from the internet on first use.
    this.conn.query('SET autoload_known_extensions = false');
    this.conn.query('SET autoinstall_known_extensions = false');
  }

  query(text: string, params: SqlParams): QueryResult {
    const result = (() => {
      if (params.length === 0) return this.conn.query(text);
      const prepared = this.conn.prepare(text);
      try {
        return prepared.query(...params);
      } finally {
        prepared.close();
      }
    })();
    return { rows: toRows(result), columns: result.schema.fields.map((f) => f.name) };
  }

  insertArrowIpc(table: string, ipc: Uint8Array): void {
    this.conn.insertArrowFromIPCStream(ipc, { name: table, create: true });
  }

  registerFileBuffer(name: string, bytes: Uint8Array): string {
    this.bindings.registerFileBuffer(name, bytes);
    return name;
  }

  copyFileToBuffer(name: string): Uint8Array {
    return this.bindings.copyFileToBuffer(name);
  }

  dropFile(name: string): void {
    this.bindings.dropFile(name);
  }

  version(): string {
    return this.bindings.getVersion();
  }
}
