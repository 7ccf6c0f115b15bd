// The user's path through the app: import -> map columns -> results (-> the segment editor). The
// screen is a union holding what it shows; `send` turns each event into the work of the parts
// (import flow, analysis, kept datasets, snapshots), which own their state.

import type { DatasetInfo, ScoringSettings } from '../lib/engine/api';
import { toErrorData, type EngineErrorData } from '../lib/engine/errors';
import { mark } from '../lib/marks';
import { defaultSettings } from '../lib/rfm/settings';
import { ImportFlow, type Prepared } from '../features/import/import-flow.svelte';
import { Keeping } from '../features/library/keeping.svelte';
import { Snapshots } from '../features/library/snapshots';
import { Analysis, type ConfigSource, type Shown } from '../features/results/analysis.svelte';
import { Churn } from '../features/value/churn.svelte';
import { SurveyImport } from '../features/surveys/survey-import.svelte';
import { lockedDemo } from '../features/demo/locked-demo.svelte';
import type { EngineHandle } from './engine-client';
import { EngineHost } from './engine-host.svelte';
import type { ScreenName, SessionEvent } from './events';

export type Screen =
  /** `back`: the results the user can return to. */
  | { name: 'import'; back: Shown | null }
  | { name: 'mapping'; dataset: DatasetInfo }
  | { name: 'results'; shown: Shown }
  | { name: 'editor'; shown: Shown }
  /** One segment of the results on screen: its definition, worth, advice and customers. */
  | { name: 'segment'; shown: Shown; segment: string }
  /** The user's surveys: built, answered by hand, exported; no analysis needed. */
  | { name: 'surveys' };

export interface SessionDeps {
  startEngine: () => EngineHandle;
  configs: ConfigSource;
  /** How the user last left the scoring controls: each new analysis starts that way. */
  scoringDefaults: () => Partial<ScoringSettings>;
}

export class Session {
  readonly host: EngineHost;
  readonly flow: ImportFlow;
  readonly analysis: Analysis;
  readonly keeping: Keeping;
  readonly snapshots: Snapshots;
  readonly churn: Churn;
  readonly survey = new SurveyImport();
  #step = $state<ScreenName>('import');
  /** The segment whose page was opened last. */
  #segment = $state<string | null>(null);
  /** Counts the user's moves between screens: results arriving later do not pull the user back. */
  #navigations = 0;
  readonly #defaults: () => Partial<ScoringSettings>;

