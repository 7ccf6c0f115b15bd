import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { cvmDb, onDatabaseReplaced, resetConnection } from '../../src/lib/storage/connection';
import {
  deleteDataset,
  deleteSnapshot,
  listDatasets,
  listSnapshots,
  loadDataset,
  loadSnapshot,
  loadSnapshotCustomers,
  renameSnapshot,
  saveDataset,
  saveSnapshot,
  updateDataset,
} from '../../src/lib/storage/library';
import { loadPreferences, recallMapping } from '../../src/lib/storage/preferences';
import { DB_NAME, DB_VERSION, STORE_NAMES, openCvmDb, upgrades } from '../../src/lib/storage/schema';
import { StorageError } from '../../src/lib/storage/storage-error';
import { bytes, keptDataset, snapshotRecord } from './helpers/stored-records';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetConnection();
});

const text = (blob: Blob | undefined | null) => blob?.text();

describe('schema upgrades', () => {
  it('has one upgrade step per version', () => {
    expect(upgrades).toHaveLength(DB_VERSION);
  });

  it('keeps every record a version 1 database held when the app opens it at the current version', async () => {
    // What version 1 of the app wrote: its own upgrade step, its own records.
    const v1 = await openCvmDb({ version: 1 });
    await v1.put('settings', 'ru', 'locale');
    await v1.put('settings', 'EUR', 'currency');
    await v1.put('settings', { r: 3, f: 4, m: 2 }, 'bins');
    await v1.put('mappings', {
      signature: 'sig1',
      fileName: 'till.csv',
      mapping: { customer: 'Клиент', date: 'Дата', amount: 'Сумма' },
      savedAt: '2026-10-01T00:00:00.000Z',
    });
    v1.close();

    const current = await cvmDb();
    expect(current.version).toBe(DB_VERSION);
    expect([...current.objectStoreNames].sort()).toEqual([...STORE_NAMES].sort());
    expect(await loadPreferences()).toEqual({ locale: 'ru', currency: 'EUR', bins: { r: 3, f: 4, m: 2 } });
    expect(await recallMapping('sig1')).toEqual({ customer: 'Клиент', date: 'Дата', amount: 'Сумма' });
    // The new stores work on the upgraded database.
    await saveDataset(keptDataset('d1'), bytes('orders'));
    expect((await listDatasets()).map((d) => d.id)).toEqual(['d1']);
  });
});

describe('schema upgrade to version 3', () => {
  it('keeps the datasets and snapshots a version 2 database held, and adds the configuration store', async () => {
    const v2 = await openCvmDb({ version: 2 });
    await v2.put('datasets', keptDataset('d1'));
    await v2.put('dataset-orders', { id: 'd1', format: 'orders-csv-gzip-1', data: bytes('orders of d1') });
    await v2.put('snapshots', snapshotRecord('s1', 'd1'));
    await v2.put('snapshot-customers', { id: 's1', format: 'scores-csv-gzip-1', data: bytes('scores') });
    await v2.put('settings', 'default', 'archetypes');
    v2.close();

    expect((await listDatasets()).map((d) => d.id)).toEqual(['d1']);
    expect(await (await loadDataset('d1'))!.orders.text()).toBe('orders of d1');
    expect(await loadSnapshot('s1')).toEqual(snapshotRecord('s1', 'd1'));
    expect(await (await loadSnapshotCustomers('s1'))!.text()).toBe('scores');
    expect((await loadPreferences()).archetypes).toBe('default');
    expect((await cvmDb()).objectStoreNames.contains('archetype-configs')).toBe(true);
  });
});

