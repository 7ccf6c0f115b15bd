// The repeat-purchase summary (worker/sql/predict/) on a hand-computed fixture, and on the CDNOW
// sample against the summaries Fader, Hardie & Lee published (../shared/data/cdnow/README.md):
// calibration 1997-01-01..1997-09-30, in weeks.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PredictSummary } from '../../src/lib/predict/summary';
import { sharedFile, startEngine, type TestEngine } from './helpers/engine';
import { fitModels } from '../../src/lib/predict/fit';
import { holdoutCheck } from '../../src/lib/predict/holdout';

/** One customer's figures from the summary's columns. */
function customer(s: PredictSummary, id: string) {
  const i = s.customerIds.indexOf(id);
  if (i < 0) return undefined;
  return { x: s.x[i], tx: s.tx[i], T: s.T[i], monetary: s.monetary[i], holdoutX: s.holdoutX[i] };
}

describe('repeat-purchase summary on the hand-made fixture (test/fixtures/predict/summary.csv)', () => {
  let t: TestEngine;
  beforeAll(async () => {
    t = await startEngine();
    await t.open('predict/summary.csv');
    t.engine.prepare({ customer: 'customer', date: 'date', amount: 'amount' }, { today: '2026-11-23' });
  });

  it('counts purchase days, not orders, and leaves the first purchase out of x and of the mean value', () => {
    const s = t.engine.predictSummary('2024-01-31', 'days');
    // D's first purchase (02-05) is after the calibration end: not a calibration customer.
    expect(s.customerIds).toEqual(['A', 'B', 'C', 'E']);
    // A: days 01-01 (10 + 5), 01-11 (20), 01-21 (30 + 10 = 40): x = 2, t_x = 20, T = 30, mean of
    // the repeats (20 + 40) / 2 = 30; 02-10 is one holdout purchase.
    expect(customer(s, 'A')).toEqual({ x: 2, tx: 20, T: 30, monetary: 30, holdoutX: 1 });
    // B: one purchase on 01-16.
    expect(customer(s, 'B')).toEqual({ x: 0, tx: 0, T: 15, monetary: 0, holdoutX: 0 });
    // C: 01-05, then a return on 01-06 (not a purchase); 02-01 and 02-20 are in the holdout.
    expect(customer(s, 'C')).toEqual({ x: 0, tx: 0, T: 26, monetary: 0, holdoutX: 2 });
    // E: a free order (0.00) on 01-10 is a purchase (CDNOW's summary counts them), then 6 on 01-20.
    expect(customer(s, 'E')).toEqual({ x: 1, tx: 10, T: 21, monetary: 6, holdoutX: 0 });
    expect(s).toMatchObject({ firstDay: '2024-01-01', calibrationLastDay: '2024-01-21', lastDay: '2024-02-20', historyDays: 30, holdoutLength: 20 });
  });

  it('gives t_x, T and the holdout length in weeks as days / 7', () => {
    const s = t.engine.predictSummary('2024-01-31', 'weeks');
    expect(customer(s, 'A')).toEqual({ x: 2, tx: 20 / 7, T: 30 / 7, monetary: 30, holdoutX: 1 });
    expect(s.holdoutLength).toBe(20 / 7);
  });

  it('has no holdout when the calibration runs to the last purchase', () => {
    const s = t.engine.predictSummary('2024-02-20', 'days');
    expect(s.customerIds).toEqual(['A', 'B', 'C', 'D', 'E']);
    // A: 01-11, 01-21 and 02-10 are repeats now, (20 + 40 + 25) / 3 their mean; C: 02-01 and 02-20.
    expect(customer(s, 'A')).toEqual({ x: 3, tx: 40, T: 50, monetary: 85 / 3, holdoutX: 0 });
    expect(customer(s, 'C')).toEqual({ x: 2, tx: 46, T: 46, monetary: 8.5, holdoutX: 0 });
    expect(customer(s, 'D')).toEqual({ x: 0, tx: 0, T: 15, monetary: 0, holdoutX: 0 });
    expect(s.holdoutLength).toBe(0);
  });

  it('has no customers before the first purchase', () => {
    const s = t.engine.predictSummary('2023-12-31', 'days');
    expect(s.customerIds).toEqual([]);
    expect(s.historyDays).toBe(0);
  });
});