  constructor(deps: SessionDeps) {
    this.host = new EngineHost(deps.startEngine);
    this.flow = new ImportFlow(this.host);
    this.analysis = new Analysis(this.host, deps.configs);
    this.keeping = new Keeping(this.host);
    this.snapshots = new Snapshots(this.host);
    this.churn = new Churn(this.host);
    this.#defaults = deps.scoringDefaults;
    // The worker ran out of memory or stopped and was replaced: what it held is gone. A snapshot
    // on screen needs no engine and stays.
    this.host.onLost(() => (this.analysis.snapshot ? this.flow.forget() : this.#forget()));
  }

  readonly screen = $derived.by((): Screen => {
    const shown = this.analysis.shown;
    const dataset = this.flow.dataset;
    if (this.#step === 'surveys') return { name: 'surveys' };
    if (this.#step === 'mapping' && dataset) return { name: 'mapping', dataset };
    if (this.#step === 'results' && shown) return { name: 'results', shown };
    if (this.#step === 'editor' && shown && !shown.snapshot) return { name: 'editor', shown };
    // Without a segment chosen, the results stand in for its page.
    if (this.#step === 'segment' && shown) return this.#segment === null ? { name: 'results', shown } : { name: 'segment', shown, segment: this.#segment };
    return { name: 'import', back: shown };
  });

  /** A property, not a method: components pass it around on its own. */
  readonly send = (event: SessionEvent): void => {
    switch (event.type) {
      case 'open-file':
        this.#leaveLockedDemo();
        return void this.flow.chooseFile(event.file).then((read) => read && this.#show('mapping'));
      case 'confirm-large':
        return void this.flow.confirmLarge().then((read) => read && this.#show('mapping'));
      case 'reopen':
        return void this.flow.reopen(event.options).then((read) => read && this.#show('mapping'));
      case 'open-demo':
        this.#leaveLockedDemo();
        return void this.flow.openDemo().then((read) => (read ? this.#analyse() : undefined));
      case 'open-locked-demo':
        this.#leaveLockedDemo();
        lockedDemo.enter();
        return void this.flow.openDemo().then((read) => (read ? this.#analyse() : undefined));
      case 'reset-demo':
        return void lockedDemo
          .reset()
          .then(() => this.flow.openDemo())
          .then((read) => (read ? this.#analyse() : undefined))
          .catch((error: unknown) => this.host.report(toErrorData(error)));
      case 'cancel':
        return this.#cancel();
      case 'set-mapping':
        return this.flow.setMapping(event.mapping);
      case 'set-contacts':
        return this.flow.setContacts(event.contacts);
      case 'set-choices':
        return this.flow.setChoices(event.choices);
      case 'analyse':
        return void this.#analyse();
      case 'change-settings':
        mark('settings-changed');
        return void this.analysis.change(event.settings).then((scored) => scored && this.#scored());
      case 'config-changed': {
        mark('config-changed');
        const settings = this.analysis.settings;
        if (!this.analysis.snapshot && settings?.archetypes === event.id && this.host.busy !== 'restoring') void this.#score(settings);
        return;
      }
      case 'open-kept':
        this.#leaveLockedDemo();
        this.flow.dismissWarning();
        return void this.#openKept(event.id, event.settings);
      case 'open-snapshot':
        this.#leaveLockedDemo();
        return void this.#openSnapshot(event.id);
      case 'reanalyse-snapshot': {
        const snapshot = this.analysis.snapshot;
        if (snapshot) void this.#openKept(snapshot.datasetId, snapshot.settings);
        return;
      }
      case 'open-segment':
        this.#navigations++;
        this.#segment = event.segment;
        this.#step = 'segment';
        return this.host.report(null);
      case 'go':
        // The start page lists the user's own kept datasets: going there leaves the locked demo.
        if (event.to === 'import' && lockedDemo.isLocked) return this.#leaveLockedDemo();
        this.#navigations++;
        this.#step = event.to;
        this.flow.dismissWarning();
        return this.host.report(null);
      case 'dismiss-error':
        return this.host.report(null);
    }
  };

  /** Shows `screen` unless the user moved on since `navigation` (counted when the work began). */
  #show(screen: ScreenName, navigation = this.#navigations): void {
    if (navigation === this.#navigations) this.#step = screen;
  }

  async #analyse(): Promise<void> {
    const navigation = this.#navigations;
    const prepared = await this.flow.prepare();
    if (!prepared) return;
    this.keeping.reset();
    this.analysis.begin(prepared);
    if (!(await this.#score(this.#startingSettings(prepared), navigation))) return;
    // While the page draws the segments, the worker reads the report's example texts; the dataset is kept with them.
    await this.keeping.keep(prepared, this.analysis.settings, () => this.analysis.prepared === prepared, () => this.analysis.completeReport(prepared));
  }

  /** Analyses a kept dataset again, with the settings given or those it was left with. */
  async #openKept(id: string, settings?: ScoringSettings): Promise<void> {
    const navigation = this.#navigations;
    const opened = await this.keeping.open(id);
    if (!opened) return;
    this.flow.adopt(opened.prepared);
    this.analysis.begin(opened.prepared);
    await this.#score(settings ?? opened.record.settings ?? this.#startingSettings(opened.prepared), navigation);
  }

  /** A new analysis starts the way the user last left the scoring controls. */
  #startingSettings(prepared: Prepared): ScoringSettings {
    return { ...defaultSettings(prepared.summary.defaultAsOf), ...this.#defaults() };
  }

  async #score(settings: ScoringSettings, navigation?: number): Promise<boolean> {
    const scored = await this.analysis.score(settings);
    if (scored) this.#scored(navigation);
    return scored;
  }

  #scored(navigation?: number): void {
    const settings = this.analysis.settings;
    if (settings) this.keeping.remember(settings);
    if (navigation !== undefined) this.#show('results', navigation);
  }

  async #openSnapshot(id: string): Promise<void> {
    const snapshot = await this.snapshots.open(id);
    if (!snapshot) return;
    // Whatever the engine was doing for the screen is no longer shown.
    this.host.supersede();
    this.host.report(null);
    this.keeping.reset();
    this.analysis.showSnapshot(snapshot);
    this.#step = 'results';
    mark('snapshot-shown');
  }

  /**
   * Stops reading or preparing a file (the engine is replaced). Results that were on screen are
   * rebuilt in the new engine from the same source, mapping and settings; a snapshot needs no
   * engine and stays; without either, back to import.
   */
  #cancel(): void {
    if (this.flow.dismissWarning()) return;
    if (this.host.busy !== 'opening' && this.host.busy !== 'preparing') return;
    mark('cancelled');
    const file = this.host.progress?.fileName ?? this.flow.dataset?.fileName ?? '';
    this.host.cancel();
    const prepared = this.analysis.prepared;
    if (this.analysis.snapshot) {
      this.flow.forget();
      this.#step = 'results';
    } else if (prepared) {
      this.#step = 'results';
      this.analysis.rebuild((current) => this.flow.reread(prepared, current, (id) => this.keeping.load(id))).catch((error: EngineErrorData) => {
        this.#forget();
        this.host.report(error);
      });
    } else this.#forget();
    this.host.report({ code: 'import_cancelled', details: { file }, message: `Reading ${file} was cancelled.` });
  }

  /** Back to the user's own storage; the locked demo's results go with it, so nothing on screen writes to the wrong place. */
  #leaveLockedDemo(): void {
    if (!lockedDemo.isLocked) return;
    lockedDemo.leave();
    this.#navigations++;
    this.#forget();
  }

  /** What the engine held is gone: back to import. */
  #forget(): void {
    this.flow.forget();
    this.analysis.forget();
    this.keeping.reset();
    this.#step = 'import';
  }
}
