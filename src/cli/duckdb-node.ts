// The same DuckDB-WASM engine the browser runs, on its Node build (blocking bindings),
// so the CLI and the SQL tests exercise exactly the page's SQL.

import { createRequire } from 'node:module';
import path from 'node:path';
import { createDuckDB, NODE_RUNTIME, VoidLogger, type DuckDBBindings } from '@duckdb/duckdb-wasm/blocking';
import { Db, DUCKDB_CONFIG } from '../worker/db';
import { AnalysisEngine } from '../worker/engine/analysis-engine';
import { sqlCatalogFromDisk } from './sql-catalog-node';

const require = createRequire(import.meta.url);

export async function createNodeBindings(): Promise<DuckDBBindings> {
  const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
  const bundle = { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: '' };
  const bindings = await createDuckDB({ mvp: bundle, eh: bundle }, new VoidLogger(), NODE_RUNTIME);
  await bindings.instantiate(() => {});
  bindings.open(DUCKDB_CONFIG);
  return bindings;
}

export async function createNodeEngine(): Promise<{ engine: AnalysisEngine; bindings: DuckDBBindings }> {
  const bindings = await createNodeBindings();
  const engine = new AnalysisEngine(new Db(bindings, sqlCatalogFromDisk()));
  return { engine, bindings };
}
