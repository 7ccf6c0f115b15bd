// One prepare of UCI Online Retail with its invoice as the order column, timed and with the wasm
// process's peak memory: what the line-item fill (prepare/fill-order-lines.sql) costs on a real file of
// 540 k lines in 26 k invoices. Run: npx tsx bench/prepare-online-retail.ts [file] [runs]
// Measured 2026-12-01 on the 2-core build machine, back to back, medians of 3, twice: before the
// fill (0c138d8) 1.63 s and 1.64 s, peak RSS 467-493 MB; with it 1.83 s and 1.89 s, 488-498 MB.
// The cost is the per-order aggregate over every line with an order id; no line of this file
// changes (its lines without a customer are whole invoices without one).
import { createNodeEngine } from '../src/cli/duckdb-node';
import { fileSource } from '../src/cli/file-source';
import { parquetToIpcNode } from '../src/cli/parquet-node';
import { openSource } from '../src/worker/engine/open-source';

const file = process.argv[2] ?? '/work/shared/data/online-retail/online_retail.csv';
const runs = Number(process.argv[3] ?? 3);
const { engine, database } = await createNodeEngine();
const times: number[] = [];
let summary;
for (let run = 0; run < runs; run++) {
  await openSource(engine, fileSource(file, database), parquetToIpcNode, {});
  const start = performance.now();
  summary = engine.prepare(
    { customer: 'CustomerID', date: 'InvoiceDate', quantity: 'Quantity', price: 'UnitPrice', order: 'InvoiceNo' },
    { today: '2026-11-23' },
  );
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
console.log(
  JSON.stringify({
    medianMs: Math.round(times[Math.floor(times.length / 2)]),
    timesMs: times.map(Math.round),
    // The process's peak resident memory: the wasm heap only grows, so it holds the prepare's peak.
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    rowsUsed: summary?.rowsUsed,
    orders: summary?.orders,
    rowsFromOrder: (summary as { rowsFromOrder?: number } | undefined)?.rowsFromOrder,
    orderAmount: (summary as { orderAmount?: string } | undefined)?.orderAmount,
  }),
);
