// The analysis worker: owns DuckDB and exposes the typed EngineApi with Comlink.
// Started when the page loads, so the ~2 s engine start overlaps with the user picking a file.

import * as Comlink from 'comlink';
import { DuckDBDataProtocol } from 'duckdb-wasm-browser-blocking';
import type {
  ColumnMapping,
  DatasetInfo,
  EngineApi,
  ImportChoices,
  ImportOptions,
  ImportSummary,
  MovementOptions,
  ProgressCallback,
  ScoringSettings,
} from '../lib/engine/api';
import { installErrorTransfer } from '../lib/engine/comlink-errors';
import { EngineError, isOutOfMemory, reasonOf } from '../lib/engine/errors';
import { generateDemoShop } from '../lib/demo/demo-shop';
import { gunzip, gzip } from '../lib/storage/gzip';
import type { SegmentationInput } from '../lib/archetypes/segment';
import { createBrowserBindings, wasmMemoryBytes } from './duckdb-browser';
import { Db } from './db';
import { AnalysisEngine } from './engine';
import { openSource } from './open-source';
import { WatchedFile } from './read-progress';
import { parquetToIpcBrowser } from './parquet-browser';
import { transcodeFile } from './transcode-browser';
import { sqlCatalog } from './sql-catalog-vite';

installErrorTransfer();

const started = (async () => {
  const bindings = await createBrowserBindings();
  return { bindings, engine: new AnalysisEngine(new Db(bindings, sqlCatalog)) };
})();

async function engineReady() {
  try {
    return await started;
  } catch (error) {
    throw new EngineError('engine_failed', { reason: reasonOf(error) });
  }
}

const DEMO_FILE = 'demo-shop.csv';
const STORED_ORDERS_FILE = 'stored-orders.csv';

/** The file being worked on, for the "too large" message. */
let currentFile = '';

/** The dropped CSV DuckDB reads, watched for progress; null for the demo and for Parquet (read whole). */
let watched: WatchedFile | null = null;

/** The page's progress callback arrives as a Comlink proxy: releasing it after the call frees its message port. */
function release(onProgress: ProgressCallback | undefined): void {
  (onProgress as Partial<Comlink.ProxyMethods> | undefined)?.[Comlink.releaseProxy]?.();
}

/** Running out of memory becomes the app's "too large for this tab" error; the page then restarts this worker. */
async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isOutOfMemory(error)) throw new EngineError('too_large', { file: currentFile, reason: reasonOf(error) });
    throw error;
  }
}

