// What the page and `npm run rfm --predict` ask the engine for, and what comes back: the fit of
// BG/NBD and Gamma-Gamma on the orders up to the calibration end, every customer's predictions
// as columns (index i is customer i), the totals per segment of the scores in use next to what
// those customers spent, and the holdout check. One shape for both, so they print the same numbers.

import type { ModelFit } from './fit';
import type { HoldoutCheck } from './holdout';
import type { PredictionColumns } from './predictions';
import type { TimeUnit } from './summary';

export interface PredictRequest {
  /** YYYY-MM-DD, included; null: the last order date (no holdout). */
  calibrationEnd: string | null;
  timeUnit: TimeUnit;
  /** The horizon of expected purchases and predicted value, in days (30, 90, 365 or any). */
  horizonDays: number;
  /** Monthly discount rate of the predicted value, a share (0.01 = 1 % a month). */
  discountMonthly: number;
}

/** Per segment of the scores in use: the predictions summed over its customers, beside their history. */
export interface PredictSegment {
  segment: string;
  customers: number;
  /**
   * Mean probability still active over the segment's repeat customers; null when it has none (or
   * there are no predictions). A customer who bought once has P(alive) = 1 by the model's
   * construction, not by evidence (their band is one_purchase), so counting them would make a
   * segment of one-time buyers look "100 % active".
   */
  meanPAlive: number | null;
  /** Sums over the segment's customers. */
  expectedPurchases: number;
  predictedValue: number;
  /** What these customers spent in the calibration period (the file's currency). */
  historicRevenue: number;
  /** Customers per band, in the order of predictions.ts BANDS. */
  bands: number[];
}

export interface PredictResult {
  request: PredictRequest & { calibrationEnd: string };
  /** The summary's period facts (summary.ts PredictSummary). */
  firstDay: string | null;
  lastDay: string | null;
  historyDays: number;
  fit: ModelFit;
  /** Customer ids exactly as in the file, and their summary (x, t_x, T in the time unit; monetary: mean repeat value). */
  customerIds: string[];
  /** Segment id per customer under the scores in use ('' for a customer the scores do not hold). */
  segments: string[];
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  monetary: Float64Array;
  /** null when the fit is blocked (fit.reasons says why). */
  predictions: PredictionColumns | null;
  perSegment: PredictSegment[];
  /** null without orders after the calibration end, or without a fit. */
  holdout: HoldoutCheck | null;
}

/** Told while the engine works: the summary first, then each optimiser step of each model, then the predictions. */
export type PredictProgress = { phase: 'summary' } | { phase: 'fit'; model: 'bgnbd' | 'gamma_gamma'; iteration: number } | { phase: 'predict' };
