// Before a large file is read: will the tab probably hold it? The engine's memory grows with the
// rows it parses, so the estimate comes from the engine's own measured memory, never from a
// rule of thumb.
//
// Measured figures (engine = DuckDB-WASM's linear memory, which only grows, so it is the peak):
// - CSV, BENCHMARKS.md run of 2026-11-23 (bench/generate.ts files, 4 columns, ~32 bytes a row):
//   10 M rows, 318 MB file -> 910 MB; 30 M rows, 977 MB file -> 2,677 MB (it completed).
//   That is 88 bytes per row plus ~27 MB (2.7-2.9 bytes per CSV byte). The CSV is read from its
//   file handle, so the row count matters, not the width of the file: per row, not per byte.
// - Parquet, same generator's 3 M and 10 M rows written by native DuckDB (31 MB and 105 MB),
//   opened and analysed in the built app in Chromium (2026-11-23): 439 MB and 1,470 MB, 14 bytes
//   per Parquet byte (147 per row). Parquet is decoded whole to Arrow and copied into a table, so
//   it needs more than the same rows as CSV; its row count is not known before decoding.
// - WebAssembly memory is 32-bit: 4 GiB is the ceiling for any tab (and for `npm run rfm`,
//   which runs the same wasm engine in Node). 2.7 GB is the most seen to complete.
// These figures hold for the SQL measured; re-measure them when the lines table changes.

export type SizeVerdict = 'ok' | 'warn' | 'too-large';

export type SizeCheckFormat = 'csv' | 'parquet';

export interface SizeCheckInput {
  sizeBytes: number;
  format: SizeCheckFormat;
  /** navigator.deviceMemory: GiB, rounded, 0.25 to 8 (Chromium caps it at 8); undefined where the browser does not tell. */
  deviceMemoryGb?: number;
  /** CSV: average bytes per row of the file's head (see bytesPerRowOfHead); null or absent when unknown. */
  bytesPerRow?: number | null;
}

export interface SizeCheck {
  verdict: SizeVerdict;
  /** Estimated peak engine memory for this file. */
  neededBytes: number;
  /** What the engine can probably use in this tab on this device. */
  capacityBytes: number;
  /** CSV: estimated rows of the file; null for Parquet. */
  rows: number | null;
  /** The largest file of this shape that probably fits: the size a person can act on. */
  maxFileBytes: number;
  /** CSV: the rows that probably fit; null for Parquet. */
  maxRows: number | null;
}

const MB = 1_000_000;
const GIB = 1024 ** 3;

/** Engine memory with any file open, before rows: the 10 M / 30 M line crosses zero rows here (rounded up). */
export const BASE_BYTES = 30 * MB;
/** Engine memory per CSV row (88 measured, rounded up). */
export const CSV_BYTES_PER_ROW = 90;
/** Bytes per row of the narrowest measured CSV: assumed when the head gives no sample (more rows per byte is the cautious side). */
export const CSV_FALLBACK_ROW_BYTES = 32;
/** Engine memory per byte of Parquet file (14.0-14.1 measured, rounded up). */
export const PARQUET_BYTES_PER_FILE_BYTE = 14.5;
/** The wasm32 address space. */
export const WASM_CEILING = 4 * GIB;
/**
 * What the engine may plan to use with no word from the device: 80 % of the ceiling, leaving
 * room for the grouping that builds orders (2.7 GB is the most measured to complete).
 */
export const WASM_USABLE = 0.8 * WASM_CEILING;
/** Of the device's memory, the share a tab's engine can probably have: the browser, the page and the OS need the rest. */
export const DEVICE_SHARE = 0.5;

export function engineCapacity(deviceMemoryGb?: number): number {
  if (deviceMemoryGb === undefined || !Number.isFinite(deviceMemoryGb) || deviceMemoryGb <= 0) return WASM_USABLE;
  return Math.min(WASM_USABLE, deviceMemoryGb * GIB * DEVICE_SHARE);
}

export function checkSize({ sizeBytes, format, deviceMemoryGb, bytesPerRow }: SizeCheckInput): SizeCheck {
  const capacityBytes = engineCapacity(deviceMemoryGb);
  let neededBytes: number;
  let rows: number | null = null;
  let maxFileBytes: number;
  let maxRows: number | null = null;
  if (format === 'csv') {
    const rowBytes = bytesPerRow !== null && bytesPerRow !== undefined && bytesPerRow > 0 ? bytesPerRow : CSV_FALLBACK_ROW_BYTES;
    rows = Math.round(sizeBytes / rowBytes);
    neededBytes = BASE_BYTES + rows * CSV_BYTES_PER_ROW;
    maxRows = Math.max(0, Math.floor((capacityBytes - BASE_BYTES) / CSV_BYTES_PER_ROW));
    maxFileBytes = maxRows * rowBytes;
  } else {
    neededBytes = BASE_BYTES + sizeBytes * PARQUET_BYTES_PER_FILE_BYTE;
    maxFileBytes = Math.max(0, (capacityBytes - BASE_BYTES) / PARQUET_BYTES_PER_FILE_BYTE);
  }
  const verdict: SizeVerdict = neededBytes > WASM_CEILING ? 'too-large' : neededBytes > capacityBytes ? 'warn' : 'ok';
  return { verdict, neededBytes, capacityBytes, rows, maxFileBytes, maxRows };
}

/** navigator.deviceMemory where the browser gives it (Chromium), otherwise undefined. */
export function deviceMemoryOf(nav: unknown): number | undefined {
  const value = (nav as { deviceMemory?: unknown } | undefined)?.deviceMemory;
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}