describe('datasets', () => {
  it('lists datasets newest first and opens one with its orders', async () => {
    await saveDataset(keptDataset('old', 'old.csv', '2026-11-01T00:00:00.000Z'), bytes('old orders'));
    await saveDataset(keptDataset('new', 'new.csv', '2026-11-22T00:00:00.000Z'), bytes('new orders'));
    resetConnection();
    expect((await listDatasets()).map((d) => d.name)).toEqual(['new.csv', 'old.csv']);
    const loaded = await loadDataset('old');
    expect(loaded?.record.name).toBe('old.csv');
    expect(await text(loaded?.orders)).toBe('old orders');
  });

  it('renames and records the settings last used without touching the orders', async () => {
    await saveDataset(keptDataset('d1'), bytes('orders'));
    const settings = { ...keptDataset('d1').settings!, bins: { r: 2, f: 2, m: 2 } };
    await updateDataset('d1', { name: 'Shop 2026', settings });
    const loaded = await loadDataset('d1');
    expect(loaded?.record.name).toBe('Shop 2026');
    expect(loaded?.record.settings?.bins).toEqual({ r: 2, f: 2, m: 2 });
    expect(await text(loaded?.orders)).toBe('orders');
  });

  it('deletes the record and its orders together, keeping its snapshots', async () => {
    await saveDataset(keptDataset('d1'), bytes('orders'));
    await saveSnapshot(snapshotRecord('s1', 'd1'), bytes('scores'));
    await deleteDataset('d1');
    expect(await listDatasets()).toEqual([]);
    expect(await loadDataset('d1')).toBeNull();
    expect((await (await cvmDb()).count('dataset-orders'))).toBe(0);
    expect((await listSnapshots()).map((s) => s.id)).toEqual(['s1']);
  });

  it('writes nothing when the write fails, and keeps what was saved before', async () => {
    await saveDataset(keptDataset('d1'), bytes('first'));
    // A record the store cannot hold (a function is not cloneable) fails like a full disk: mid-transaction.
    const broken = { ...keptDataset('d2'), settings: (() => null) as never };
    await expect(saveDataset(broken, bytes('second'))).rejects.toBeInstanceOf(StorageError);
    expect((await listDatasets()).map((d) => d.id)).toEqual(['d1']);
    expect(await (await cvmDb()).get('dataset-orders', 'd2')).toBeUndefined();
    expect(await text((await loadDataset('d1'))?.orders)).toBe('first');
  });

  it('undoes the list record when its data cannot be written in the same transaction', async () => {
    // The record is written first; its data (not cloneable) fails after it: nothing may stay.
    await expect(saveDataset(keptDataset('d3'), (() => null) as never)).rejects.toBeInstanceOf(StorageError);
    expect(await listDatasets()).toEqual([]);
  });
});

describe('snapshots', () => {
  it('opens a snapshot with its results, and its customers only when asked', async () => {
    await saveSnapshot(snapshotRecord('s1', 'd1', '2026-11-01T00:00:00.000Z'), bytes('customer_id,r\nA,5\n'));
    await saveSnapshot(snapshotRecord('s2', 'd1', '2026-11-02T00:00:00.000Z'), bytes('customer_id,r\nB,1\n'));
    resetConnection();
    expect((await listSnapshots()).map((s) => s.id)).toEqual(['s2', 's1']);
    expect((await loadSnapshot('s1'))?.result.summary.revenue).toBe(123.45);
    expect(await text(await loadSnapshotCustomers('s1'))).toBe('customer_id,r\nA,5\n');
  });

  it('renames and deletes', async () => {
    await saveSnapshot(snapshotRecord('s1', 'd1'), bytes('x'));
    await renameSnapshot('s1', 'Before the campaign');
    expect((await loadSnapshot('s1'))?.name).toBe('Before the campaign');
    await deleteSnapshot('s1');
    expect(await loadSnapshot('s1')).toBeNull();
    expect(await loadSnapshotCustomers('s1')).toBeNull();
  });
});

describe('two tabs', () => {
  it('closes this tab\'s connection and tells the page to reload when another tab opens a newer version', async () => {
    let told = 0;
    onDatabaseReplaced(() => told++);
    await saveDataset(keptDataset('d1'), bytes('orders'));
    // The other tab runs a newer app: its open would be blocked if this tab kept its connection.
    const newer = await openDB(DB_NAME, DB_VERSION + 1);
    expect(newer.version).toBe(DB_VERSION + 1);
    expect(told).toBe(1);
    // This tab's old code must not write into the newer schema.
    await expect(listDatasets()).rejects.toMatchObject({ code: 'replaced' });
    newer.close();
  });

  it('refuses to open a database a newer version of the app has already upgraded', async () => {
    (await openDB(DB_NAME, DB_VERSION + 1)).close();
    await expect(listDatasets()).rejects.toMatchObject({ code: 'replaced' });
  });
});
