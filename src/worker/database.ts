// What the engine needs of a DuckDB: statements with bound parameters as plain rows, Arrow in,
// files by name. Two implementations: DuckDB-WASM's blocking bindings (wasm-database.ts: the
// page, the command line's default and the SQL tests) and native DuckDB for the command line's
// `--engine native` (cli/native/native-database.ts). Both return rows as worker/arrow.ts makes
// them, so the SQL and everything after it is the same.

import type { SqlParams } from './sql-statement';

export interface QueryResult {
  rows: unknown[];
  /** The result's column names in order, which rows alone lose when there are none. */
  columns: string[];
}

export interface Database {
  /** One statement (or several without parameters), its parameters bound. */
  query(text: string, params: SqlParams): QueryResult;
  /** Creates `table` from an Arrow IPC stream (Parquet decoded in JS, open-source.ts). */
  insertArrowIpc(table: string, ipc: Uint8Array): void;
  /**
   * Makes bytes made in JS readable by SQL; returns the name SQL reads (or a COPY writes) them by:
   * `name` itself in wasm, a temporary file's path natively.
   */
  registerFileBuffer(name: string, bytes: Uint8Array): string;
  /** The bytes of a file registered with registerFileBuffer, after a COPY wrote it. */
  copyFileToBuffer(name: string): Uint8Array;
  dropFile(name: string): void;
  version(): string;
}

/** In Node, either engine also reads a file on disk without copying it. */
export interface NodeDatabase extends Database {
  /** Returns the name SQL reads the file by. */
  registerFilePath(name: string, filePath: string): string;
  /** Which engine this is: the command line chooses how Parquet and globs are read by it. */
  readonly engine: 'wasm' | 'native';
  close(): void;
}
