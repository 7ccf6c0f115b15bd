// How long `npm run rfm -- FILE --engine native` is likely to take on this machine: a range, from
// the file's size and the benchmark's native rate, never a precise-looking figure.
//
// The rate: `npm run rfm -- FILE --engine native` itself, as the benchmark times it on the 2-core
// test machine (BENCHMARKS.md, "Native engine (issue 22)", 2026-12-03, one run each under load):
// 10 M synthetic rows in 28.9 s (173,000 rows a second a core), 30 M in 91.2 s (164,000), 100 M in
// 427 s while spilling to disk (117,000). The fast end of the range is the in-memory rate after a
// short start; the slow end a longer start and twice the work, which covers spilling and a loaded
// machine (the 100 M run falls inside it).

import { CSV_FALLBACK_ROW_BYTES } from '../import/size-check';

/** Rows a second one core of the benchmark machine got through with the command line's native engine, in memory. */
export const NATIVE_ROWS_PER_CORE_SECOND = 170_000;
/** Bytes per row of the benchmark's Parquet files (3 M rows in 31 MB, 10 M in 105 MB): Parquet's rows are not known before decoding. */
export const PARQUET_FILE_BYTES_PER_ROW = 10.5;
const START_FAST_S = 3;
const START_SLOW_S = 15;
const SLOW_FACTOR = 2;

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
