// The editor's working state: the configuration being shaped, its undo/redo history, and the
// archetype used as the brush. Every change is saved at once and re-segments the analysis on
// screen. A preset is never changed: the first edit of one makes the user's own copy.
// Two tabs may edit one configuration: a save names the revision this editor last saw; when
// another tab saved or deleted it meanwhile nothing is overwritten (the edit is kept as a copy,
// or offered to keep as new), and a change another tab announces is shown here at once.

import type { Send } from '../../app/events';
import { preferences } from '../../app/preferences.svelte';
import type { ArchetypeConfig } from '../../lib/archetypes/config';
import { type History, record, redo, startHistory, undo } from '../../lib/archetypes/edit';
import { type ConfigPresetId, isConfigPresetId } from '../../lib/archetypes/presets';
import { type ConfigProblem, validateConfig } from '../../lib/archetypes/validate';
import type { ScoringSettings } from '../../lib/engine/api';
import { newId } from '../../lib/ids';
import { effectiveBins } from '../../lib/rfm/settings';
import { revisionOf } from '../../lib/storage/revision';
import type { SyncNotice } from '../../lib/storage/sync-notice';
import { archetypeConfigs } from './configs.svelte';

export interface EditorDeps {
  /** The settings of the analysis being re-segmented. */
  settings: () => ScoringSettings;
  send: Send;
  /** The name a preset's first edit gives the user's copy. */
  copyName: (preset: ConfigPresetId) => string;
  /** A configuration's name as shown. */
  nameOf: (config: ArchetypeConfig) => string;
  /** The name of this tab's edit kept beside another tab's version. */
  tabCopyName: (name: string) => string;
}

export class EditorState {
  history = $state.raw<History>() as History;
  /** The archetype a click or a drag paints; null paints cells back to Other. */
  brush = $state<string | null>(null);
  /** Why the last edit was refused (a text too long, too many items): nothing is saved that could not be read back. */
  refused = $state.raw<ConfigProblem[] | null>(null);
  notice = $state.raw<SyncNotice | null>(null);
  readonly #deps: EditorDeps;
  /** The stored revision this editor last saw of each configuration it showed. */
  readonly #seen = new Map<string, number>();
  /** Saves under way: their outcome, not a list read meanwhile, says what is stored. */
  #saving = 0;

  constructor(initial: ArchetypeConfig, deps: EditorDeps) {
    this.#deps = deps;
    this.reset(initial);
  }

  get config(): ArchetypeConfig {
    return this.history.present;
  }

  /** Starts over from a configuration (opening the editor, switching configurations). */
  reset(config: ArchetypeConfig): void {
    if (!isConfigPresetId(config.id)) this.#seen.set(config.id, revisionOf(config));
    this.notice = null;
    this.history = startHistory(config);
    if (!config.archetypes.some((a) => a.id === this.brush)) this.brush = config.archetypes[0]?.id ?? null;
  }

  /** One edit: recorded for undo, saved, and the analysis on screen re-segmented. */
  async apply(change: (config: ArchetypeConfig) => ArchetypeConfig): Promise<void> {
    const current = this.config;
    let next = change(current);
    if (next === current) return;
    const checked = validateConfig(next);
    if (!checked.ok) {
      this.refused = checked.problems;
      return;
    }
    this.refused = null;
    if (isConfigPresetId(current.id)) next = { ...next, id: `cfg-${newId()}`, name: this.#deps.copyName(current.id), basedOn: current.id };
    this.history = record(this.history, next);
    await this.#persist(next);
  }

  async undo(): Promise<void> {
    if (!this.history.past.length) return;
    this.history = undo(this.history);
    await this.#persist(this.history.present);
  }

  async redo(): Promise<void> {
    if (!this.history.future.length) return;
    this.history = redo(this.history);
    await this.#persist(this.history.present);
  }

  /** Uses a configuration for the analysis on screen (and remembers it as the user's choice). */
  use(id: string): void {
    const settings = this.#deps.settings();
    if (settings.archetypes === id) {
      this.#deps.send({ type: 'config-changed', id });
      return;
    }
    this.#deps.send({ type: 'change-settings', settings: { archetypes: id } });
    preferences.rememberScoring({ ...settings, archetypes: id });
  }

  /** Another tab announced a change: show its version, or say the configuration is gone. */
  synced(): void {
    const id = this.config.id;
    if (isConfigPresetId(id) || this.#saving > 0) return;
    const stored = archetypeConfigs.find(id);
    const seen = this.#seen.get(id);
    if (!stored) {
      if (seen !== undefined && this.notice?.kind !== 'deleted') this.notice = { kind: 'deleted', name: this.#deps.nameOf(this.config) };
      return;
    }
    if (this.notice?.kind === 'deleted') this.notice = null;
    if (seen !== undefined && revisionOf(stored) <= seen) return;
    // The analysis on screen is re-segmented by the app itself (main.ts), editor open or not.
    this.reset(archetypeConfigs.resolve(id, effectiveBins(this.#deps.settings())));
  }

  /** Deleted in another tab: saves what is on screen as a configuration again. */
  async keepAsNew(): Promise<void> {
    const config = this.config;
    this.#saving++;
    try {
      const outcome = await archetypeConfigs.save(config, null);
      if (outcome.kind === 'saved') {
        this.#seen.set(config.id, revisionOf(outcome.config));
        this.notice = null;
        this.use(config.id);
      } else if (outcome.kind === 'changed') await this.#keepCopy(config);
    } finally {
      this.#saving--;
    }
  }

  /** Deletes the configuration on screen; false when it stays (not stored, a newer version elsewhere, a failure). */
  async remove(): Promise<boolean> {
    const config = this.config;
    if (isConfigPresetId(config.id)) return false;
    const outcome = await archetypeConfigs.remove(config.id, this.#seen.get(config.id) ?? null);
    if (outcome !== 'changed') return outcome === 'deleted';
    this.reset(archetypeConfigs.resolve(config.id, effectiveBins(this.#deps.settings())));
    this.notice = { kind: 'not-deleted', name: this.#deps.nameOf(this.config) };
    this.use(config.id);
    return false;
  }

  async #persist(config: ArchetypeConfig): Promise<void> {
    // Undoing the first edit of a preset returns to the preset itself: nothing to save.
    if (isConfigPresetId(config.id)) return this.use(config.id);
    this.#saving++;
    try {
      const outcome = await archetypeConfigs.save(config, this.#seen.get(config.id) ?? null);
      if (outcome.kind === 'saved') {
        this.#seen.set(config.id, revisionOf(outcome.config));
        this.use(config.id);
      } else if (outcome.kind === 'changed') await this.#keepCopy(config);
      else if (outcome.kind === 'deleted') this.notice = { kind: 'deleted', name: this.#deps.nameOf(config) };
    } finally {
      this.#saving--;
    }
  }

  /** Another tab saved this configuration meanwhile: this tab's edit becomes a copy beside it. */
  async #keepCopy(config: ArchetypeConfig): Promise<void> {
    const name = this.#deps.nameOf(config);
    const copy: ArchetypeConfig = { ...config, id: `cfg-${newId()}`, name: this.#deps.tabCopyName(name) };
    const outcome = await archetypeConfigs.save(copy, null);
    if (outcome.kind !== 'saved') return;
    this.reset(outcome.config);
    this.notice = { kind: 'copied', name, copy: copy.name };
    this.use(copy.id);
  }
}
