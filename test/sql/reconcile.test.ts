// Numbers that reconcile with the books, on a small file worked out by hand:
//
//   row  customer  date        amount
//    2   A         2024-01-10   100.00   purchase
//    3   A         2024-02-10   -20.00   return, used
//    4   B         2024-01-15    50.00   purchase
//    5   C         2024-02-01   -30.00   return, used: C has no purchase, so is not scored
//    6   C         2024-02-20    -5.00   return, used
//    7             2024-02-21   -40.00   return with no customer: left out, lowers nothing
//    8   D         not a date   -15.00   return with no readable date: left out
//    9   E         2024-02-25    70.00   purchase
//
// Rows used: 6, of which returns: 3 (rows 3, 5, 6); the two returns left out are not counted.
// Scored customers A, B, E: net revenue 100 - 20 + 50 + 70 = 200.00. Customer C is not scored;
// its returns are -35.00, so every order before the as-of date comes to 165.00.
import { beforeAll, describe, expect, it } from 'vitest';
import { headlineRevenue } from '../../src/lib/value/headline';
import { defaultSettings } from '../../src/lib/rfm/settings';
import { presetSegmentation, startEngine, type TestEngine } from './helpers/engine';

const FILE = [
  'customer,date,amount',
  'A,2024-01-10,100.00',
  'A,2024-02-10,-20.00',
  'B,2024-01-15,50.00',
  'C,2024-02-01,-30.00',
  'C,2024-02-20,-5.00',
  ',2024-02-21,-40.00',
  'D,not a date,-15.00',
  'E,2024-02-25,70.00',
  '',
].join('\n');

let t: TestEngine;
beforeAll(async () => {
  t = await startEngine();
});

describe('numbers that reconcile', () => {
  it('counts the returns among the rows used only, with their spreadsheet rows', () => {
    t.openText('returns.csv', FILE);
    const summary = t.engine.prepare({ customer: 'customer', date: 'date', amount: 'amount' }, { today: '2026-11-23' });
    expect(summary).toMatchObject({ rows: 8, rowsUsed: 6, rowsNoCustomer: 1, rowsBadDate: 1, rowsReturns: 3 });
    expect(summary.examples.return.map((e) => e.row)).toEqual([3, 5, 6]);
    expect(summary.examples.no_customer).toEqual([{ row: 7, value: null }]);
  });

  it('gives the headline net revenue of the scored customers and the total with the unscored customers’ returns', () => {
    const settings = defaultSettings('2024-03-01');
    const { summary } = t.engine.score(settings, presetSegmentation(settings));
    expect(summary).toMatchObject({ customers: 3, purchases: 3, revenue: 200, customersNoPurchase: 1, noPurchaseRevenue: -35, noPurchaseExamples: ['C'] });
    expect(headlineRevenue(summary)).toEqual({ scored: 200, unscoredCustomers: 1, unscored: -35, all: 165 });
  });
});
