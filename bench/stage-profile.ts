// npx tsx bench/stage-profile.ts [file]: wall clock of each statement of the open, prepare and
// score stages in the Node build (the same duckdb-wasm engine and SQL as the page), on Online
// Retail by default. Finds where the "rfm" phase's time goes; BENCHMARKS.md quotes its output.

import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createNodeEngine } from '../src/cli/duckdb-node';
import { fileSource } from '../src/cli/file-source';
import { parquetToIpcNode } from '../src/cli/parquet-node';
import { cliConfig } from '../src/cli/summary-text';
import { segmentationInput } from '../src/lib/archetypes/segment';
import type { ColumnMapping } from '../src/lib/engine/api';
import { defaultSettings } from '../src/lib/rfm/settings';
import { Db } from '../src/worker/db';
import { openSource } from '../src/worker/engine/open-source';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const file = process.argv[2] ?? path.resolve(ROOT, '../shared/data/online-retail/online_retail.csv');
const mapping: ColumnMapping = { customer: 'CustomerID', date: 'InvoiceDate', quantity: 'Quantity', price: 'UnitPrice', order: 'InvoiceNo' };

// Each statement's time, by its catalog name (a filled template keeps its template's name).
const times = new Map<string, { ms: number; calls: number }>();
const names = new Map<string, string>();
type Sql = { kind: string; name?: string; text?: string };
const proto = Db.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
const table = proto.table;
const fill = proto.fill;
proto.fill = function (this: Db, template: unknown, values: unknown) {
  const filled = fill.call(this, template, values) as Sql;
  names.set(filled.text ?? '', (template as Sql).name ?? '?');
  return filled;
};
proto.table = function (this: Db, sql: unknown, params: unknown) {
  const s = sql as Sql;
  const name = s.kind === 'filled' ? (names.get(s.text ?? '') ?? 'filled') : (s.name ?? '?');
  const start = performance.now();
  try {
    return table.call(this, sql, params);
  } finally {
    const entry = times.get(name) ?? { ms: 0, calls: 0 };
    entry.ms += performance.now() - start;
    entry.calls++;
    times.set(name, entry);
  }
};

function report(title: string, total: number) {
  console.log(`\n## ${title}: ${total.toFixed(0)} ms`);
  const sorted = [...times.entries()].sort((a, b) => b[1].ms - a[1].ms);
  for (const [name, { ms, calls }] of sorted) if (ms >= 1) console.log(`${ms.toFixed(0).padStart(6)} ms  ${String(calls).padStart(3)}x  ${name}`);
  const counted = sorted.reduce((sum, [, t]) => sum + t.ms, 0);
  console.log(`${(total - counted).toFixed(0).padStart(6)} ms        outside SQL`);
  times.clear();
}

const { engine, database } = await createNodeEngine();
for (let round = 0; round < Number(process.env.ROUNDS ?? 2); round++) {
  console.log(`\n# round ${round + 1}${round === 0 ? ' (warm-up)' : ''}`);
  let start = performance.now();
  await openSource(engine, fileSource(file, database), parquetToIpcNode, {});
  report('open', performance.now() - start);
  start = performance.now();
  // In the page's order: the report's example texts are read after the segments (engine.worker.ts).
  const imported = engine.prepare(mapping, { today: '2026-12-02' }, true);
  report('prepare', performance.now() - start);
  const settings = defaultSettings(imported.defaultAsOf);
  start = performance.now();
  engine.score(settings, segmentationInput(cliConfig(settings)));
  report('score', performance.now() - start);
  start = performance.now();
  engine.exampleTexts();
  report('the report\'s example texts (after the segments are drawn)', performance.now() - start);
  const rebinned = { ...settings, bins: { r: 4, f: 4, m: 4 } };
  start = performance.now();
  engine.score(rebinned, segmentationInput(cliConfig(rebinned)));
  report('re-score, bins 4', performance.now() - start);
  const earlier = { ...settings, asOf: '2011-06-30' };
  start = performance.now();
  engine.score(earlier, segmentationInput(cliConfig(earlier)));
  report('re-score, as-of 2011-06-30', performance.now() - start);
}
