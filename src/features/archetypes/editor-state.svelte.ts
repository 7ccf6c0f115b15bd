// The editor's working state: the configuration being shaped, its undo/redo history, and the
// archetype used as the brush. Every change is saved at once and re-segments the analysis on
// screen. A preset is never changed: the first edit of one makes the user's own copy.

import type { Send } from '../../app/events';
import { preferences } from '../../app/preferences.svelte';
import type { ArchetypeConfig } from '../../lib/archetypes/config';
import { type History, record, redo, startHistory, undo } from '../../lib/archetypes/edit';
import { type ConfigPresetId, isConfigPresetId } from '../../lib/archetypes/presets';
import { type ConfigProblem, validateConfig } from '../../lib/archetypes/validate';
import type { ScoringSettings } from '../../lib/engine/api';
import { newId } from '../../lib/ids';
import { archetypeConfigs } from './configs.svelte';

export interface EditorDeps {
  /** The settings of the analysis being re-segmented. */
  settings: () => ScoringSettings;
  send: Send;
  /** The name a preset's first edit gives the user's copy. */
  copyName: (preset: ConfigPresetId) => string;
}

export class EditorState {
  history = $state.raw<History>() as History;
  /** The archetype a click or a drag paints; null paints cells back to Other. */
  brush = $state<string | null>(null);
  /** Why the last edit was refused (a text too long, too many items): nothing is saved that could not be read back. */
  refused = $state.raw<ConfigProblem[] | null>(null);
  readonly #deps: EditorDeps;

  constructor(initial: ArchetypeConfig, deps: EditorDeps) {
    this.#deps = deps;
    this.reset(initial);
  }

  get config(): ArchetypeConfig {
    return this.history.present;
  }

  /** Starts over from a configuration (opening the editor, switching configurations). */
  reset(config: ArchetypeConfig): void {
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

  async #persist(config: ArchetypeConfig): Promise<void> {
    // Undoing the first edit of a preset returns to the preset itself: nothing to save.
    if (!isConfigPresetId(config.id) && !(await archetypeConfigs.save(config))) return;
    this.use(config.id);
  }
}
