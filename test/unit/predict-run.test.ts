// One prediction run on a made-up summary (lib/predict/run.ts): the fit, the predictions, the
// holdout and the sums per segment, and a blocked fit that still reports segments and history.
import { describe, expect, it } from 'vitest';
import type { BgNbdParams } from '../../src/lib/predict/bgnbd';
import { BANDS } from '../../src/lib/predict/predictions';
import type { PredictRequest } from '../../src/lib/predict/request';
import { runPrediction } from '../../src/lib/predict/run';
import type { PredictSummary } from '../../src/lib/predict/summary';
import { simulateBgNbd } from './helpers/predict-simulate';

const PAPER: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const REQUEST: PredictRequest = { calibrationEnd: null, timeUnit: 'weeks', horizonDays: 365, discountMonthly: 0.01 };

function fakeSummary(n: number, holdout: boolean): PredictSummary {
  const s = simulateBgNbd(PAPER, n, 7, 39);
  return {
    calibrationEnd: '1997-09-30',
    timeUnit: 'weeks',
    firstDay: '1997-01-01',
    calibrationLastDay: '1997-09-30',
    lastDay: holdout ? '1998-06-30' : '1997-09-30',
    historyDays: 272,
    holdoutLength: holdout ? 39 : 0,
    customerIds: Array.from({ length: n }, (_, i) => `c${i}`),
    ...s,
    holdoutX: Float64Array.from(s.x, (x) => Math.min(x, 2)),
  };
}

/** Three segments by position, and one customer the scores do not hold. */
const segmentOf = (i: number) => (i === 0 ? '' : ['champions', 'at_risk', 'lost'][i % 3]);

describe('runPrediction', () => {
  it('fits, predicts every customer and sums the predictions per segment', () => {
    const n = 2000;
    const summary = fakeSummary(n, true);
    const segments = Array.from({ length: n }, (_, i) => segmentOf(i));
    const ids = ['champions', 'at_risk', 'lost', ''];
    const segmentRevenue = ids.map((segment) => ({ segment, customers: segments.filter((s) => s === segment).length, revenue: 100 }));
    const phases: string[] = [];
    const result = runPrediction({ request: REQUEST, summary, segments, segmentRevenue }, (p) => phases.push(p.phase));

    expect(result.request.calibrationEnd).toBe('1997-09-30');
    expect(result.fit.reasons.filter((r) => r.blocking)).toEqual([]);
    expect(result.predictions!.pAlive.length).toBe(n);
    expect(phases[0]).toBe('fit');
    expect(phases.at(-1)).toBe('predict');
    expect(result.holdout!.total.customers).toBe(n);

    expect(result.perSegment.map((s) => s.segment)).toEqual(ids);
    expect(result.perSegment.reduce((t, s) => t + s.customers, 0)).toBe(n);
    for (const entry of result.perSegment) {
      const members = segments.flatMap((s, i) => (s === entry.segment ? [i] : []));
      const sum = (column: Float64Array) => members.reduce((t, i) => t + column[i], 0);
      expect(entry.expectedPurchases).toBeCloseTo(sum(result.predictions!.expectedPurchases), 9);
      expect(entry.predictedValue).toBeCloseTo(sum(result.predictions!.predictedValue), 6);
      const repeaters = members.filter((i) => summary.x[i] > 0);
      if (repeaters.length === 0) expect(entry.meanPAlive).toBeNull();
      else expect(entry.meanPAlive).toBeCloseTo(repeaters.reduce((t, i) => t + result.predictions!.pAlive[i], 0) / repeaters.length, 12);
      expect(entry.bands.reduce((a, b) => a + b, 0)).toBe(members.length);
      expect(entry.bands[BANDS.indexOf('one_purchase')]).toBe(members.filter((i) => summary.x[i] === 0).length);
      expect(entry.historicRevenue).toBe(100);
    }
  });

  it('has no holdout check without orders after the calibration end', () => {
    const n = 500;
    const summary = fakeSummary(n, false);
    const segments = new Array<string>(n).fill('champions');
    const result = runPrediction({ request: REQUEST, summary, segments, segmentRevenue: [{ segment: 'champions', customers: n, revenue: 5 }] });
    expect(result.holdout).toBeNull();
    expect(result.predictions).not.toBeNull();
  });

  it('reports segments and history but no predictions when every customer bought once', () => {
    const n = 300;
    const summary = fakeSummary(n, true);
    summary.x.fill(0);
    summary.tx.fill(0);
    summary.monetary.fill(0);
    const segments = new Array<string>(n).fill('lost');
    const result = runPrediction({ request: { ...REQUEST, calibrationEnd: '1997-09-30' }, summary, segments, segmentRevenue: [{ segment: 'lost', customers: n, revenue: 1234.5 }] });
    expect(result.fit.reasons).toEqual([{ code: 'no_repeat_purchases', blocking: true, details: { customers: n } }]);
    expect(result.predictions).toBeNull();
    expect(result.holdout).toBeNull();
    expect(result.perSegment).toEqual([{ segment: 'lost', customers: n, meanPAlive: null, expectedPurchases: 0, predictedValue: 0, historicRevenue: 1234.5, bands: [0, 0, 0, 0] }]);
  });
});

describe('expected purchases of a fit at the edge (a, b very large)', () => {
  it('are finite and match the series where both still work', async () => {
    const { expectedPurchases } = await import('../../src/lib/predict/bgnbd');
    // The demo shop's weekly fit: a and b run off together, a/(a+b) about 1.7 %.
    const edge = { r: 0.5107, alpha: 4.139, a: 554131.8, b: 32688954.3 };
    for (const [x, tx, T] of [[0, 0, 50], [6, 55.7, 101.7], [30, 100, 104]]) {
      const e = expectedPurchases(edge, 52, x, tx, T);
      expect(Number.isFinite(e) && e > 0).toBe(true);
    }
    // Just under the switch the series is exact; the limit there differs by about 1/a.
    const near = { r: 0.5, alpha: 4, a: 9000, b: 500000 };
    const series = expectedPurchases(near, 52, 6, 55, 100);
    const limit = expectedPurchases({ ...near, a: near.a * 100, b: near.b * 100 }, 52, 6, 55, 100);
    expect(Math.abs(limit / series - 1)).toBeLessThan(1e-3);
  });
});
