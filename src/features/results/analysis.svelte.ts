// The analysis on screen: the prepared dataset the engine holds (or a saved snapshot, which needs
// no engine), the scoring settings, the scores, and the archetype configuration they are
// segmented with. Re-scores on every settings change; exports what is on screen.

import { untrack } from 'svelte';
import type { Engine, EngineHost } from '../../app/engine-host.svelte';
import type { ArchetypeConfig, Grid } from '../../lib/archetypes/config';
import { segmentationInput, type SegmentationInput } from '../../lib/archetypes/segment';
import type { ChannelContacts, DatasetInfo, ImportSummary, RejectedReasons, ScoreResult, ScoringSettings } from '../../lib/engine/api';
import { mark } from '../../lib/marks';
import { effectiveBins } from '../../lib/rfm/settings';
import type { Snapshot } from '../../lib/storage/schema';
import type { Prepared } from '../import/import-flow.svelte';
import { ReportTexts } from '../import/report-texts.svelte';

/** The archetype configurations the analysis can be segmented with. */
export interface ConfigSource {
  load(): Promise<void>;
  resolve(id: string, grid: Grid): ArchetypeConfig;
}

/** Everything the results screen shows. */
export interface Shown {
  dataset: DatasetInfo;
  summary: ImportSummary;
  /** The settings asked for; ahead of `result.settings` while a re-score runs. */
  settings: ScoringSettings;
  result: ScoreResult;
  config: ArchetypeConfig;
  /** Set when the results are a saved snapshot: shown as they were, not changeable. */
  snapshot: Snapshot | null;
}

/** What the engine needs to answer a question about the analysis on screen. */
export interface Asked {
  settings: ScoringSettings;
  segmentation: SegmentationInput;
  summary: ImportSummary;
}

export class Analysis {
  /** The prepared dataset the scores on screen come from. */
  #prepared = $state.raw<Prepared | null>(null);
  /** A newly prepared dataset whose first scores are on their way. */
  #pending: Prepared | null = null;
  #settings = $state.raw<ScoringSettings | null>(null);
  #result = $state.raw<ScoreResult | null>(null);
  #snapshot = $state.raw<Snapshot | null>(null);
  readonly #host: EngineHost;
  readonly #configs: ConfigSource;
  readonly #texts = new ReportTexts();

  constructor(host: EngineHost, configs: ConfigSource) {
    this.#host = host;
    this.#configs = configs;
  }

