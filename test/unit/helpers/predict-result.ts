// A small hand-made PredictResult for the Prediction tab's tests: five customers, two segments.
import type { ModelFit } from '../../../src/lib/predict/fit';
import type { PredictRequest, PredictResult } from '../../../src/lib/predict/request';

export const FIT: ModelFit = {
  customers: 5,
  repeatCustomers: 3,
  historyDays: 400,
  spendFrequencyCorrelation: 0.1,
  bgnbd: { params: { r: 0.24, alpha: 4.4, a: 0.79, b: 2.4 }, logLikelihood: -9582.4, iterations: 30, converged: true },
  gammaGamma: { params: { p: 6.25, q: 3.74, gamma: 15.44 }, logLikelihood: -4000, iterations: 20, converged: true },
  reasons: [],
  evidence: 0.8,
  evidenceLevel: 'good',
};

export function fakeResult(request: PredictRequest, calibrationEnd = '2024-06-30'): PredictResult {
  return {
    request: { ...request, calibrationEnd: request.calibrationEnd ?? calibrationEnd },
    firstDay: '2023-06-01',
    lastDay: calibrationEnd,
    historyDays: 395,
    fit: FIT,
    customerIds: ['10', '9', 'b', 'a', '100'],
    segments: ['champions', 'at_risk', 'champions', 'at_risk', 'other'],
    x: new Float64Array([4, 1, 0, 2, 3]),
    tx: new Float64Array([50, 10, 0, 20, 30]),
    T: new Float64Array([56, 40, 10, 50, 56]),
    monetary: new Float64Array([20, 30, 0, 15, 25]),
    predictions: {
      pAlive: new Float64Array([0.9, 0.2, 1, 0.6, 0.5]),
      expectedPurchases: new Float64Array([3, 0.2, 0.5, 1, 1.5]),
      expectedSpend: new Float64Array([21, 28, 25, 17, 24]),
      predictedValue: new Float64Array([60, 5, 12, 17, 36]),
      daysToNextPurchase: new Float64Array([40, NaN, NaN, 200, 100]),
      band: new Uint8Array([0, 2, 3, 1, 1]),
    },
    perSegment: [
      { segment: 'champions', customers: 2, meanPAlive: 0.95, expectedPurchases: 3.5, predictedValue: 72, historicRevenue: 200, bands: [1, 0, 0, 1] },
      { segment: 'at_risk', customers: 2, meanPAlive: 0.4, expectedPurchases: 1.2, predictedValue: 22, historicRevenue: 90, bands: [0, 1, 1, 0] },
    ],
    holdout: null,
  };
}
