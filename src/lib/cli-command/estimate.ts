// How long `npm run rfm -- FILE --engine native` is likely to take on this machine: a range, from
// the file's size and the benchmark's native rate, never a precise-looking figure.
//
// The rate: the benchmark's native DuckDB peer on the 2-core test machine (BENCHMARKS.md, "Last run",
// 2026-12-03): Online Retail, 541,909 rows, end to end in 0.55 s (0.49 M rows a second a core);
// 10 M synthetic rows in 7.5 s (0.67 M). The slower of the two is the fast end of the range. The
// command line does more than the peer (the import report, checks of every row, writing the
// scores) and starts Node and the engine first: README, Online Retail through the command line
// in 7.8 s on a loaded machine. Hence the slow end: a longer start and four times the peer's time,
// which also leaves room for spilling to disk past the memory limit.

import { CSV_FALLBACK_ROW_BYTES } from '../import/size-check';

/** Rows a second one core of the benchmark machine got through natively (the slower measured dataset). */
export const NATIVE_ROWS_PER_CORE_SECOND = 490_000;
/** Bytes per row of the benchmark's Parquet files (3 M rows in 31 MB, 10 M in 105 MB): Parquet's rows are not known before decoding. */
export const PARQUET_FILE_BYTES_PER_ROW = 10.5;
const START_FAST_S = 5;
const START_SLOW_S = 15;
const SLOW_FACTOR = 4;

export interface EstimateInput {
  sizeBytes: number;
  format: 'csv' | 'parquet';
  /** CSV: average bytes per row of the file's head; null when unknown. */
  bytesPerRow: number | null;
  /** navigator.hardwareConcurrency; undefined or 0 where the browser does not tell (one core is assumed: the cautious side). */
  cores: number | undefined;
}

export interface RunEstimate {
  rows: number;
  cores: number;
  fastSeconds: number;
  slowSeconds: number;
}

export function estimateNativeRun({ sizeBytes, format, bytesPerRow, cores }: EstimateInput): RunEstimate {
  const rowBytes = format === 'parquet' ? PARQUET_FILE_BYTES_PER_ROW : bytesPerRow !== null && bytesPerRow > 0 ? bytesPerRow : CSV_FALLBACK_ROW_BYTES;
  const rows = Math.round(sizeBytes / rowBytes);
  const used = cores !== undefined && Number.isFinite(cores) && cores >= 1 ? Math.floor(cores) : 1;
  const work = rows / (NATIVE_ROWS_PER_CORE_SECOND * used);
  return { rows, cores: used, fastSeconds: START_FAST_S + work, slowSeconds: START_SLOW_S + SLOW_FACTOR * work };
}

export type DurationRange = { unit: 'under-minute' } | { unit: 'minutes' | 'hours'; from: number; to: number };

/** Whole minutes (or hours past two), the range widened outwards so it never claims more precision than it has. */
export function durationRange({ fastSeconds, slowSeconds }: Pick<RunEstimate, 'fastSeconds' | 'slowSeconds'>): DurationRange {
  if (slowSeconds < 60) return { unit: 'under-minute' };
  const [unit, size] = slowSeconds > 2 * 3600 ? (['hours', 3600] as const) : (['minutes', 60] as const);
  const from = Math.max(1, Math.floor(fastSeconds / size));
  const to = Math.max(from + 1, Math.ceil(slowSeconds / size));
  return { unit, from, to };
}
