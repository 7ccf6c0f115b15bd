// The user's path through the app as one state machine: import -> map columns -> results.
// Every engine call goes through here; a newer request makes older answers stale, so a slow
// score never overwrites a faster, later one.

import type {
  ChurnSuggestion,
  CohortCell,
  HealthPoint,
  SegmentMixPoint,
  MovementResult,
  SegmentValue,
  ColumnMapping,
  DatasetInfo,
  EngineApi,
  ImportChoices,
  ImportOptions,
  ImportSummary,
  RowIssue,
  ProgressCallback,
  ProgressEvent,
  ScoreResult,
  ScoringSettings,
} from '../lib/engine/api';
import { toErrorData, type EngineErrorData } from '../lib/engine/errors';
import { detectFileKind } from '../lib/engine/file-kind';
import { defaultImportChoices } from '../lib/import/format-decision';
import { localToday } from '../lib/dates';
import { bytesPerRowOfHead } from '../lib/import/progress';
import { checkSize, deviceMemoryOf, type SizeCheck } from '../lib/import/size-check';
import { defaultSettings, effectiveBins } from '../lib/rfm/settings';
import type { ArchetypeConfig } from '../lib/archetypes/config';
import { segmentationInput } from '../lib/archetypes/segment';
import { archetypeConfigs } from '../features/archetypes/configs.svelte';
import { CHURN_QUANTILE, churnDaysFrom } from '../lib/value/churn';
import { gunzip } from '../lib/storage/gzip';
import { listDatasets, loadDataset, loadSnapshot, loadSnapshotCustomers, saveDataset, saveSnapshot, updateDataset } from '../lib/storage/library';
import { newId } from '../lib/ids';
import { recallMapping, rememberMapping } from '../lib/storage/preferences';
import { canonicalJson } from '../lib/storage/restore-plan';
import type { KeptDataset, Snapshot } from '../lib/storage/schema';
import { Comlink, type EngineHandle } from './engine-client';
import { library, storageErrorData } from '../features/library/library.svelte';
import { preferences } from './preferences.svelte';

export type Step = 'import' | 'mapping' | 'results' | 'editor';
export type EngineStatus = 'starting' | 'ready' | 'failed';
export type Busy = null | 'opening' | 'preparing' | 'scoring' | 'exporting' | 'restoring' | 'loading' | 'saving' | 'valuing';

/** The segment value table at one as-of date. */
export interface ValueReport {
  asOf: string;
  churnDays: number;
  suggestion: ChurnSuggestion;
  values: SegmentValue[];
}
/** Keeping the analysed dataset on the device: under way, done, failed (the banner says why), or too large to try. */
export type Keeping = 'idle' | 'saving' | 'kept' | 'failed' | 'too-large';

/**
 * Orders above which a dataset is not kept: its copy is written in the engine's memory (about
 * 35 bytes an order, three transient copies), and a tab already holding tens of millions of
 * rows could run out of memory after its results are on screen.
 */
export const KEEP_MAX_ORDERS = 3_000_000;

/** What the engine has reported of the file it is reading; the view turns it into an estimate. */
export interface ReadProgress {
  phase: 'reading' | 'preparing';
  fileName: string;
  bytesRead: number;
  totalBytes: number;
  /** Since the engine started this phase (its first report). */
  elapsedMs: number;
  /** Of the file's head, for the rows estimate; null when unknown (Parquet, demo). */
  bytesPerRow: number | null;
}

/** Where a dataset came from, kept so a fresh engine can read it again (after a cancel). */
export type SourceRef = { kind: 'file'; file: File; bytesPerRow: number | null } | { kind: 'demo' } | { kind: 'kept'; id: string };

/** A file the size check expects to be too large: the user decides whether to read it. */
export interface SizeWarning {
  file: File;
  source: SourceRef;
  check: SizeCheck;
}

/** Enough to rebuild the results on screen in a fresh engine. */
interface Analysis {
  source: SourceRef;
  dataset: DatasetInfo;
  mapping: ColumnMapping;
  choices: ImportSummary['choices'];
}

