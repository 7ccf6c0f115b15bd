// A Database that keeps every statement it runs with its parameters and its answer (rows,
// columns or the error), and every file an export wrote: the parity test runs one analysis on
// both engines and compares the two records statement by statement.

import type { NodeDatabase, QueryResult } from '../../../src/worker/database';
import type { SqlParams } from '../../../src/worker/sql-statement';

export interface Recorded {
  /** The statement's text, with our temporary paths made alike (native DuckDB's are real paths). */
  sql: string;
  params: SqlParams;
  result: QueryResult | { error: string };
}

export class RecordingDatabase implements NodeDatabase {
  readonly recorded: Recorded[] = [];
  readonly engine: NodeDatabase['engine'];
  /** SQL name of each registered file -> how the record names it. */
  private readonly names = new Map<string, string>();

  constructor(private readonly inner: NodeDatabase) {
    this.engine = inner.engine;
  }

  query(sql: string, params: SqlParams): QueryResult {
    const entry: Recorded = { sql: this.alike(sql), params: params.map((p) => (typeof p === 'string' ? this.alike(p) : p)), result: { error: '' } };
    this.recorded.push(entry);
    try {
      entry.result = this.inner.query(sql, params);
      return entry.result;
    } catch (error) {
      entry.result = { error: error instanceof Error ? error.message : String(error) };
      throw error;
    }
  }

  insertArrowIpc(table: string, ipc: Uint8Array): void {
    this.inner.insertArrowIpc(table, ipc);
  }

  registerFileBuffer(name: string, bytes: Uint8Array): string {
    return this.remember(name, this.inner.registerFileBuffer(name, bytes));
  }

  registerFilePath(name: string, filePath: string): string {
    return this.remember(name, this.inner.registerFilePath(name, filePath));
  }

  copyFileToBuffer(name: string): Uint8Array {
    const bytes = this.inner.copyFileToBuffer(name);
    // The COPY that wrote it, so that a file is compared as its statement's rows are (in order if it asks for one).
    const copy = this.recorded.at(-1)?.sql ?? '';
    this.recorded.push({ sql: `${copy}\n-- the file ${name}, one row a line`, params: [], result: { rows: new TextDecoder().decode(bytes).split('\n'), columns: [] } });
    return bytes;
  }

  dropFile(name: string): void {
    this.inner.dropFile(name);
  }

  version(): string {
    return this.inner.version();
  }

  close(): void {
    this.inner.close();
  }

  /**
   * A registered file is recorded by its order of registration: its SQL name is a path natively,
   * and even the engine's own name (upload-N.csv) counts up across the engines of one process.
   */
  private remember(name: string, sqlName: string): string {
    this.names.set(sqlName, `<file ${this.names.size + 1}: ${name.replace(/^upload-\d+/, 'upload')}>`);
    return sqlName;
  }

  private alike(text: string): string {
    let out = text;
    for (const [sqlName, alias] of this.names) out = out.replaceAll(sqlName, alias);
    return out;
  }
}
