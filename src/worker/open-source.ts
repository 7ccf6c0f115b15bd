// Turns any dropped file into the engine's raw table, with a specific error for files that
// are not order histories at all. Shared by the browser worker and the Node CLI.

import type { DatasetInfo } from '../lib/engine/api';
import { EngineError } from '../lib/engine/errors';
import { detectFileKind } from '../lib/engine/file-kind';
import type { AnalysisEngine } from './engine';

const HEAD_BYTES = 4096;

export interface SourceAccess {
  fileName: string;
  sizeBytes: number;
  /** Up to `length` bytes from the start of the file. */
  head(length: number): Promise<Uint8Array>;
  /** Makes the file readable by DuckDB under `registeredName` without copying it through JS. */
  register(registeredName: string): void;
  /** The whole file, for formats DuckDB cannot read without an extension. */
  readAll(): Promise<Uint8Array>;
}

export type ParquetToArrowIpc = (bytes: Uint8Array) => Promise<Uint8Array>;

let uploads = 0;

export async function openSource(engine: AnalysisEngine, source: SourceAccess, parquetToIpc: ParquetToArrowIpc): Promise<DatasetInfo> {
  const file = source.fileName;
  const meta = { fileName: file, sizeBytes: source.sizeBytes, format: 'csv' as const };
  const kind = detectFileKind(file, source.sizeBytes, await source.head(HEAD_BYTES));
  switch (kind) {
    case 'empty':
      throw new EngineError('file_empty', { file });
    case 'image':
      throw new EngineError('file_image', { file });
    case 'spreadsheet':
      throw new EngineError('file_spreadsheet', { file });
    case 'binary':
      throw new EngineError('file_binary', { file });
    case 'parquet': {
      let ipc: Uint8Array;
      try {
        ipc = await parquetToIpc(await source.readAll());
      } catch (error) {
        throw new EngineError('parquet_unreadable', { file, reason: error instanceof Error ? error.message : String(error) });
      }
      return engine.openArrow(ipc, { ...meta, format: 'parquet' });
    }
    case 'csv': {
      const registeredName = `upload-${++uploads}.csv`;
      source.register(registeredName);
      return engine.openCsv(registeredName, meta);
    }
  }
}
