// The statuses the mapping screen offers once a status column is chosen: read from the file before
// any analysis, one entry per status however it is spelt, the most frequent first.

import { beforeAll, describe, expect, it } from 'vitest';
import { startEngine, type TestEngine } from './helpers/engine';

let t: TestEngine;
beforeAll(async () => {
  t = await startEngine();
});

describe('the statuses of a chosen status column', () => {
  it('lists the WooCommerce export’s statuses with their rows, “completed” and “Completed” as one', async () => {
    await t.open('import/platforms/woocommerce-orders.csv');
    // Rows 1001, 1006 (completed) and 1008 (Completed); one row each for the others, by name.
    expect(t.engine.statusValues('Order Status', 30)).toEqual({
      values: [
        { status: 'completed', rows: 3 },
        { status: 'cancelled', rows: 1 },
        { status: 'failed', rows: 1 },
        { status: 'on-hold', rows: 1 },
        { status: 'processing', rows: 1 },
        { status: 'refunded', rows: 1 },
      ],
      total: 6,
    });
  });

  it('returns at most the number asked for, and says how many there are in all', async () => {
    await t.open('import/platforms/woocommerce-orders.csv');
    const { values, total } = t.engine.statusValues('Order Status', 2);
    expect(values.map((v) => v.status)).toEqual(['completed', 'cancelled']);
    expect(total).toBe(6);
  });

  it('leaves out empty statuses and reads a column name with quotes in it', () => {
    t.openText('quoted.csv', 'customer,date,amount,"St""atus"\nA,2024-01-01,5,paid\nB,2024-01-02,4,\nC,2024-01-03,3,  \nD,2024-01-04,2,Paid \n');
    expect(t.engine.statusValues('St"atus', 30)).toEqual({ values: [{ status: 'paid', rows: 2 }], total: 1 });
  });

  it('refuses a column the file does not have', async () => {
    await t.open('import/platforms/woocommerce-orders.csv');
    expect(() => t.engine.statusValues('Order Status"; DROP TABLE x; --', 30)).toThrow(/unknown column/);
  });
});
