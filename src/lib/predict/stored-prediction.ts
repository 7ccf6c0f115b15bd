// A prediction as a snapshot keeps it: the PredictResult with its typed-array columns as plain
// arrays, because the backup file is JSON (a Float64Array would become an object of indices, and
// NaN becomes null, read back as NaN). Checked when read, since a restored backup may hold anything.
import type { HoldoutCheck } from './holdout';
import type { ModelFit } from './fit';
import type { PredictionColumns } from './predictions';
import type { PredictResult, PredictSegment } from './request';

type Plain<T> = { [K in keyof T]: T[K] extends Float64Array | Uint8Array ? (number | null)[] : T[K] };

export interface StoredPrediction extends Omit<PredictResult, 'x' | 'tx' | 'T' | 'monetary' | 'predictions'> {
  format: 'prediction-1';
  x: (number | null)[];
  tx: (number | null)[];
  T: (number | null)[];
  monetary: (number | null)[];
  predictions: Plain<PredictionColumns> | null;
}

const plain = (column: ArrayLike<number>): number[] => Array.from(column);
/** JSON wrote NaN as null. */
const floats = (column: readonly (number | null)[]) => Float64Array.from(column, (v) => (v === null ? Number.NaN : v));

export function toStoredPrediction(result: PredictResult): StoredPrediction {
  const p = result.predictions;
  return {
    ...result,
    format: 'prediction-1',
    x: plain(result.x),
    tx: plain(result.tx),
    T: plain(result.T),
    monetary: plain(result.monetary),
    predictions: p && {
      pAlive: plain(p.pAlive),
      expectedPurchases: plain(p.expectedPurchases),
      expectedSpend: plain(p.expectedSpend),
      predictedValue: plain(p.predictedValue),
      daysToNextPurchase: plain(p.daysToNextPurchase),
      band: plain(p.band),
    },
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isColumn = (v: unknown, n: number): v is (number | null)[] => Array.isArray(v) && v.length === n && v.every((x) => x === null || typeof x === 'number');

/** The prediction a snapshot holds, or null when it holds none or one this version cannot read. */
export function fromStoredPrediction(value: unknown): PredictResult | null {
  if (!isObject(value) || value.format !== 'prediction-1' || !Array.isArray(value.customerIds) || !Array.isArray(value.segments)) return null;
  const n = value.customerIds.length;
  if (value.segments.length !== n || !['x', 'tx', 'T', 'monetary'].every((k) => isColumn(value[k], n))) return null;
  if (!isObject(value.request) || !isObject(value.fit) || !Array.isArray(value.perSegment)) return null;
  const s = value as unknown as StoredPrediction;
  let predictions: PredictionColumns | null = null;
  if (s.predictions !== null) {
    const p = s.predictions as unknown;
    const keys = ['pAlive', 'expectedPurchases', 'expectedSpend', 'predictedValue', 'daysToNextPurchase', 'band'] as const;
    if (!isObject(p) || !keys.every((k) => isColumn(p[k], n))) return null;
    const c = p as unknown as Plain<PredictionColumns>;
    predictions = {
      pAlive: floats(c.pAlive),
      expectedPurchases: floats(c.expectedPurchases),
      expectedSpend: floats(c.expectedSpend),
      predictedValue: floats(c.predictedValue),
      daysToNextPurchase: floats(c.daysToNextPurchase),
      band: Uint8Array.from(c.band, (v) => v ?? 0),
    };
  }
  return {
    request: s.request,
    firstDay: s.firstDay,
    lastDay: s.lastDay,
    historyDays: s.historyDays,
    fit: s.fit as ModelFit,
    customerIds: s.customerIds,
    segments: s.segments,
    x: floats(s.x),
    tx: floats(s.tx),
    T: floats(s.T),
    monetary: floats(s.monetary),
    predictions,
    perSegment: s.perSegment as PredictSegment[],
    holdout: s.holdout as HoldoutCheck | null,
  };
}
