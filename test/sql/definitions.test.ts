// Every definition of the foundation issue on a 14-row fixture computed by hand.
// Working for orders-basic.csv, default as-of 2024-04-01 (the day after the last order):
//   alice: orders A1 (100.10 + 50.00, 2024-01-10), A2 (20.00, 2024-03-01), R1 (-30.00 return)
//          -> frequency 2, monetary 140.10, last purchase 2024-03-01, recency 31
//   bob:   B1 80.00 and B2 20.00 on the same day -> frequency 2, monetary 100.00, recency 60
//   carol: C1 10.00 (03-30), C2 5.55 (03-31 18:45, time dropped) -> frequency 2, 15.55, recency 1
//   erin:  E1 bad date, E2 bad amount, E3 0.10, E4 0.20 -> frequency 2, monetary 0.30, recency 86
//   dave:  only a return -> not scored, listed as a customer without purchase
//   X1 has no customer id.
import { beforeAll, describe, expect, it } from 'vitest';
import { presetSegmentation, startEngine, type TestEngine } from './helpers/engine';
import { defaultSettings } from '../../src/lib/rfm/settings';
import type { ScoringSettings } from '../../src/lib/engine/api';

let t: TestEngine;
const mapping = { customer: 'customer', date: 'date', amount: 'amount', order: 'order_id' };

beforeAll(async () => {
  t = await startEngine();
  await t.open('orders-basic.csv');
});

function scoresCsv(settings: ScoringSettings): Record<string, Record<string, string>> {
  const text = new TextDecoder().decode(t.engine.exportScoresCsv(settings, presetSegmentation(settings), {}));
  const [header, ...lines] = text.trim().split('\n');
  const names = header.split(',');
  return Object.fromEntries(
    lines.map((line) => {
      const values = line.split(',');
      const row = Object.fromEntries(names.map((n, i) => [n, values[i]]));
      return [row.customer_id, row];
    }),
  );
}

const rfm = (rows: Record<string, Record<string, string>>, id: string) => `${rows[id].r}${rows[id].f}${rows[id].m}`;

describe('import summary', () => {
  it('counts every row once: used, no customer, bad date, bad amount', () => {
    const summary = t.engine.prepare(mapping);
    expect(summary).toMatchObject({
      rows: 14,
      rowsUsed: 11,
      rowsNoCustomer: 1,
      rowsBadDate: 1,
      rowsBadAmount: 1,
      orders: 10,
      customers: 5,
      firstDate: '2024-01-05',
      lastDate: '2024-03-31',
      defaultAsOf: '2024-04-01',
    });
    // Spreadsheet rows, header counted: line 12 of orders-basic.csv holds "not a date".
    expect(summary.examples.bad_date).toEqual([{ row: 12, value: 'not a date' }]);
    expect(summary.examples.bad_amount).toEqual([{ row: 13, value: 'abc' }]);
  });
});

describe('recency, frequency, monetary', () => {
  it('treats returns as net revenue but not as purchases, and same-day orders as separate purchases', () => {
    t.engine.prepare(mapping);
    const rows = scoresCsv(defaultSettings('2024-04-01'));
    expect(Object.keys(rows).sort()).toEqual(['alice', 'bob', 'carol', 'erin']);
    expect(rows.alice).toMatchObject({ recency_days: '31', frequency: '2', monetary: '140.10', last_purchase: '2024-03-01' });
    expect(rows.bob).toMatchObject({ recency_days: '60', frequency: '2', monetary: '100.00' });
    expect(rows.carol).toMatchObject({ recency_days: '1', frequency: '2', monetary: '15.55', last_purchase: '2024-03-31' });
    expect(rows.erin).toMatchObject({ recency_days: '86', frequency: '2', monetary: '0.30' });
  });

  it('lists customers without a purchase in the summary instead of scoring them', () => {
    const settings = defaultSettings('2024-04-01');
    const result = t.engine.score(settings, presetSegmentation(settings));
    expect(result.summary).toMatchObject({ customers: 4, purchases: 8, customersNoPurchase: 1, noPurchaseExamples: ['dave'] });
    expect(result.summary.revenue).toBe(255.95);
  });

  it('ignores orders on or after an earlier as-of date', () => {
    const rows = scoresCsv(defaultSettings('2024-03-01'));
    expect(Object.keys(rows).sort()).toEqual(['alice', 'bob', 'erin']);
    expect(rows.alice).toMatchObject({ recency_days: '51', frequency: '1', monetary: '150.10' });
  });

  it('counts one row as one order when no order column is mapped', () => {
    const summary = t.engine.prepare({ customer: 'customer', date: 'date', amount: 'amount' });
    expect(summary.orders).toBe(11);
    const rows = scoresCsv(defaultSettings('2024-04-01'));
    expect(rows.alice.frequency).toBe('3');
    t.engine.prepare(mapping);
  });
});

