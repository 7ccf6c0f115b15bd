// The start page's list of what was set aside: every store's refused records, with what is wrong,
// and removal of a record with the data kept beside it.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { cvmDb, resetConnection } from '../../src/lib/storage/connection';
import { listDatasets, saveDataset, saveSnapshot } from '../../src/lib/storage/library';
import { savePreference } from '../../src/lib/storage/preferences';
import { findSetAside, removeSetAside } from '../../src/lib/storage/set-aside';
import { bytes, keptDataset, snapshotRecord } from './helpers/stored-records';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetConnection();
});

describe('set-aside records', () => {
  it('lists nothing when every record passes', async () => {
    await savePreference('locale', 'ru');
    await saveDataset(keptDataset('d1'), bytes('o'));
    await saveSnapshot(snapshotRecord('s1', 'd1'), bytes('c'));
    expect(await findSetAside()).toEqual([]);
  });

  it('lists each refused record of every store with its name and what is wrong', async () => {
    const db = await cvmDb();
    await db.put('settings', 'de', 'locale');
    const d = keptDataset('d2', 'Shop');
    await saveDataset({ ...d, summary: { ...d.summary, customers: Number.NaN } }, bytes('o'));
    await db.put('datasets', keptDataset('d3', 'No orders'));
    await db.put('snapshots', { ...snapshotRecord('s1', 'd1'), savedAt: 5 } as never);
    await db.put('archetype-configs', { id: 'c1', name: 'Broken' } as never);
    await db.put('surveys', { id: 'v1', name: 'Survey' } as never);
    await db.put('campaigns', { id: 'k1' } as never);
    const found = await findSetAside();
    expect(found.map((r) => [r.kind, r.label, r.problem.path, r.problem.kind])).toEqual([
      ['dataset', 'Shop', 'summary.customers', 'out_of_range'],
      ['dataset', 'No orders', 'data', 'no_data'],
      ['snapshot', 'Snapshot s1', 'savedAt', 'bad_date'],
      ['setting', 'locale', '', 'unknown_value'],
      ['config', 'Broken', 'format', 'missing'],
      ['survey', 'Survey', '', 'bad_shape'],
      ['campaign', 'k1', '', 'bad_shape'],
    ]);
  });

  it('removes a record together with its orders, and leaves the rest', async () => {
    await saveDataset(keptDataset('d1'), bytes('o'));
    const d = keptDataset('d2');
    await saveDataset({ ...d, storedBytes: -3 }, bytes('o'));
    await removeSetAside('datasets', 'd2');
    const db = await cvmDb();
    expect(await db.get('dataset-orders', 'd2')).toBeUndefined();
    expect(await findSetAside()).toEqual([]);
    expect((await listDatasets()).map((x) => x.id)).toEqual(['d1']);
  });
});
