// A dataset kept on the device is its orders as DuckDB wrote them (CSV, gzip) plus the facts
// saved beside them. Reading the copy back in a fresh engine must give the very same analysis:
// same customers, same scores, same money to the last digit.
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemoShop } from '../../src/lib/demo/demo-shop';
import type { ColumnMapping, DatasetInfo, ImportSummary, ScoringSettings } from '../../src/lib/engine/api';
import { defaultSettings } from '../../src/lib/rfm/settings';
import { gunzip, gzip } from '../../src/lib/storage/gzip';
import { presetSegmentation, startEngine, type TestEngine } from './helpers/engine';

const TODAY = '2026-11-23';
let original: TestEngine;
let fresh: TestEngine;
let dataset: DatasetInfo;
let summary: ImportSummary;
let compressed: Uint8Array<ArrayBuffer>;

const decoder = new TextDecoder();
const midpoint = (first: string, last: string) =>
  new Date((Date.parse(first) + Date.parse(last)) / 2).toISOString().slice(0, 10);
const orderTypes = (t: TestEngine) =>
  t.query<{ column_name: string; column_type: string }>('DESCRIBE orders').map((row) => `${row.column_name} ${row.column_type}`);

beforeAll(async () => {
  [original, fresh] = await Promise.all([startEngine(), startEngine()]);
  const demo = generateDemoShop({ seed: 7 });
  dataset = original.openText('demo-shop.csv', demo.csv);
  summary = original.engine.prepare(dataset.guess as ColumnMapping, { today: TODAY });
  compressed = await gzip(original.engine.exportOrdersCsv() as Uint8Array<ArrayBuffer>);
  fresh.engine.loadOrders(fresh.database.registerFileBuffer('stored.csv', await gunzip(new Blob([compressed]))), dataset, summary);
});

describe('a kept dataset', () => {
  it('is much smaller than the file it came from', () => {
    expect(compressed.length).toBeLessThan(dataset.sizeBytes / 3);
  });

  it('reads back with the same column types (money stays DECIMAL)', () => {
    expect(orderTypes(fresh)).toEqual(orderTypes(original));
    expect(orderTypes(fresh)).toContain('value DECIMAL(38,4)');
  });

  it('scores every customer exactly as the original analysis, for several settings', () => {
    const settings: ScoringSettings[] = [
      defaultSettings(summary.defaultAsOf),
      { ...defaultSettings(summary.defaultAsOf), method: 'ntile', bins: { r: 3, f: 4, m: 2 } },
      // An earlier as-of date: only part of the history counts.
      { ...defaultSettings(midpoint(summary.firstDate, summary.lastDate)), bins: { r: 5, f: 5, m: 5 } },
    ];
    for (const s of settings) {
      const segmentation = presetSegmentation(s);
      expect(fresh.engine.score(s, segmentation)).toEqual(original.engine.score(s, segmentation));
      const names = { champions: 'Champions' };
      const csv = (t: TestEngine) => decoder.decode(t.engine.exportScoresCsv(s, segmentation, names));
      expect(csv(fresh)).toBe(csv(original));
    }
  });

  it('keeps net revenue to the cent', () => {
    const s = defaultSettings(summary.defaultAsOf);
    const sum = (t: TestEngine) => t.query<{ s: string }>('SELECT sum(value)::VARCHAR AS s FROM orders')[0].s;
    expect(sum(fresh)).toBe(sum(original));
    expect(fresh.engine.score(s, presetSegmentation(s)).summary.revenue).toBe(original.engine.score(s, presetSegmentation(s)).summary.revenue);
  });

  it('has no file behind it: exporting its rows again says to open a file', () => {
    expect(() => fresh.engine.exportRejectedCsv({ no_customer: '', bad_date: '', bad_amount: '', future_date: '', early_date: '', duplicate: '' })).toThrow(
      /no_dataset/,
    );
  });

  it('refuses a damaged copy with a clear error and keeps the analysis it had', () => {
    const s = defaultSettings(summary.defaultAsOf);
    const before = fresh.engine.score(s, presetSegmentation(s));
    const broken = fresh.registerText('broken.csv', 'customer_id,order_date,value\nA,not a date,1\n');
    expect(() => fresh.engine.loadOrders(broken, dataset, summary)).toThrow(/kept_unreadable/);
    expect(fresh.engine.score(s, presetSegmentation(s))).toEqual(before);
  });
});