export type SessionEvent =
  | { type: 'open-file'; file: File }
  | { type: 'open-demo' }
  | { type: 'set-mapping'; mapping: Partial<ColumnMapping> }
  /** How rows are read into orders (date order, decimal separator, duplicates, id variants). */
  | { type: 'set-choices'; choices: Partial<ImportChoices> }
  /** Read the open file again with another encoding, delimiter or sheet. */
  | { type: 'reopen'; options: ImportOptions }
  | { type: 'analyse' }
  | { type: 'change-settings'; settings: Partial<ScoringSettings> }
  | { type: 'back'; to: Step }
  | { type: 'dismiss-error' }
  /** Read the file the size warning is about anyway. */
  | { type: 'confirm-large' }
  /** Drops the size warning, or stops reading or preparing a file. */
  | { type: 'cancel' }
  /** A dataset kept on the device, analysed again without its file. */
  | { type: 'open-kept'; id: string; settings?: ScoringSettings }
  /** A saved snapshot: its results, without the engine. */
  | { type: 'open-snapshot'; id: string }
  /** The snapshot on screen, analysed again from its dataset with the same settings. */
  | { type: 'reanalyse-snapshot' }
  /** An archetype configuration was edited: segment again if it is the one in use. */
  | { type: 'config-changed'; id: string };

/** The segmentation the engine needs for these settings: the configuration they name, on their grid. */
function segmentationFor(settings: ScoringSettings) {
  return segmentationInput(archetypeConfigs.resolve(settings.archetypes, effectiveBins(settings)));
}

/** Bytes sampled from a chosen file's start for the size check and the rows estimate. */
const HEAD_SAMPLE_BYTES = 64 * 1024;

export const DEMO_SEED = 42;

/** Performance marks the benchmark reads (issue 3): the app sets them, the bench only observes. */
const mark = (name: string, detail?: unknown) => performance.mark(`cvm:${name}`, { detail });

export class Session {
  engineStatus = $state<EngineStatus>('starting');
  duckdbVersion = $state<string | null>(null);
  step = $state<Step>('import');
  busy = $state<Busy>(null);
  error = $state.raw<EngineErrorData | null>(null);

  /** The file being mapped; may differ from `analysed` while the user looks at a new file. */
  dataset = $state.raw<DatasetInfo | null>(null);
  /** The file the current results come from. */
  analysed = $state.raw<DatasetInfo | null>(null);
  mapping = $state<Partial<ColumnMapping>>({});
  summary = $state.raw<ImportSummary | null>(null);
  settings = $state.raw<ScoringSettings | null>(null);
  result = $state.raw<ScoreResult | null>(null);
  progress = $state.raw<ReadProgress | null>(null);
  /** Choices for the next analysis of `dataset`; each new file starts from the defaults. */
  choices = $state.raw<ImportChoices>(defaultImportChoices());
  /** Reading overrides `dataset` was opened with. */
  readOptions = $state.raw<ImportOptions>({});
  sizeWarning = $state.raw<SizeWarning | null>(null);
  /** The kept dataset the results on screen come from (null for a file not kept, or a snapshot). */
  keptId = $state<string | null>(null);
  keeping = $state<Keeping>('idle');
  /** The snapshot on screen; its results need no engine, and its settings cannot change. */
  snapshot = $state.raw<Snapshot | null>(null);

  /** Source of `dataset`, and what the results on screen were built from. */
  private opened: SourceRef | null = null;
  private analysis: Analysis | null = null;
  private progressToken = 0;

  private handle: EngineHandle;
  private readonly startEngine: () => EngineHandle;
  private requestId = 0;
  /** Counts the user's moves between steps: results arriving later do not pull the user back. */
  private navigations = 0;

  constructor(startEngine: () => EngineHandle) {
    this.startEngine = startEngine;
    this.handle = startEngine();
    this.watchEngine();
  }

