// The archetype configurations the app can segment with: the two presets, built in, and the
// user's own, kept on the device. Any configuration is resolved onto the grid being scored: a
// preset is drawn for it; a user's configuration made for another grid is remapped (remap.ts).
// Other tabs hear of every change the storage writes (sync-channel.ts) and read the list again;
// a save names the revision its editor started from and never goes over a newer one (revision.ts).

import type { ArchetypeConfig, Grid } from '../../lib/archetypes/config';
import { configFromPreset, isConfigPresetId } from '../../lib/archetypes/presets';
import { remapConfig } from '../../lib/archetypes/remap';
import type { EngineErrorData } from '../../lib/engine/errors';
import { deleteConfig, listConfigs, saveConfig } from '../../lib/storage/archetype-configs';
import { type Base, revisionOf } from '../../lib/storage/revision';
import { storeChannel } from '../../lib/storage/sync-channel';
import { storageErrorData } from '../library/library.svelte';

const sameGrid = (a: Grid, b: Grid) => a.r === b.r && a.f === b.f && a.m === b.m;
const channel = storeChannel('archetype-configs');

/** How a save ended: 'changed' and 'deleted' mean another tab got there first and nothing was written. */
export type ConfigSave = { kind: 'saved'; config: ArchetypeConfig } | { kind: 'changed' } | { kind: 'deleted' } | { kind: 'failed' };

class ArchetypeConfigs {
  /** The user's configurations, most recently changed first. */
  #stored = $state.raw<ArchetypeConfig[]>([]);
  /** Stored records that failed the checks and are not offered. */
  #unreadable = $state(0);
  #error = $state.raw<EngineErrorData | null>(null);
  /** Counts the lists read because another tab wrote: the editor follows them. */
  #remoteChanges = $state(0);
  /** Only the list of the last read started is shown: an earlier read may miss a later write. */
  #reads = 0;
  private loading: Promise<void> | null = null;

  /** Told which configurations another tab saved or deleted. */
  readonly #remoteListeners = new Set<(changed: ReadonlySet<string>) => void>();

  constructor() {
    channel.listen(() => void this.#heard());
  }

  /** Calls `listener` with the ids of the configurations another tab saved or deleted; returns an unsubscribe. */
  onRemoteChange(listener: (changed: ReadonlySet<string>) => void): () => void {
    this.#remoteListeners.add(listener);
    return () => this.#remoteListeners.delete(listener);
  }

  async #heard(): Promise<void> {
    const before = new Map(this.#stored.map((c) => [c.id, revisionOf(c)]));
    await this.reload();
    const changed = new Set<string>();
    for (const c of this.#stored) if (before.get(c.id) !== revisionOf(c)) changed.add(c.id);
    for (const id of before.keys()) if (!this.find(id)) changed.add(id);
    this.#remoteChanges++;
    for (const listener of this.#remoteListeners) listener(changed);
  }

  get stored(): ArchetypeConfig[] {
    return this.#stored;
  }
  get unreadable(): number {
    return this.#unreadable;
  }
  get error(): EngineErrorData | null {
    return this.#error;
  }
  get remoteChanges(): number {
    return this.#remoteChanges;
  }

  dismissError(): void {
    this.#error = null;
  }

  load(): Promise<void> {
    this.loading ??= this.reload();
    return this.loading;
  }

  async reload(): Promise<void> {
    const read = ++this.#reads;
    try {
      const { configs, unreadable } = await listConfigs();
      if (read !== this.#reads) return;
      this.#stored = configs.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
      this.#unreadable = unreadable;
    } catch (error) {
      this.#error = storageErrorData(error);
    }
  }

  find(id: string): ArchetypeConfig | null {
    return this.#stored.find((c) => c.id === id) ?? null;
  }

  /** The configuration `id` drawn on `grid`; an id no longer known falls back to the 11 archetypes. */
  resolve(id: string, grid: Grid): ArchetypeConfig {
    if (isConfigPresetId(id)) return configFromPreset(id, grid);
    const stored = this.find(id);
    if (!stored) return configFromPreset('default', grid);
    return sameGrid(stored.grid, grid) ? stored : remapConfig(stored, grid, new Date(stored.updatedAt));
  }

  /** Saves a change made from revision `base` (null: a new configuration); the list shows what was saved. */
  async save(config: ArchetypeConfig, base: Base = null): Promise<ConfigSave> {
    let outcome;
    try {
      outcome = await saveConfig({ ...config, updatedAt: new Date().toISOString() }, base);
    } catch (error) {
      this.#error = storageErrorData(error, config.name);
      return { kind: 'failed' };
    }
    if (outcome.kind !== 'saved') {
      void this.reload();
      return outcome;
    }
    const saved = outcome.record;
    this.#stored = [saved, ...this.#stored.filter((c) => c.id !== config.id)];
    this.#reads++;
    return { kind: 'saved', config: saved };
  }

  /** Deletes `id` as seen at revision `base`; 'changed': another tab saved a newer version, which stays. */
  async remove(id: string, base: Base): Promise<'deleted' | 'changed' | 'failed'> {
    try {
      const outcome = await deleteConfig(id, base);
      if (outcome === 'changed') {
        await this.reload();
        return outcome;
      }
      this.#stored = this.#stored.filter((c) => c.id !== id);
      this.#reads++;
      return outcome;
    } catch (error) {
      this.#error = storageErrorData(error);
      return 'failed';
    }
  }
}

export const archetypeConfigs = new ArchetypeConfigs();