describe('quantile scores (rfm 0.3.0 rules)', () => {
  // n = 4, two bins: p = 0.5, index 2.5 -> q = (v2 + v3) / 2, break = q + 1.
  //   recency 1, 31, 60, 86 -> q 45.5, break 46.5 -> carol, alice score 2; bob, erin 1
  //   frequency all 2 -> q 2, break 3 -> every customer 1 (ties share a score)
  //   monetary 0.30, 15.55, 100, 140.10 -> q 57.775, break 58.775 -> erin, carol 1; bob, alice 2
  it('scores a 2x2x2 grid by hand-computed breaks', () => {
    const settings = { ...defaultSettings('2024-04-01'), bins: { r: 2, f: 2, m: 2 } };
    const result = t.engine.score(settings, presetSegmentation(settings));
    expect(result.cuts.r.cuts).toEqual([46.5]);
    expect(result.cuts.f.cuts).toEqual([3]);
    expect(result.cuts.m.cuts[0]).toBeCloseTo(58.775, 10);
    const rows = scoresCsv(settings);
    expect([rfm(rows, 'alice'), rfm(rows, 'bob'), rfm(rows, 'carol'), rfm(rows, 'erin')]).toEqual(['212', '112', '211', '111']);
  });

  // Five bins: probabilities 0.2, 0.4, 0.6000000000000001, 0.8 -> index 1.6, 2.2, 2.8, 3.4.
  //   recency breaks 20, 37.8, 55.2, 71.4 -> carol 5, alice 4, bob 2, erin 1
  //   monetary breaks 10.45, 33.44, 84.11, 117.04 -> erin 1, carol 2, bob 4, alice 5
  it('scores five bins with R-style interpolation', () => {
    const settings = defaultSettings('2024-04-01');
    const result = t.engine.score(settings, presetSegmentation(settings));
    result.cuts.r.cuts.forEach((c, i) => expect(c).toBeCloseTo([20, 37.8, 55.2, 71.4][i], 9));
    result.cuts.m.cuts.forEach((c, i) => expect(c).toBeCloseTo([10.45, 33.44, 84.11, 117.04][i], 9));
    const rows = scoresCsv(defaultSettings('2024-04-01'));
    expect([rfm(rows, 'alice'), rfm(rows, 'bob'), rfm(rows, 'carol'), rfm(rows, 'erin')]).toEqual(['415', '214', '512', '111']);
    expect(result.cuts.r.bands.map((b) => b.customers)).toEqual([1, 1, 0, 1, 1]);
  });

  it('changes bins per axis independently', () => {
    const settings = { ...defaultSettings('2024-04-01'), bins: { r: 3, f: 2, m: 4 } };
    const result = t.engine.score(settings, presetSegmentation(settings));
    expect(result.settings.bins).toEqual({ r: 3, f: 2, m: 4 });
    expect(result.cells.every((c) => c.r <= 3 && c.f <= 2 && c.m <= 4)).toBe(true);
    expect(result.cells.reduce((s, c) => s + c.customers, 0)).toBe(4);
  });
});

describe('equal-size groups (NTILE)', () => {
  // recency desc: erin, bob | alice, carol; frequency ties broken by id: alice, bob | carol, erin;
  // monetary asc: erin, carol | bob, alice.
  it('breaks ties by customer id so the same file always gives the same scores', () => {
    const settings: ScoringSettings = { ...defaultSettings('2024-04-01'), method: 'ntile', bins: { r: 2, f: 2, m: 2 } };
    const rows = scoresCsv(settings);
    expect([rfm(rows, 'alice'), rfm(rows, 'bob'), rfm(rows, 'carol'), rfm(rows, 'erin')]).toEqual(['212', '112', '221', '121']);
  });
});

