// The words for reading progress and the size warning: sizes, the rows estimate and the time
// left, in the user's language. The numbers themselves come from lib/import.

import { estimateRead, type ReadProgress, roundRows, roundTimeLeft } from '../../lib/import/progress';
import type { I18n } from '../../ui/i18n.svelte';

import { formatSize } from '../../ui/format-size';

export { formatSize };

/** "about 41,000 rows", "about 6.1 million rows". */
export function rowsPhrase(rows: number, i18n: I18n): string {
  const rounded = roundRows(rows);
  return i18n.t(rounded.unit === 'millions' ? 'progress.millionRows' : 'progress.rows', { count: rounded.count });
}

export interface ProgressView {
  /** 0..1, or null while nothing has been read (the bar then shows activity without a value). */
  fraction: number | null;
  /** "412 MB of 1 GB read", "about 6.1 million rows", "about 20 s left"; none before the first bytes. */
  parts: string[];
}

export function progressView(progress: ReadProgress, i18n: I18n): ProgressView {
  if (progress.bytesRead <= 0 || progress.totalBytes <= 0) return { fraction: null, parts: [] };
  const estimate = estimateRead(progress);
  const parts = [
    i18n.t('progress.read', { read: formatSize(Math.min(progress.bytesRead, progress.totalBytes), i18n), total: formatSize(progress.totalBytes, i18n) }),
  ];
  if (estimate.rowsEstimate !== null) parts.push(rowsPhrase(estimate.rowsEstimate, i18n));
  if (estimate.secondsLeft !== null) {
    const left = roundTimeLeft(estimate.secondsLeft);
    parts.push(i18n.t(left.unit === 'minutes' ? 'progress.minutesLeft' : 'progress.secondsLeft', { count: left.count }));
  }
  return { fraction: estimate.fraction, parts };
}