  /** The engine holds the analysed file's rows (not a kept copy, not a snapshot): changing columns and row downloads need them. */
  get rowsAvailable(): boolean {
    return !this.snapshot && !!this.analysis && this.analysis.source.kind !== 'kept';
  }

  private get engine(): Comlink.Remote<EngineApi> {
    return this.handle.api;
  }

  private watchEngine(): void {
    mark('engine-start');
    this.engineStatus = 'starting';
    this.engine.ready().then(
      (info) => {
        mark('engine-ready');
        this.duckdbVersion = info.duckdbVersion;
        this.engineStatus = 'ready';
      },
      (error) => {
        this.engineStatus = 'failed';
        this.error = toErrorData(error);
      },
    );
  }

  send(event: SessionEvent): void {
    switch (event.type) {
      case 'open-file':
        void this.chooseFile(event.file);
        return;
      case 'open-demo':
        this.sizeWarning = null;
        void this.open({ kind: 'demo' }, () => this.engine.openDemo(DEMO_SEED), true);
        return;
      case 'confirm-large': {
        const warning = this.sizeWarning;
        this.sizeWarning = null;
        if (warning) this.openFile(warning.file, warning.source);
        return;
      }
      case 'cancel':
        this.cancel();
        return;
      case 'set-mapping':
        this.mapping = { ...this.mapping, ...event.mapping };
        return;
      case 'set-choices':
        this.choices = { ...this.choices, ...event.choices };
        return;
      case 'reopen':
        if (this.opened?.kind === 'file') this.openFile(this.opened.file, this.opened, event.options, true);
        return;
      case 'analyse':
        void this.analyse();
        return;
      case 'change-settings':
        mark('settings-changed');
        // A snapshot is a record of one analysis; "analyse again" makes it changeable.
        if (this.snapshot) return;
        // While a fresh engine rebuilds the results, the change waits: the rebuild scores with it.
        if (this.settings && this.busy === 'restoring') this.settings = { ...this.settings, ...event.settings };
        else if (this.settings) void this.rescore({ ...this.settings, ...event.settings });
        return;
      case 'back':
        this.navigations++;
        this.step = event.to;
        this.error = null;
        this.sizeWarning = null;
        return;
      case 'dismiss-error':
        this.error = null;
        return;
      case 'open-kept':
        this.sizeWarning = null;
        void this.openKept(event.id, event.settings);
        return;
      case 'open-snapshot':
        void this.openSnapshot(event.id);
        return;
      case 'reanalyse-snapshot':
        if (this.snapshot) void this.openKept(this.snapshot.datasetId, this.snapshot.settings);
        return;
      case 'config-changed':
        mark('config-changed');
        if (!this.snapshot && this.settings?.archetypes === event.id && this.busy !== 'restoring') void this.rescore(this.settings);
        return;
    }
  }

  /** The user's churn threshold in days; null: suggested from the data. Shared by value, movement and health. */
  churnOverride = $state<number | null>(null);

  /** Churn suggestions of the analysed orders by as-of date: the panels share one engine query per date. */
  private suggestions: { summary: ImportSummary | null; byAsOf: Map<string, Promise<ChurnSuggestion>> } = { summary: null, byAsOf: new Map() };

  private churnSuggestion(asOf: string): Promise<ChurnSuggestion> {
    if (this.suggestions.summary !== this.summary) this.suggestions = { summary: this.summary, byAsOf: new Map() };
    const { byAsOf } = this.suggestions;
    let suggestion = byAsOf.get(asOf);
    if (!suggestion) {
      suggestion = this.engine.suggestChurnDays(asOf, CHURN_QUANTILE);
      byAsOf.set(asOf, suggestion);
      suggestion.catch(() => byAsOf.delete(asOf));
    }
    return suggestion;
  }

  /** The churn threshold in use at `asOf`: the user's, or the one suggested from the data. */
  private async churnDays(asOf: string): Promise<number> {
    return this.churnOverride ?? churnDaysFrom(await this.churnSuggestion(asOf));
  }

