// What the fit says about data it cannot trust, and the per-customer predictions built on a fit:
// bands, discounted value, the next purchase. Values worked out by hand or with mpmath
// (test/fixtures/predict/reference-values.py) for the paper's CDNOW parameters.
import { describe, expect, it } from 'vitest';
import { expectedPurchases, type BgNbdParams } from '../../src/lib/predict/bgnbd';
import { fitModels, MIN_HISTORY_DAYS, MIN_REPEAT_CUSTOMERS } from '../../src/lib/predict/fit';
import { holdoutCheck } from '../../src/lib/predict/holdout';
import { band, BANDS, daysToNextPurchase, predictAll, predictCustomer, predictedValue } from '../../src/lib/predict/predictions';
import { simulateBgNbd } from './helpers/predict-simulate';

const PAPER: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

const simulated = (n: number, seed: number, weeks: number) => simulateBgNbd(PAPER, n, seed, weeks);

describe('fit reasons and evidence', () => {
  it('refuses data where every customer bought once, and says so', () => {
    const one = { x: new Float64Array(500), tx: new Float64Array(500), T: new Float64Array(500).fill(30), monetary: new Float64Array(500), historyDays: 400 };
    const fit = fitModels(one);
    expect(fit.reasons).toEqual([{ code: 'no_repeat_purchases', blocking: true, details: { customers: 500 } }]);
    expect(fit.bgnbd).toBeNull();
    expect(fit.evidenceLevel).toBe('none');
    expect(fit.evidence).toBe(0);
  });

  it('refuses an empty summary', () => {
    const none = { x: new Float64Array(0), tx: new Float64Array(0), T: new Float64Array(0), monetary: new Float64Array(0), historyDays: 0 };
    expect(fitModels(none).reasons.map((r) => r.code)).toEqual(['no_customers']);
  });

  it('says when BG/NBD runs to the edge of its parameters and does not settle', () => {
    // Every customer bought again up to the very end (t_x = T): nobody drops out, so a runs to 0
    // and the purchase rates collapse to one value (r and α to infinity).
    const n = 400;
    const fit = fitModels({
      x: Float64Array.from({ length: n }, (_, i) => 1 + (i % 5)),
      tx: new Float64Array(n).fill(50),
      T: new Float64Array(n).fill(50),
      monetary: Float64Array.from({ length: n }, (_, i) => 10 + (i % 3)),
      historyDays: 400,
    });
    expect(fit.reasons.map((r) => [r.code, r.blocking])).toEqual([
      ['bgnbd_degenerate', false],
      ['bgnbd_not_converged', true],
    ]);
    expect(fit.evidenceLevel).toBe('none');
  });

  it('settles at the fixed-dropout limit when every customer has the same dropout probability, in weeks and in days', () => {
    // a, b -> infinity with p = a/(a+b) = 2 %: the supremum is at the edge, a warning and not a failure.
    const data = simulateBgNbd({ r: 0.5, alpha: 4, a: 0.02e9, b: 0.98e9 }, 3000, 11, 104);
    const monetary = Float64Array.from(data.x, (x, i) => (x > 0 ? 20 + (i % 7) : 0));
    const weeks = fitModels({ ...data, monetary, historyDays: 728 });
    const days = fitModels({ x: data.x, tx: data.tx.map((t) => 7 * t), T: data.T.map((t) => 7 * t), monetary, historyDays: 728 });
    for (const fit of [weeks, days]) {
      expect(fit.reasons.map((r) => [r.code, r.blocking])).toEqual([['bgnbd_degenerate', false]]);
      expect(fit.bgnbd!.converged).toBe(true);
      const { a, b } = fit.bgnbd!.params;
      expect(Math.min(a, b)).toBeGreaterThan(1e6);
      expect(Math.abs(a / (a + b) / 0.02 - 1)).toBeLessThan(0.3);
    }
    expect(days.bgnbd!.params.r).toBeCloseTo(weeks.bgnbd!.params.r, 6);
    expect(days.bgnbd!.params.alpha / weeks.bgnbd!.params.alpha).toBeCloseTo(7, 5);
  });

  it('warns when spend per purchase grows with the number of purchases (Gamma-Gamma assumes it does not)', () => {
    const data = simulated(3000, 5, 78);
    // Frequent buyers spend more per purchase: m = 10 x plus a little noise.
    const monetary = Float64Array.from(data.x, (x, i) => (x > 0 ? 10 * x + (i % 5) : 0));
    const fit = fitModels({ ...data, monetary, historyDays: 546 });
    expect(fit.spendFrequencyCorrelation!).toBeGreaterThan(0.9);
    expect(fit.reasons.map((r) => r.code)).toEqual(['spend_tracks_frequency']);
    expect(fit.evidenceLevel).toBe('thin');
  });

  it('tells each optimiser step, with a value that never rises', () => {
    const steps: Record<string, number[]> = { bgnbd: [], gamma_gamma: [] };
    const fit = fitModels({ ...simulated(2000, 3, 52), historyDays: 364 }, (model, iteration, value) => {
      expect(iteration).toBe(steps[model].length + 1);
      steps[model].push(value);
    });
    expect(steps.bgnbd.length).toBe(fit.bgnbd!.iterations);
    expect(steps.gamma_gamma.length).toBe(fit.gammaGamma!.iterations);
    for (const values of Object.values(steps)) values.slice(1).forEach((v, i) => expect(v).toBeLessThanOrEqual(values[i]));
  });

  it('fits a small, short history but says which of the two is thin', () => {
    const data = simulated(400, 7, 20);
    const fit = fitModels({ ...data, historyDays: 140 });
    expect(fit.repeatCustomers).toBeLessThan(MIN_REPEAT_CUSTOMERS);
    expect(fit.reasons).toEqual([
      { code: 'few_repeat_customers', blocking: false, details: { repeatCustomers: fit.repeatCustomers, needed: MIN_REPEAT_CUSTOMERS } },
      { code: 'short_history', blocking: false, details: { days: 140, needed: MIN_HISTORY_DAYS } },
    ]);
    expect(fit.bgnbd?.converged).toBe(true);
    expect(fit.evidenceLevel).toBe('thin');
  });

  it('finds the parameters back from 20,000 simulated customers', () => {
    const data = simulated(20_000, 11, 78);
    const fit = fitModels({ ...data, historyDays: 546 });
    expect(fit.reasons).toEqual([]);
    const { r, alpha, a, b } = fit.bgnbd!.params;
    // Sampling error, not a formula check: a fifth of the true value is a wide margin at this size.
    expect(Math.abs(r / PAPER.r - 1)).toBeLessThan(0.2);
    expect(Math.abs(alpha / PAPER.alpha - 1)).toBeLessThan(0.2);
    expect(Math.abs(a / PAPER.a - 1)).toBeLessThan(0.3);
    expect(Math.abs(b / PAPER.b - 1)).toBeLessThan(0.3);
  });
});

