// Timestamps written with a UTC offset or a zone name, as shop platforms export them (Shopify
// "2024-03-05 14:22:10 +0300"). The order's date is the date written in the file: an order at
// 00:30 +03:00 stays on its day and one at 23:30 -05:00 on its own, never moved by a conversion
// to UTC. cli-time-zones.test.ts runs the command line under other TZ values for the same answer.
import { beforeAll, describe, expect, it } from 'vitest';
import { EngineError } from '../../src/lib/engine/errors';
import { startEngine, type TestEngine } from './helpers/engine';

let t: TestEngine;
beforeAll(async () => {
  t = await startEngine();
});

const MAPPING = { customer: 'customer', date: 'date', amount: 'amount' };
const TODAY = '2026-11-23';

/** The one order date the file's single row is read as; null when it is no date (a file with no date column is refused). */
function dateOf(written: string): string | null {
  try {
    t.openText('zone.csv', `customer,date,amount\nC1,"${written}",10\n`);
  } catch (error) {
    if (error instanceof EngineError && error.code === 'no_date_column') return null;
    throw error;
  }
  const summary = t.engine.prepare(MAPPING, { today: TODAY });
  return summary.rowsUsed === 1 ? summary.firstDate : null;
}

describe('a timestamp with an offset or a zone is read as the date written', () => {
  it.each([
    ['2024-03-05 14:22:10 +0300', '2024-03-05'],
    ['2024-03-05 00:30:00 +0300', '2024-03-05'],
    ['2024-03-05 00:30:00 +03:00', '2024-03-05'],
    ['2024-03-05 23:30:00 -05:00', '2024-03-05'],
    ['2024-03-05 23:30:00 -0500', '2024-03-05'],
    ['2024-03-05T00:30:00+03:00', '2024-03-05'],
    ['2024-03-05T23:30:00-05:00', '2024-03-05'],
    ['2024-03-05T00:30:10.000+03:00', '2024-03-05'],
    ['2024-03-05T23:30:10.123-05:00', '2024-03-05'],
    ['2024-03-05T23:30:00Z', '2024-03-05'],
    ['2024-03-05 23:30:00 Z', '2024-03-05'],
    ['2024-03-05 14:22:10 UTC', '2024-03-05'],
    ['2024-03-05 00:30:00 GMT+3', '2024-03-05'],
    ['2024-03-05 23:30:00 GMT-5', '2024-03-05'],
    ['2024-03-05 23:30 UTC-05:00', '2024-03-05'],
    ['Tue, 05 Mar 2024 00:30:00 +0300', '2024-03-05'],
    ['Tue, 05 Mar 2024 23:30:00 GMT', '2024-03-05'],
  ])('%s is %s', (written, expected) => {
    expect(dateOf(written)).toBe(expected);
  });

  it('a zone after text that is no time of day is no date', () => {
    expect(dateOf('2024-03-05 hello +0300')).toBeNull();
    expect(dateOf('2024-02-30 10:00 +0300')).toBeNull();
  });
});

describe('US dates with AM/PM', () => {
  it('take the day/month order from the whole column', () => {
    // 13/3 decides month first is impossible, so 5/3 is the fifth of March: day first.
    t.openText('ampm-day-first.csv', 'customer,date,amount\nA,"5/3/2024 2:22 PM",10\nB,"13/3/2024 12:05 AM",20\n');
    expect(t.engine.prepare(MAPPING, { today: TODAY })).toMatchObject({ rowsUsed: 2, firstDate: '2024-03-05', lastDate: '2024-03-13' });
    t.openText('ampm-month-first.csv', 'customer,date,amount\nA,"5/3/2024 2:22 PM",10\nB,"3/13/2024 11:59 PM",20\n');
    expect(t.engine.prepare(MAPPING, { today: TODAY })).toMatchObject({ rowsUsed: 2, firstDate: '2024-03-13', lastDate: '2024-05-03' });
  });
});

describe('a Shopify-style export', () => {
  it('opens with its Created at column guessed as the date', () => {
    const info = t.openText(
      'shopify-orders.csv',
      'Name,Email,Financial Status,Created at,Total\n' +
        '#1001,a@example.com,paid,2024-03-05 00:30:00 +0300,10.00\n' +
        '#1002,b@example.com,paid,2024-03-05 23:30:00 -0500,20.00\n' +
        '#1003,a@example.com,paid,2024-03-06 14:22:10 +0300,30.00\n',
    );
    expect(info.guess.date).toBe('Created at');
    const summary = t.engine.prepare({ customer: 'Email', date: 'Created at', amount: 'Total', order: 'Name' }, { today: TODAY });
    expect(summary).toMatchObject({ rowsUsed: 3, rowsBadDate: 0, customers: 2, firstDate: '2024-03-05', lastDate: '2024-03-06' });
  });
});
