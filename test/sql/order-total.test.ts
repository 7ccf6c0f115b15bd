// Whether an amount column holds order totals (counted once per order) or line amounts (summed),
// decided from the orders of more than one line (prepare/order-fill-facts.sql). Figures by hand.
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/lib/rfm/settings';
import { presetSegmentation, startEngine, type TestEngine } from './helpers/engine';

const MAPPING = { customer: 'customer', date: 'date', amount: 'amount', order: 'order' };
const TODAY = { today: '2025-01-01' };
let t: TestEngine;
beforeAll(async () => {
  t = await startEngine();
});

const file = (rows: string[]) => ['order,customer,date,item,amount', ...rows].join('\n') + '\n';

describe('order totals and line amounts', () => {
  it('the same amount on every line of an order whose lines differ is its total, counted once', () => {
    t.openText('totals.csv', file(['A1,ann,2024-01-02,cup,30.00', 'A1,ann,2024-01-02,plate,30.00', 'A1,ann,2024-01-02,bowl,30.00', 'B1,bob,2024-01-03,cup,12.50']));
    const summary = t.engine.prepare(MAPPING, TODAY);
    expect(summary.orderAmount).toBe('total');
    expect(summary.orders).toBe(2);
    const settings = defaultSettings(summary.defaultAsOf);
    expect(t.engine.score(settings, presetSegmentation(settings)).summary.revenue).toBeCloseTo(42.5, 6);
  });

  it('identical lines are no evidence of a total: two of the same line are two line amounts', () => {
    t.openText('twice.csv', file(['A1,ann,2024-01-02,cup,30.00', 'A1,ann,2024-01-02,cup,30.00', 'B1,bob,2024-01-03,cup,12.50']));
    const summary = t.engine.prepare(MAPPING, TODAY);
    expect(summary.orderAmount).toBe('lines');
  });

  it('different amounts within an order are line amounts, summed', () => {
    t.openText('lines.csv', file(['A1,ann,2024-01-02,cup,30.00', 'A1,ann,2024-01-02,plate,10.00', 'B1,bob,2024-01-03,cup,12.50']));
    expect(t.engine.prepare(MAPPING, TODAY).orderAmount).toBe('lines');
  });
});
