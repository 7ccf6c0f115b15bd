// Cut points ("breaks") of the scoring methods, as pure functions over sorted order statistics.
// The default method reproduces the R package rfm 0.3.0 exactly (docs/rfm-r-package-notes.md):
// breaks are R's type-7 quantiles + 1, bands are half-open [lower, upper).

import type { Axis } from '../engine/api';

export const AXES: readonly Axis[] = ['r', 'f', 'm'];
export const MIN_BINS = 2;
export const MAX_BINS = 5;

/** The interior probabilities of R's seq(0, 1, length.out = bins + 1), computed as R does (k * by). */
export function interiorProbabilities(bins: number): number[] {
  const by = 1 / bins;
  return Array.from({ length: bins - 1 }, (_, i) => (i + 1) * by);
}

interface Type7Position {
  lo: number;
  hi: number;
  h: number;
  index: number;
}

function type7Position(n: number, p: number): Type7Position {
  const index = 1 + Math.max(n - 1, 0) * p;
  const lo = Math.floor(index);
  const hi = Math.ceil(index);
  return { lo, hi, h: index - lo, index };
}

/** 1-based sorted positions whose values are needed for every bin count from 2 to 5. */
export function orderStatisticPositions(n: number): number[] {
  const positions = new Set<number>();
  for (let bins = MIN_BINS; bins <= MAX_BINS; bins++) {
    for (const p of interiorProbabilities(bins)) {
      const { lo, hi } = type7Position(n, p);
      positions.add(lo);
      positions.add(hi);
    }
  }
  return [...positions].filter((pos) => pos >= 1 && pos <= n).sort((a, b) => a - b);
}

/**
 * R's quantile(x, p, type = 7) given the sorted values at the needed positions.
 * The interpolation is written as R writes it, (1 - h) * lo + h * hi: the algebraically equal
 * lo + h * (hi - lo) can differ in the last bit, which moves customers across a band edge.
 */
export function type7Quantile(n: number, p: number, valueAt: (position: number) => number): number {
  const { lo, hi, h, index } = type7Position(n, p);
  const qs = valueAt(lo);
  const upper = valueAt(hi);
  if (index > lo && upper !== qs) return (1 - h) * qs + h * upper;
  return qs;
}

/** rfm 0.3.0 breaks for one axis: interior quantiles + 1. */
export function quantileBreaks(n: number, bins: number, valueAt: (position: number) => number): number[] {
  return interiorProbabilities(bins).map((p) => type7Quantile(n, p, valueAt) + 1);
}

export type ThresholdProblem = 'count' | 'not_ascending' | 'not_finite';

/** Custom thresholds are used as given (as in rfm 0.3.0), so they must be finite and strictly ascending. */
export function thresholdProblem(thresholds: readonly number[]): ThresholdProblem | null {
  if (thresholds.length < MIN_BINS - 1 || thresholds.length > MAX_BINS - 1) return 'count';
  if (thresholds.some((t) => !Number.isFinite(t))) return 'not_finite';
  for (let i = 1; i < thresholds.length; i++) if (!(thresholds[i] > thresholds[i - 1])) return 'not_ascending';
  return null;
}

/** Band index (1-based) of a value: 1 + number of breaks at or below it. Mirrors score-by-breaks.sql. */
export function bandIndex(value: number, breaks: readonly number[]): number {
  return 1 + breaks.filter((b) => value >= b).length;
}
