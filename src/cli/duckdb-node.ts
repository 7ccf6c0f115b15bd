// The command line's and the SQL tests' DuckDB: by default the same DuckDB-WASM engine the browser
// runs, on its Node build (blocking bindings), so they exercise exactly the page's SQL; with
// `--engine native`, native DuckDB behind the same Database (native/native-database.ts).

import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDuckDB, DuckDBDataProtocol, NODE_RUNTIME, VoidLogger, type DuckDBBindings } from '@duckdb/duckdb-wasm/blocking';
import type { NodeDatabase } from '../worker/database';
import { Db } from '../worker/db';
import { DUCKDB_CONFIG, WasmDatabase } from '../worker/wasm-database';
import { AnalysisEngine } from '../worker/engine/analysis-engine';
import { NativeDatabase } from './native/native-database';
import type { NativeSettings } from './native/protocol';
import { sqlCatalogFromDisk } from './sql-catalog-node';

const require = createRequire(import.meta.url);

export type EngineKind = NodeDatabase['engine'];

export async function createNodeBindings(): Promise<DuckDBBindings> {
  const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
  const bundle = { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: '' };
  const bindings = await createDuckDB({ mvp: bundle, eh: bundle }, new VoidLogger(), NODE_RUNTIME);
  await bindings.instantiate(() => {});
  bindings.open(DUCKDB_CONFIG);
  return bindings;
}

/** DuckDB-WASM in Node reads a file on disk by its path through its Node file system. */
class NodeWasmDatabase extends WasmDatabase implements NodeDatabase {
  readonly engine = 'wasm';

  registerFilePath(name: string, filePath: string): string {
    this.bindings.registerFileURL(name, filePath, DuckDBDataProtocol.NODE_FS, true);
    return name;
  }

  close(): void {
    this.bindings.reset();
  }
}

/** The native engine's settings when the command line gives none: DuckDB's defaults, spilling to a folder of this process. */
export function defaultNativeSettings(): NativeSettings {
  return { threads: null, memoryLimit: null, tempDirectory: tmpdir() };
}

export async function createNodeDatabase(kind: EngineKind, native: NativeSettings = defaultNativeSettings()): Promise<NodeDatabase> {
  return kind === 'native' ? new NativeDatabase(native) : createWasmDatabase();
}

export async function createWasmDatabase(): Promise<NodeDatabase & { bindings: DuckDBBindings }> {
  return new NodeWasmDatabase(await createNodeBindings());
}

export function engineOn(database: NodeDatabase): AnalysisEngine {
  return new AnalysisEngine(new Db(database, sqlCatalogFromDisk()));
}

/** DuckDB-WASM, with its bindings for the tests and benchmarks that register files or query it directly. */
export async function createNodeEngine(): Promise<{ engine: AnalysisEngine; database: NodeDatabase; bindings: DuckDBBindings }> {
  const database = await createWasmDatabase();
  return { engine: engineOn(database), database, bindings: database.bindings };
}
