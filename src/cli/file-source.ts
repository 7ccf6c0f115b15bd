import { openSync, readSync, closeSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { NodeDatabase } from '../worker/database';
import type { SourceAccess } from '../worker/engine/open-source';
import { transcodeToTempFile, type TempFile } from './transcode-node';

/** Transcoded copies live until the process ends (the engine reads them again on every prepare). */
const tempFiles: TempFile[] = [];
process.once('exit', () => tempFiles.forEach((temp) => temp.cleanup()));

/** A file on disk, read by DuckDB straight from its path (DuckDB-WASM through its Node file system). */
export function fileSource(filePath: string, database: NodeDatabase): SourceAccess {
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
    register: (registeredName) => database.registerFilePath(registeredName, absolute),
    async registerTranscoded(registeredName, encoding, onProgress) {
      const temp = await transcodeToTempFile(absolute, encoding, (bytesRead, totalBytes) =>
        onProgress?.({ phase: 'reading', bytesRead, totalBytes, fraction: totalBytes ? bytesRead / totalBytes : undefined }),
      );
      tempFiles.push(temp);
      return database.registerFilePath(registeredName, temp.path);
    },
    registerBytes: (registeredName, bytes) => database.registerFileBuffer(registeredName, bytes),
    async readAll() {
      return new Uint8Array(readFileSync(absolute));
    },
  };
}
