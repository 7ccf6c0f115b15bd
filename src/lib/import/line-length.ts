// DuckDB's CSV reader refuses a line over 2,000,000 bytes. When that line falls in the part of the
// file its sniffer samples, it says "CSV Error on Line: 1" whatever the line, after tens of
// seconds per dialect tried, and a file with no line break at all runs it out of memory (3 GB of
// wasm for 20 MB). So the start of a file is measured here first, line by line, and a line that
// DuckDB would refuse is named before DuckDB reads anything. Past that start DuckDB's own
// message names the right line (open.ts maps it).

import { EngineError } from '../engine/errors';

/** DuckDB 1.4's maximum line size ("Maximum line size of 2000000 bytes exceeded"). */
export const MAX_LINE_BYTES = 2_000_000;

/** The sniffer samples 20,480 rows (open/sniff-csv.sql); a few more lines cover a title and the header. */
const SCAN_LINES = 20_480 + 100;
/** Bytes measured at most: 20,480 wide rows can be a large file, and the scan must stay cheap. */
const SCAN_BYTES = 64 * 1024 * 1024;
const CHUNK_BYTES = 1024 * 1024;

export interface LongLine {
  /** 1-based, as a text editor counts: CRLF, LF and a lone CR each end a line. */
  line: number;
  /** The line's length in bytes, without its line end. */
  bytes: number;
  /** The line runs from the start of the file to its end: the file has no line break. */
  wholeFile: boolean;
}

export type ReadBytes = (offset: number, length: number) => Promise<Uint8Array>;

const LF = 0x0a;
const CR = 0x0d;

/** The first line longer than `limit` bytes among the first lines of the file, or null. */
export async function firstLongLine(size: number, read: ReadBytes, limit = MAX_LINE_BYTES): Promise<LongLine | null> {
  let line = 1;
  let length = 0;
  let afterCr = false;
  let offset = 0;
  while (offset < size) {
    const chunk = await read(offset, Math.min(CHUNK_BYTES, size - offset));
    if (chunk.length === 0) break;
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i];
      if (byte === LF && afterCr) {
        // The LF of a CRLF: the line ended at its CR.
        afterCr = false;
        continue;
      }
      afterCr = byte === CR;
      if (byte !== LF && byte !== CR) {
        length++;
        continue;
      }
      if (length > limit) return { line, bytes: length, wholeFile: false };
      line++;
      length = 0;
      if (line > SCAN_LINES) return null;
    }
    offset += chunk.length;
    // A long line is measured to its end, however far; otherwise the scan stops at its budget.
    if (offset >= SCAN_BYTES && length <= limit) return null;
  }
  return length > limit ? { line, bytes: length, wholeFile: line === 1 } : null;
}

/** A long line, or a row whose line is not known: one quoted cell over many short lines. */
export type TooLong = Omit<LongLine, 'line'> & { line: number | null };

const megabytes = (bytes: number) => Math.round(bytes / 100_000) / 10;

/** The app's error for a line DuckDB refuses for its length: which line, how long, the limit. */
export function longLineError(file: string, long: TooLong, limit = MAX_LINE_BYTES): EngineError {
  const sizes = { megabytes: megabytes(long.bytes), limitMegabytes: megabytes(limit) };
  if (long.wholeFile) return new EngineError('no_line_break', { file, ...sizes });
  if (long.line === null) return new EngineError('quoted_row_too_long', { file, ...sizes });
  return new EngineError('line_too_long', { file, line: long.line, ...sizes });
}
