// One prediction run from a repeat-purchase summary: fit both models, predict every customer unless
// a reason blocks, check against the holdout, and sum the predictions per segment of the scores in
// use beside what those customers spent (summed in SQL, where the money is). Pure, so the worker and
// the command line assemble the same PredictResult, and a test can feed it a made-up summary.
// Everything per customer stays in columns: 100,000 customers are a few typed arrays, not objects.
import { fitModels, type ModelFit } from './fit';
import { holdoutCheck } from './holdout';
import { BANDS, predictAll, type PredictionColumns } from './predictions';
import type { PredictProgress, PredictRequest, PredictResult, PredictSegment } from './request';
import { UNIT_DAYS, type PredictSummary } from './summary';

/** Customers and calibration revenue of one segment ('' for customers the scores do not hold), from SQL. */
export interface SegmentRevenue {
  segment: string;
  customers: number;
  revenue: number;
}

/** The band of the customers who bought once: their P(alive) of 1 is no evidence. */
const ONE_PURCHASE = BANDS.indexOf('one_purchase');

export interface RunInput {
  request: PredictRequest;
  summary: PredictSummary;
  /** Segment id per summary customer ('' when the scores do not hold them). */
  segments: string[];
  /** One row per segment, in the order the result lists them. */
  segmentRevenue: SegmentRevenue[];
}

/** Whether the fit can be used for predictions: both models there and no reason blocks. */
export function usableFit(fit: ModelFit): boolean {
  return fit.bgnbd !== null && fit.gammaGamma !== null && !fit.reasons.some((r) => r.blocking);
}

export function runPrediction({ request, summary, segments, segmentRevenue }: RunInput, onProgress?: (progress: PredictProgress) => void): PredictResult {
  const fit = fitModels(summary, (model, iteration) => onProgress?.({ phase: 'fit', model, iteration }));
  let predictions: PredictionColumns | null = null;
  if (usableFit(fit)) {
    onProgress?.({ phase: 'predict' });
    predictions = predictAll(fit.bgnbd!.params, fit.gammaGamma!.params, summary, {
      horizonDays: request.horizonDays,
      discountMonthly: request.discountMonthly,
      unitDays: UNIT_DAYS[summary.timeUnit],
    });
  }
  // The holdout checks BG/NBD alone: it is meaningful whenever that fit settled, even if the spend model did not.
  const holdout = fit.bgnbd && fit.bgnbd.converged ? holdoutCheck(fit.bgnbd.params, summary) : null;
  return {
    request: { ...request, calibrationEnd: summary.calibrationEnd },
    firstDay: summary.firstDay,
    lastDay: summary.lastDay,
    historyDays: summary.historyDays,
    fit,
    customerIds: summary.customerIds,
    segments,
    x: summary.x,
    tx: summary.tx,
    T: summary.T,
    monetary: summary.monetary,
    predictions,
    perSegment: perSegment(segments, segmentRevenue, predictions),
    holdout,
  };
}

/**
 * The predictions summed per segment. Without predictions (a blocked fit) the segments still
 * carry their customers and history; their predicted figures and bands are 0.
 */
export function perSegment(segments: readonly string[], revenue: readonly SegmentRevenue[], predictions: PredictionColumns | null): PredictSegment[] {
  const result: PredictSegment[] = revenue.map((r) => ({
    segment: r.segment,
    customers: r.customers,
    meanPAlive: null,
    expectedPurchases: 0,
    predictedValue: 0,
    historicRevenue: r.revenue,
    bands: BANDS.map(() => 0),
  }));
  if (!predictions) return result;
  const index = new Map(result.map((s, i) => [s.segment, i]));
  const pAliveSum = new Float64Array(result.length);
  const repeatCustomers = new Float64Array(result.length);
  for (let i = 0; i < segments.length; i++) {
    const at = index.get(segments[i]);
    if (at === undefined) continue;
    const entry = result[at];
    if (predictions.band[i] !== ONE_PURCHASE) {
      pAliveSum[at] += predictions.pAlive[i];
      repeatCustomers[at]++;
    }
    entry.expectedPurchases += predictions.expectedPurchases[i];
    entry.predictedValue += predictions.predictedValue[i];
    entry.bands[predictions.band[i]]++;
  }
  result.forEach((entry, at) => {
    entry.meanPAlive = repeatCustomers[at] > 0 ? pAliveSum[at] / repeatCustomers[at] : null;
  });
  return result;
}
