// The records on this device that their store's validator refuses (validate/): the read paths
// leave them out, so the app starts as if they were not there; the start page lists them here,
// with what is wrong, and removes them when the user says so. They are kept until then (and go
// into a backup as they are): a newer version of the app may be able to read them.

import { cvmDb } from './connection';
import { RULES, type ItemKind } from './restore-plan';
import { STORE_NAMES, type StoreName } from './schema';
import { asStorageError } from './storage-error';
import { allOrNothing } from './transaction';
import type { RecordProblem } from './validate';
import { COMPANIONS, COMPANION_STORES, pairProblem } from './validate/pairs';

export interface SetAsideRecord {
  store: StoreName;
  key: string;
  kind: ItemKind;
  /** Its name when it has one it can be shown by, else its key. */
  label: string;
  problem: RecordProblem;
}

function labelOf(value: unknown, key: string): string {
  const v = (typeof value === 'object' && value !== null ? value : {}) as { name?: unknown; fileName?: unknown };
  for (const name of [v.name, v.fileName]) if (typeof name === 'string' && name.trim() !== '') return name;
  return key;
}

export async function findSetAside(): Promise<SetAsideRecord[]> {
  try {
    const tx = (await cvmDb()).transaction([...STORE_NAMES]);
    const found: SetAsideRecord[] = [];
    const read = async (store: StoreName) => {
      const [keys, values] = await Promise.all([tx.objectStore(store).getAllKeys(), tx.objectStore(store).getAll()]);
      return new Map<string, unknown>(keys.map((key, i) => [String(key), values[i]]));
    };
    for (const rule of RULES) {
      if (COMPANION_STORES.has(rule.store)) continue;
      const records = await read(rule.store);
      const companionStore = COMPANIONS[rule.store];
      const companions = companionStore ? await read(companionStore) : new Map<string, unknown>();
      for (const [key, value] of records) {
        const problem = pairProblem(rule.store, value, key, companions.get(key));
        if (problem) found.push({ store: rule.store, key, kind: rule.kind, label: labelOf(value, key), problem });
      }
    }
    await tx.done;
    return found;
  } catch (error) {
    throw asStorageError(error);
  }
}

/** Deletes the record and the Blob record beside it, together. */
export async function removeSetAside(store: StoreName, key: string): Promise<void> {
  try {
    const companion = COMPANIONS[store];
    const stores = companion ? [store, companion] : [store];
    const tx = (await cvmDb()).transaction(stores, 'readwrite');
    await allOrNothing(tx, stores.map((name) => () => tx.objectStore(name).delete(key)));
  } catch (error) {
    throw asStorageError(error);
  }
}