const sample = sharedFile('cdnow/cdnow_sample.csv');

/** A published summary file: ID plus numeric columns (CRLF or LF, with or without a final newline). */
function published(file: string): Map<string, Record<string, number>> {
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split(/\r?\n/);
  const names = header.split(',');
  return new Map(
    lines.map((line) => {
      const values = line.split(',');
      return [values[0], Object.fromEntries(names.slice(1).map((n, i) => [n, Number(values[i + 1])]))];
    }),
  );
}

describe.skipIf(!sample)('repeat-purchase summary on the CDNOW sample', () => {
  let s: PredictSummary;
  beforeAll(async () => {
    const t = await startEngine();
    await t.open(sample!);
    t.engine.prepare({ customer: 'sample_customer_id', date: 'date', amount: 'dollar_value' }, { today: '2026-11-23' });
    s = t.engine.predictSummary('1997-09-30', 'weeks');
  }, 60_000);

  it('equals cdnow_customers_summary.csv and cdnow_customers_summary_with_transactions.csv for every customer', () => {
    const dir = path.dirname(sample!);
    const plain = published(path.join(dir, 'cdnow_customers_summary.csv'));
    const withValue = published(path.join(dir, 'cdnow_customers_summary_with_transactions.csv'));
    expect(s.customerIds.length).toBe(2357);
    const mismatches: string[] = [];
    // The published figures have 2 decimals (weeks = days / 7, dollars): ours must round to them.
    const near = (ours: number, theirs: number) => Math.abs(ours - theirs) <= 0.005 + 1e-9;
    s.customerIds.forEach((id, i) => {
      const key = String(Number(id));
      const a = plain.get(key);
      const b = withValue.get(key);
      if (!a || !b) return mismatches.push(`${id}: not published`);
      const ok =
        s.x[i] === a.frequency && near(s.tx[i], a.recency) && near(s.T[i], a.T) &&
        s.x[i] === b.x && near(s.tx[i], b.t_x) && near(s.T[i], b.T) && near(s.monetary[i], b.zbar);
      if (!ok) mismatches.push(`${id}: ours ${s.x[i]} ${s.tx[i]} ${s.T[i]} ${s.monetary[i]}, published ${JSON.stringify(a)} ${JSON.stringify(b)}`);
    });
    expect(mismatches.slice(0, 10)).toEqual([]);
    expect(plain.size).toBe(2357);
    // The README's checked facts: 946 repeat customers, 2,457 repeat purchases in all.
    expect(s.x.filter((x) => x > 0).length).toBe(946);
    expect(s.x.reduce((a, b) => a + b, 0)).toBe(2457);
  });
});

describe.skipIf(!sample)('the holdout check on the CDNOW sample', () => {
  it('fits on the 39 calibration weeks and compares with the 39 holdout weeks by past repeat purchases', async () => {
    const t = await startEngine();
    await t.open(sample!);
    t.engine.prepare({ customer: 'sample_customer_id', date: 'date', amount: 'dollar_value' }, { today: '2026-11-23' });
    const s = t.engine.predictSummary('1997-09-30', 'weeks');
    // 1997-10-01 .. 1998-06-30.
    expect(s.holdoutLength).toBe(39);
    const fit = fitModels(s);
    const check = holdoutCheck(fit.bgnbd!.params, s)!;
    expect(check.groups.map((g) => g.x)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(check.total.customers).toBe(2357);
    // Counted apart with native DuckDB: 1,882 distinct customer-days after 1997-09-30 in cdnow_sample.csv;
    // the 1,411 customers without a calibration repeat made 334 of them.
    expect(check.total.actual).toBe(1882);
    expect(check.groups[0]).toMatchObject({ customers: 1411, actual: 334 });
    // The model's forecast for the holdout (1,653 purchases) is within 15 % of what happened.
    expect(Math.abs(check.total.predicted / check.total.actual - 1)).toBeLessThan(0.15);
  }, 60_000);
});
