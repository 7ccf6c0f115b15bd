// The one IndexedDB schema of CVM Lab. Every version adds an upgrade step; never edit a
// released step, or databases already on users' devices would skip it.
//
// Why IndexedDB and not OPFS: a dataset is a small record (for the list) plus its compact copy
// (a Blob), and both must be written in one transaction, so a failure (quota) leaves nothing
// half-written. OPFS files cannot join an IndexedDB transaction; DuckDB-WASM's own OPFS database
// mode has open durability issues. Chromium stores large Blobs as files beside the database.

import type { StoredPrediction } from '../predict/stored-prediction';
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ArchetypeConfig } from '../archetypes/config';
import type { StoredAnswer, Survey } from '../surveys/survey';
import type { Campaign } from '../campaign/campaign';
import type { ChannelContacts, ColumnMapping, DatasetInfo, ImportSummary, ScoreResult, ScoringSettings } from '../engine/api';

export const DB_NAME = 'cvm-lab';
export const DB_VERSION = 5;

export interface RememberedMapping {
  signature: string;
  fileName: string;
  mapping: ColumnMapping;
  /**
   * With a status column: the statuses the user chose to leave out (ImportChoices.excludedStatuses).
   * Absent when the default rule was kept, and in mappings remembered before it could be chosen;
   * optional, so neither the schema nor the backup format needed a new version.
   */
  excludedStatuses?: string[];
  /**
   * The contact columns confirmed with it ({} when the user chose none). Absent in mappings
   * remembered before contacts existed: the file's contacts are guessed then. Optional, like
   * excludedStatuses, so neither the schema nor the backup format needed a new version.
   */
  contacts?: ChannelContacts;
  savedAt: string;
}

/** A dataset kept on the device: what the list shows and what reopening it needs, without the file. */
export interface KeptDataset {
  id: string;
  /** Shown in the list; starts as the file name, the user may rename it. */
  name: string;
  /** ISO timestamps. */
  importedAt: string;
  openedAt: string;
  /** How the file was read (columns, encoding, preview) and the mapping confirmed for it. */
  dataset: DatasetInfo;
  mapping: ColumnMapping;
  /** The import report: rows, customers, orders, date range, every row issue. */
  summary: ImportSummary;
  /** The scoring settings last used, so the dataset reopens the way it was left. */
  settings: ScoringSettings | null;
  /** Size of the compact copy of its orders. */
  storedBytes: number;
}

/** The orders of a dataset (customer, date, value), as DuckDB wrote them: CSV, gzip-compressed. */
export interface KeptOrders {
  id: string;
  format: 'orders-csv-gzip-1';
  data: Blob;
}

/** One analysis with its results, openable without the engine. */
export interface Snapshot {
  id: string;
  name: string;
  savedAt: string;
  datasetId: string;
  /** The dataset's name when the snapshot was saved (the dataset may be renamed or deleted later). */
  datasetName: string;
  /** As it was when the snapshot was saved: its content hash tells whether the kept dataset still holds that data. */
  dataset: DatasetInfo;
  summary: ImportSummary;
  settings: ScoringSettings;
  result: ScoreResult;
  storedBytes: number;
  /** The archetype configuration its segments were made with (absent in snapshots of a preset). */
  config?: ArchetypeConfig;
  /** The last prediction shown on the Prediction tab when it was saved (absent without one; plain arrays for the JSON backup). */
  prediction?: StoredPrediction;
}

/** Every scored customer of a snapshot: the scores CSV the results page downloads, gzip-compressed. */
export interface SnapshotCustomers {
  id: string;
  format: 'scores-csv-gzip-1';
  data: Blob;
}

