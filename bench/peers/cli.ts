// Benchmark path "CLI": what `npm run rfm` runs (src/cli: open-file.ts, the engine and the app's
// SQL files), timed per phase in a process of its own, on native DuckDB (`--engine native`) or
// DuckDB-WASM's Node build. The same calls as src/cli/rfm.ts in the same order, without the
// summary it prints: open (sniffer, preview, column profile), prepare (the import: every line
// parsed, the report counted, the orders), score, and the scores CSV written. The scores are
// those of the page's equal-size-groups download (NTILE, 5 bins), for bench/agree.ts. CLI:
//   node --import tsx bench/peers/cli.ts FILE --engine native|wasm [--threads N] [--memory-limit 8GB]
//       [--temp-dir DIR] --customer C --date D (--amount A | --quantity Q --price P) [--order O]
//       [--as-of YYYY-MM-DD] --out scores.csv
// prints one JSON line (CliResult) on stdout.

import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { ColumnMapping, ScoringSettings } from '../../src/lib/engine/api';
import { segmentationInput } from '../../src/lib/archetypes/segment';
import { localToday } from '../../src/lib/dates';
import { defaultSettings } from '../../src/lib/rfm/settings';
import { createNodeDatabase, defaultNativeSettings, engineOn, type EngineKind } from '../../src/cli/duckdb-node';
import { openFile } from '../../src/cli/open-file';
import { cliConfig, englishArchetypeNames } from '../../src/cli/summary-text';
import type { NativeSettings } from '../../src/cli/native/protocol';

export interface CliResult {
  engine: EngineKind;
  /** DuckDB opened (native: its worker thread started). */
  start_s: number;
  /** sniffer, preview and column profile: what the page does before its mapping screen. */
  open_s: number;
  /** the import: lines parsed, the report's counts and examples, the orders. */
  prepare_s: number;
  /** customers as of the date and their scores and segments. */
  score_s: number;
  /** the scores CSV built and written. */
  export_s: number;
  total_s: number;
  customers: number;
  asOf: string;
}

const seconds = (from: number) => (performance.now() - from) / 1000;

export async function runCli(file: string, mapping: ColumnMapping, kind: EngineKind, native: NativeSettings, outCsv: string, asOf?: string): Promise<CliResult> {
  const t0 = performance.now();
  const database = await createNodeDatabase(kind, native);
  try {
    const engine = engineOn(database);
    // The native engine opens DuckDB lazily on its first query: ask one so start-up is its own phase.
    database.query('SELECT 1', []);
    const start_s = seconds(t0);
    let t = performance.now();
    await openFile(engine, database, file);
    const open_s = seconds(t);
    t = performance.now();
    const imported = engine.prepare(mapping, { today: localToday() });
    const prepare_s = seconds(t);
    const settings: ScoringSettings = { ...defaultSettings(asOf ?? imported.defaultAsOf), method: 'ntile', bins: { r: 5, f: 5, m: 5 } };
    const segmentation = segmentationInput(cliConfig(settings));
    t = performance.now();
    const result = engine.score(settings, segmentation);
    const score_s = seconds(t);
    t = performance.now();
    writeFileSync(outCsv, engine.exportScoresCsv(settings, segmentation, englishArchetypeNames(settings)));
    const export_s = seconds(t);
    return { engine: kind, start_s, open_s, prepare_s, score_s, export_s, total_s: seconds(t0), customers: result.summary.customers, asOf: settings.asOf };
  } finally {
    database.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: Object.fromEntries(
      ['engine', 'threads', 'memory-limit', 'temp-dir', 'customer', 'date', 'amount', 'quantity', 'price', 'order', 'as-of', 'out'].map((k) => [k, { type: 'string' as const }]),
    ),
  });
  const kind = (values.engine ?? 'native') as EngineKind;
  const mapping: ColumnMapping = { customer: values.customer!, date: values.date!, amount: values.amount, quantity: values.quantity, price: values.price, order: values.order };
  const native: NativeSettings = {
    ...defaultNativeSettings(),
    threads: values.threads ? Number(values.threads) : null,
    memoryLimit: values['memory-limit'] ?? null,
    ...(values['temp-dir'] ? { tempDirectory: resolve(values['temp-dir']) } : {}),
  };
  if (positionals.length !== 1 || !values.out || !values.customer || !values.date) {
    console.error('usage: node --import tsx bench/peers/cli.ts FILE --engine native|wasm --customer C --date D (--amount A | --quantity Q --price P) --out scores.csv');
    process.exit(2);
  }
  runCli(positionals[0], mapping, kind, native, values.out, values['as-of']).then(
    (result) => console.log(JSON.stringify(result)),
    (e: unknown) => {
      console.error(`cli: ${e instanceof Error ? e.message : String(e)}`);
      process.exit(1);
    },
  );
}
