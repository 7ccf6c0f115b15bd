// A dropped File as the engine's source (the CLI reads a path: src/cli/file-source.ts). A UTF-8
// CSV up to IN_MEMORY_MAX_BYTES is copied into DuckDB's memory once; a larger one, or its UTF-8
// copy, is registered as a handle: FileReaderSync inside this worker reads the parts DuckDB needs,
// nothing is copied whole, and what DuckDB reads is watched for progress.

import type { DuckDBBindings } from 'duckdb-wasm-browser-blocking';
import { DuckDBDataProtocol } from 'duckdb-wasm-browser-blocking';
import type { SourceAccess } from './engine/open-source';
import { WatchedFile } from './read-progress';
import { transcodeFile } from './transcode-browser';

/**
 * Up to this size a dropped UTF-8 CSV is read into DuckDB's memory once. Read from the handle,
 * every pass over the file (the sniffer, the first rows, the lines, the examples) went through
 * FileReaderSync slice by slice, which took about half of the time to segments on Online Retail
 * (45 MB): prepare-lines 1.7 s from the handle, 0.9 s from memory, in the same loaded run
 * (BENCHMARKS.md, issue 18). Larger files stay on the handle: the tab then holds no copy of them,
 * which is what lets 30 million rows fit. The price here: the bar shows activity, not bytes, while
 * such a file is prepared (a few seconds at most).
 */
export const IN_MEMORY_MAX_BYTES = 128 * 2 ** 20;

/** Registered names whose bytes sit in DuckDB's memory: freed once no dataset reads them (freeUnusedCopies, after every engine call). */
const inMemory = new Set<string>();

/** Frees the in-memory copies of dropped files that neither the open nor the prepared dataset reads. */
export function freeUnusedCopies(bindings: DuckDBBindings, inUse: string[]): void {
  for (const name of inMemory) {
    if (inUse.includes(name)) continue;
    bindings.dropFile(name);
    inMemory.delete(name);
  }
}

/** The whole file in DuckDB's memory; false when it is too large or the copy could not be made (the handle is used then). */
function registerInMemory(file: Blob, name: string, bindings: DuckDBBindings): boolean {
  if (file.size > IN_MEMORY_MAX_BYTES) return false;
  try {
    bindings.registerFileBuffer(name, new Uint8Array(new FileReaderSync().readAsArrayBuffer(file)));
  } catch {
    return false;
  }
  inMemory.add(name);
  return true;
}

export interface DroppedFile {
  source: SourceAccess;
  /** The File itself, watched: how far DuckDB has read it is the progress of opening it. */
  watched: WatchedFile;
}

/** `onRegistered`: the file DuckDB will read on every later pass (the File or its UTF-8 copy), for the progress of preparing it; null when DuckDB reads a copy in its memory. */
export function droppedFile(file: File, bindings: DuckDBBindings, onRegistered: (readByDuckDb: WatchedFile | null) => void): DroppedFile {
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
      register: (name) => {
        if (registerInMemory(file, name, bindings)) onRegistered(null);
        else registerWatched(name, watched);
        return name;
      },
      async registerTranscoded(name, encoding, progress) {
        const utf8 = await transcodeFile(file, encoding, (bytesRead, totalBytes) =>
          progress?.({ phase: 'reading', bytesRead, totalBytes, fraction: totalBytes > 0 ? bytesRead / totalBytes : undefined }),
        );
        if (registerInMemory(utf8, name, bindings)) onRegistered(null);
        else registerWatched(name, new WatchedFile(utf8));
        return name;
      },
      registerBytes: (name, bytes) => {
        bindings.registerFileBuffer(name, bytes);
        inMemory.add(name);
        return name;
      },
      readAll: async () => new Uint8Array(await file.arrayBuffer()),
    },
  };
}
