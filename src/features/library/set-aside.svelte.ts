// The records set aside on this device (lib/storage/set-aside.ts), as the start page lists them.

import { findSetAside, removeSetAside, type SetAsideRecord } from '../../lib/storage/set-aside';
import { asStorageError } from '../../lib/storage/storage-error';
import { library } from './library.svelte';

class SetAside {
  #records = $state.raw<SetAsideRecord[]>([]);
  /** Why the last removal failed (the browser's words), or null. */
  #failure = $state<string | null>(null);
  #request = 0;

  get records(): SetAsideRecord[] {
    return this.#records;
  }
  get failure(): string | null {
    return this.#failure;
  }

  async refresh(): Promise<void> {
    const request = ++this.#request;
    // Unreadable storage is the library's banner to show; the list just stays as it was.
    const records = await findSetAside().catch(() => null);
    if (records && request === this.#request) this.#records = records;
  }

  async remove(record: SetAsideRecord): Promise<void> {
    this.#failure = null;
    try {
      await removeSetAside(record.store, record.key);
    } catch (error) {
      this.#failure = asStorageError(error).message;
    }
    // The library's lists and the other tabs hear of it; the lists' refresh refreshes this one.
    await library.changed();
  }
}

export const setAside = new SetAside();
