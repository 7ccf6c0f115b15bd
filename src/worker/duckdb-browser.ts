// DuckDB for the browser: the blocking bindings running inside our own worker, so there is
// one worker (ours) and no second DuckDB worker to message. One bundle only (eh): every
// extra bundle is another ~34 MB to precache. Served by our build, never from a CDN.

import { BROWSER_RUNTIME, createDuckDB, VoidLogger, type DuckDBBindings } from 'duckdb-wasm-browser-blocking';
import duckdbWasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import { DUCKDB_CONFIG } from './wasm-database';

export async function createBrowserBindings(): Promise<DuckDBBindings> {
  const bundle = { mainModule: duckdbWasmUrl, mainWorker: '' };
  const bindings = await createDuckDB({ mvp: bundle, eh: bundle }, new VoidLogger(), BROWSER_RUNTIME);
  await bindings.instantiate(() => {});
  bindings.open(DUCKDB_CONFIG);
  return bindings;
}

/** The engine's linear memory; the bindings' type does not expose the module, so it is read here once. */
export function wasmMemoryBytes(bindings: DuckDBBindings): number {
  return (bindings as unknown as { mod: { HEAPU8: Uint8Array } }).mod.HEAPU8.buffer.byteLength;
}
