// The user's archetype configurations on the device. Each is checked when read (validate/configs.ts):
// a record that no longer passes is left out and counted, never used half-valid. A save or a delete
// never goes over a version another tab saved meanwhile (revision.ts).

import type { ArchetypeConfig } from '../archetypes/config';
import { cvmDb } from './connection';
import { type Base, deleteRevised, type SaveOutcome, saveRevised } from './revision';
import { asStorageError } from './storage-error';
import { checkStoredConfig } from './validate/configs';

export async function listConfigs(): Promise<{ configs: ArchetypeConfig[]; unreadable: number }> {
  try {
    const store = (await cvmDb()).transaction('archetype-configs').store;
    const [keys, records] = await Promise.all([store.getAllKeys(), store.getAll()]);
    const configs: ArchetypeConfig[] = [];
    let unreadable = 0;
    for (const [i, record] of records.entries()) {
      const checked = checkStoredConfig(record, String(keys[i]));
      if (checked.ok) configs.push(checked.config);
      else unreadable++;
    }
    return { configs, unreadable };
  } catch (error) {
    throw asStorageError(error);
  }
}

/** Saves over the stored version only if it is still `base` (revision.ts); otherwise writes nothing and says why. */
export function saveConfig(config: ArchetypeConfig, base: Base): Promise<SaveOutcome<ArchetypeConfig>> {
  return saveRevised('archetype-configs', config, base);
}

/** Deletes unless another tab saved a newer version than `base` meanwhile ('changed'). */
export function deleteConfig(id: string, base: Base): Promise<'deleted' | 'changed'> {
  return deleteRevised('archetype-configs', id, base);
}