describe('predictions', () => {
  it('bands by P(alive): likely from 0.7, gone under 0.3, and one purchase apart', () => {
    expect(band(0.7, 3)).toBe('likely');
    expect(band(0.6999, 3)).toBe('cooling');
    expect(band(0.3, 3)).toBe('cooling');
    expect(band(0.2999, 3)).toBe('gone');
    expect(band(1, 0)).toBe('one_purchase');
  });

  it('discounts the expected purchases of each 30-day month', () => {
    // Customer 1 (x = 2, t_x = 30.43, T = 38.86 weeks), spend 20, 60 days at 1 % a month (mpmath):
    // 20·E(30/7)/1.01 + 20·(E(60/7) − E(30/7))/1.01², E(30/7) = 0.15761487339346785, E(60/7) = 0.30820773388664137.
    expect(predictedValue(PAPER, 20, 2, 30.43, 38.86, 60, 0.01, 7)).toBeCloseTo(6.07359832605776, 10);
    // Without a discount it is spend × expected purchases over the horizon, however it is stepped.
    expect(predictedValue(PAPER, 20, 2, 30.43, 38.86, 365, 0, 7)).toBeCloseTo(20 * expectedPurchases(PAPER, 365 / 7, 2, 30.43, 38.86), 10);
    // A horizon that is not whole months ends with a short step: 45 days = 30 + 15.
    const e30 = expectedPurchases(PAPER, 30 / 7, 2, 30.43, 38.86);
    const e45 = expectedPurchases(PAPER, 45 / 7, 2, 30.43, 38.86);
    expect(predictedValue(PAPER, 20, 2, 30.43, 38.86, 45, 0.02, 7)).toBeCloseTo((20 * e30) / 1.02 + (20 * (e45 - e30)) / Math.pow(1.02, 1.5), 12);
  });

  it('expects the next purchase when the expected purchases reach one, or not within the horizon', () => {
    // Customer 1 expects 1.226 purchases in 39 weeks (273 days): the root is before that.
    const days = daysToNextPurchase(PAPER, 2, 30.43, 38.86, 365, 7)!;
    expect(days).toBeGreaterThan(0);
    expect(days).toBeLessThan(273);
    expect(expectedPurchases(PAPER, days / 7, 2, 30.43, 38.86)).toBeGreaterThanOrEqual(1);
    expect(expectedPurchases(PAPER, (days - 1) / 7, 2, 30.43, 38.86)).toBeLessThan(1);
    // Customer 2 (x = 1, t_x = 1.71): 0.20 purchases in 39 weeks, none expected within a year.
    expect(daysToNextPurchase(PAPER, 1, 1.71, 38.86, 365, 7)).toBeNull();
  });

  it('gives every customer\'s predictions as columns', () => {
    const spend = { p: 6.25, q: 3.74, gamma: 15.44 };
    const options = { horizonDays: 365, discountMonthly: 0.01, unitDays: 7 };
    const columns = predictAll(PAPER, spend, { x: [2, 1], tx: [30.43, 1.71], T: [38.86, 38.86], monetary: [22.35, 11.77] }, options);
    const first = predictCustomer(PAPER, spend, 2, 30.43, 38.86, 22.35, options);
    expect([columns.pAlive[0], columns.expectedPurchases[0], columns.expectedSpend[0], columns.predictedValue[0], columns.daysToNextPurchase[0]]).toEqual([
      first.pAlive, first.expectedPurchases, first.expectedSpend, first.predictedValue, first.daysToNextPurchase,
    ]);
    expect(BANDS[columns.band[0]]).toBe('likely');
    // Customer 2: P(alive) 0.21, no purchase expected within the year.
    expect(BANDS[columns.band[1]]).toBe('gone');
    expect(columns.daysToNextPurchase[1]).toBeNaN();
  });

  it('puts a customer\'s predictions together', () => {
    const p = predictCustomer(PAPER, { p: 6.25, q: 3.74, gamma: 15.44 }, 2, 30.43, 38.86, 22.35, { horizonDays: 273, discountMonthly: 0, unitDays: 7 });
    expect(p.pAlive).toBeCloseTo(0.72657857008067291, 12);
    expect(p.expectedPurchases).toBeCloseTo(1.2260281747671444, 12);
    expect(p.expectedSpend).toBeCloseTo(24.663713910761155, 12);
    expect(p.predictedValue).toBeCloseTo(1.2260281747671444 * 24.663713910761155, 9);
    expect(p.band).toBe('likely');
  });
});

describe('holdout check', () => {
  const summary = { x: [0, 2, 1, 9], tx: [0, 30.43, 1.71, 35], T: [38.86, 38.86, 38.86, 38.86], holdoutX: [1, 2, 0, 5], holdoutLength: 39 };

  it('adds actual and expected holdout purchases by calibration repeats, 7 and more together', () => {
    const check = holdoutCheck(PAPER, summary)!;
    const e = (i: number) => expectedPurchases(PAPER, 39, summary.x[i], summary.tx[i], summary.T[i]);
    expect(check.groups).toEqual([
      { x: 0, customers: 1, actual: 1, predicted: e(0) },
      { x: 1, customers: 1, actual: 0, predicted: e(2) },
      { x: 2, customers: 1, actual: 2, predicted: e(1) },
      { x: 7, customers: 1, actual: 5, predicted: e(3) },
    ]);
    expect(check.total.customers).toBe(4);
    expect(check.total.actual).toBe(8);
    expect(check.total.predicted).toBeCloseTo(e(0) + e(1) + e(2) + e(3), 12);
  });

  it('has nothing to check without a holdout', () => {
    expect(holdoutCheck(PAPER, { ...summary, holdoutLength: 0 })).toBeNull();
  });
});
