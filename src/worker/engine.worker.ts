// The analysis worker: owns DuckDB and exposes the typed EngineApi with Comlink.
// Started when the page loads, so the ~2 s engine start overlaps with the user picking a file.

import * as Comlink from 'comlink';
import type { EngineApi, ProgressCallback } from '../lib/engine/api';
import type { PredictResult } from '../lib/predict/request';
import { installErrorTransfer } from './comlink-errors';
import { contentHashOf } from '../lib/engine/content-hash';
import { EngineError, isOutOfMemory, reasonOf } from '../lib/engine/errors';
import { startFailureOf } from '../lib/engine/start-failure';
import { generateDemoShop, type DemoShop } from '../lib/demo/demo-shop';
import { demoSurvey } from '../lib/demo/demo-survey';
import { demoCampaign } from '../lib/demo/demo-campaign';
import { gunzip, gzip } from '../lib/storage/gzip';
import { droppedFile, freeUnusedCopies } from './browser-source';
import { createBrowserBindings, wasmMemoryBytes } from './duckdb-browser';
import { Db } from './db';
import { WasmDatabase } from './wasm-database';
import { AnalysisEngine } from './engine/analysis-engine';
import { hashSource, openSource } from './engine/open-source';
import type { WatchedFile } from './read-progress';
import { parquetToIpcBrowser } from './parquet-browser';
import { sqlCatalog } from './sql-catalog-vite';
import { holdLifeLock } from './liveness';
import { guardedStart } from './start-guard';

installErrorTransfer();
holdLifeLock();

const started = guardedStart(async () => {
  const bindings = await createBrowserBindings();
  return { bindings, engine: new AnalysisEngine(new Db(new WasmDatabase(bindings), sqlCatalog)) };
});
// A failed start is reported by every call (engineReady), not as an uncaught rejection.
started.catch(() => undefined);

type Started = Awaited<typeof started>;

async function engineReady(): Promise<Started> {
  try {
    return await started;
  } catch (error) {
    const reason = reasonOf(error);
    throw new EngineError(startFailureOf(reason), { reason });
  }
}

const DEMO_FILE = 'demo-shop.csv';
const KEPT_ORDERS_FILE = 'kept-orders.csv';
/** Our own name for a survey export while it is read. */
const SURVEY_FILE = 'survey-export.csv';
const TABLE_FILE = 'small-table.csv';

/**
 * The content hash of the file opened last, worked out in the background: it reads the whole file
 * and only keeping needs it, so it must not delay the results (about 0.3 s on a 45 MB file). It
 * runs while the worker waits for the user on the mapping screen, or between the analysis' calls.
 */
let openedHash: Promise<string | null> = Promise.resolve(null);
const hashInBackground = (hashing: Promise<string> | null) => {
  openedHash = hashing ? hashing.catch(() => null) : Promise.resolve(null);
};

/** The file being worked on, for the "too large" message. */
let currentFile = '';

/** The demo shop generated last: its survey is drawn from the same customers without generating it again. */
let demoShop: { seed: number; shop: DemoShop } | null = null;
function demoShopOf(seed: number): DemoShop {
  if (demoShop?.seed !== seed) demoShop = { seed, shop: generateDemoShop({ seed }) };
  return demoShop.shop;
}

/** The dropped CSV DuckDB reads, watched for progress; null for the demo, a kept dataset and files read whole (Parquet, Excel, JSON). */
let watched: WatchedFile | null = null;

/** Another file is worked on; nothing is watched until DuckDB registers a dropped file. */
function workOn(fileName: string): void {
  currentFile = fileName;
  watched = null;
}

/** The page's progress callback arrives as a Comlink proxy: releasing it after the call frees its message port. */
function release(onProgress: ProgressCallback | undefined): void {
  (onProgress as Partial<Comlink.ProxyMethods> | undefined)?.[Comlink.releaseProxy]?.();
}

/**
 * Every API call: waits for the engine, turns running out of memory into the app's "too large for
 * this tab" error (the page then restarts this worker), hands bytes over instead of copying them,
 * and releases the page's progress callback when done.
 */
