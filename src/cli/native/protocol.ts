// The messages between the command line's thread and native DuckDB's thread (sync-bridge.ts).

import type { QueryResult } from '../../worker/database';
import type { SqlParams } from '../../worker/sql-statement';

/** How native DuckDB is opened: the command line's --threads, --memory-limit and --temp-dir. */
export interface NativeSettings {
  /** null: DuckDB's default, every core. */
  threads: number | null;
  /** DuckDB's own syntax ("8GB"); null: DuckDB's default, 80% of the machine's memory. */
  memoryLimit: string | null;
  /**
   * The folder in which this run's own folder (cvm-lab-<pid>-…) is made, for DuckDB's spilling and
   * our temporary files; only that folder is removed after, never the one given.
   */
  tempDirectory: string;
}

export type NativeRequest =
  | { op: 'open'; settings: NativeSettings }
  | { op: 'query'; sql: string; params: SqlParams }
  | { op: 'close' };

export type NativeReply = { ok: true; result: QueryResult } | { ok: false; message: string };
