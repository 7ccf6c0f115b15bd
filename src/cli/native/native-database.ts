// Native DuckDB (@duckdb/node-api) as the engine's Database, for `npm run rfm -- --engine native`:
// every core, a memory limit, spilling to disk, Parquet and globs read by DuckDB itself. Files the
// engine makes in JS (an export's target, survey answers) are temporary files: native DuckDB has
// no registered buffers, so the name SQL reads them by is their path.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { NodeDatabase, QueryResult } from '../../worker/database';
import type { SqlParams } from '../../worker/sql-statement';
import type { NativeReply, NativeSettings } from './protocol';
import { SyncBridge } from './sync-bridge';

const START_TIMEOUT_MS = 60_000;

export class NativeDatabase implements NodeDatabase {
  readonly engine = 'native';
  private readonly bridge: SyncBridge;
  /** This run's folder: our temporary files (files/, by the engine's names) and DuckDB's spilling (spill/); removed on close. */
  private readonly tempDirectory: string;
  private readonly filesDirectory: string;

  constructor(settings: NativeSettings) {
    try {
      mkdirSync(settings.tempDirectory, { recursive: true });
      this.tempDirectory = mkdtempSync(path.join(settings.tempDirectory, `cvm-lab-${process.pid}-`));
    } catch (error) {
      throw new TempDirectoryError(settings.tempDirectory, error instanceof Error ? error.message : String(error));
    }
    this.filesDirectory = path.join(this.tempDirectory, 'files');
    mkdirSync(this.filesDirectory);
    // Exit without close (an error, a test that ends): the temporary directory still goes.
    process.once('exit', this.removeFolder);
    this.bridge = new SyncBridge();
    const opened = this.bridge.call({ op: 'open', settings: { ...settings, tempDirectory: path.join(this.tempDirectory, 'spill') } }, START_TIMEOUT_MS);
    if (!opened.ok) {
      this.close();
      throw new Error(opened.message);
    }
  }

  query(sql: string, params: SqlParams): QueryResult {
    return resultOf(this.bridge.call({ op: 'query', sql, params }));
  }

  insertArrowIpc(): void {
    // The command line opens Parquet natively with read_parquet (native-open.ts); the Arrow path is DuckDB-WASM's.
    throw new Error('native DuckDB reads Parquet itself, not as Arrow');
  }

  registerFileBuffer(name: string, bytes: Uint8Array): string {
    const file = this.pathOf(name);
    writeFileSync(file, bytes);
    return file;
  }

  registerFilePath(_name: string, filePath: string): string {
    return filePath;
  }

  copyFileToBuffer(name: string): Uint8Array {
    return new Uint8Array(readFileSync(this.pathOf(name)));
  }

  dropFile(name: string): void {
    rmSync(this.pathOf(name), { force: true });
  }

  version(): string {
    const [row] = this.query('SELECT version() AS v', []).rows as { v: string }[];
    return row.v;
  }

  close(): void {
    this.bridge.close();
    this.removeFolder();
    process.off('exit', this.removeFolder);
  }

  private readonly removeFolder = () => rmSync(this.tempDirectory, { recursive: true, force: true });

  /** The engine's names are its own constants (`cvm-export.csv`): a plain name, never a path. */
  private pathOf(name: string): string {
    if (path.basename(name) !== name) throw new Error(`not a plain file name: ${name}`);
    return path.join(this.filesDirectory, name);
  }
}

/** The folder given to --temp-dir (or the system's) cannot hold this run's folder: the user's to fix. */
export class TempDirectoryError extends Error {
  constructor(
    readonly dir: string,
    readonly reason: string,
  ) {
    super(`${dir}: ${reason}`);
  }
}

function resultOf(reply: NativeReply): QueryResult {
  if (!reply.ok) throw new Error(reply.message);
  return reply.result;
}
