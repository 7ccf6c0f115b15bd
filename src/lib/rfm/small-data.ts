// Quantile segments on a small file. Scores by quantile split customers into bands of equal
// size: with 5 bins per axis there are 125 cells, so 60 customers leave most cells empty or with
// one customer, and a band of 12 customers says little about anyone. Below about 100 customers
// (and always below 20, where even two bins hold a handful each) the page and the CLI say so and
// suggest fewer bins. Custom thresholds are the user's own cut points and are not warned about.

import type { ScoringSettings } from '../engine/api';
import { effectiveBins } from './settings';

/** Below this many scored customers quantile segments say little unless the bins are few. */
export const FEW_CUSTOMERS = 100;
/** Below this many, they say little whatever the bins. */
export const VERY_FEW_CUSTOMERS = 20;

export interface SmallDataWarning {
  level: 'few' | 'very-few';
  customers: number;
  /** The most bins in use on any axis, and the number suggested instead. */
  bins: number;
  suggestedBins: number;
}

/** The bins per axis that keep about 12 customers per cell or more (2 at least, 5 at most). */
export function suggestedBins(customers: number): number {
  const perAxis = Math.floor(Math.cbrt(customers / 12));
  return Math.min(5, Math.max(2, perAxis));
}

/** Null when the data is large enough for the scoring in use, or the scoring is by the user's own thresholds. */
export function smallDataWarning(customers: number, settings: ScoringSettings): SmallDataWarning | null {
  if (settings.method === 'custom' || customers <= 0) return null;
  const bins = Math.max(...Object.values(effectiveBins(settings)));
  const suggested = suggestedBins(customers);
  if (customers < VERY_FEW_CUSTOMERS) return { level: 'very-few', customers, bins, suggestedBins: suggested };
  if (customers < FEW_CUSTOMERS && bins > suggested) return { level: 'few', customers, bins, suggestedBins: suggested };
  return null;
}
