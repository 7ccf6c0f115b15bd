// Orders that are not purchases and the lines of a line-item export, as the rows-not-used
// download lists them: a continuation line is listed only for what its order has, never for the
// customer and date it leaves to the order's first line.

import { beforeAll, describe, expect, it } from 'vitest';
import { rejectedReasons } from '../../src/lib/import/report-items';
import { createTranslator } from '../../src/lib/i18n/translate';
import { startEngine, type TestEngine } from './helpers/engine';

let t: TestEngine;
beforeAll(async () => {
  t = await startEngine();
});

const rejected = () =>
  new TextDecoder()
    .decode(t.engine.exportRejectedCsv(rejectedReasons(createTranslator('en'))))
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(',').slice(0, 3).join(','));

describe('rows not used: order status and line items', () => {
  it('lists each line of an order that is not a purchase with its status, and no continuation line of a paid one', async () => {
    await t.open('import/platforms/shopify-orders.csv');
    t.engine.prepare({ customer: 'Email', date: 'Created at', amount: 'Total', order: 'Name', status: 'Financial Status' }, { today: '2026-11-23' });
    // Spreadsheet rows, header counted: #1003's lines are lines 5 and 6 of the file.
    expect(rejected()).toEqual([
      '5,order status is not a purchase: refunded,"#1003"',
      '6,order status is not a purchase: refunded,"#1003"',
      '9,order status is not a purchase: pending,"#1005"',
      '10,order status is not a purchase: voided,"#1006"',
    ]);
  });

  it('lists the orders of the statuses the user left out, and only those', async () => {
    await t.open('import/platforms/woocommerce-orders.csv');
    t.engine.prepare(
      { customer: 'Billing Email', date: 'Order Date', amount: 'Order Total', order: 'Order Number', status: 'Order Status' },
      { today: '2026-11-23', excludedStatuses: ['failed'] },
    );
    expect(rejected()).toEqual(['6,order status is not a purchase: failed,1005']);
  });

  it('lists a continuation line without a customer as such when its order has none either', () => {
    t.openText('lines.csv', 'order,customer,date,amount\nA,,2024-01-01,5\nA,,,3\nB,x,2024-01-02,4\nB,,,6\n');
    const summary = t.engine.prepare({ customer: 'customer', date: 'date', amount: 'amount', order: 'order' }, { today: '2026-11-23' });
    expect(summary.rowsNoCustomer).toBe(2);
    expect(summary.rowsFromOrder).toBe(1);
    expect(summary.orderAmount).toBe('lines');
    expect(rejected()).toEqual(['2,no customer id,A', '3,no customer id,A']);
  });
});
