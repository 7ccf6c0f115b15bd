// The engine's prediction run (worker/engine/predict.ts) on the demo shop and on the CDNOW sample:
// every summary customer lands in exactly one segment, the historic revenue is the calibration
// period's, and on CDNOW the fit finds Fader, Hardie & Lee's published parameters.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../src/lib/engine/api';
import { generateDemoShop } from '../../src/lib/demo/demo-shop';
import type { PredictResult } from '../../src/lib/predict/request';
import { defaultSettings } from '../../src/lib/rfm/settings';
import { presetSegmentation, sharedFile, startEngine, type TestEngine } from './helpers/engine';

describe('prediction on the demo shop', () => {
  let t: TestEngine;
  let result: PredictResult;
  let settings: ReturnType<typeof defaultSettings>;
  const phases = new Set<string>();
  beforeAll(async () => {
    t = await startEngine();
    const dataset = t.openText('demo-shop.csv', generateDemoShop({ seed: 42 }).csv);
    const summary = t.engine.prepare(dataset.guess as ColumnMapping, { today: '2026-11-23' });
    settings = defaultSettings(summary.defaultAsOf);
    result = t.engine.predict(settings, presetSegmentation(settings), { calibrationEnd: null, timeUnit: 'weeks', horizonDays: 365, discountMonthly: 0.01 }, (p) => phases.add(p.phase));
  }, 60_000);

  it('calibrates up to the last order date and reports every step', () => {
    expect(result.request.calibrationEnd).toBe(result.lastDay);
    expect(result.holdout).toBeNull();
    expect([...phases]).toEqual(['summary', 'fit', 'predict']);
  });

  it('puts every summary customer in exactly one segment, the same as the scores', () => {
    const n = result.customerIds.length;
    expect(n).toBeGreaterThan(0);
    expect(result.perSegment.reduce((sum, s) => sum + s.customers, 0)).toBe(n);
    for (const s of result.perSegment) expect(result.segments.filter((id) => id === s.segment).length).toBe(s.customers);
    expect(result.predictions!.pAlive.length).toBe(n);
    // The scores' as-of date is the day after the last order: they hold every summary customer.
    const scored = t.engine.score(settings, presetSegmentation(settings));
    const scoredBySegment = Object.fromEntries(scored.segments.map((s) => [s.segment, s.customers]));
    for (const s of result.perSegment) expect(s.customers).toBe(scoredBySegment[s.segment]);
  });

  it('gives each segment the revenue its customers had in the calibration period', () => {
    const scored = t.engine.score(settings, presetSegmentation(settings));
    const revenue = Object.fromEntries(scored.segments.map((s) => [s.segment, s.revenue]));
    for (const s of result.perSegment) expect(s.historicRevenue).toBeCloseTo(revenue[s.segment], 2);
  });

  it('a calibration end before the last order gives a holdout over the later orders', () => {
    const earlier = t.engine.predict(settings, presetSegmentation(settings), { calibrationEnd: '2026-01-31', timeUnit: 'weeks', horizonDays: 90, discountMonthly: 0 });
    expect(earlier.request.calibrationEnd).toBe('2026-01-31');
    expect(earlier.perSegment.reduce((sum, s) => sum + s.customers, 0)).toBe(earlier.customerIds.length);
    if (earlier.lastDay! > '2026-01-31') expect(earlier.holdout?.total.customers).toBe(earlier.customerIds.length);
  });
});

/** The fit's reasons that block, as codes: [] when the page can predict. */
const blocking = (result: PredictResult) => result.fit.reasons.filter((r) => r.blocking).map((r) => r.code);
const total = (result: PredictResult) => result.perSegment.reduce((sum, s) => sum + s.expectedPurchases, 0);

