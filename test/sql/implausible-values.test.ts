// Values that read but mean nothing: an id with control characters that displays like another
// id, and a "no date" placeholder such as 0001-01-01. Each is counted in the report and never
// becomes a customer of its own or an order 739,068 days old.
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/lib/rfm/settings';
import { HEALTH_MAX_PERIODS } from '../../src/lib/health/health';
import { presetSegmentation, startEngine, type TestEngine } from './helpers/engine';

let t: TestEngine;
beforeAll(async () => {
  t = await startEngine();
});

const MAPPING = { customer: 'customer', date: 'date', amount: 'amount' };

describe('control characters in customer ids', () => {
  // Row 3's id holds a NUL, row 5's a tab and row 6's a DEL (spreadsheet rows, header counted): they are C7, C8 and C9.
  const text = 'customer,date,amount\nC7,2024-01-05,10\nC7\0,2024-01-06,20\nC8,2024-01-07,30\nC8\t,2024-01-08,40\n\x7FC9,2024-01-09,50\n';

  it('are removed, so ids that display the same are one customer', () => {
    t.openText('control-ids.csv', text);
    const summary = t.engine.prepare(MAPPING, { today: '2026-11-23' });
    expect(summary).toMatchObject({ rows: 5, rowsUsed: 5, customers: 3, rowsIdControl: 3 });
    expect(summary.examples.id_control.map((e) => e.row)).toEqual([3, 5, 6]);
    expect(summary.examples.id_control[0].value).toBe('C7\0');
    const settings = defaultSettings(summary.defaultAsOf);
    expect(t.engine.score(settings, presetSegmentation(settings)).summary).toMatchObject({ customers: 3, revenue: 150 });
  });

  it('an id made only of control characters is no id', () => {
    t.openText('control-only.csv', 'customer,date,amount\n\0\0,2024-01-05,10\nC1,2024-01-06,20\n');
    expect(t.engine.prepare(MAPPING, { today: '2026-11-23' })).toMatchObject({ rows: 2, rowsUsed: 1, rowsNoCustomer: 1, customers: 1 });
  });
});

describe('dates before the earliest plausible date', () => {
  const text =
    'customer,date,amount\nA,2024-01-05,10\nA,0001-01-01,99\nB,2024-02-01,20\nB,1899-12-31,5\nC,1990-01-01,7\nC,2024-03-01,8\n';

  it('are counted as their own kind and left out: first dates, ages and cohorts are the real ones', () => {
    t.openText('placeholder-dates.csv', text);
    const summary = t.engine.prepare(MAPPING, { today: '2026-11-23' });
    expect(summary).toMatchObject({ rows: 6, rowsUsed: 4, rowsEarlyDate: 2, rowsBadDate: 0, firstDate: '1990-01-01', lastDate: '2024-03-01' });
    expect(summary.examples.early_date).toEqual([
      { row: 3, value: '0001-01-01' },
      { row: 5, value: '1899-12-31' },
    ]);
    const settings = defaultSettings(summary.defaultAsOf);
    expect(t.engine.score(settings, presetSegmentation(settings)).summary).toMatchObject({ customers: 3, revenue: 45 });
  });

  it('the earliest date is the user\'s to choose', () => {
    t.openText('placeholder-dates.csv', text);
    const summary = t.engine.prepare(MAPPING, { today: '2026-11-23', earliestDate: '2000-01-01' });
    expect(summary).toMatchObject({ rowsUsed: 3, rowsEarlyDate: 3, firstDate: '2024-01-05' });
    expect(summary.choices.earliestDate).toBe('2000-01-01');
  });

  it('rows not used name the reason', () => {
    t.openText('placeholder-dates.csv', text);
    t.engine.prepare(MAPPING, { today: '2026-11-23' });
    const reasons = { no_customer: 'n', bad_date: 'd', bad_amount: 'a', future_date: 'f', early_date: 'e', duplicate: 'u' };
    const lines = new TextDecoder().decode(t.engine.exportRejectedCsv(reasons)).trim().split('\n');
    expect(lines.slice(1)).toEqual(['3,e,A,0001-01-01,99', '5,e,B,1899-12-31,5']);
  });

  it('a file whose every date is before it is refused, saying so', () => {
    t.openText('all-early.csv', 'customer,date,amount\nA,0001-01-01,10\nB,1900-01-01,20\n');
    expect(() => t.engine.prepare(MAPPING, { today: '2026-11-23' })).toThrow(
      expect.objectContaining({ code: 'all_dates_early', details: expect.objectContaining({ file: 'all-early.csv', column: 'date', earliest: '1990-01-01' }) }),
    );
  });

  it('the weekly health series stays bounded whatever the span of the data', () => {
    t.openText('long-span.csv', 'customer,date,amount\nA,1990-01-01,10\nA,2024-01-05,10\n');
    t.engine.prepare(MAPPING, { today: '2026-11-23' });
    const weeks = t.engine.healthSeries('2024-01-06', 'week', 90);
    expect(weeks.length).toBeLessThanOrEqual(HEALTH_MAX_PERIODS.week);
    expect(weeks.at(-1)?.period).toBe('2024-01-01');
    expect(t.engine.healthSeries('2024-01-06', 'month', 90).length).toBeLessThanOrEqual(HEALTH_MAX_PERIODS.month);
  });
});

describe('day/month dates with a two-digit year', () => {
  it('are read as day/month dates, not as a year-3 date by DuckDB\'s cast (yy/mm/dd)', () => {
    t.openText('two-digit-years.csv', 'customer,date,amount\nA,03/19/24,10\nB,03/05/24,20\nC,03/06/24,30\nD,05-03-24,40\n');
    const summary = t.engine.prepare(MAPPING, { today: '2026-11-23' });
    expect(summary).toMatchObject({ rowsUsed: 4, rowsEarlyDate: 0, firstDate: '2024-03-05', lastDate: '2024-05-03' });
  });
});


describe('quantity x price beyond four decimal places', () => {
  const MAPPING_QP = { customer: 'customer', date: 'date', quantity: 'qty', price: 'price' };

  it('rounds each line to four places, halves away from zero, as the amount column would be read', () => {
    // 0.00015, 0.00015 and 0.00025: 0.0007 rounded half away from zero (0.00055 unrounded,
    // 0.0004 truncated, 0.0006 rounded half to even).
    t.openText('tiny-prices.csv', 'customer,date,qty,price\nA,2024-01-05,0.5,0.0003\nA,2024-01-06,1.5,0.0001\nB,2024-01-07,2.5,0.0001\n');
    const summary = t.engine.prepare(MAPPING_QP, { today: '2026-11-23' });
    expect(summary).toMatchObject({ rows: 3, rowsUsed: 3, rowsBadAmount: 0 });
    const settings = defaultSettings(summary.defaultAsOf);
    expect(t.engine.score(settings, presetSegmentation(settings)).summary.revenue).toBeCloseTo(0.0007, 10);
  });

  it('a line past 10^14 is an unreadable amount, counted, never a wrong one', () => {
    t.openText('huge-line.csv', 'customer,date,qty,price\nA,2024-01-05,10000000,10000000\nB,2024-01-06,9999999,10000000\n');
    const summary = t.engine.prepare(MAPPING_QP, { today: '2026-11-23' });
    expect(summary).toMatchObject({ rows: 2, rowsUsed: 1, rowsBadAmount: 1, customers: 1 });
    expect(summary.examples.bad_amount).toEqual([{ row: 2, value: '10000000 x 10000000' }]);
  });
});
