// The page's one connection to the database. When a newer version of the app opens the database
// in another tab, this connection closes (so the upgrade is not blocked) and the page is told to
// reload: writing with old code into a newer schema could corrupt it.

import { openCvmDb, type CvmDb } from './schema';
import { StorageError } from './storage-error';

let dbPromise: Promise<CvmDb> | null = null;
let replaced = false;
const listeners = new Set<() => void>();

export function cvmDb(): Promise<CvmDb> {
  if (replaced) return Promise.reject(new StorageError('replaced'));
  dbPromise ??= openCvmDb({
    onReplaced: () => {
      replaced = true;
      dbPromise = null;
      for (const listener of listeners) listener();
    },
  }).catch((error: unknown) => {
    dbPromise = null;
    // The database on disk is newer than this code: another tab runs a newer version.
    if (error instanceof DOMException && error.name === 'VersionError') throw new StorageError('replaced');
    throw error;
  });
  return dbPromise;
}

/** Calls `listener` when another tab has taken the database over; returns an unsubscribe. */
export function onDatabaseReplaced(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** For tests: forget the connection (a reload), so a fresh fake IndexedDB is used. */
export function resetConnection(): void {
  void dbPromise?.then((db) => db.close()).catch(() => undefined);
  dbPromise = null;
  replaced = false;
}
