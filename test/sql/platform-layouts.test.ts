// Each shop platform's export layout (test/fixtures/import/platforms/*-layout.csv, written from
// the platforms' documentation; see the README there) opens as that platform, with its mapping
// guessed, and analyses right with no mapping given: the customers, orders and revenue below
// were counted by hand from the files.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../src/lib/engine/api';
import { defaultSettings } from '../../src/lib/rfm/settings';
import { importSummaryLines } from '../../src/cli/summary-text';
import { FIXTURES, presetSegmentation, startEngine, type TestEngine } from './helpers/engine';

interface LayoutCase {
  file: string;
  platform: string;
  guess: Partial<ColumnMapping>;
  customers: number;
  orders: number;
  revenue: number;
  firstDate: string;
  lastDate: string;
  /** Why the engine cannot open this layout yet; the case is skipped until that is done. */
  pending?: string;
}

const DIR = path.join(FIXTURES, 'import/platforms');
const cases = JSON.parse(readFileSync(path.join(DIR, 'layouts.json'), 'utf8')) as LayoutCase[];

let t: TestEngine;
beforeAll(async () => {
  t = await startEngine();
});

describe('platform export layouts', () => {
  for (const c of cases.filter((c) => c.pending)) console.warn(`SKIPPED: ${c.file}: ${c.pending}`);
  it.each(cases.filter((c) => !c.pending))('$platform: recognised, guessed and analysed with no mapping given', async (c) => {
    const dataset = await t.open(path.join(DIR, c.file));
    expect(dataset.platform).toBe(c.platform);
    expect(dataset.guess).toStrictEqual(c.guess);
    const summary = t.engine.prepare(dataset.guess as ColumnMapping, { today: '2026-11-23' });
    expect({ customers: summary.customers, orders: summary.orders, firstDate: summary.firstDate, lastDate: summary.lastDate }).toStrictEqual({
      customers: c.customers,
      orders: c.orders,
      firstDate: c.firstDate,
      lastDate: c.lastDate,
    });
    const settings = defaultSettings(summary.defaultAsOf);
    expect(t.engine.score(settings, presetSegmentation(settings)).summary.revenue).toBeCloseTo(c.revenue, 6);
  });

  it('npm run rfm names the platform above the columns it used', async () => {
    const dataset = await t.open(path.join(DIR, 'woocommerce-layout.csv'));
    const imported = t.engine.prepare(dataset.guess as ColumnMapping, { today: '2026-11-23' });
    expect(importSummaryLines({ dataset, mapping: dataset.guess, imported }).slice(1, 3)).toStrictEqual([
      'Looks like a WooCommerce orders export: Customer id = “Email (Billing)”, Order id = “Order Number”, Order date = “Order Date”, Amount = “Order Total Amount”, Order status = “Order Status”.',
      'Columns: Customer id “Email (Billing)”, Order date “Order Date”, Amount “Order Total Amount”, Order id “Order Number”, Order status “Order Status”',
    ]);
  });
});
