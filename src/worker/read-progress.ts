// How far DuckDB has read a dropped file. DuckDB-WASM's browser runtime uses a registered
// BROWSER_FILEREADER handle through two members only (runtime_browser.ts in @duckdb/duckdb-wasm
// 1.32.0): `size` when it opens the file, and `slice(location, location + bytes)`, read with
// FileReaderSync, for every read. A stand-in with those two members therefore sees each range
// DuckDB reads, while the File itself is still read slice by slice, never whole.
//
// While a query runs this worker is blocked and cannot receive messages, but it can post them:
// calling the page's Comlink-proxied callback posts one at once (its reply waits, unread).

import type { ProgressCallback, ProgressEvent } from '../lib/engine/api';
import { createThrottle, PROGRESS_INTERVAL_MS } from '../lib/import/progress';

type Phase = ProgressEvent['phase'];

export class WatchedFile {
  readonly size: number;
  private readonly file: Blob;
  private furthest = 0;
  private onRead: ((bytesRead: number) => void) | null = null;

  constructor(file: Blob) {
    this.file = file;
    this.size = file.size;
  }

  slice(start?: number, end?: number, contentType?: string): Blob {
    const reached = Math.min(end ?? this.size, this.size);
    if (reached > this.furthest) {
      this.furthest = reached;
      this.onRead?.(reached);
    }
    return this.file.slice(start, end, contentType);
  }

  /**
   * Reports the furthest byte read, from zero, to `onProgress` while `work` runs: at its start and
   * then at most every PROGRESS_INTERVAL_MS (a scan reads many slices a second).
   */
  async watch<T>(phase: Phase, onProgress: ProgressCallback | undefined, work: () => Promise<T>): Promise<T> {
    this.furthest = 0;
    if (!onProgress) return work();
    const due = createThrottle(PROGRESS_INTERVAL_MS);
    const totalBytes = this.size;
    const report = (bytesRead: number) => {
      const event: ProgressEvent = { phase, bytesRead, totalBytes, fraction: totalBytes > 0 ? bytesRead / totalBytes : undefined };
      // A call on a Comlink proxy returns a promise of the page's reply; nothing here needs it.
      Promise.resolve(onProgress(event)).catch(() => undefined);
    };
    // The start is not counted against the throttle: the first read is reported as soon as it is made.
    report(0);
    this.onRead = (bytesRead) => {
      if (due()) report(bytesRead);
    };
    try {
      return await work();
    } finally {
      this.onRead = null;
    }
  }
}
