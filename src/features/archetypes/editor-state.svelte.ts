// The editor's working state: the configuration being shaped, its undo/redo history, and the
// archetype used as the brush. Every change is saved at once and re-segments the analysis on
// screen. A preset is never changed: the first edit of one makes the user's own copy.

import { archetypeConfigs, isPresetId } from './configs.svelte';
import { preferences } from '../../app/preferences.svelte';
import type { Session } from '../../app/session.svelte';
import type { ArchetypeConfig } from '../../lib/archetypes/config';
import { type History, record, redo, startHistory, undo } from '../../lib/archetypes/edit';
import { newId } from '../../lib/ids';

export class EditorState {
  history = $state.raw<History | null>(null);
  /** The archetype a click or a drag paints; null paints cells back to Other. */
  brush = $state<string | null>(null);
  /** A getter: the component's prop, read when needed. */
  private readonly sessionOf: () => Session;
  /** The name a preset's first edit gives the user's copy. */
  private readonly copyName: (preset: string) => string;

  constructor(sessionOf: () => Session, copyName: (preset: string) => string) {
    this.sessionOf = sessionOf;
    this.copyName = copyName;
  }

  get config(): ArchetypeConfig | null {
    return this.history?.present ?? null;
  }

  /** Starts over from the configuration in use (opening the editor, switching configurations). */
  reset(config: ArchetypeConfig): void {
    this.history = startHistory(config);
    if (!config.archetypes.some((a) => a.id === this.brush)) this.brush = config.archetypes[0]?.id ?? null;
  }

  /** One edit: recorded for undo, saved, and the analysis on screen re-segmented. */
  async apply(change: (config: ArchetypeConfig) => ArchetypeConfig): Promise<void> {
    const current = this.config;
    if (!current) return;
    let next = change(current);
    if (next === current) return;
    if (isPresetId(current.id)) next = { ...next, id: `cfg-${newId()}`, name: this.copyName(current.id), basedOn: current.id };
    this.history = record(this.history!, next);
    await this.persist(next);
  }

  async undo(): Promise<void> {
    if (!this.history?.past.length) return;
    this.history = undo(this.history);
    await this.persist(this.history.present);
  }

  async redo(): Promise<void> {
    if (!this.history?.future.length) return;
    this.history = redo(this.history);
    await this.persist(this.history.present);
  }

  /** Uses a configuration for the analysis on screen (and remembers it as the user's choice). */
  use(id: string): void {
    const session = this.sessionOf();
    const settings = session.settings;
    if (!settings) return;
    if (settings.archetypes === id) {
      session.send({ type: 'config-changed', id });
      return;
    }
    session.send({ type: 'change-settings', settings: { archetypes: id } });
    preferences.rememberScoring({ ...settings, archetypes: id });
  }

  private async persist(config: ArchetypeConfig): Promise<void> {
    // Undoing the first edit of a preset returns to the preset itself: nothing to save.
    if (!isPresetId(config.id) && !(await archetypeConfigs.save(config))) return;
    this.use(config.id);
  }
}
