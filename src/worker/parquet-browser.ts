// Parquet without DuckDB's parquet extension (which would be downloaded): parquet-wasm
// decodes to Arrow IPC. Its wasm is loaded only when a Parquet file is opened.

import initParquet, { readParquet } from 'parquet-wasm/esm';
import parquetWasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';

let ready: Promise<unknown> | null = null;

export async function parquetToIpcBrowser(bytes: Uint8Array): Promise<Uint8Array> {
  ready ??= initParquet({ module_or_path: parquetWasmUrl });
  await ready;
  return readParquet(bytes).intoIPCStream();
}
