// The per-customer table of a prediction without a row object per customer: filtering and sorting
// work on an index array over the result's columns, and only the page on screen becomes rows.
// 100,000 customers sort in one Uint32Array.sort.
import { addDays } from '../dates';
import type { PredictResult } from './request';

export type PredictColumn = 'id' | 'segment' | 'x' | 'pAlive' | 'expectedPurchases' | 'expectedSpend' | 'predictedValue' | 'band' | 'next';
export const PREDICT_COLUMNS: readonly PredictColumn[] = ['id', 'segment', 'x', 'pAlive', 'expectedPurchases', 'expectedSpend', 'predictedValue', 'band', 'next'];

export interface TableQuery {
  sort: PredictColumn;
  descending: boolean;
  /** Only this segment id; null for all. */
  segment: string | null;
  /** Only this band (index into BANDS); null for all. */
  band: number | null;
  /** A segment's place in the configuration's value order, for sorting by segment (unknown ids last). */
  segmentRank: ReadonlyMap<string, number>;
}

/** Amounts read best largest first; names, segments, bands and dates in their own order. */
export function startsDescending(column: PredictColumn): boolean {
  return column === 'x' || column === 'pAlive' || column === 'expectedPurchases' || column === 'expectedSpend' || column === 'predictedValue';
}

/** Ids that are all numbers sort as numbers (9 before 10), others as text. */
function compareIds(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  if (a !== '' && b !== '' && Number.isFinite(na) && Number.isFinite(nb) && na !== nb) return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The customers to show, in order: indices into the result's columns. Empty when the fit was blocked. */
export function tableOrder(result: PredictResult, q: TableQuery): Uint32Array {
  const p = result.predictions;
  if (!p) return new Uint32Array(0);
  const n = result.customerIds.length;
  const picked = new Uint32Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    if (q.segment !== null && result.segments[i] !== q.segment) continue;
    if (q.band !== null && p.band[i] !== q.band) continue;
    picked[count++] = i;
  }
  const order = picked.subarray(0, count);
  const sign = q.descending ? -1 : 1;
  const ids = result.customerIds;
  const numeric = (column: ArrayLike<number>) => (a: number, b: number) => {
    const va = column[a];
    const vb = column[b];
    // No next purchase within the horizon (NaN) comes last whichever way the column runs.
    if (Number.isNaN(va) || Number.isNaN(vb)) return Number.isNaN(va) ? (Number.isNaN(vb) ? compareIds(ids[a], ids[b]) : 1) : -1;
    return sign * (va - vb) || compareIds(ids[a], ids[b]);
  };
  let compare: (a: number, b: number) => number;
  switch (q.sort) {
    case 'id':
      compare = (a, b) => sign * compareIds(ids[a], ids[b]);
      break;
    case 'segment': {
      const rank = (i: number) => q.segmentRank.get(result.segments[i]) ?? Number.MAX_SAFE_INTEGER;
      compare = (a, b) => sign * (rank(a) - rank(b)) || compareIds(ids[a], ids[b]);
      break;
    }
    case 'x':
      compare = numeric(result.x);
      break;
    case 'band':
      compare = numeric(p.band);
      break;
    case 'next':
      compare = numeric(p.daysToNextPurchase);
      break;
    default:
      compare = numeric(p[q.sort]);
  }
  return order.sort(compare);
}

/** The date of the next expected purchase: calibration end + days (UTC calendar arithmetic); null for none within the horizon. */
export function nextPurchaseDate(calibrationEnd: string, days: number): string | null {
  return Number.isFinite(days) ? addDays(calibrationEnd, days) : null;
}

export interface Page {
  /** 0-based page shown, clamped into range. */
  page: number;
  pages: number;
  /** Row indices (into `order`) from, to (exclusive). */
  from: number;
  to: number;
}

export function pageOf(total: number, page: number, size: number): Page {
  const pages = Math.max(1, Math.ceil(total / size));
  const at = Math.min(Math.max(0, page), pages - 1);
  return { page: at, pages, from: at * size, to: Math.min(total, (at + 1) * size) };
}
