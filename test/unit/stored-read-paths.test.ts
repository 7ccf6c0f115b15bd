// The records, written straight into the database as a restore or a newer version could
// leave them: the read paths set each aside and give back everything else.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { configFromPreset } from '../../src/lib/archetypes/presets';
import { listConfigs, saveConfig } from '../../src/lib/storage/archetype-configs';
import { cvmDb, resetConnection } from '../../src/lib/storage/connection';
import { listDatasets, listSnapshots, loadDataset, loadSnapshot, saveDataset, saveSnapshot } from '../../src/lib/storage/library';
import { loadPreferences, savePreference } from '../../src/lib/storage/preferences';
import { bytes, keptDataset, snapshotRecord } from './helpers/stored-records';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetConnection();
});

const put = async (store: 'settings' | 'datasets' | 'snapshots' | 'archetype-configs', value: unknown, key?: string) =>
  (await cvmDb()).put(store, value as never, key);

describe('read paths set aside what they cannot use', () => {
  it('reads a language this version lacks, and bins or a method out of range, as unset; the rest as saved', async () => {
    await savePreference('currency', 'EUR');
    await put('settings', 'de', 'locale');
    await put('settings', { r: 0, f: 5, m: 5 }, 'bins');
    await put('settings', 'custom', 'method');
    expect(await loadPreferences()).toEqual({ currency: 'EUR' });
    await put('settings', 'xx-<b>', 'locale');
    expect((await loadPreferences()).locale).toBeUndefined();
  });

  it('lists every other snapshot when one is malformed, and reads that one as absent', async () => {
    await saveSnapshot(snapshotRecord('s1', 'd1'), bytes('c'));
    await saveSnapshot(snapshotRecord('s2', 'd1', '2026-11-22T10:00:00.000Z'), bytes('c'));
    await put('snapshots', { ...snapshotRecord('s3', 'd1'), savedAt: undefined });
    expect((await listSnapshots()).map((s) => s.id)).toEqual(['s2', 's1']);
    expect(await loadSnapshot('s3')).toBeNull();
  });

  it('leaves out a dataset with NaN facts or without its orders, and opens the others', async () => {
    await saveDataset(keptDataset('d1'), bytes('orders'));
    const bad = keptDataset('d2');
    await saveDataset({ ...bad, summary: { ...bad.summary, rows: Number.NaN } }, bytes('orders'));
    await put('datasets', keptDataset('d3'));
    expect((await listDatasets()).map((d) => d.id)).toEqual(['d1']);
    expect(await loadDataset('d2')).toBeNull();
    expect(await loadDataset('d3')).toBeNull();
    expect(await (await loadDataset('d1'))!.orders.text()).toBe('orders');
  });

  it('counts a configuration whose update time is no moment as unreadable, keeping the rest', async () => {
    const good = { ...configFromPreset('default', { r: 5, f: 5, m: 5 }, 'c1'), name: 'Mine' };
    await saveConfig(good, null);
    await put('archetype-configs', { ...good, id: 'c2', updatedAt: 'not a date' });
    const { configs, unreadable } = await listConfigs();
    expect(configs.map((c) => c.id)).toEqual(['c1']);
    expect(unreadable).toBe(1);
  });
});
