// A dropped File as the engine's source (the CLI reads a path: src/cli/file-source.ts). The File
// handle, or its UTF-8 copy, is registered with DuckDB: FileReaderSync inside this worker reads
// the parts DuckDB needs, nothing is copied whole. What DuckDB reads is watched for progress.

import type { DuckDBBindings } from 'duckdb-wasm-browser-blocking';
import { DuckDBDataProtocol } from 'duckdb-wasm-browser-blocking';
import type { SourceAccess } from './engine/open-source';
import { WatchedFile } from './read-progress';
import { transcodeFile } from './transcode-browser';

export interface DroppedFile {
  source: SourceAccess;
  /** The File itself, watched: how far DuckDB has read it is the progress of opening it. */
  watched: WatchedFile;
}

/** `onRegistered`: the file DuckDB will read on every later pass (the File or its UTF-8 copy), for the progress of preparing it. */
export function droppedFile(file: File, bindings: DuckDBBindings, onRegistered: (readByDuckDb: WatchedFile) => void): DroppedFile {
  const watched = new WatchedFile(file);
  const registerWatched = (name: string, target: WatchedFile) => {
    onRegistered(target);
    bindings.registerFileHandle(name, target, DuckDBDataProtocol.BROWSER_FILEREADER, true);
  };
  return {
    watched,
    source: {
      fileName: file.name,
      sizeBytes: file.size,
      head: async (length) => new Uint8Array(await file.slice(0, length).arrayBuffer()),
      // Past the watched file: the hash is read in the background, and must not move the progress of preparing.
      read: async (offset, length) => new Uint8Array(await file.slice(offset, offset + length).arrayBuffer()),
      register: (name) => registerWatched(name, watched),
      async registerTranscoded(name, encoding, progress) {
        const utf8 = await transcodeFile(file, encoding, (bytesRead, totalBytes) =>
          progress?.({ phase: 'reading', bytesRead, totalBytes, fraction: totalBytes > 0 ? bytesRead / totalBytes : undefined }),
        );
        registerWatched(name, new WatchedFile(utf8));
      },
      registerBytes: (name, bytes) => bindings.registerFileBuffer(name, bytes),
      readAll: async () => new Uint8Array(await file.arrayBuffer()),
    },
  };
}