  /** The shop's health by period, and the churn threshold it used. */
  async health(period: 'month' | 'week'): Promise<{ points: HealthPoint[]; churnDays: number } | null> {
    const settings = this.settings;
    if (!settings || this.snapshot) return null;
    return this.query(async () => {
      const churnDays = await this.churnDays(settings.asOf);
      return { points: await this.engine.healthSeries(settings.asOf, period, churnDays), churnDays };
    });
  }

  /** The segment mix at each date, with the segmentation on screen. */
  async segmentMix(dates: string[]): Promise<SegmentMixPoint[] | null> {
    const settings = this.settings;
    if (!settings || this.snapshot) return null;
    const segmentation = segmentationFor(settings);
    return this.query(() => this.engine.segmentMix(settings, segmentation, dates));
  }

  async cohorts(): Promise<CohortCell[] | null> {
    const settings = this.settings;
    if (!settings || this.snapshot) return null;
    return this.query(() => this.engine.cohorts(settings.asOf));
  }

  /** What each segment is worth at the as-of date on screen, and the churn threshold used. */
  async segmentValue(): Promise<ValueReport | null> {
    const settings = this.settings;
    if (!settings || this.snapshot) return null;
    const segmentation = segmentationFor(settings);
    return this.query(async () => {
      const suggestion = await this.churnSuggestion(settings.asOf);
      const days = this.churnOverride ?? churnDaysFrom(suggestion);
      const values = await this.engine.segmentValue(settings, segmentation, days);
      return { asOf: settings.asOf, churnDays: days, suggestion, values };
    });
  }

  /** Who moved between segments from `beforeAsOf` to the as-of date on screen. */
  async movement(beforeAsOf: string, holdCuts: boolean): Promise<MovementResult | null> {
    const settings = this.settings;
    if (!settings || this.snapshot) return null;
    const segmentation = segmentationFor(settings);
    return this.query(async () => {
      const days = await this.churnDays(settings.asOf);
      return this.engine.movement(settings, beforeAsOf, segmentation, { holdCuts, churnDays: days });
    });
  }

  /** Up to `limit` customers of one cell of the last movement. */
  async movementCustomers(cell: { before: string | null; after: string }, limit: number): Promise<string[] | null> {
    return this.query(() => this.engine.movementCustomers(cell, limit));
  }

  /**
   * A read-only question about the results on screen (value, health, cohorts, movement). Panels
   * ask side by side, so unlike run() one does not make another's answer stale; each panel keeps
   * only its own latest answer.
   */
  private async query<T>(request: () => Promise<T>): Promise<T | null> {
    try {
      return await request();
    } catch (error) {
      this.error = toErrorData(error);
      return null;
    }
  }

  async exportMovementCsv(segmentNames: Record<string, string>, cell?: { before: string | null; after: string }): Promise<Uint8Array | null> {
    return this.run('exporting', () => this.engine.exportMovementCsv(segmentNames, cell));
  }

  /** The archetype configuration of the results on screen (a snapshot keeps its own). */
  get config(): ArchetypeConfig | null {
    if (this.snapshot?.config) return this.snapshot.config;
    const settings = this.result?.settings ?? this.settings;
    return settings ? archetypeConfigs.resolve(settings.archetypes, effectiveBins(settings)) : null;
  }

  /** Saves the results on screen, with every scored customer, as a snapshot; true when saved. */
  async saveSnapshot(name: string, segmentNames: Record<string, string>): Promise<boolean> {
    const { settings, result, analysed, summary, keptId } = this;
    if (!settings || !result || !analysed || !summary || this.snapshot || !keptId) return false;
    const config = archetypeConfigs.resolve(settings.archetypes, effectiveBins(settings));
    const customers = await this.run('saving', () =>
      this.engine.exportScoresCsv(settings, segmentationInput(config), segmentNames, { gzip: true }),
    );
    if (!customers) return false;
    const record: Snapshot = {
      id: newId(),
      name,
      savedAt: new Date().toISOString(),
      datasetId: keptId,
      datasetName: library.datasets.find((d) => d.id === keptId)?.name ?? analysed.fileName,
      dataset: analysed,
      summary,
      settings,
      result,
      storedBytes: customers.length,
      config,
    };
    try {
      await saveSnapshot(record, new Blob([customers as Uint8Array<ArrayBuffer>]));
    } catch (error) {
      this.error = storageErrorData(error, name);
      return false;
    } finally {
      void library.changed();
    }
    return true;
  }

