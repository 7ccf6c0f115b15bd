// The per-customer prediction table: filtered and sorted as index arrays, next purchase dates on the calendar, pages.
import { describe, expect, it } from 'vitest';
import { nextPurchaseDate, pageOf, tableOrder, type TableQuery } from '../../src/lib/predict/prediction-table';
import { fakeResult } from './helpers/predict-result';

const result = fakeResult({ calibrationEnd: null, timeUnit: 'weeks', horizonDays: 365, discountMonthly: 0.01 });
const ids = (order: Uint32Array) => Array.from(order, (i) => result.customerIds[i]);
const base: TableQuery = { sort: 'id', descending: false, segment: null, band: null, segmentRank: new Map([['champions', 0], ['at_risk', 1]]) };

describe('tableOrder', () => {
  it('sorts numeric ids as numbers and others as text', () => {
    expect(ids(tableOrder(result, base))).toEqual(['9', '10', '100', 'a', 'b']);
  });

  it('sorts by P(alive) either way', () => {
    expect(ids(tableOrder(result, { ...base, sort: 'pAlive', descending: true }))).toEqual(['b', '10', 'a', '100', '9']);
    expect(ids(tableOrder(result, { ...base, sort: 'pAlive', descending: false }))).toEqual(['9', '100', 'a', '10', 'b']);
  });

  it('puts customers with no next purchase within the horizon last, whichever way', () => {
    expect(ids(tableOrder(result, { ...base, sort: 'next' }))).toEqual(['10', '100', 'a', '9', 'b']);
    expect(ids(tableOrder(result, { ...base, sort: 'next', descending: true }))).toEqual(['a', '100', '10', '9', 'b']);
  });

  it('sorts segments in the configuration order, unknown ones last', () => {
    expect(ids(tableOrder(result, { ...base, sort: 'segment' }))).toEqual(['10', 'b', '9', 'a', '100']);
  });

  it('filters by segment and by band', () => {
    expect(ids(tableOrder(result, { ...base, segment: 'at_risk' }))).toEqual(['9', 'a']);
    expect(ids(tableOrder(result, { ...base, band: 1 }))).toEqual(['100', 'a']);
    expect(ids(tableOrder(result, { ...base, segment: 'champions', band: 1 }))).toEqual([]);
  });

  it('is empty when the fit was blocked', () => {
    expect(tableOrder({ ...result, predictions: null }, base).length).toBe(0);
  });

  it('sorts 100,000 customers quickly', () => {
    const n = 100_000;
    const big = {
      ...result,
      customerIds: Array.from({ length: n }, (_, i) => `c${i}`),
      segments: Array.from({ length: n }, (_, i) => (i % 2 ? 'champions' : 'at_risk')),
      x: new Float64Array(n),
      predictions: { ...result.predictions!, pAlive: Float64Array.from({ length: n }, (_, i) => ((i * 7919) % n) / n), band: new Uint8Array(n) },
    };
    const started = performance.now();
    const order = tableOrder(big, { ...base, sort: 'pAlive', descending: true });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(big.predictions.pAlive[order[0]]).toBeGreaterThanOrEqual(big.predictions.pAlive[order[n - 1]]);
  });
});

describe('nextPurchaseDate', () => {
  it('adds calendar days to the calibration end, across a month and a leap day', () => {
    expect(nextPurchaseDate('2024-02-20', 10)).toBe('2024-03-01');
    expect(nextPurchaseDate('2024-06-30', 0)).toBe('2024-06-30');
  });
  it('says none for no purchase within the horizon', () => {
    expect(nextPurchaseDate('2024-06-30', NaN)).toBeNull();
  });
});

describe('pageOf', () => {
  it('clamps the page into range', () => {
    expect(pageOf(120, 5, 50)).toEqual({ page: 2, pages: 3, from: 100, to: 120 });
    expect(pageOf(0, 0, 50)).toEqual({ page: 0, pages: 1, from: 0, to: 0 });
  });
});
