// The datasets and snapshots kept on this device, as the start page lists them. Every change
// goes to IndexedDB first; the lists are then read again, so they never show what was not saved.

import { sameContent } from '../../lib/engine/content-hash';
import type { EngineErrorData } from '../../lib/engine/errors';
import { onDatabaseReplaced } from '../../lib/storage/connection';
import {
  deleteDataset,
  deleteSnapshot,
  listDatasets,
  listSnapshots,
  renameSnapshot,
  updateDataset,
} from '../../lib/storage/library';
import type { KeptDataset, Snapshot } from '../../lib/storage/schema';
import { asStorageError, type StorageError } from '../../lib/storage/storage-error';
import { storeChannel } from '../../lib/storage/sync-channel';

/** A storage failure as the error the banner shows. */
export function storageErrorData(error: unknown, name = ''): EngineErrorData {
  const storage: StorageError = asStorageError(error);
  const code = storage.code === 'quota' ? 'storage_quota' : storage.code === 'replaced' ? 'storage_replaced' : 'storage_failed';
  return { code, details: { name, ...(storage.code === 'failed' ? { reason: storage.message } : {}) }, message: storage.message };
}

/** Other tabs of the app hear of every change, so their lists do not go stale. */
const channel = storeChannel('library');

class Library {
  #datasets = $state.raw<KeptDataset[]>([]);
  #snapshots = $state.raw<Snapshot[]>([]);
  #loaded = $state(false);
  #error = $state.raw<EngineErrorData | null>(null);
  /** Another tab runs a newer version and took the database over: this page must reload. */
  #replaced = $state(false);

  get datasets(): KeptDataset[] {
    return this.#datasets;
  }
  get snapshots(): Snapshot[] {
    return this.#snapshots;
  }
  get loaded(): boolean {
    return this.#loaded;
  }
  get error(): EngineErrorData | null {
    return this.#error;
  }
  get replaced(): boolean {
    return this.#replaced;
  }

  constructor() {
    onDatabaseReplaced(() => {
      this.#replaced = true;
    });
    channel.listen(() => void this.refresh());
  }

  dismissError(): void {
    this.#error = null;
  }

  /** After this tab wrote something: read the lists again and tell the other tabs. */
  async changed(): Promise<void> {
    channel.announce();
    await this.refresh();
  }

  async refresh(): Promise<void> {
    try {
      [this.#datasets, this.#snapshots] = await Promise.all([listDatasets(), listSnapshots()]);
      this.#error = null;
    } catch (error) {
      this.#error = storageErrorData(error);
    } finally {
      this.#loaded = true;
    }
  }

  renameDataset(id: string, name: string): Promise<void> {
    return this.change(() => updateDataset(id, { name }));
  }

  deleteDataset(id: string): Promise<void> {
    return this.change(() => deleteDataset(id));
  }

  renameSnapshot(id: string, name: string): Promise<void> {
    return this.change(() => renameSnapshot(id, name));
  }

  deleteSnapshot(id: string): Promise<void> {
    return this.change(() => deleteSnapshot(id));
  }

  /** The dataset a snapshot was made from, if it is still kept. */
  datasetOf(snapshot: Snapshot): KeptDataset | null {
    return this.#datasets.find((d) => d.id === snapshot.datasetId) ?? null;
  }

  /**
   * The snapshot's dataset is still kept but holds other data than the snapshot was made from (a
   * backup restored over it): analysing it again would not give the snapshot's results. False
   * when it cannot be told (either was stored before content hashes were recorded).
   */
  datasetChanged(snapshot: Snapshot): boolean {
    const dataset = this.datasetOf(snapshot);
    return dataset !== null && sameContent(snapshot.dataset, dataset.dataset) === false;
  }

  private async change(write: () => Promise<void>): Promise<void> {
    try {
      await write();
    } catch (error) {
      this.#error = storageErrorData(error);
    }
    await this.changed();
  }
}

export const library = new Library();
