// The user's path through the app as one state machine: import -> map columns -> results.
// Every engine call goes through here; a newer request makes older answers stale, so a slow
// score never overwrites a faster, later one.

import type {
  ColumnMapping,
  DatasetInfo,
  EngineApi,
  ImportSummary,
  ScoreResult,
  ScoringSettings,
} from '../lib/engine/api';
import { toErrorData, type EngineErrorData } from '../lib/engine/errors';
import { defaultSettings } from '../lib/rfm/settings';
import { recallMapping, rememberMapping } from '../lib/storage/preferences';
import { Comlink, type EngineHandle } from './engine-client';
import { preferences } from './preferences.svelte';

export type Step = 'import' | 'mapping' | 'results';
export type EngineStatus = 'starting' | 'ready' | 'failed';
export type Busy = null | 'opening' | 'preparing' | 'scoring' | 'exporting';

export type SessionEvent =
  | { type: 'open-file'; file: File }
  | { type: 'open-demo' }
  | { type: 'set-mapping'; mapping: Partial<ColumnMapping> }
  | { type: 'analyse' }
  | { type: 'change-settings'; settings: Partial<ScoringSettings> }
  | { type: 'back'; to: Step }
  | { type: 'dismiss-error' };

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


  private handle: EngineHandle;
  private readonly startEngine: () => EngineHandle;
  private requestId = 0;

  constructor(startEngine: () => EngineHandle) {
    this.startEngine = startEngine;
    this.handle = startEngine();
    this.watchEngine();
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
        void this.open(() => this.engine.openFile(event.file), false);
        return;
      case 'open-demo':
        void this.open(() => this.engine.openDemo(DEMO_SEED), true);
        return;
      case 'set-mapping':
        this.mapping = { ...this.mapping, ...event.mapping };
        return;
      case 'analyse':
        void this.analyse();
        return;
      case 'change-settings':
        mark('settings-changed');
        if (this.settings) void this.rescore({ ...this.settings, ...event.settings });
        return;
      case 'back':
        this.step = event.to;
        this.error = null;
        return;
      case 'dismiss-error':
        this.error = null;
        return;
    }
  }

  async exportCsv(segmentNames: Record<string, string>): Promise<Uint8Array | null> {
    if (!this.settings) return null;
    return this.run('exporting', () => this.engine.exportScoresCsv(this.settings!, segmentNames));
  }

  /** A fresh worker after the old one ran out of memory; what it held is gone, so back to import. */
  private restartEngine(): void {
    this.handle.terminate();
    this.handle = this.startEngine();
    this.watchEngine();
    this.dataset = null;
    this.analysed = null;
    this.summary = null;
    this.result = null;
    this.settings = null;
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
      if (data.code === 'too_large') this.restartEngine();
      if (id === this.requestId) this.error = data;
      return null;
    } finally {
      if (id === this.requestId) this.busy = null;
    }
  }

  private async open(request: () => Promise<DatasetInfo>, analyseAtOnce: boolean): Promise<void> {
    mark('file-chosen');
    const dataset = await this.run('opening', request);
    if (!dataset) return;
    mark('file-read');
    this.dataset = dataset;
    const remembered = await recallMapping(dataset.signature).catch(() => null);
    this.mapping = remembered ?? { ...dataset.guess };
    if (analyseAtOnce) await this.analyse();
    else this.step = 'mapping';
  }

  private async analyse(): Promise<void> {
    const dataset = this.dataset;
    if (!dataset) return;
    mark('analyse');
    const mapping = $state.snapshot(this.mapping) as ColumnMapping;
    const summary = await this.run('preparing', () => this.engine.prepare(mapping));
    if (!summary) return;
    mark('prepared');
    this.summary = summary;
    this.analysed = dataset;
    this.result = null;
    void rememberMapping(dataset.signature, dataset.fileName, mapping).catch(() => undefined);
    // Each new analysis starts the way the user last left the scoring controls.
    await this.rescore({ ...defaultSettings(summary.defaultAsOf), ...preferences.scoring });
  }

  private async rescore(settings: ScoringSettings): Promise<void> {
    this.settings = settings;
    const result = await this.run('scoring', () => this.engine.score(settings));
    if (!result) return;
    mark('scored');
    // The engine's memory after each analysis, for the benchmark (a mark carries it; nothing is sent anywhere).
    this.engine.memory().then((memory) => mark('memory', memory), () => undefined);
    this.result = result;
    this.settings = result.settings;
    this.step = 'results';
  }
}
