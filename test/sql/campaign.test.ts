// A campaign's response window on the engine the page uses: what each customer bought from the
// day the lists went out to the chosen day, in whole minor units. test/fixtures/campaign/orders.csv,
// every figure worked out by hand in the fixture's README entry. And a list of responders read
// as a small table of text, as the Campaigns tab reads it.
import { beforeAll, describe, expect, it } from 'vitest';
import { startEngine, type TestEngine } from './helpers/engine';

let t: TestEngine;
beforeAll(async () => {
  t = await startEngine();
  await t.open('campaign/orders.csv');
  t.engine.prepare({ customer: 'customer', date: 'date', amount: 'amount' }, { today: '2026-11-23' });
});

describe('campaign purchases in a response window', () => {
  it('sums each customer’s net revenue in cents and counts purchases, both ends of the window in', () => {
    expect(t.engine.campaignPurchases('2024-02-05', '2024-02-29')).toEqual([
      { id: 'C1', revenueCents: 1975, orders: 2 },
      { id: 'C2', revenueCents: 10, orders: 1 },
      { id: 'C4', revenueCents: 1499, orders: 1 },
      { id: 'C5', revenueCents: -800, orders: 0 },
      { id: 'C6', revenueCents: 3334, orders: 1 },
    ]);
  });

  it('gives whole numbers of cents, and nothing for a window without orders', () => {
    for (const p of t.engine.campaignPurchases('2024-01-01', '2024-12-31')) expect(Number.isInteger(p.revenueCents)).toBe(true);
    expect(t.engine.campaignPurchases('2025-01-01', '2025-01-31')).toEqual([]);
  });

  it('moves with the window: one day shorter at each end leaves C1’s first day and C2 out', () => {
    expect(t.engine.campaignPurchases('2024-02-06', '2024-02-28').map((p) => p.id)).toEqual(['C1', 'C4', 'C5', 'C6']);
  });
});

describe('a list of responders read as a table', () => {
  it('reads a plain list with one value a line, phones with spaces and brackets kept whole', () => {
    const registered = t.registerText('responders.txt', 'C01\nc04@shop.test\n8 (900) 000-00-21\n+7 900 000 01 06\n');
    expect(t.engine.readTableFile(registered, 'responders.txt')).toEqual({
      headers: ['C01'],
      rows: [['c04@shop.test'], ['8 (900) 000-00-21'], ['+7 900 000 01 06']],
    });
  });

  it('reads a CSV with several columns as text, ids with leading zeros as written', () => {
    const registered = t.registerText('responders.csv', 'date,client,amount\n2026-11-02,007,12.50\n2026-11-03,C02,\n');
    expect(t.engine.readTableFile(registered, 'responders.csv')).toEqual({
      headers: ['date', 'client', 'amount'],
      rows: [['2026-11-02', '007', '12.50'], ['2026-11-03', 'C02', null]],
    });
  });
});
