// The default method with the rfm-package preset must reproduce the R package rfm 0.3.0 on its own
// sample data, segment names included.
// Expected values: the package's vignette (inst/doc/rfm-introduction.html at cran/rfm@89e8be1,
// release 0.3.0) and R 4.2.2's quantile(); see docs/rfm-r-package-notes.md.
import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../../src/cli/duckdb-node';
import { fileSource } from '../../src/cli/file-source';
import { parquetToIpcNode } from '../../src/cli/parquet-node';
import { openSource } from '../../src/worker/engine/open-source';
import type { AnalysisEngine } from '../../src/worker/engine/analysis-engine';
import { defaultSettings } from '../../src/lib/rfm/settings';
import { englishArchetypeNames } from '../../src/cli/summary-text';
import { presetSegmentation, sharedFile } from './helpers/engine';

const file = sharedFile('rfm-r-package/rfm_data_orders.csv');
const settings = { ...defaultSettings('2006-12-31'), archetypes: 'rfm-package' };
const segmentation = presetSegmentation(settings);

describe.skipIf(!file)('rfm package sample (995 customers, as of 2006-12-31, 5 bins)', () => {
  let engine: AnalysisEngine;
  let rows: Map<string, Record<string, string>>;

  beforeAll(async () => {
    const started = await createNodeEngine();
    engine = started.engine;
    const info = await openSource(engine, fileSource(file!, started.database), parquetToIpcNode);
    engine.prepare({ customer: info.guess.customer!, date: info.guess.date!, amount: info.guess.amount! });
    // The English names the command line writes, as `npm run rfm -- --archetypes rfm-package --out`.
    const csv = new TextDecoder().decode(engine.exportScoresCsv(settings, segmentation, englishArchetypeNames(settings)));
    // Customer and segment names contain apostrophes but no commas, so a plain split is exact here.
    const [header, ...lines] = csv.trim().split('\n');
    const names = header.split(',');
    rows = new Map(lines.map((l) => {
      const v = l.split(',');
      return [v[0], Object.fromEntries(names.map((n, i) => [n, v[i]]))];
    }));
  });

  it('computes the package breaks: quantiles + 1', () => {
    const result = engine.score(settings, segmentation);
    expect(result.cuts.r.cuts).toEqual([115, 181, 297.4000000000001, 482]);
    expect(result.cuts.f.cuts).toEqual([4, 5, 6, 8]);
    expect(result.cuts.m.cuts).toEqual([255.8, 382, 506.4000000000001, 666]);
    expect(result.cuts.r.bands.map((b) => b.customers)).toEqual([197, 200, 199, 199, 200]);
    expect(result.cuts.f.bands.map((b) => b.customers)).toEqual([268, 187, 176, 244, 120]);
    expect(result.cuts.m.bands.map((b) => b.customers)).toEqual([200, 200, 198, 202, 195]);
    expect(result.summary).toMatchObject({ customers: 995, purchases: 4906, revenue: 464158 });
  });

  it('gives the scores printed in the package vignette', () => {
    const published: [string, number, number, number, string][] = [
      ["Abbey O'Reilly", 205, 6, 472, '343'],
      ['Add Senger', 140, 3, 340, '412'],
      ['Aden Lesch', 194, 4, 405, '323'],
      ['Aden Murphy', 98, 7, 596, '544'],
      ['Admiral Senger', 132, 5, 448, '433'],
      ["Agness O'Keefe", 90, 9, 843, '555'],
      ['Aileen Barton', 84, 9, 763, '555'],
      ['Ailene Hermann', 281, 8, 699, '355'],
      ['Aiyanna Bruen', 246, 4, 157, '321'],
      ['Akeelah Walsh', 160, 7, 779, '445'],
    ];
    for (const [id, recency, frequency, amount, cell] of published) {
      const row = rows.get(id)!;
      expect([row.recency_days, row.frequency, Number(row.monetary), row.cell], id).toEqual([String(recency), String(frequency), amount, cell]);
    }
  });

  it('gives the vignette segment summary under the README rules, by the package\'s segment names', () => {
    const summary = new Map<string, { customers: number; orders: number; revenue: number }>();
    for (const row of rows.values()) {
      const s = summary.get(row.segment) ?? { customers: 0, orders: 0, revenue: 0 };
      s.customers += 1;
      s.orders += Number(row.frequency);
      s.revenue += Number(row.monetary);
      summary.set(row.segment, s);
    }
    // rfm_segment_summary() as printed in the vignette (docs/rfm-r-package-notes.md, section 5).
    expect(Object.fromEntries(summary)).toEqual({
      'About To Sleep': { customers: 102, orders: 283, revenue: 23449 },
      'At Risk': { customers: 28, orders: 216, revenue: 22227 },
      "Can't Lose Them": { customers: 47, orders: 274, revenue: 32446 },
      Champions: { customers: 35, orders: 316, revenue: 31646 },
      Lost: { customers: 148, orders: 393, revenue: 35324 },
      'Loyal Customers': { customers: 170, orders: 799, revenue: 76562 },
      'Need Attention': { customers: 10, orders: 57, revenue: 4562 },
      'New Customers': { customers: 104, orders: 329, revenue: 28837 },
      'Potential Loyalist': { customers: 342, orders: 2211, revenue: 204856 },
      Promising: { customers: 9, orders: 28, revenue: 4249 },
    });
  });
});