  /** The snapshot's customers as saved (scores CSV). */
  async exportSnapshotCsv(): Promise<Uint8Array | null> {
    const snapshot = this.snapshot;
    if (!snapshot) return null;
    try {
      const data = await loadSnapshotCustomers(snapshot.id);
      if (!data) throw new Error('missing');
      return await gunzip(data);
    } catch (error) {
      this.error = storageErrorData(error, snapshot.name);
      return null;
    }
  }

  /** The rows of the analysed file that were not used, with their reasons (texts in the user's language). */
  async exportRejectedCsv(reasons: Record<Exclude<RowIssue, 'return'>, string>): Promise<Uint8Array | null> {
    return this.run('exporting', () => this.engine.exportRejectedCsv(reasons));
  }

  /** The analysed file as the app understood it. */
  async exportSourceCsv(): Promise<Uint8Array | null> {
    return this.run('exporting', () => this.engine.exportSourceCsv());
  }

  async exportCsv(segmentNames: Record<string, string>): Promise<Uint8Array | null> {
    if (this.snapshot) return this.exportSnapshotCsv();
    const settings = this.settings;
    if (!settings) return null;
    const segmentation = segmentationFor(settings);
    return this.run('exporting', () => this.engine.exportScoresCsv(settings, segmentation, segmentNames));
  }

  /** A fresh worker: after the old one ran out of memory, or to stop a read it is blocked in. */
  private restartEngine(): void {
    this.handle.terminate();
    this.handle = this.startEngine();
    this.watchEngine();
  }

  /** What the old worker held is gone: back to import. */
  private forgetAnalysis(): void {
    this.opened = null;
    this.analysis = null;
    this.dataset = null;
    this.analysed = null;
    this.summary = null;
    this.result = null;
    this.settings = null;
    this.keptId = null;
    this.snapshot = null;
    this.step = 'import';
  }

  /** Runs one engine request; returns null when it failed or a newer request superseded it. */
  private async run<T>(busy: Busy, request: () => Promise<T>): Promise<T | null> {
    const id = ++this.requestId;
    this.busy = busy;
    this.error = null;
    try {
      const value = await request();
      return id === this.requestId ? value : null;
    } catch (error) {
      const data = toErrorData(error);
      if (data.code === 'too_large') {
        this.restartEngine();
        this.forgetAnalysis();
      }
      if (id === this.requestId) this.error = data;
      return null;
    } finally {
      if (id === this.requestId) {
        this.busy = null;
        this.progress = null;
        this.progressToken++;
      }
    }
  }

  /** Samples the file's head, warns before reading a file the tab probably cannot hold, then reads it. */
  private async chooseFile(file: File): Promise<void> {
    this.sizeWarning = null;
    const head = await file
      .slice(0, HEAD_SAMPLE_BYTES)
      .arrayBuffer()
      .then((buffer) => new Uint8Array(buffer))
      .catch(() => null);
    // An unreadable head is the engine's to report, with its specific message.
    const kind = head ? detectFileKind(file.name, file.size, head) : null;
    const bytesPerRow = head && kind === 'csv' ? bytesPerRowOfHead(head) : null;
    const source: SourceRef = { kind: 'file', file, bytesPerRow };
    if (kind === 'csv' || kind === 'parquet') {
      const check = checkSize({ sizeBytes: file.size, format: kind, deviceMemoryGb: deviceMemoryOf(globalThis.navigator), bytesPerRow });
      if (check.verdict !== 'ok') {
        this.sizeWarning = { file, source, check };
        return;
      }
    }
    this.openFile(file, source);
  }

