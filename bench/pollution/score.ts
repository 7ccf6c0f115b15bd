// Pollock's measures of one loaded file against its clean table (pollock/metrics.py), and the
// simple Pollock score over files (evaluate.py: the mean over files of each measure, summed).
// - header: multiset of the true header cells vs the cells of the first loaded row;
// - record: multiset of whole rows, each row's normalised cells joined ("null" for an empty one),
//   true data rows vs the loaded rows after the first;
// - cell: multiset of the data cells, same rows;
// each as precision, recall and F1; a failed load scores 0 everywhere. The file's score is
// success + the nine numbers, 0..10, and the simple score is its mean over the files: the
// "overall" column evaluate.py writes (it sums every averaged measure, precision and recall too).

import type { Table } from './csv';
import { normalizeCell } from './normalize';

export interface Measure {
  precision: number;
  recall: number;
  f1: number;
}

export interface FileScore {
  success: number;
  header: Measure;
  record: Measure;
  cell: Measure;
  /** success + precision, recall and F1 of the three measures: 0..10. */
  total: number;
}

const ZERO: Measure = { precision: 0, recall: 0, f1: 0 };

function counts(items: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const item of items) map.set(item, (map.get(item) ?? 0) + 1);
  return map;
}

/** Pollock's multiset match: 1 when there is nothing to find, 0 when nothing matches. */
export function multisetMeasure(truth: readonly string[], loaded: readonly string[]): Measure {
  if (truth.length === 0) return { precision: 1, recall: 1, f1: 1 };
  const have = counts(loaded);
  let common = 0;
  for (const [item, n] of counts(truth)) common += Math.min(n, have.get(item) ?? 0);
  if (common === 0) return ZERO;
  // Pollock divides by the true count for "precision" and by the loaded count for "recall";
  // the names are swapped against the usual ones, the F1 is the same.
  const precision = common / truth.length;
  const recall = common / loaded.length;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

/** Pollock's XML has no cell for an empty line; our CSV reader gives it one empty cell. */
const hasCells = (row: readonly string[]) => row.length > 0 && !(row.length === 1 && row[0] === '');

const recordKey = (row: readonly string[]) => row.map((cell) => normalizeCell(cell) || 'null').join('');

export interface TruthTable {
  table: Table;
  /** The table has no header row (Pollock: no header cells, so any loaded header scores 1). */
  noHeader: boolean;
}

export function scoreFile(truth: TruthTable, loaded: Table | null): FileScore {
  if (loaded === null) return { success: 0, header: ZERO, record: ZERO, cell: ZERO, total: 0 };
  const trueHeader = truth.noHeader ? [] : (truth.table[0] ?? []);
  const trueRows = (truth.noHeader ? truth.table : truth.table.slice(1)).filter(hasCells);
  const loadedRows = loaded.slice(1).filter(hasCells);
  const header = multisetMeasure(trueHeader.map(normalizeCell), (loaded[0] ?? []).map(normalizeCell));
  const record = multisetMeasure(trueRows.map(recordKey), loadedRows.map(recordKey));
  const cell = multisetMeasure(trueRows.flat().map(normalizeCell), loadedRows.flat().map(normalizeCell));
  const sum = (m: Measure) => m.precision + m.recall + m.f1;
  return { success: 1, header, record, cell, total: 1 + sum(header) + sum(record) + sum(cell) };
}

/** The simple Pollock score of a loader: its files' scores averaged, 0..10. */
export function simpleScore(scores: readonly FileScore[]): number {
  return scores.length === 0 ? 0 : scores.reduce((sum, s) => sum + s.total, 0) / scores.length;
}
