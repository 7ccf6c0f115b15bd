import { openSync, readSync, closeSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { DuckDBBindings } from '@duckdb/duckdb-wasm/blocking';
import { DuckDBDataProtocol } from '@duckdb/duckdb-wasm/blocking';
import type { SourceAccess } from '../worker/engine/open-source';
import { transcodeToTempFile, type TempFile } from './transcode-node';

/** Transcoded copies live until the process ends (the engine reads them again on every prepare). */
const tempFiles: TempFile[] = [];
process.once('exit', () => tempFiles.forEach((temp) => temp.cleanup()));

/** A file on disk, read by DuckDB's Node runtime straight from its path. */
export function fileSource(filePath: string, bindings: DuckDBBindings): SourceAccess {
  const absolute = path.resolve(filePath);
  const read = async (offset: number, length: number) => {
    const fd = openSync(absolute, 'r');
    try {
      const buffer = Buffer.alloc(length);
      const bytesRead = readSync(fd, buffer, 0, length, offset);
      return new Uint8Array(buffer.subarray(0, bytesRead));
    } finally {
      closeSync(fd);
    }
  };
  return {
    fileName: path.basename(absolute),
    sizeBytes: statSync(absolute).size,
    head: (length) => read(0, length),
    read,
    register(registeredName) {
      bindings.registerFileURL(registeredName, absolute, DuckDBDataProtocol.NODE_FS, true);
    },
    async registerTranscoded(registeredName, encoding, onProgress) {
      const temp = await transcodeToTempFile(absolute, encoding, (bytesRead, totalBytes) =>
        onProgress?.({ phase: 'reading', bytesRead, totalBytes, fraction: totalBytes ? bytesRead / totalBytes : undefined }),
      );
      tempFiles.push(temp);
      bindings.registerFileURL(registeredName, temp.path, DuckDBDataProtocol.NODE_FS, true);
    },
    registerBytes(registeredName, bytes) {
      bindings.registerFileBuffer(registeredName, bytes);
    },
    async readAll() {
      return new Uint8Array(readFileSync(absolute));
    },
  };
}
