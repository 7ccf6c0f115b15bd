// The one IndexedDB schema of CVM Lab. Every version adds an upgrade step; never edit a
// released step, or databases already on users' devices would skip it.

import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ColumnMapping } from '../engine/api';

export const DB_NAME = 'cvm-lab';
export const DB_VERSION = 1;

export interface RememberedMapping {
  signature: string;
  fileName: string;
  mapping: ColumnMapping;
  savedAt: string;
}

export interface CvmSchema extends DBSchema {
  /** Small UI preferences by key (locale, currency, last scoring choices). */
  settings: { key: string; value: unknown };
  /** The last column mapping confirmed for a file shape (name + header). */
  mappings: { key: string; value: RememberedMapping };
}

export type CvmDb = IDBPDatabase<CvmSchema>;

const upgrades: ((db: IDBPDatabase<CvmSchema>) => void)[] = [
  // v1
  (db) => {
    db.createObjectStore('settings');
    db.createObjectStore('mappings', { keyPath: 'signature' });
  },
];

export function openCvmDb(): Promise<CvmDb> {
  return openDB<CvmSchema>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      for (let v = oldVersion; v < DB_VERSION; v++) upgrades[v](db);
    },
    blocking(_current, _next, event) {
      // A newer tab wants to upgrade: let it, this tab's next write will reopen.
      (event.target as IDBDatabase).close();
    },
  });
}