describe('custom thresholds', () => {
  // As in rfm 0.3.0, a value equal to a threshold goes to the higher band (lower score for recency).
  it('uses the typed cut points as given', () => {
    const settings: ScoringSettings = {
      ...defaultSettings('2024-04-01'),
      method: 'custom',
      thresholds: { r: [30], f: [2], m: [100] },
    };
    const result = t.engine.score(settings, presetSegmentation(settings));
    expect(result.settings.bins).toEqual({ r: 2, f: 2, m: 2 });
    const rows = scoresCsv(settings);
    expect([rfm(rows, 'alice'), rfm(rows, 'bob'), rfm(rows, 'carol'), rfm(rows, 'erin')]).toEqual(['122', '122', '221', '121']);
  });

  it('refuses thresholds that are not ascending', () => {
    const settings: ScoringSettings = { ...defaultSettings('2024-04-01'), method: 'custom', thresholds: { r: [30, 10], f: [2], m: [100] } };
    expect(() => t.engine.score(settings, presetSegmentation(settings))).toThrow(expect.objectContaining({ code: 'thresholds_invalid', details: { axis: 'r', problem: 'not_ascending' } }));
  });
});

describe('one customer', () => {
  it('scores a single customer without dividing by zero', () => {
    t.openText('one.csv', 'customer,date,amount\nsolo,2024-05-01,10\nsolo,2024-05-03,5\n');
    t.engine.prepare({ customer: 'customer', date: 'date', amount: 'amount' });
    const settings = defaultSettings('2024-05-04');
    const result = t.engine.score(settings, presetSegmentation(settings));
    expect(result.summary.customers).toBe(1);
    expect(result.cells).toEqual([{ r: 5, f: 1, m: 1, customers: 1, purchases: 2, revenue: 15 }]);
  });
});

describe('CSV export', () => {
  it('starts with the contract columns and neutralises formula cells', () => {
    t.openText('evil.csv', 'customer,date,amount\n=HYPERLINK(1),2024-05-01,-5\n=HYPERLINK(1),2024-05-02,10\n+plus,2024-05-02,3\n');
    t.engine.prepare({ customer: 'customer', date: 'date', amount: 'amount' });
    const settings = defaultSettings('2024-05-03');
    const text = new TextDecoder().decode(t.engine.exportScoresCsv(settings, presetSegmentation(settings), { lost: 'Lost' }));
    const [header, ...lines] = text.trim().split('\n');
    expect(header.startsWith('customer_id,recency_days,frequency,monetary,r,f,m,cell,segment')).toBe(true);
    expect(lines.some((l) => l.startsWith("'+plus,"))).toBe(true);
    expect(lines.some((l) => l.startsWith("'=HYPERLINK(1),1,1,5.00,"))).toBe(true);
  });

  it('neutralises formula cells in the data as read and in the rows not used, but keeps negative numbers as numbers', () => {
    t.openText(
      'evil-rows.csv',
      'customer,date,amount,note\n-42,2024-05-01,-5.50,@SUM(A1)\n=cmd,not a date,10,-2+3\n\tx,2024-05-02,1,+1\n',
    );
    t.engine.prepare({ customer: 'customer', date: 'date', amount: 'amount' }, { today: '2026-11-23' });
    const asRead = new TextDecoder().decode(t.engine.exportSourceCsv()).trim().split('\n');
    expect(asRead).toEqual(['customer,date,amount,note', "-42,2024-05-01,-5.50,'@SUM(A1)", "'=cmd,not a date,10,'-2+3", "'\tx,2024-05-02,1,+1"]);
    const rejected = new TextDecoder()
      .decode(t.engine.exportRejectedCsv({ no_customer: 'n', bad_date: 'd', bad_amount: 'a', future_date: 'f', early_date: 'e', duplicate: 'u' }))
      .trim()
      .split('\n');
    expect(rejected).toEqual(['row,reason,customer,date,amount,note', "3,d,'=cmd,not a date,10,'-2+3"]);
  });
});