describe('the demo shop fitted in days and in weeks', () => {
  // BG/NBD runs a and b off to infinity here (every customer has about the same dropout probability);
  // in days that fit used to stall on rounding and block with bgnbd_not_converged.
  const fits: Partial<Record<'days' | 'weeks', PredictResult>> = {};
  beforeAll(async () => {
    const t = await startEngine();
    const dataset = t.openText('demo-shop.csv', generateDemoShop({ seed: 42 }).csv);
    const summary = t.engine.prepare(dataset.guess as ColumnMapping, { today: '2026-11-23' });
    const settings = defaultSettings(summary.defaultAsOf);
    for (const timeUnit of ['days', 'weeks'] as const) {
      fits[timeUnit] = t.engine.predict(settings, presetSegmentation(settings), { calibrationEnd: null, timeUnit, horizonDays: 365, discountMonthly: 0.01 });
    }
  }, 60_000);

  it('fits in both, at the edge (a warning) but settled', () => {
    for (const result of [fits.days!, fits.weeks!]) {
      expect(blocking(result)).toEqual([]);
      expect(result.fit.bgnbd?.converged).toBe(true);
      expect(result.fit.reasons.map((r) => r.code)).toContain('bgnbd_degenerate');
      expect(result.predictions).not.toBeNull();
    }
  });

  it('finds the same model in both: r the same, α seven times larger in days', () => {
    const days = fits.days!.fit.bgnbd!.params;
    const weeks = fits.weeks!.fit.bgnbd!.params;
    expect(Math.abs(days.r / weeks.r - 1)).toBeLessThan(0.005);
    expect(Math.abs(days.alpha / (7 * weeks.alpha) - 1)).toBeLessThan(0.005);
    // The dropout probability of the limit, p = a / (a + b).
    expect(Math.abs(days.a / (days.a + days.b) / (weeks.a / (weeks.a + weeks.b)) - 1)).toBeLessThan(0.005);
  });

  it('expects the same purchases over the next 365 days for the shop in total, within 2 %', () => {
    expect(total(fits.weeks!)).toBeGreaterThan(0);
    expect(Math.abs(total(fits.days!) / total(fits.weeks!) - 1)).toBeLessThan(0.02);
  });
});

const retail = sharedFile('online-retail/online_retail.csv');

describe.skipIf(!retail)('prediction on UCI Online Retail', () => {
  it('fits in days and in weeks without a blocking reason, to the same model', async () => {
    const t = await startEngine();
    const info = await t.open(retail!);
    const summary = t.engine.prepare(info.guess as ColumnMapping);
    const settings = defaultSettings(summary.defaultAsOf);
    const results = (['days', 'weeks'] as const).map((timeUnit) =>
      t.engine.predict(settings, presetSegmentation(settings), { calibrationEnd: null, timeUnit, horizonDays: 365, discountMonthly: 0.01 }),
    );
    for (const result of results) {
      expect(blocking(result)).toEqual([]);
      expect(result.fit.bgnbd?.converged).toBe(true);
    }
    const [days, weeks] = results.map((r) => r.fit.bgnbd!.params);
    expect(Math.abs(days.r / weeks.r - 1)).toBeLessThan(0.005);
    expect(Math.abs(days.alpha / (7 * weeks.alpha) - 1)).toBeLessThan(0.005);
    expect(Math.abs(total(results[0]) / total(results[1]) - 1)).toBeLessThan(0.02);
  }, 120_000);
});

const sample = sharedFile('cdnow/cdnow_sample.csv');

describe.skipIf(!sample)('prediction on the CDNOW sample', () => {
  it('finds the published parameters within 0.5 % (calibration 1997-09-30, weeks and days)', async () => {
    const t = await startEngine();
    await t.open(sample!);
    const summary = t.engine.prepare({ customer: 'sample_customer_id', date: 'date', amount: 'dollar_value' }, { today: '2026-11-23' });
    const settings = defaultSettings(summary.defaultAsOf);
    const result = t.engine.predict(settings, presetSegmentation(settings), { calibrationEnd: '1997-09-30', timeUnit: 'weeks', horizonDays: 365, discountMonthly: 0.01 });
    const near = (ours: number, published: number) => expect(Math.abs(ours / published - 1)).toBeLessThan(0.005);
    const bg = result.fit.bgnbd!.params;
    near(bg.r, 0.243);
    near(bg.alpha, 4.414);
    near(bg.a, 0.793);
    near(bg.b, 2.426);
    const gg = result.fit.gammaGamma!.params;
    near(gg.p, 6.25);
    near(gg.q, 3.74);
    near(gg.gamma, 15.44);
    expect(result.customerIds.length).toBe(2357);
    expect(result.perSegment.reduce((sum, s) => sum + s.customers, 0)).toBe(2357);
    expect(result.holdout!.total.actual).toBe(1882);
    // In days: r, a, b the same, α seven times the paper's.
    const days = t.engine.predict(settings, presetSegmentation(settings), { calibrationEnd: '1997-09-30', timeUnit: 'days', horizonDays: 365, discountMonthly: 0.01 });
    expect(blocking(days)).toEqual([]);
    const bd = days.fit.bgnbd!.params;
    near(bd.r, 0.243);
    near(bd.alpha, 7 * 4.414);
    near(bd.a, 0.793);
    near(bd.b, 2.426);
  }, 60_000);
});