const api: EngineApi = {
  async ready() {
    const { engine } = await engineReady();
    return { duckdbVersion: engine.duckdbVersion() };
  },

  async memory() {
    const { bindings } = await engineReady();
    return { wasmBytes: wasmMemoryBytes(bindings) };
  },

  async openFile(file: File, onProgress?: ProgressCallback, options?: ImportOptions) {
    const { bindings, engine } = await engineReady();
    currentFile = file.name;
    watched = null;
    const watchedFile = new WatchedFile(file);
    // The File handle (or its UTF-8 copy) is registered with DuckDB: FileReaderSync inside the
    // worker reads the parts it needs, nothing is copied whole.
    const registerWatched = (name: string, target: WatchedFile) => {
      watched = target;
      bindings.registerFileHandle(name, target, DuckDBDataProtocol.BROWSER_FILEREADER, true);
    };
    try {
      return await watchedFile.watch('reading', onProgress, () => guarded(() => openSource(
        engine,
        {
          fileName: file.name,
          sizeBytes: file.size,
          head: async (length) => new Uint8Array(await file.slice(0, length).arrayBuffer()),
          register: (name) => registerWatched(name, watchedFile),
          async registerTranscoded(name, encoding, progress) {
            const utf8 = await transcodeFile(file, encoding, (bytesRead, totalBytes) =>
              progress?.({ phase: 'reading', bytesRead, totalBytes, fraction: totalBytes > 0 ? bytesRead / totalBytes : undefined }),
            );
            registerWatched(name, new WatchedFile(utf8));
          },
          registerBytes: (name, bytes) => bindings.registerFileBuffer(name, bytes),
          readAll: async () => new Uint8Array(await file.arrayBuffer()),
        },
        parquetToIpcBrowser,
        options ?? {},
        onProgress,
      )));
    } finally {
      release(onProgress);
    }
  },

  async openDemo(seed: number) {
    const { bindings, engine } = await engineReady();
    currentFile = DEMO_FILE;
    watched = null;
    const demo = generateDemoShop({ seed });
    bindings.registerFileText(DEMO_FILE, demo.csv);
    return engine.openCsv(DEMO_FILE, { fileName: DEMO_FILE, sizeBytes: demo.csv.length, format: 'demo' });
  },

  async prepare(mapping: ColumnMapping, choices: ImportChoices, onProgress?: ProgressCallback) {
    const { engine } = await engineReady();
    const work = () => guarded(async () => engine.prepare(mapping, choices));
    try {
      if (watched) return await watched.watch('preparing', onProgress, work);
      onProgress?.({ phase: 'preparing' });
      return await work();
    } finally {
      release(onProgress);
    }
  },

  async exportSourceCsv() {
    const { engine } = await engineReady();
    const bytes = await guarded(async () => engine.exportSourceCsv());
    return Comlink.transfer(bytes, [bytes.buffer as ArrayBuffer]);
  },

  async exportRejectedCsv(reasons) {
    const { engine } = await engineReady();
    const bytes = await guarded(async () => engine.exportRejectedCsv(reasons));
    return Comlink.transfer(bytes, [bytes.buffer as ArrayBuffer]);
  },

  async score(settings: ScoringSettings, segmentation?: SegmentationInput) {
    const { engine } = await engineReady();
    return guarded(async () => engine.score(settings, segmentation));
  },

  async exportScoresCsv(settings: ScoringSettings, segmentNames: Record<string, string>, options?: { gzip?: boolean; segmentation?: SegmentationInput }) {
    const { engine } = await engineReady();
    const csv = await guarded(async () => engine.exportScoresCsv(settings, segmentNames, options?.segmentation));
    const bytes = options?.gzip ? await gzip(csv as Uint8Array<ArrayBuffer>) : csv;
    return Comlink.transfer(bytes, [bytes.buffer as ArrayBuffer]);
  },

  async segmentValue(settings: ScoringSettings, segmentation: SegmentationInput | undefined, churnDays: number) {
    const { engine } = await engineReady();
    return guarded(async () => engine.segmentValue(settings, segmentation, churnDays));
  },

  async healthSeries(asOf: string, period: 'month' | 'week', churnDays: number) {
    const { engine } = await engineReady();
    return guarded(async () => engine.healthSeries(asOf, period, churnDays));
  },

  async segmentMix(settings: ScoringSettings, segmentation: SegmentationInput | undefined, dates: string[]) {
    const { engine } = await engineReady();
    return guarded(async () => engine.segmentMix(settings, segmentation, dates));
  },

  async cohorts(asOf: string) {
    const { engine } = await engineReady();
    return guarded(async () => engine.cohorts(asOf));
  },

  async suggestChurnDays(asOf: string, share: number) {
    const { engine } = await engineReady();
    return guarded(async () => engine.suggestChurnDays(asOf, share));
  },

  async movement(settings: ScoringSettings, beforeAsOf: string, segmentation: SegmentationInput | undefined, options: MovementOptions) {
    const { engine } = await engineReady();
    return guarded(async () => engine.movement(settings, beforeAsOf, segmentation, options));
  },

  async movementCustomers(cell: { before: string | null; after: string }, limit: number) {
    const { engine } = await engineReady();
    return guarded(async () => engine.movementCustomers(cell, limit));
  },

  async exportMovementCsv(segmentNames: Record<string, string>, cell?: { before: string | null; after: string }) {
    const { engine } = await engineReady();
    const bytes = await guarded(async () => engine.exportMovementCsv(segmentNames, cell));
    return Comlink.transfer(bytes, [bytes.buffer as ArrayBuffer]);
  },

  async exportOrders() {
    const { engine } = await engineReady();
    const bytes = await gzip((await guarded(async () => engine.exportOrdersCsv())) as Uint8Array<ArrayBuffer>);
    return Comlink.transfer(bytes, [bytes.buffer]);
  },

  async loadOrders(compressed: Uint8Array, dataset: DatasetInfo, summary: ImportSummary) {
    const { bindings, engine } = await engineReady();
    currentFile = dataset.fileName;
    watched = null;
    const csv = await gunzip(new Blob([compressed as Uint8Array<ArrayBuffer>])).catch((error: unknown) => {
      throw new EngineError('kept_unreadable', { file: dataset.fileName, reason: reasonOf(error) });
    });
    bindings.registerFileBuffer(STORED_ORDERS_FILE, csv);
    try {
      await guarded(async () => engine.loadOrders(STORED_ORDERS_FILE, dataset, summary));
    } finally {
      bindings.dropFile(STORED_ORDERS_FILE);
    }
  },
};

Comlink.expose(api);
