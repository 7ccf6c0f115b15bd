import { expect } from 'vitest';
import { defaultSettings } from '../../../src/lib/rfm/settings';
import { presetSegmentation, type TestEngine } from './engine';

/** orders-basic.csv without its two unparseable rows (orders.parquet, or its rows split into files), prepared and scored: the hand-computed figures. */
export function expectHandComputed(t: TestEngine): void {
  const summary = t.engine.prepare({ customer: 'customer', date: 'order_time', amount: 'amount', order: 'order_id' });
  expect(summary).toMatchObject({ rows: 12, rowsUsed: 11, rowsNoCustomer: 1, orders: 10, lastDate: '2024-03-31', defaultAsOf: '2024-04-01' });
  const settings = defaultSettings('2024-04-01');
  const result = t.engine.score(settings, presetSegmentation(settings));
  expect(result.summary).toMatchObject({ customers: 4, purchases: 8, revenue: 255.95, customersNoPurchase: 1 });
}
