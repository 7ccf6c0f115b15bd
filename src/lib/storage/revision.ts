// Compare-and-write for the records two tabs can edit. Each record carries a revision (a counter
// bumped by every save); a save names the revision its editor started from, and inside the save's
// own readwrite transaction the stored revision is read and compared. On a mismatch nothing is
// written and the caller is told, so a save never writes over a version it has not seen: the
// caller keeps both (the edit as a copy) or asks. Records stored before revisions existed count as 0.
//
// Values in the settings store (plan channels, message templates) have no room for a counter
// without changing their stored shape, which backups and older versions read: for those the value
// itself is the revision, compared by content (sameValue).
//
// Every write that commits is announced to the other tabs (sync-channel.ts).

import { cvmDb } from './connection';
import { canonicalJson } from './canonical-json';
import type { CvmSchema } from './schema';
import { asStorageError } from './storage-error';
import { storeChannel, type SyncedStore } from './sync-channel';

/** The revision of a stored record; absent (older data) or malformed counts as 0. */
export function revisionOf(record: unknown): number {
  const revision = typeof record === 'object' && record !== null ? (record as { revision?: unknown }).revision : undefined;
  return typeof revision === 'number' && Number.isInteger(revision) && revision >= 0 ? revision : 0;
}

/** What an editor started from: the revision it read, or null for a record it never saw stored (a new one). */
export type Base = number | null;

export type Checked = 'ok' | 'changed' | 'deleted';

/** Whether `stored` is still what the editor started from. */
export function checkRevision(stored: unknown, base: Base): Checked {
  if (base === null) return stored === undefined ? 'ok' : 'changed';
  if (stored === undefined) return 'deleted';
  return revisionOf(stored) === base ? 'ok' : 'changed';
}

export type SaveOutcome<T> =
  | { kind: 'saved'; record: T }
  /** Another tab saved a newer version: nothing was written. */
  | { kind: 'changed' }
  /** Another tab deleted it: nothing was written. */
  | { kind: 'deleted' };

/** The stores whose records carry a revision, keyed by their `id`. */
export type RevisedStore = 'archetype-configs' | 'surveys' | 'campaigns';
type RecordOf<S extends RevisedStore> = CvmSchema[S]['value'] & { id: string; revision?: number };

const REVISED_STORES: ReadonlySet<string> = new Set<RevisedStore>(['archetype-configs', 'surveys', 'campaigns']);
export const isRevisedStore = (store: string): store is RevisedStore => REVISED_STORES.has(store);

/**
 * A record written by something other than an editor's save (a restore) over whatever is stored
 * under its id: its revision goes above both the stored one and its own, so a tab that had seen
 * either number is told on its next save instead of writing over it.
 */
export function revisedAbove<T extends object>(record: T, stored: unknown): T & { revision: number } {
  return { ...record, revision: Math.max(revisionOf(stored), revisionOf(record)) + 1 };
}

/** Writes `record` with the next revision if the stored one is still `base`; the saved record on success. */
export async function saveRevised<S extends RevisedStore>(store: S, record: RecordOf<S>, base: Base): Promise<SaveOutcome<RecordOf<S>>> {
  try {
    const tx = (await cvmDb()).transaction(store, 'readwrite');
    const checked = checkRevision(await tx.store.get(record.id), base);
    if (checked !== 'ok') {
      await tx.done;
      return { kind: checked };
    }
    const saved = { ...record, revision: (base ?? 0) + 1 };
    await Promise.all([tx.store.put(saved as CvmSchema[S]['value']), tx.done]);
    storeChannel(store).announce();
    return { kind: 'saved', record: saved };
  } catch (error) {
    throw asStorageError(error);
  }
}

/**
 * Deletes `id` if the stored record is still `base`; 'changed' leaves a version this tab has not
 * seen in place (a newer one, or one stored where it saw none). Gone already counts as deleted.
 */
export async function deleteRevised(store: RevisedStore, id: string, base: Base): Promise<'deleted' | 'changed'> {
  try {
    const tx = (await cvmDb()).transaction(store, 'readwrite');
    if (checkRevision(await tx.store.get(id), base) === 'changed') {
      await tx.done;
      return 'changed';
    }
    await Promise.all([tx.store.delete(id), tx.done]);
    storeChannel(store).announce();
    return 'deleted';
  } catch (error) {
    throw asStorageError(error);
  }
}

/** Equal as stored values (plain JSON data: key order does not matter). */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/**
 * A settings value written (and announced on `channel`) if the part of it the editor read is
 * unchanged: `partOf` picks that part from the stored value (undefined when absent), `seen` is
 * what the editor read, `next` builds the value to store from the stored one (undefined deletes
 * the key).
 */
export async function saveSettingIfSeen(
  channel: SyncedStore,
  key: string,
  partOf: (stored: unknown) => unknown,
  seen: unknown,
  next: (stored: unknown) => unknown,
): Promise<'saved' | 'changed'> {
  try {
    const tx = (await cvmDb()).transaction('settings', 'readwrite');
    const stored = await tx.store.get(key);
    if (!sameValue(partOf(stored), seen)) {
      await tx.done;
      return 'changed';
    }
    const value = next(stored);
    await Promise.all([value === undefined ? tx.store.delete(key) : tx.store.put(value, key), tx.done]);
    storeChannel(channel).announce();
    return 'saved';
  } catch (error) {
    throw asStorageError(error);
  }
}
