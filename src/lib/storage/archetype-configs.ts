// The user's archetype configurations on the device. Each is checked when read (validate.ts): a
// record that no longer passes is left out and counted, never used half-valid.

import type { ArchetypeConfig } from '../archetypes/config';
import { validateConfig } from '../archetypes/validate';
import { cvmDb } from './connection';
import { asStorageError } from './storage-error';

export async function listConfigs(): Promise<{ configs: ArchetypeConfig[]; unreadable: number }> {
  try {
    const records = await (await cvmDb()).getAll('archetype-configs');
    const configs: ArchetypeConfig[] = [];
    let unreadable = 0;
    for (const record of records) {
      const checked = validateConfig(record);
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