  /** The configuration of the results on screen (a snapshot keeps its own). */
  readonly config = $derived.by((): ArchetypeConfig | null => {
    // Snapshots saved before configurations existed have none: their preset is drawn again.
    if (this.#snapshot?.config) return this.#snapshot.config;
    const settings = this.#result?.settings ?? this.#settings;
    return settings ? this.#configOf(settings) : null;
  });

  readonly shown = $derived.by((): Shown | null => {
    const snapshot = this.#snapshot;
    const result = this.#result;
    const settings = this.#settings;
    const config = this.config;
    if (snapshot && config) return { dataset: snapshot.dataset, summary: snapshot.summary, settings: snapshot.settings, result: snapshot.result, config, snapshot };
    const prepared = this.#prepared;
    if (!prepared || !result || !settings || !config) return null;
    return { dataset: prepared.dataset, summary: this.#texts.summaryOf(prepared), settings, result, config, snapshot: null };
  });

  /**
   * What the value, health and movement questions are asked about: the scores on screen (their
   * settings and segmentation) and the orders they come from; null for a snapshot. The same
   * object while none of that changes, so a panel does not ask twice.
   */
  readonly asked = $derived.by((): Asked | null => {
    const result = this.#result;
    const prepared = this.#prepared;
    if (this.#snapshot || !result || !prepared) return null;
    const segmentation = this.#segmentationOf(result.settings);
    const key = JSON.stringify([result.settings, segmentation]);
    const last = untrack(() => this.#lastAsked);
    if (last && last.key === key && last.summary === prepared.summary) return last;
    this.#lastAsked = { settings: result.settings, segmentation, summary: prepared.summary, key };
    return this.#lastAsked;
  });
  #lastAsked: (Asked & { key: string }) | null = null;

  /** The contact columns of the orders on screen, for the channel cascade ({} for a snapshot or a kept dataset: its compact copy holds no contacts). */
  get contacts(): ChannelContacts {
    return this.#snapshot ? {} : (this.#prepared?.contacts ?? {});
  }

  /**
   * Why no contacts can be had for the analysis on screen, for the Plan tab to say: a saved
   * snapshot and a kept dataset's compact copy hold no contact columns (analysing the file again
   * brings them back); null while the orders come from the file itself, with or without contacts mapped.
   */
  get contactsUnavailable(): 'kept' | 'snapshot' | null {
    if (this.#snapshot) return 'snapshot';
    return this.#prepared?.source.kind === 'kept' ? 'kept' : null;
  }

  get prepared(): Prepared | null {
    return this.#prepared;
  }
  get settings(): ScoringSettings | null {
    return this.#settings;
  }
  get snapshot(): Snapshot | null {
    return this.#snapshot;
  }

  /** The engine holds the analysed file's rows (not a kept copy, not a snapshot): changing columns and row downloads need them. */
  get rowsAvailable(): boolean {
    return !this.#snapshot && !!this.#prepared && this.#prepared.source.kind !== 'kept';
  }

  /**
   * The import report's example texts, read once the segments are on screen; the prepared dataset
   * with its complete report (what is kept on the device), or null when another analysis took its place.
   */
  completeReport(prepared: Prepared): Promise<Prepared | null> {
    return this.#texts.complete(prepared, () => this.#host.engine.exampleTexts(), () => this.#prepared === prepared);
  }

  /** Prepared orders become the analysis once scored; the results on screen stay until then. */
  begin(prepared: Prepared): void {
    this.#pending = prepared;
  }

  /** Scores with `settings`; true when the new results are on screen. */
  async score(settings: ScoringSettings): Promise<boolean> {
    this.#settings = settings;
    await this.#configs.load();
    const segmentation = this.#segmentationOf(settings);
    const result = await this.#host.run('scoring', (engine) => engine.score(settings, segmentation));
    if (!result) {
      // Superseded: the newer request decides. Failed: the engine no longer holds what the scores on screen came from.
      if (this.#pending && this.#host.busy === null) {
        this.#pending = null;
        this.forget();
      }
      return false;
    }
    if (this.#pending) {
      this.#prepared = this.#pending;
      this.#pending = null;
    }
    mark('scored');
    // The engine's memory after each analysis, for the benchmark.
    this.#host.engine.memory().then((memory) => mark('memory', memory), () => undefined);
    this.#snapshot = null;
    this.#result = result;
    this.#settings = result.settings;
    return true;
  }

  /**
   * A settings change. A snapshot is a record of one analysis: "analyse again" makes it
   * changeable. While a fresh engine rebuilds the results, the change waits: the rebuild scores with it.
   */
  change(patch: Partial<ScoringSettings>): Promise<boolean> {
    const settings = this.#settings;
    if (this.#snapshot || !settings) return Promise.resolve(false);
    if (this.#host.busy === 'restoring') {
      this.#settings = { ...settings, ...patch };
      return Promise.resolve(false);
    }
    return this.score({ ...settings, ...patch });
  }

  /** Scores again in a fresh engine after `reread` has read the dataset into it; the results stay visible meanwhile. */
  rebuild(reread: (current: () => boolean) => Promise<void>): Promise<boolean> {
    return this.#host.runSteps('restoring', async (engine, current) => {
      await reread(current);
      const settings = this.#settings;
      if (!current() || !settings) return;
      const result = await engine.score(settings, this.#segmentationOf(settings));
      if (!current()) return;
      mark('restored');
      this.#result = result;
      this.#settings = result.settings;
    });
  }

  showSnapshot(snapshot: Snapshot): void {
    this.#snapshot = snapshot;
    this.#prepared = null;
    this.#settings = snapshot.settings;
    this.#result = snapshot.result;
  }

  /** A snapshot on screen needs no engine: it survives a replaced worker. */
  forget(): void {
    this.#pending = null;
    if (this.#snapshot) return;
    this.#prepared = null;
    this.#settings = null;
    this.#result = null;
  }

  /** A read-only question about the analysis on screen, answered for the asker alone (value, health, movement). */
  ask<T>(question: (engine: Engine) => Promise<T>): Promise<T> {
    return this.#host.query(question);
  }

  /** A file the engine writes (a CSV of what is on screen), with the busy indicator; null when it failed. */
  download(write: (engine: Engine) => Promise<Uint8Array>): Promise<Uint8Array | null> {
    return this.#host.run('exporting', write);
  }

  /** Scored customers as CSV; `names` maps segment ids to the names to write. */
  exportScoresCsv(names: Record<string, string>, options: { gzip?: boolean; busy?: 'exporting' | 'saving' } = {}): Promise<Uint8Array | null> {
    const settings = this.#result?.settings;
    if (!settings) return Promise.resolve(null);
    const segmentation = this.#segmentationOf(settings);
    return this.#host.run(options.busy ?? 'exporting', (engine) =>
      engine.exportScoresCsv(settings, segmentation, names, { gzip: options.gzip }),
    );
  }

  /** The rows of the analysed file that were not used, with their reasons (texts in the user's language). */
  exportRejectedCsv(reasons: RejectedReasons): Promise<Uint8Array | null> {
    return this.download((engine) => engine.exportRejectedCsv(reasons));
  }

  /** The analysed file as the app understood it. */
  exportSourceCsv(): Promise<Uint8Array | null> {
    return this.download((engine) => engine.exportSourceCsv());
  }

  #configOf(settings: ScoringSettings): ArchetypeConfig {
    return this.#configs.resolve(settings.archetypes, effectiveBins(settings));
  }

  #segmentationOf(settings: ScoringSettings): SegmentationInput {
    return segmentationInput(this.#configOf(settings));
  }
}
