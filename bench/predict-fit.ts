// How long the prediction fit takes (issue 17's performance note), in Node on this machine:
// BG/NBD + Gamma-Gamma on the published CDNOW summary (in weeks and in days), on the demo shop
// (days and weeks), on UCI Online Retail's summary built by
// the engine (calibration to its last order day), and on 100,000 customers simulated from the
// paper's parameters, then every customer's predictions over 365 days. Not a test: run
// `npx tsx bench/predict-fit.ts` and read the times. Shared data that is absent is skipped.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createNodeEngine } from '../src/cli/duckdb-node';
import { fileSource } from '../src/cli/file-source';
import { parquetToIpcNode } from '../src/cli/parquet-node';
import { openSource } from '../src/worker/engine/open-source';
import { fitModels } from '../src/lib/predict/fit';
import { predictAll } from '../src/lib/predict/predictions';
import type { ColumnMapping } from '../src/lib/engine/api';
import { generateDemoShop } from '../src/lib/demo/demo-shop';
import { simulateBgNbd } from '../test/unit/helpers/predict-simulate';

const SHARED = path.resolve(fileURLToPath(new URL('..', import.meta.url)), '../shared/data');

type Summary = Parameters<typeof fitModels>[0];

function time(label: string, summary: Summary, unitDays: number): void {
  const started = performance.now();
  const fit = fitModels(summary);
  const fitted = performance.now();
  if (fit.bgnbd && fit.gammaGamma) predictAll(fit.bgnbd.params, fit.gammaGamma.params, summary, { horizonDays: 365, discountMonthly: 0.01, unitDays });
  const predicted = performance.now();
  const params = fit.bgnbd ? Object.values(fit.bgnbd.params).map((v) => v.toPrecision(4)).join(' ') : '-';
  console.log(
    `${label}: ${summary.x.length} customers, ${fit.repeatCustomers} repeat; fit ${(fitted - started).toFixed(0)} ms ` +
      `(BG/NBD ${fit.bgnbd?.iterations ?? '-'} iterations, Gamma-Gamma ${fit.gammaGamma?.iterations ?? '-'}); ` +
      `predictions 365 days ${(predicted - fitted).toFixed(0)} ms; r α a b = ${params}; reasons: ${fit.reasons.map((r) => r.code).join(', ') || 'none'}`,
  );
}

const cdnow = path.join(SHARED, 'cdnow/cdnow_customers_summary_with_transactions.csv');
if (existsSync(cdnow)) {
  const rows = readFileSync(cdnow, 'utf8').trim().split(/\r?\n/).slice(1).map((l) => l.split(',').map(Number));
  const column = (k: number) => Float64Array.from(rows, (r) => r[k]);
  time('CDNOW summary (weeks)', { x: column(1), tx: column(2), T: column(3), monetary: column(4), historyDays: 272 }, 7);
  const inDays = (k: number) => column(k).map((t) => 7 * t);
  time('CDNOW summary (days)', { x: column(1), tx: inDays(2), T: inDays(3), monetary: column(4), historyDays: 272 }, 1);
} else console.log(`skipped CDNOW: ${cdnow} is absent`);

{
  // The demo shop (seed 42), calibrated to its last order day, in both units.
  const { engine, bindings } = await createNodeEngine();
  bindings.registerFileText('demo-shop.csv', generateDemoShop({ seed: 42 }).csv);
  const info = engine.openCsv('demo-shop.csv', { fileName: 'demo-shop.csv', sizeBytes: 0, format: 'csv' });
  engine.prepare(info.guess as ColumnMapping);
  const last = engine.predictSummary('2100-01-01', 'days').lastDay!;
  time('Demo shop (days)', engine.predictSummary(last, 'days'), 1);
  time('Demo shop (weeks)', engine.predictSummary(last, 'weeks'), 7);
}

const retail = path.join(SHARED, 'online-retail/online_retail.csv');
if (existsSync(retail)) {
  const { engine, database } = await createNodeEngine();
  const info = await openSource(engine, fileSource(retail, database), parquetToIpcNode);
  engine.prepare(info.guess as ColumnMapping);
  const started = performance.now();
  const probe = engine.predictSummary('2100-01-01', 'days');
  const summary = engine.predictSummary(probe.lastDay!, 'days');
  console.log(`Online Retail summary in DuckDB: ${(performance.now() - started).toFixed(0)} ms (two builds)`);
  time('Online Retail (days)', summary, 1);
  time('Online Retail (weeks)', engine.predictSummary(probe.lastDay!, 'weeks'), 7);
} else console.log(`skipped Online Retail: ${retail} is absent`);

const simulated = simulateBgNbd({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, 100_000, 17, 78);
time('100,000 simulated (weeks)', { ...simulated, historyDays: 546 }, 7);
time('100,000 simulated (days)', { ...simulated, tx: simulated.tx.map((t) => 7 * t), T: simulated.T.map((t) => 7 * t), historyDays: 546 }, 1);
