// PRED.csv and MODEL.json from a made-up result: exact ids, formula safety, fixed decimals, shape.
import { describe, expect, it } from 'vitest';
import type { ModelFit } from '../../src/lib/predict/fit';
import { modelJson, modelJsonText } from '../../src/lib/predict/model-json';
import { predictionsCsv } from '../../src/lib/predict/predictions-csv';
import type { PredictResult } from '../../src/lib/predict/request';

const fit: ModelFit = {
  customers: 3,
  repeatCustomers: 2,
  historyDays: 400,
  spendFrequencyCorrelation: 0.1,
  bgnbd: { params: { r: 0.25, alpha: 4.5, a: 0.8, b: 2.5 }, logLikelihood: -100.5, iterations: 20, converged: true },
  gammaGamma: { params: { p: 6, q: 4, gamma: 15 }, logLikelihood: -50.25, iterations: 10, converged: true },
  reasons: [{ code: 'few_repeat_customers', blocking: false, details: { repeatCustomers: 2, needed: 300 } }],
  evidence: 0.04,
  evidenceLevel: 'thin',
};

const result: PredictResult = {
  request: { calibrationEnd: '2024-06-30', timeUnit: 'weeks', horizonDays: 365, discountMonthly: 0.01 },
  firstDay: '2023-06-01',
  lastDay: '2024-06-30',
  historyDays: 395,
  fit,
  customerIds: ['00042', '=HYPERLINK("x")', '-5'],
  segments: ['champions', 'lost', ''],
  x: Float64Array.from([2, 0, 1]),
  tx: Float64Array.from([10 / 7, 0, 3]),
  T: Float64Array.from([20 / 7, 5, 56]),
  monetary: Float64Array.from([30, 0, 12.5]),
  predictions: {
    pAlive: Float64Array.from([0.912345678, 1, 0.05]),
    expectedPurchases: Float64Array.from([1.5, 0.1, 1e-9]),
    expectedSpend: Float64Array.from([29.123456789, 40, 13]),
    predictedValue: Float64Array.from([43.68, 4, NaN]),
    daysToNextPurchase: Float64Array.from([200, NaN, NaN]),
    band: Uint8Array.from([0, 3, 2]),
  },
  perSegment: [],
  holdout: null,
};

describe('PRED.csv', () => {
  it('keeps ids exact and formula-safe and writes fixed decimals', () => {
    const text = new TextDecoder().decode(predictionsCsv(result)!);
    expect(text.split('\n')).toEqual([
      'customer_id,x,t_x,T,p_alive,expected_purchases,expected_spend,predicted_value',
      '00042,2,1.428571,2.857143,0.912346,1.500000,29.123457,43.680000',
      `"'=HYPERLINK(""x"")",0,0.000000,5.000000,1.000000,0.100000,40.000000,4.000000`,
      '-5,1,3.000000,56.000000,0.050000,0.000000,13.000000,',
      '',
    ]);
  });

  it('is null without predictions', () => {
    expect(predictionsCsv({ ...result, predictions: null })).toBeNull();
  });
});

describe('MODEL.json', () => {
  it('names the parameters as lifetimes does and carries evidence and reasons', () => {
    const model = modelJson(result);
    expect(model.bgnbd).toEqual({ r: 0.25, alpha: 4.5, a: 0.8, b: 2.5, log_likelihood: -100.5, converged: true });
    expect(model.gamma_gamma).toEqual({ p: 6, q: 4, gamma: 15, log_likelihood: -50.25, converged: true });
    expect(model).toMatchObject({ customers: 3, repeat_customers: 2, time_unit: 'weeks', calibration_end: '2024-06-30', evidence_level: 'thin', holdout: null });
    expect(model.reasons[0].code).toBe('few_repeat_customers');
    expect(JSON.parse(modelJsonText(result))).toEqual(model);
    expect(modelJsonText(result).endsWith('}\n')).toBe(true);
  });

  it('has null models when the fit was refused', () => {
    const refused = modelJson({ ...result, fit: { ...fit, bgnbd: null, gammaGamma: null, evidenceLevel: 'none', evidence: 0 } });
    expect(refused.bgnbd).toBeNull();
    expect(refused.gamma_gamma).toBeNull();
  });
});