  /** `reopen`: the same file read with other options, keeping the user's column choices and import choices. */
  private openFile(file: File, source: SourceRef, options: ImportOptions = {}, reopen = false): void {
    const bytesPerRow = source.kind === 'file' ? source.bytesPerRow : null;
    const progress = this.watchProgress('reading', file.name, file.size, bytesPerRow);
    void this.open(source, () => this.engine.openFile(file, progress, options), false, options, reopen);
  }

  /** A callback for the worker's progress reports of one request; reports of an older request are ignored. */
  private watchProgress(phase: ReadProgress['phase'], fileName: string, totalBytes: number, bytesPerRow: number | null): ProgressCallback {
    const token = ++this.progressToken;
    let startedAt: number | null = null;
    this.progress = { phase, fileName, bytesRead: 0, totalBytes, elapsedMs: 0, bytesPerRow };
    return Comlink.proxy((event: ProgressEvent) => {
      if (token !== this.progressToken) return;
      const now = performance.now();
      startedAt ??= now;
      this.progress = {
        phase,
        fileName,
        // Reports without a byte count (a phase starting) keep the last one.
        bytesRead: event.bytesRead ?? this.progress?.bytesRead ?? 0,
        totalBytes: event.totalBytes ?? totalBytes,
        elapsedMs: now - startedAt,
        bytesPerRow,
      };
    });
  }

  /**
   * Stops reading or preparing a file. The worker is blocked inside DuckDB and cannot hear a
   * message, so it is replaced by a fresh one. Results that were on screen are rebuilt in the
   * new worker from the same source, mapping and settings; without them, back to import.
   */
  private cancel(): void {
    if (this.sizeWarning) {
      this.sizeWarning = null;
      return;
    }
    if (this.busy !== 'opening' && this.busy !== 'preparing') return;
    mark('cancelled');
    const file = this.progress?.fileName ?? this.dataset?.fileName ?? '';
    // The request in flight will never answer; nothing may wait for it.
    this.requestId++;
    this.progressToken++;
    this.busy = null;
    this.progress = null;
    this.restartEngine();
    const earlier = this.analysis;
    const settings = this.settings;
    if (this.snapshot && this.result) {
      // A snapshot on screen needs no engine: it stays as it is.
      this.analysis = null;
      this.opened = null;
      this.step = 'results';
    } else if (earlier && settings && this.result) {
      void this.restore(earlier, settings);
    } else {
      this.forgetAnalysis();
    }
    this.error = { code: 'import_cancelled', details: { file }, message: `Reading ${file} was cancelled.` };
  }

  /** Rebuilds the analysis on screen in a fresh engine; the results stay visible meanwhile. */
  private async restore(earlier: Analysis, settings: ScoringSettings): Promise<void> {
    this.opened = earlier.source;
    this.dataset = earlier.dataset;
    this.mapping = { ...earlier.mapping };
    this.step = 'results';
    const id = ++this.requestId;
    this.busy = 'restoring';
    try {
      if (earlier.source.kind === 'kept') await this.loadKept(earlier.source.id);
      else if (earlier.source.kind === 'demo') await this.engine.openDemo(DEMO_SEED);
      else {
        // Read the way it was read: the encoding, delimiter and sheet the dataset was opened with.
        const { encoding, dialect, sheet } = earlier.dataset;
        await this.engine.openFile(earlier.source.file, undefined, {
          encoding: encoding?.used,
          delimiter: dialect?.delimiter,
          sheet: sheet ?? undefined,
        });
      }
      if (id !== this.requestId) return;
      if (earlier.source.kind !== 'kept') await this.engine.prepare(earlier.mapping, earlier.choices);
      if (id !== this.requestId) return;
      // Settings changed meanwhile are in this.settings.
      const current = this.settings ?? settings;
      const segmentation = segmentationFor(current);
      const result = await this.engine.score(current, segmentation);
      if (id !== this.requestId) return;
      mark('restored');
      this.result = result;
      this.settings = result.settings;
    } catch (error) {
      if (id !== this.requestId) return;
      const data = toErrorData(error);
      if (data.code === 'too_large') this.restartEngine();
      this.forgetAnalysis();
      this.error = data;
    } finally {
      if (id === this.requestId) this.busy = null;
    }
  }

