// Parity of the two engines (issue 22): the same analysis on DuckDB-WASM and on native DuckDB
// (`npm run rfm -- --engine native`) must run the same statements with the same answers. One
// whole analysis of the demo shop (every stage the page and the command line have) is recorded
// statement by statement on each engine and compared; the first statement whose rows differ
// fails with its text. Then the files users get: score CSVs byte for byte on the import corpus,
// Online Retail and the R package sample (those two skip, saying so, without ../shared/data).
//
// Which suites run on both engines every time: this file, import-corpus.test.ts (the open and
// prepare stages, where DuckDB's CSV sniffer and casts could differ), parquet.test.ts
// (read_parquet natively, parquet-wasm in wasm); many-files.test.ts and native-engine.test.ts
// are native DuckDB's own. The other SQL suites run the statements of the recorded analysis below
// on other fixtures, and the CLI process suites start processes whose SQL is the same again, so
// they run on DuckDB-WASM only: the suite already takes 13 minutes on 2 cores. Any of them runs
// on native DuckDB with CVM_SQL_ENGINE=native (helpers/engine.ts).

import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ColumnMapping, ScoringSettings } from '../../src/lib/engine/api';
import { generateDemoShop } from '../../src/lib/demo/demo-shop';
import { defaultSettings } from '../../src/lib/rfm/settings';
import { englishArchetypeNames } from '../../src/cli/summary-text';
import { createNodeDatabase, engineOn, type EngineKind } from '../../src/cli/duckdb-node';
import { openFile } from '../../src/cli/open-file';
import type { AnalysisEngine } from '../../src/worker/engine/analysis-engine';
import type { NodeDatabase } from '../../src/worker/database';
import { ENGINES, FIXTURES, presetSegmentation, sharedFile, startEngineOn, type TestEngine } from './helpers/engine';
import { RecordingDatabase, type Recorded } from './helpers/recording-database';
import type { CorpusCase } from '../fixtures/import/manifest';

const TODAY = '2026-11-23';
const REJECTED = { no_customer: 'n', bad_date: 'd', bad_amount: 'a', future_date: 'f', early_date: 'e', duplicate: 'u' };

/** Every stage once, as the page calls them after opening the demo shop. */
function wholeAnalysis(engine: AnalysisEngine, database: NodeDatabase): void {
  const shop = generateDemoShop({ seed: 7 });
  const name = database.registerFileBuffer('demo-shop.csv', new TextEncoder().encode(shop.csv));
  const dataset = engine.openCsv(name, { fileName: 'demo-shop.csv', sizeBytes: shop.csv.length, format: 'demo' });
  const summary = engine.prepare(dataset.guess as ColumnMapping, { today: TODAY }, true);
  engine.exampleTexts();
  engine.exportSourceCsv();
  engine.exportRejectedCsv(REJECTED);
  for (const method of ['quantile', 'ntile'] as const) {
    const settings: ScoringSettings = { ...defaultSettings(summary.defaultAsOf), method };
    const segmentation = presetSegmentation(settings);
    const scored = engine.score(settings, segmentation);
    const names = englishArchetypeNames(settings);
    engine.exportScoresCsv(settings, segmentation, names);
    const segment = scored.segments[0].segment;
    engine.exportScoresCsv(settings, segmentation, names, segment);
    engine.segmentCustomers(settings, segmentation, { segment, sort: 'monetary', descending: true, search: '', offset: 0, limit: 50 });
    const churn = engine.suggestChurnDays(settings.asOf, 0.9);
    const churnDays = churn.days ?? 180;
    engine.segmentValue(settings, segmentation, churnDays);
    engine.healthSeries(settings.asOf, 'month', churnDays);
    engine.cohorts(settings.asOf);
    engine.segmentMix(settings, segmentation, ['2025-06-30', '2025-12-31', settings.asOf]);
    engine.movement(settings, '2026-04-30', segmentation, { holdCuts: method === 'quantile', churnDays });
    engine.exportMovementCsv(names);
    engine.planReach(settings, segmentation, { email: 'email', phone: 'phone', push: 'push_token', messenger: 'messenger_id' });
    engine.planTargets(settings, segmentation, { email: 'email', phone: 'phone' }, segment);
    engine.campaignPurchases('2026-09-01', '2026-10-31');
    engine.surveyResults(settings, segmentation, [
      { id: shop.customerFacts[0].id, nps: 9, satisfaction: 5, matters: ['price'], text: 'fine' },
      { id: 'nobody', nps: 3, satisfaction: 1, matters: [], text: null },
    ], { email: 'email', phone: 'phone' });
    engine.predictSummary('2026-04-30', 'weeks');
    engine.predict(settings, segmentation, { calibrationEnd: '2026-04-30', timeUnit: 'weeks', horizonDays: 365, discountMonthly: 0.01 });
  }
  engine.exportOrdersCsv();
}

async function record(kind: EngineKind, run: (engine: AnalysisEngine, database: NodeDatabase) => void): Promise<Recorded[]> {
  const database = new RecordingDatabase(await createNodeDatabase(kind));
  try {
    run(engineOn(database), database);
  } finally {
    database.close();
  }
  return database.recorded;
}

/** A difference as one short text: the statement's first lines and the first row that differs. */
interface Difference {
  index: number;
  statement: string;
  wasm: unknown;
  native: unknown;
}