export interface CvmSchema extends DBSchema {
  /** Small UI preferences by key (locale, currency, last scoring choices). */
  settings: { key: string; value: unknown };
  /** The last column mapping confirmed for a file shape (name + header). */
  mappings: { key: string; value: RememberedMapping };
  datasets: { key: string; value: KeptDataset };
  'dataset-orders': { key: string; value: KeptOrders };
  snapshots: { key: string; value: Snapshot; indexes: { datasetId: string } };
  'snapshot-customers': { key: string; value: SnapshotCustomers };
  /** The user's archetype configurations (the presets are built in, not stored). */
  'archetype-configs': { key: string; value: ArchetypeConfig };
  /** The user's surveys, each with every version it was saved with. */
  surveys: { key: string; value: Survey };
  /** Every answer collected (kiosk, manual entry, a form tool's export), by its survey. */
  'survey-answers': { key: string; value: StoredAnswer; indexes: { surveyId: string } };
  /** Campaigns planned, exported and measured, with their target lists and control groups. */
  campaigns: { key: string; value: Campaign };
}

export type CvmDb = IDBPDatabase<CvmSchema>;
export type StoreName =
  | 'settings'
  | 'mappings'
  | 'datasets'
  | 'dataset-orders'
  | 'snapshots'
  | 'snapshot-customers'
  | 'archetype-configs'
  | 'surveys'
  | 'survey-answers'
  | 'campaigns';

/** Every store, for backups and tests. */
export const STORE_NAMES: readonly StoreName[] = [
  'settings',
  'mappings',
  'datasets',
  'dataset-orders',
  'snapshots',
  'snapshot-customers',
  'archetype-configs',
  'surveys',
  'survey-answers',
  'campaigns',
];

/** Upgrade step N takes a database from version N to N + 1. */
export const upgrades: ((db: IDBPDatabase<CvmSchema>) => void)[] = [
  // v1
  (db) => {
    db.createObjectStore('settings');
    db.createObjectStore('mappings', { keyPath: 'signature' });
  },
  // v2: datasets and snapshots kept on the device; list records apart from their large data.
  (db) => {
    db.createObjectStore('datasets', { keyPath: 'id' });
    db.createObjectStore('dataset-orders', { keyPath: 'id' });
    db.createObjectStore('snapshots', { keyPath: 'id' }).createIndex('datasetId', 'datasetId');
    db.createObjectStore('snapshot-customers', { keyPath: 'id' });
  },
  // v3: archetype configurations the user shapes in the editor.
  (db) => {
    db.createObjectStore('archetype-configs', { keyPath: 'id' });
  },
  // v4: surveys and their answers (kiosk, manual entry, imports), answers found by their survey.
  (db) => {
    db.createObjectStore('surveys', { keyPath: 'id' });
    db.createObjectStore('survey-answers', { keyPath: 'id' }).createIndex('surveyId', 'surveyId');
  },
  // v5: campaigns with their plan, target lists, control group and measured responses.
  (db) => {
    db.createObjectStore('campaigns', { keyPath: 'id' });
  },
];

export interface OpenOptions {
  /** Another tab opened a newer version: this connection has been closed and the page must reload. */
  onReplaced?: () => void;
  /** For tests of the upgrade path: open at an earlier version. */
  version?: number;
  /** Another database of the same shape (the locked demo's, connection.ts); default DB_NAME. */
  name?: string;
  /** The database is being deleted (the locked demo's Reset in another tab): this connection has closed. */
  onDeleted?: () => void;
}

export function openCvmDb(options: OpenOptions = {}): Promise<CvmDb> {
  const version = options.version ?? DB_VERSION;
  return openDB<CvmSchema>(options.name ?? DB_NAME, version, {
    upgrade(db, oldVersion) {
      for (let v = oldVersion; v < version; v++) upgrades[v](db);
    },
    blocking(_current, next, event) {
      (event.target as IDBDatabase).close();
      // No next version: the database is being deleted, not upgraded; the next use opens it afresh.
      if (next === null) return options.onDeleted?.();
      // A newer tab wants to upgrade: let it, and tell this page it must reload to keep working.
      options.onReplaced?.();
    },
  });
}
