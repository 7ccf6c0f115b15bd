import { readParquet } from 'parquet-wasm/node';

export async function parquetToIpcNode(bytes: Uint8Array): Promise<Uint8Array> {
  return readParquet(bytes).intoIPCStream();
}
