// Backup and restore of everything the app keeps on the device: read every store into one file;
// restore in two steps, a plan the user sees (what is added, what conflicts) and then one
// transaction that writes all of it or nothing.

import { type Backup, type BackupEntry, readBackup, writeBackup } from './backup-file';
import { cvmDb } from './connection';
import { newId } from '../ids';
import { type CurrentRecords, type PlanItem, type Resolution, type RestoreOutcome, planRestore, restoreWrites } from './restore-plan';
import { KIOSK_LOCK_KEY } from './kiosk-lock';
import { DB_VERSION, STORE_NAMES, type StoreName } from './schema';
import { isRevisedStore, revisedAbove } from './revision';
import { restoredChannels } from './restore-announce';
import { asStorageError } from './storage-error';
import { storeChannel } from './sync-channel';
import { allOrNothing } from './transaction';

const BLOB_STORES = new Set<StoreName>(['dataset-orders', 'snapshot-customers']);

/**
 * The kiosk lock belongs to the device it was set on: a backup restored on another tablet (or on
 * the office computer) must never lock it to a survey behind a PIN nobody there knows. It is left
 * out of every backup, and one found in an older or hand-made backup is ignored.
 */
const deviceOnly = (store: StoreName, key: string) => store === 'settings' && key === KIOSK_LOCK_KEY;

async function readStores(): Promise<Map<StoreName, Map<string, unknown>>> {
  const tx = (await cvmDb()).transaction([...STORE_NAMES]);
  const stores = new Map<StoreName, Map<string, unknown>>();
  for (const name of STORE_NAMES) {
    const store = tx.objectStore(name);
    const [keys, values] = await Promise.all([store.getAllKeys(), store.getAll()]);
    stores.set(name, new Map(keys.map((key, i) => [String(key), values[i] as unknown])));
  }
  await tx.done;
  return stores;
}

/** Everything kept on this device as one backup file. */
export async function createBackup(now = new Date()): Promise<Blob> {
  try {
    const entries: BackupEntry[] = [];
    for (const [store, records] of await readStores()) {
      for (const [key, value] of records) {
        if (deviceOnly(store, key)) continue;
        if (BLOB_STORES.has(store)) {
          const { data, ...rest } = value as { data: Blob };
          entries.push({ store, key, value: rest, data });
        } else entries.push({ store, key, value });
      }
    }
    return await writeBackup({ createdAt: now.toISOString(), schemaVersion: DB_VERSION, entries });
  } catch (error) {
    throw asStorageError(error);
  }
}

export interface RestorePreview {
  backup: Backup;
  items: PlanItem[];
}

/** Reads a backup file, checks every part, and compares it with this device; writes nothing. Throws BackupError for a bad file. */
export async function previewRestore(file: Blob): Promise<RestorePreview> {
  const backup = await readBackup(file, DB_VERSION);
  let current: CurrentRecords;
  try {
    current = Object.fromEntries(await readStores()) as CurrentRecords;
  } catch (error) {
    throw asStorageError(error);
  }
  return { backup, items: planRestore(backup, current).filter((item) => !deviceOnly(item.incoming.store, item.key)) };
}

/**
 * Writes the plan under the user's resolutions in one transaction. A configuration, survey or
 * campaign goes above the revision stored under its id (revision.ts): the backup's own number may
 * be one another tab has seen, and that tab's next save would then write over the restore.
 */
export async function applyRestore(
  items: PlanItem[],
  resolutions: ReadonlyMap<string, Resolution>,
  copyName: (name: string) => string,
): Promise<RestoreOutcome> {
  const outcome = restoreWrites(items, resolutions, newId, copyName);
  if (outcome.writes.length === 0) return outcome;
  try {
    const tx = (await cvmDb()).transaction([...STORE_NAMES], 'readwrite');
    await allOrNothing(
      tx,
      outcome.writes.map((write) => async () => {
        const store = tx.objectStore(write.store);
        // The plan checked each value against its store; idb cannot type a store chosen at run time.
        if (write.key !== undefined) return store.put(write.value as never, write.key);
        if (!isRevisedStore(write.store)) return store.put(write.value as never);
        // Read in this transaction, so no save of another tab comes between the read and the write.
        const value = write.value as { id: string };
        return store.put(revisedAbove(value, await store.get(value.id)) as never);
      }),
    );
  } catch (error) {
    throw asStorageError(error);
  }
  // Every tab reads these stores again, this one too: its lists and editors still hold what was
  // stored before, and an edit from there would meet the restore's revision as another tab's.
  for (const channel of restoredChannels(outcome.writes)) storeChannel(channel).announce({ alsoHere: true });
  return outcome;
}