/** Every statement whose answer differs: a whole-record toEqual would print thousands of rows. */
function differences(wasm: Recorded[], native: Recorded[]): Difference[] {
  const found: Difference[] = [];
  for (let i = 0; i < Math.max(wasm.length, native.length); i++) {
    const [w, n] = [wasm[i], native[i]];
    if (!w || !n || w.sql !== n.sql || JSON.stringify(w.params) !== JSON.stringify(n.params)) {
      found.push({ index: i, statement: (w ?? n).sql.slice(0, 300), wasm: w?.params, native: n?.params });
      break;
    }
    const difference = resultDifference(w, n.result);
    if (difference) found.push({ index: i, statement: w.sql.split('\n').filter((l) => !l.startsWith('--')).join(' ').slice(0, 300), ...difference });
  }
  return found;
}

const rowText = (rows: unknown[]) => rows.map((r) => JSON.stringify(r));

/**
 * Whether the statement orders its result: an ORDER BY outside any parentheses (a window's or an
 * aggregate's ORDER BY orders nothing returned), inside COPY's one for what a COPY writes.
 */
function asksForOrder(sql: string): boolean {
  let text = sql.replace(/--[^\n]*/g, ' ').trim();
  let depth = 0;
  if (/^COPY\s*\(/i.test(text)) {
    depth = -1;
    text = text.slice(text.indexOf('('));
  }
  let level = depth;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') level++;
    else if (c === ')') level--;
    else if (level === 0 && /^ORDER\s+BY\b/i.test(text.slice(i, i + 12))) return true;
  }
  return false;
}

/**
 * An error's text is DuckDB's and its version's (1.4 in wasm, 1.5 natively): only that both
 * failed is compared. Rows in another order are the same answer when the statement asks for no
 * order (the engine sorts where order matters; native DuckDB's threads return groups in any order).
 */
function resultDifference(w: Recorded, b: Recorded['result']): { wasm: unknown; native: unknown } | null {
  const a = w.result;
  if ('error' in a || 'error' in b) return 'error' in a && 'error' in b ? null : { wasm: a, native: b };
  if (JSON.stringify(a.columns) !== JSON.stringify(b.columns)) return { wasm: a.columns, native: b.columns };
  const [ra, rb] = [rowText(a.rows), rowText(b.rows)];
  if (ra.length !== rb.length) return { wasm: `${ra.length} rows`, native: `${rb.length} rows` };
  const i = ra.findIndex((r, k) => r !== rb[k]);
  if (i < 0) return null;
  if (!asksForOrder(w.sql) && JSON.stringify([...ra].sort()) === JSON.stringify([...rb].sort())) return null;
  return { wasm: ra[i], native: rb[i] };
}

describe('one whole analysis, statement by statement', () => {
  let wasm: Recorded[];
  let native: Recorded[];
  beforeAll(async () => {
    wasm = await record('wasm', wholeAnalysis);
    native = await record('native', wholeAnalysis);
  });

  it('runs the same statements with the same parameters, rows and columns on both engines', () => {
    expect(wasm.length).toBeGreaterThan(300);
    expect(differences(wasm, native)).toEqual([]);
  });
});

/** One engine of each kind for all the score files: each file opened replaces the one before, as on the page. */
const engines = new Map<EngineKind, TestEngine>();

async function scoresCsv(kind: EngineKind, file: string, c: Pick<CorpusCase, 'options' | 'mapping' | 'choices'> = {}, archetypes?: string): Promise<string> {
  const { engine, database } = engines.get(kind)!;
  const dataset = await openFile(engine, database, file, c.options ?? {});
  const summary = engine.prepare({ ...dataset.guess, ...c.mapping } as ColumnMapping, { ...c.choices, today: TODAY });
  const settings = { ...defaultSettings(summary.defaultAsOf), ...(archetypes ? { archetypes } : {}) };
  return new TextDecoder().decode(engine.exportScoresCsv(settings, presetSegmentation(settings), englishArchetypeNames(settings)));
}

const CORPUS = path.join(FIXTURES, 'import');
const corpus = readdirSync(CORPUS)
  .filter((dir) => existsSync(path.join(CORPUS, dir, 'manifest.json')))
  .flatMap((dir) => (JSON.parse(readFileSync(path.join(CORPUS, dir, 'manifest.json'), 'utf8')) as CorpusCase[]).filter((c) => !c.expect.error && !c.pending).map((c) => ({ dir, c })));

describe('score files byte for byte', () => {
  beforeAll(async () => {
    for (const kind of ENGINES) engines.set(kind, await startEngineOn(kind));
  });
  afterAll(() => engines.forEach((t) => t.database.close()));

  it.each(corpus.map(({ dir, c }) => [`${dir}/${c.file}: ${c.case}`, dir, c] as const))('import corpus %s', async (_, dir, c) => {
    const file = path.join(CORPUS, dir, c.file);
    const wasm = await scoresCsv('wasm', file, c);
    expect(wasm.split('\n').length).toBeGreaterThan(1);
    expect(await scoresCsv('native', file, c)).toBe(wasm);
  });

  it('the Parquet fixture: parquet-wasm in wasm, read_parquet natively', async () => {
    const file = path.join(FIXTURES, 'orders.parquet');
    expect(await scoresCsv('native', file)).toBe(await scoresCsv('wasm', file));
  });

  const retail = sharedFile('online-retail/online_retail.csv');
  it.skipIf(!retail)('Online Retail (541,909 rows)', async () => {
    const wasm = await scoresCsv('wasm', retail!);
    expect(wasm.split('\n').length).toBe(4_338 + 2);
    expect(await scoresCsv('native', retail!)).toBe(wasm);
  });

  const rPackage = sharedFile('rfm-r-package/rfm_data_orders.csv');
  it.skipIf(!rPackage)('the R package rfm sample, with its preset', async () => {
    const wasm = await scoresCsv('wasm', rPackage!, {}, 'rfm-package');
    expect(await scoresCsv('native', rPackage!, {}, 'rfm-package')).toBe(wasm);
  });
});
