// The archetype configurations the app can segment with: the two presets, built in, and the
// user's own, kept on the device. Any configuration is resolved onto the grid being scored: a
// preset is drawn for it; a user's configuration made for another grid is remapped (remap.ts).

import type { ArchetypeConfig, Grid } from '../../lib/archetypes/config';
import { configFromPreset, isConfigPresetId } from '../../lib/archetypes/presets';
import { remapConfig } from '../../lib/archetypes/remap';
import type { EngineErrorData } from '../../lib/engine/errors';
import { deleteConfig, listConfigs, saveConfig } from '../../lib/storage/archetype-configs';
import { storageErrorData } from '../library/library.svelte';

const sameGrid = (a: Grid, b: Grid) => a.r === b.r && a.f === b.f && a.m === b.m;

class ArchetypeConfigs {
  /** The user's configurations, most recently changed first. */
  #stored = $state.raw<ArchetypeConfig[]>([]);
  /** Stored records that failed the checks and are not offered. */
  #unreadable = $state(0);
  #error = $state.raw<EngineErrorData | null>(null);
  private loading: Promise<void> | null = null;

  get stored(): ArchetypeConfig[] {
    return this.#stored;
  }
  get unreadable(): number {
    return this.#unreadable;
  }
  get error(): EngineErrorData | null {
    return this.#error;
  }

  dismissError(): void {
    this.#error = null;
  }

  load(): Promise<void> {
    this.loading ??= this.reload();
    return this.loading;
  }

  async reload(): Promise<void> {
    try {
      const { configs, unreadable } = await listConfigs();
      this.#stored = configs.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
      this.#unreadable = unreadable;
    } catch (error) {
      this.#error = storageErrorData(error);
    }
  }

  /** The configuration `id` drawn on `grid`; an id no longer known falls back to the 11 archetypes. */
  resolve(id: string, grid: Grid): ArchetypeConfig {
    if (isConfigPresetId(id)) return configFromPreset(id, grid);
    const stored = this.#stored.find((c) => c.id === id);
    if (!stored) return configFromPreset('default', grid);
    return sameGrid(stored.grid, grid) ? stored : remapConfig(stored, grid, new Date(stored.updatedAt));
  }

  /** Saves a change; the list shows what was saved. */
  async save(config: ArchetypeConfig): Promise<boolean> {
    const saved = { ...config, updatedAt: new Date().toISOString() };
    try {
      await saveConfig(saved);
    } catch (error) {
      this.#error = storageErrorData(error, config.name);
      return false;
    }
    this.#stored = [saved, ...this.#stored.filter((c) => c.id !== config.id)];
    return true;
  }

  async remove(id: string): Promise<void> {
    try {
      await deleteConfig(id);
      this.#stored = this.#stored.filter((c) => c.id !== id);
    } catch (error) {
      this.#error = storageErrorData(error);
    }
  }
}

export const archetypeConfigs = new ArchetypeConfigs();
