// The user's archetype configurations on the device. Each is checked when read (validate/configs.ts):
// a record that no longer passes is left out and counted, never used half-valid.

import type { ArchetypeConfig } from '../archetypes/config';
import { cvmDb } from './connection';
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

export async function saveConfig(config: ArchetypeConfig): Promise<void> {
  try {
    await (await cvmDb()).put('archetype-configs', config);
  } catch (error) {
    throw asStorageError(error);
  }
}

export async function deleteConfig(id: string): Promise<void> {
  try {
    await (await cvmDb()).delete('archetype-configs', id);
  } catch (error) {
    throw asStorageError(error);
  }
}
