// Reading progress as the user sees it: how far through the file, about how many rows that is
// and about how long is left. The worker reports bytes only; these estimates are made here,
// in plain functions, so the numbers on screen are unit-tested.

/** What the engine has reported of the file it is reading; the view turns it into an estimate. */
export interface ReadProgress {
  phase: 'reading' | 'preparing';
  fileName: string;
  bytesRead: number;
  totalBytes: number;
  /** Since the engine started this phase (its first report). */
  elapsedMs: number;
  /** Of the file's head, for the rows estimate; null when unknown (Parquet, demo). */
  bytesPerRow: number | null;
}

/** At most four progress reports a second: enough to look alive, few enough for a screen reader. */
export const PROGRESS_INTERVAL_MS = 250;

/**
 * No time estimate before a second has passed or 2 % of the file was read: the first reads
 * include the engine's warm-up and the CSV sniffer's sample, and their rate says little.
 */
const ETA_MIN_ELAPSED_MS = 1000;
const ETA_MIN_FRACTION = 0.02;

export interface ReadEstimateInput {
  bytesRead: number;
  totalBytes: number;
  /** Time since this read started. */
  elapsedMs: number;
  /** Average bytes per data row in the sampled head of the file; null when it could not be measured. */
  bytesPerRow: number | null;
}

export interface ReadEstimate {
  /** 0..1 */
  fraction: number;
  /** Rows read so far, extrapolated from the head's bytes per row; null without a sample. */
  rowsEstimate: number | null;
  secondsLeft: number | null;
}

export function estimateRead({ bytesRead, totalBytes, elapsedMs, bytesPerRow }: ReadEstimateInput): ReadEstimate {
  const fraction = totalBytes > 0 ? Math.min(1, Math.max(0, bytesRead / totalBytes)) : 0;
  const rowsEstimate = bytesPerRow !== null && bytesPerRow > 0 ? Math.round(Math.min(bytesRead, totalBytes) / bytesPerRow) : null;
  const secondsLeft =
    elapsedMs >= ETA_MIN_ELAPSED_MS && fraction >= ETA_MIN_FRACTION && fraction < 1
      ? ((elapsedMs / 1000) * (1 - fraction)) / fraction
      : null;
  return { fraction, rowsEstimate, secondsLeft };
}

const NEWLINE = 0x0a;

/**
 * Average bytes per data row of a file's first bytes: the bytes between the end of the first
 * line (taken as the header) and the last complete line, over the lines in between. Quoted
 * line breaks inside values make rows look shorter; it is an estimate for a progress line and
 * the size warning, not a count. Counting 0x0A also works for UTF-16 text (0A 00 / 00 0A).
 * Null when the sample holds fewer than two complete data lines.
 */
export function bytesPerRowOfHead(head: Uint8Array): number | null {
  const first = head.indexOf(NEWLINE);
  const last = head.lastIndexOf(NEWLINE);
  if (first < 0 || last <= first) return null;
  let lines = 0;
  for (let i = first + 1; i <= last; i++) if (head[i] === NEWLINE) lines++;
  if (lines < 2) return null;
  return (last - first) / lines;
}

/** True at most once per `intervalMs`: the first call always passes. */
export function createThrottle(intervalMs: number, now: () => number = () => performance.now()): () => boolean {
  let last = Number.NEGATIVE_INFINITY;
  return () => {
    const t = now();
    if (t - last < intervalMs) return false;
    last = t;
    return true;
  };
}

export type RowsPhrase = { unit: 'rows'; count: number } | { unit: 'millions'; count: number };
export type TimeLeftPhrase = { unit: 'seconds'; count: number } | { unit: 'minutes'; count: number };

/**
 * Rows as a person would say an estimate: two significant digits ("about 41,000 rows"), and in
 * millions with one decimal from a million on ("about 6.1 million rows").
 */
export function roundRows(rows: number): RowsPhrase {
  if (rows < 100) return { unit: 'rows', count: Math.max(0, Math.round(rows)) };
  const step = 10 ** (Math.floor(Math.log10(rows)) - 1);
  const rounded = Math.round(rows / step) * step;
  if (rounded >= 1_000_000) return { unit: 'millions', count: Math.round(rows / 100_000) / 10 };
  return { unit: 'rows', count: rounded };
}

/** Seconds under ten as they are, then in fives up to a minute, then whole minutes. */
export function roundTimeLeft(seconds: number): TimeLeftPhrase {
  if (seconds < 10) return { unit: 'seconds', count: Math.max(1, Math.ceil(seconds)) };
  if (seconds < 57.5) return { unit: 'seconds', count: Math.round(seconds / 5) * 5 };
  return { unit: 'minutes', count: Math.max(1, Math.round(seconds / 60)) };
}
