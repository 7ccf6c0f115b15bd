// The page's one connection to the database. When a newer version of the app opens the database
// in another tab, this connection closes (so the upgrade is not blocked) and the page is told to
// reload: writing with old code into a newer schema could corrupt it.
//
// While the locked demo is open (features/demo), every store writes to a database of its own
// (`cvm-lab-demo`, same schema): edits made in the workshop never touch the user's datasets,
// configurations or answers, and deleting that database is the demo's Reset.

import { openCvmDb, type CvmDb } from './schema';
import { StorageError } from './storage-error';

export type StorageScope = 'user' | 'demo';
export const DEMO_DB_NAME = 'cvm-lab-demo';

let scope: StorageScope = 'user';
const opened = new Map<StorageScope, Promise<CvmDb>>();
let replaced = false;
const listeners = new Set<() => void>();

function open(which: StorageScope): Promise<CvmDb> {
  if (replaced) return Promise.reject(new StorageError('replaced'));
  let connection = opened.get(which);
  if (connection) return connection;
  connection = openCvmDb({
    ...(which === 'demo' ? { name: DEMO_DB_NAME } : {}),
    onReplaced: () => {
      replaced = true;
      opened.clear();
      for (const listener of listeners) listener();
    },
    onDeleted: () => void opened.delete(which),
  }).catch((error: unknown) => {
    opened.delete(which);
    // The database on disk is newer than this code: another tab runs a newer version.
    if (error instanceof DOMException && error.name === 'VersionError') throw new StorageError('replaced');
    throw error;
  });
  opened.set(which, connection);
  return connection;
}

/** The database of the scope in use: the user's, or the locked demo's while it is open. */
export const cvmDb = (): Promise<CvmDb> => open(scope);

/** Always the user's own database: for what stays theirs inside the locked demo (the language). */
export const userDb = (): Promise<CvmDb> => open('user');

export const storageScope = (): StorageScope => scope;

/** Where the stores read and write from now on; the callers read their lists again. */
export function setStorageScope(next: StorageScope): void {
  scope = next;
}

/** Deletes the locked demo's database (its Reset, and the next start of the app); resolves once it is gone. */
export async function discardDemoStorage(): Promise<void> {
  const connection = opened.get('demo');
  opened.delete('demo');
  if (connection) (await connection.catch(() => null))?.close();
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DEMO_DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('deleteDatabase failed'));
  });
}

/** Calls `listener` when another tab has taken the database over; returns an unsubscribe. */
export function onDatabaseReplaced(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** For tests: forget the connection (a reload), so a fresh fake IndexedDB is used. */
export function resetConnection(): void {
  for (const connection of opened.values()) void connection.then((db) => db.close()).catch(() => undefined);
  opened.clear();
  replaced = false;
  scope = 'user';
}