async function call<T>(work: (started: Started) => T | Promise<T>, onProgress?: ProgressCallback): Promise<T> {
  try {
    const ready = await engineReady();
    let result: T;
    try {
      result = await work(ready);
    } catch (error) {
      if (isOutOfMemory(error)) throw new EngineError('too_large', { file: currentFile, reason: reasonOf(error) });
      throw error;
    } finally {
      // A dropped file's copy in memory goes as soon as no dataset reads it (another file analysed, the demo, a kept dataset).
      freeUnusedCopies(ready.bindings, ready.engine.filesInUse());
    }
    return result instanceof Uint8Array ? Comlink.transfer(result, [result.buffer as ArrayBuffer]) : result;
  } finally {
    release(onProgress);
  }
}

/** The distinct buffers of a prediction's columns, for transfer. */
function predictBuffers(result: PredictResult): ArrayBuffer[] {
  const columns = [result.x, result.tx, result.T, result.monetary, ...(result.predictions ? Object.values(result.predictions) : [])] as ArrayBufferView[];
  return [...new Set(columns.map((c) => c.buffer as ArrayBuffer))];
}

const api: EngineApi = {
  ready: () => call(({ engine }) => ({ duckdbVersion: engine.duckdbVersion() })),

  memory: () => call(({ bindings }) => ({ wasmBytes: wasmMemoryBytes(bindings) })),

  openFile: (file, onProgress, options) =>
    call(async ({ bindings, engine }) => {
      workOn(file.name);
      const dropped = droppedFile(file, bindings, (readByDuckDb) => {
        watched = readByDuckDb;
      });
      const dataset = await dropped.watched.watch('reading', onProgress, () =>
        openSource(engine, dropped.source, parquetToIpcBrowser, options ?? {}, onProgress),
      );
      // Hashed once the file is known to be a table of orders: a refused file costs no extra read.
      hashInBackground(hashSource(dropped.source));
      return dataset;
    }, onProgress),

  contentHash: () => openedHash,

  openDemo: (seed) =>
    call(async ({ bindings, engine }) => {
      workOn(DEMO_FILE);
      const demo = demoShopOf(seed);
      bindings.registerFileText(DEMO_FILE, demo.csv);
      const dataset = engine.openCsv(DEMO_FILE, { fileName: DEMO_FILE, sizeBytes: demo.csv.length, format: 'demo' });
      // Kept like a file: the shop of another seed is another dataset.
      hashInBackground(contentHashOf(new TextEncoder().encode(demo.csv)));
      return dataset;
    }),

  statusValues: (column, limit) => call(({ engine }) => engine.statusValues(column, limit)),

  prepare: (mapping, choices, onProgress) =>
    call(({ engine }) => {
      // The segments first: the report's example texts are a second pass over the file, read after them.
      const work = async () => engine.prepare(mapping, choices, true);
      if (watched) return watched.watch('preparing', onProgress, work);
      onProgress?.({ phase: 'preparing' });
      return work();
    }, onProgress),

  exampleTexts: () => call(({ engine }) => engine.exampleTexts()),

  exportSourceCsv: () => call(({ engine }) => engine.exportSourceCsv()),

  exportRejectedCsv: (reasons) => call(({ engine }) => engine.exportRejectedCsv(reasons)),

  score: (settings, segmentation) => call(({ engine }) => engine.score(settings, segmentation)),

  exportScoresCsv: (settings, segmentation, segmentNames, options) =>
    call(({ engine }) => {
      const csv = engine.exportScoresCsv(settings, segmentation, segmentNames, options?.segment);
      return options?.gzip ? gzip(csv as Uint8Array<ArrayBuffer>) : csv;
    }),

  segmentCustomers: (settings, segmentation, request) => call(({ engine }) => engine.segmentCustomers(settings, segmentation, request)),

  segmentValue: (settings, segmentation, churnDays) => call(({ engine }) => engine.segmentValue(settings, segmentation, churnDays)),

  healthSeries: (asOf, period, churnDays) => call(({ engine }) => engine.healthSeries(asOf, period, churnDays)),

  segmentMix: (settings, segmentation, dates) => call(({ engine }) => engine.segmentMix(settings, segmentation, dates)),

  cohorts: (asOf) => call(({ engine }) => engine.cohorts(asOf)),

  suggestChurnDays: (asOf, share) => call(({ engine }) => engine.suggestChurnDays(asOf, share)),

  movement: (settings, beforeAsOf, segmentation, options) => call(({ engine }) => engine.movement(settings, beforeAsOf, segmentation, options)),

  movementCustomers: (cell, limit) => call(({ engine }) => engine.movementCustomers(cell, limit)),

  exportMovementCsv: (segmentNames, cell) => call(({ engine }) => engine.exportMovementCsv(segmentNames, cell)),

  exportOrders: () => call(({ engine }) => gzip(engine.exportOrdersCsv() as Uint8Array<ArrayBuffer>)),

  loadOrders: (compressed, dataset, summary) =>
    call(async ({ bindings, engine }) => {
      workOn(dataset.fileName);
      const csv = await gunzip(new Blob([compressed as Uint8Array<ArrayBuffer>])).catch((error: unknown) => {
        throw new EngineError('kept_unreadable', { file: dataset.fileName, reason: reasonOf(error) });
      });
      bindings.registerFileBuffer(KEPT_ORDERS_FILE, csv);
      // A kept dataset carries its own hash (none if kept before hashes were recorded), never the last file's.
      hashInBackground(null);
      try {
        engine.loadOrders(KEPT_ORDERS_FILE, dataset, summary);
      } finally {
        bindings.dropFile(KEPT_ORDERS_FILE);
      }
    }),

  // A survey export is small (a form tool's answers): read whole, registered for one statement.
  readSurveyFile: (file) =>
    call(async ({ bindings, engine }) => {
      bindings.registerFileBuffer(SURVEY_FILE, new Uint8Array(await file.arrayBuffer()));
      try {
        return engine.readSurveyFile(SURVEY_FILE, file.name);
      } finally {
        bindings.dropFile(SURVEY_FILE);
      }
    }),

  // A list of responders is as small, and read the same way.
  readTableFile: (file) =>
    call(async ({ bindings, engine }) => {
      bindings.registerFileBuffer(TABLE_FILE, new Uint8Array(await file.arrayBuffer()));
      try {
        return engine.readTableFile(TABLE_FILE, file.name);
      } finally {
        bindings.dropFile(TABLE_FILE);
      }
    }),

  surveyResults: (settings, segmentation, answers, contacts) => call(({ engine }) => engine.surveyResults(settings, segmentation, answers, contacts)),

  planReach: (settings, segmentation, contacts) => call(({ engine }) => engine.planReach(settings, segmentation, contacts)),
  planTargets: (settings, segmentation, contacts, segment) => call(({ engine }) => engine.planTargets(settings, segmentation, contacts, segment)),
  campaignPurchases: (from, until) => call(({ engine }) => engine.campaignPurchases(from, until)),

  predictSummary: (calibrationEnd, timeUnit) => call(({ engine }) => engine.predictSummary(calibrationEnd, timeUnit)),

  // The fit runs synchronously, so each progress call is posted to the page as it happens; the
  // typed columns are handed over, not copied (a large shop's result is tens of megabytes).
  predict: (settings, segmentation, request, onProgress) =>
    call(({ engine }) => {
      const result = engine.predict(settings, segmentation, request, onProgress);
      return Comlink.transfer(result, predictBuffers(result));
    }, onProgress as ProgressCallback | undefined),

  demoSurvey: (seed, text, locale) => call(() => demoSurvey(demoShopOf(seed), seed, text, locale)),

  demoCampaign: (seed, text) => call(() => demoCampaign(demoShopOf(seed), text)),
};

Comlink.expose(api);