  private async open(
    source: SourceRef,
    request: () => Promise<DatasetInfo>,
    analyseAtOnce: boolean,
    options: ImportOptions = {},
    reopen = false,
  ): Promise<void> {
    mark('file-chosen');
    const dataset = await this.run('opening', request);
    if (!dataset) return;
    mark('file-read');
    const names = new Set(dataset.columns.map((c) => c.name));
    const keep = reopen && Object.values(this.mapping).every((column) => column === undefined || names.has(column));
    this.dataset = dataset;
    this.opened = source;
    this.readOptions = options;
    if (!reopen) this.choices = defaultImportChoices();
    const remembered = keep ? null : await recallMapping(dataset.signature).catch(() => null);
    if (!keep) this.mapping = remembered ?? { ...dataset.guess };
    if (analyseAtOnce) await this.analyse();
    else this.step = 'mapping';
  }

  private async analyse(): Promise<void> {
    const dataset = this.dataset;
    if (!dataset) return;
    const navigation = this.navigations;
    mark('analyse');
    const mapping = $state.snapshot(this.mapping) as ColumnMapping;
    const source = this.opened;
    const bytesPerRow = source?.kind === 'file' ? source.bytesPerRow : null;
    const progress = this.watchProgress('preparing', dataset.fileName, dataset.sizeBytes, bytesPerRow);
    // Today is the device's date at the moment of analysis: rows dated later are future dates.
    const choices: ImportChoices = { ...this.choices, today: localToday() };
    const summary = await this.run('preparing', () => this.engine.prepare(mapping, choices, progress));
    if (!summary) return;
    mark('prepared');
    this.summary = summary;
    this.analysed = dataset;
    this.analysis = source ? { source, dataset, mapping, choices: summary.choices } : null;
    this.result = null;
    this.snapshot = null;
    this.keptId = null;
    void rememberMapping(dataset.signature, dataset.fileName, mapping).catch(() => undefined);
    // Each new analysis starts the way the user last left the scoring controls.
    await this.rescore({ ...defaultSettings(summary.defaultAsOf), ...preferences.scoring }, navigation);
    if (this.result && this.analysed === dataset) await this.keepDataset(dataset, mapping, summary);
  }

  /**
   * Keeps the analysed dataset on the device (its orders, compact, and the facts beside them), so
   * it reopens without its file. The same file analysed the same way again replaces its earlier
   * copy instead of listing it twice. A failure (disk full) is reported; the analysis stays.
   */
  private async keepDataset(dataset: DatasetInfo, mapping: ColumnMapping, summary: ImportSummary): Promise<void> {
    if (summary.orders > KEEP_MAX_ORDERS) {
      this.keeping = 'too-large';
      return;
    }
    this.keeping = 'saving';
    try {
      const same = (await listDatasets()).find(
        (d) =>
          d.dataset.signature === dataset.signature &&
          d.dataset.sizeBytes === dataset.sizeBytes &&
          canonicalJson(d.mapping) === canonicalJson(mapping) &&
          canonicalJson(d.summary.choices) === canonicalJson(summary.choices),
      );
      const orders = await this.engine.exportOrders();
      if (this.analysed !== dataset) return;
      const now = new Date().toISOString();
      const record: KeptDataset = {
        id: same?.id ?? newId(),
        name: same?.name ?? dataset.fileName,
        importedAt: now,
        openedAt: now,
        dataset,
        mapping,
        summary,
        settings: this.settings,
        storedBytes: orders.length,
      };
      await saveDataset(record, new Blob([orders as Uint8Array<ArrayBuffer>]));
      mark('kept', { bytes: orders.length });
      if (this.analysed !== dataset) return;
      this.keptId = record.id;
      this.keeping = 'kept';
    } catch (error) {
      if (this.analysed !== dataset) return;
      this.keeping = 'failed';
      this.error = storageErrorData(error, dataset.fileName);
    } finally {
      void library.changed();
    }
  }

