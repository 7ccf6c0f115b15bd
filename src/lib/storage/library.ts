// Datasets and snapshots kept on the device. Each save writes the list record and its large data
// in one transaction: when it fails (a full disk), neither is written and what was saved before
// stays as it was.

// Every record is checked when read (validate/): one that does not pass is left out of the lists
// and reads as absent, and the start page lists it as set aside (set-aside.ts).

import { cvmDb } from './connection';
import type { KeptDataset, Snapshot } from './schema';
import { asStorageError } from './storage-error';
import { allOrNothing } from './transaction';
import { pairProblem } from './validate/pairs';

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw asStorageError(error);
  }
}

/** Newest first. */
const byDateDesc = <T>(date: (item: T) => string) => (a: T, b: T) => date(b).localeCompare(date(a));

/** The records of `store` that pass, each with the Blob record beside it. */
async function soundRecords<S extends 'datasets' | 'snapshots'>(store: S, companion: 'dataset-orders' | 'snapshot-customers') {
  const tx = (await cvmDb()).transaction([store, companion]);
  const [records, companions] = await Promise.all([tx.objectStore(store).getAll(), tx.objectStore(companion).getAll(), tx.done]);
  const byId = new Map<unknown, unknown>(companions.map((c) => [c.id, c]));
  return records.filter((record) => pairProblem(store, record, String(record.id), byId.get(record.id)) === null);
}

export function listDatasets(): Promise<KeptDataset[]> {
  return guarded(async () => (await soundRecords('datasets', 'dataset-orders')).sort(byDateDesc((d) => d.importedAt)));
}

export function listSnapshots(): Promise<Snapshot[]> {
  return guarded(async () => (await soundRecords('snapshots', 'snapshot-customers')).sort(byDateDesc((s) => s.savedAt)));
}

export function saveDataset(record: KeptDataset, orders: Blob): Promise<void> {
  return guarded(async () => {
    const tx = (await cvmDb()).transaction(['datasets', 'dataset-orders'], 'readwrite');
    await allOrNothing(tx, [
      () => tx.objectStore('datasets').put(record),
      () => tx.objectStore('dataset-orders').put({ id: record.id, format: 'orders-csv-gzip-1', data: orders }),
    ]);
  });
}

/** The dataset's record and its orders; null when it was deleted meanwhile or is set aside. */
export function loadDataset(id: string): Promise<{ record: KeptDataset; orders: Blob } | null> {
  return guarded(async () => {
    const tx = (await cvmDb()).transaction(['datasets', 'dataset-orders']);
    const [record, orders] = await Promise.all([tx.objectStore('datasets').get(id), tx.objectStore('dataset-orders').get(id), tx.done]);
    if (!record || !orders || pairProblem('datasets', record, id, orders)) return null;
    return { record, orders: orders.data };
  });
}

/** Changes list fields of a dataset (name, settings last used, opened at); the orders are not touched. */
export function updateDataset(id: string, change: Partial<Pick<KeptDataset, 'name' | 'settings' | 'openedAt'>>): Promise<void> {
  return guarded(async () => {
    const tx = (await cvmDb()).transaction('datasets', 'readwrite');
    const record = await tx.store.get(id);
    if (record) await tx.store.put({ ...record, ...change });
    await tx.done;
  });
}

/** Its snapshots are kept: they hold their own results. */
export function deleteDataset(id: string): Promise<void> {
  return guarded(async () => {
    const tx = (await cvmDb()).transaction(['datasets', 'dataset-orders'], 'readwrite');
    await allOrNothing(tx, [() => tx.objectStore('datasets').delete(id), () => tx.objectStore('dataset-orders').delete(id)]);
  });
}

export function saveSnapshot(record: Snapshot, customers: Blob): Promise<void> {
  return guarded(async () => {
    const tx = (await cvmDb()).transaction(['snapshots', 'snapshot-customers'], 'readwrite');
    await allOrNothing(tx, [
      () => tx.objectStore('snapshots').put(record),
      () => tx.objectStore('snapshot-customers').put({ id: record.id, format: 'scores-csv-gzip-1', data: customers }),
    ]);
  });
}

export function loadSnapshot(id: string): Promise<Snapshot | null> {
  return guarded(async () => {
    const tx = (await cvmDb()).transaction(['snapshots', 'snapshot-customers']);
    const [record, customers] = await Promise.all([tx.objectStore('snapshots').get(id), tx.objectStore('snapshot-customers').get(id), tx.done]);
    return record && !pairProblem('snapshots', record, id, customers) ? record : null;
  });
}

/** The snapshot's scored customers (gzip CSV); read only when the user downloads them. */
export function loadSnapshotCustomers(id: string): Promise<Blob | null> {
  return guarded(async () => (await (await cvmDb()).get('snapshot-customers', id))?.data ?? null);
}

export function renameSnapshot(id: string, name: string): Promise<void> {
  return guarded(async () => {
    const tx = (await cvmDb()).transaction('snapshots', 'readwrite');
    const record = await tx.store.get(id);
    if (record) await tx.store.put({ ...record, name });
    await tx.done;
  });
}

export function deleteSnapshot(id: string): Promise<void> {
  return guarded(async () => {
    const tx = (await cvmDb()).transaction(['snapshots', 'snapshot-customers'], 'readwrite');
    await allOrNothing(tx, [() => tx.objectStore('snapshots').delete(id), () => tx.objectStore('snapshot-customers').delete(id)]);
  });
}