  /** Reads a kept dataset's orders into the engine. */
  private async loadKept(id: string): Promise<KeptDataset> {
    const loaded = await loadDataset(id).catch((error: unknown) => {
      throw storageErrorData(error);
    });
    if (!loaded) throw { code: 'stored_missing', details: {}, message: 'stored dataset missing' } satisfies EngineErrorData;
    const bytes = new Uint8Array(await loaded.orders.arrayBuffer());
    await this.engine.loadOrders(Comlink.transfer(bytes, [bytes.buffer]), loaded.record.dataset, loaded.record.summary);
    return loaded.record;
  }

  /** Analyses a kept dataset again, with the settings given or those it was left with. */
  private async openKept(id: string, settings?: ScoringSettings): Promise<void> {
    mark('kept-chosen');
    const navigation = this.navigations;
    const record = await this.run('loading', () => this.loadKept(id));
    if (!record) return;
    this.snapshot = null;
    this.opened = { kind: 'kept', id };
    this.dataset = record.dataset;
    this.analysed = record.dataset;
    this.mapping = { ...record.mapping };
    this.choices = record.summary.choices;
    this.readOptions = {};
    this.summary = record.summary;
    this.analysis = { source: { kind: 'kept', id }, dataset: record.dataset, mapping: record.mapping, choices: record.summary.choices };
    this.keptId = id;
    this.keeping = 'kept';
    // The results on screen (a snapshot, an earlier analysis) stay until the new ones arrive.
    void updateDataset(id, { openedAt: new Date().toISOString() }).catch(() => undefined);
    await this.rescore(settings ?? record.settings ?? { ...defaultSettings(record.summary.defaultAsOf), ...preferences.scoring }, navigation);
  }

  /** Shows a saved snapshot: its results are stored whole, so the engine is not needed. */
  private async openSnapshot(id: string): Promise<void> {
    let snapshot: Snapshot | null;
    try {
      snapshot = await loadSnapshot(id);
    } catch (error) {
      this.error = storageErrorData(error);
      return;
    }
    if (!snapshot) {
      this.error = { code: 'stored_missing', details: {}, message: 'snapshot missing' };
      return;
    }
    // Whatever the engine was doing for the screen is no longer shown.
    this.requestId++;
    this.busy = null;
    this.error = null;
    this.snapshot = snapshot;
    this.analysis = null;
    this.keptId = null;
    this.analysed = snapshot.dataset;
    this.summary = snapshot.summary;
    this.settings = snapshot.settings;
    this.result = snapshot.result;
    this.step = 'results';
    mark('snapshot-shown');
  }

  /**
   * `navigation`, for a new analysis: the user's moves counted when it began; its results are
   * shown unless the user moved since. Without it (a settings change) the step stays as it is.
   */
  private async rescore(settings: ScoringSettings, navigation?: number): Promise<void> {
    this.settings = settings;
    await archetypeConfigs.load();
    const segmentation = segmentationFor(settings);
    const result = await this.run('scoring', () => this.engine.score(settings, segmentation));
    if (!result) return;
    mark('scored');
    // The engine's memory after each analysis, for the benchmark (a mark carries it; nothing is sent anywhere).
    this.engine.memory().then((memory) => mark('memory', memory), () => undefined);
    this.result = result;
    this.settings = result.settings;
    if (navigation !== undefined && navigation === this.navigations) this.step = 'results';
    if (this.keptId) void updateDataset(this.keptId, { settings: result.settings }).catch(() => undefined);
  }
}
