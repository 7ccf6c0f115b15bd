import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { applyRestore, createBackup, previewRestore } from '../../src/lib/storage/backup';
import { BackupError, readBackup, writeBackup } from '../../src/lib/storage/backup-file';
import { resetConnection } from '../../src/lib/storage/connection';
import { listDatasets, listSnapshots, loadDataset, loadSnapshotCustomers, saveDataset, saveSnapshot, updateDataset } from '../../src/lib/storage/library';
import { loadPreferences, recallMapping, recallMappingAndStatuses, rememberMapping, savePreference } from '../../src/lib/storage/preferences';
import { planRestore, type Resolution } from '../../src/lib/storage/restore-plan';
import { DB_VERSION } from '../../src/lib/storage/schema';
import { bytes, keptDataset, snapshotRecord } from './helpers/stored-records';

/** Another device: a fresh, empty browser profile. */
function anotherDevice() {
  globalThis.indexedDB = new IDBFactory();
  resetConnection();
}

const copyName = (name: string) => `${name} (copy)`;
const restoreAll = async (file: Blob, resolutions: Record<string, Resolution> = {}) => {
  const { items } = await previewRestore(file);
  return applyRestore(items, new Map(Object.entries(resolutions)), copyName);
};

async function fillThisDevice() {
  await savePreference('locale', 'ru');
  await savePreference('bins', { r: 4, f: 4, m: 4 });
  await rememberMapping('sig1', 'till.csv', { customer: 'Клиент', date: 'Дата', amount: 'Сумма' });
  await saveDataset(keptDataset('d1', 'Магазин 2026'), bytes('orders of d1'));
  await saveDataset(keptDataset('d2', 'demo.csv', '2026-11-21T00:00:00.000Z'), bytes('orders of d2'));
  await saveSnapshot(snapshotRecord('s1', 'd1'), bytes('customer_id,r\nA,5\n'));
}

beforeEach(anotherDevice);

describe('backup and restore', () => {
  it('moves every dataset, snapshot, setting and mapping to another device, byte for byte', async () => {
    await fillThisDevice();
    const file = await createBackup(new Date('2026-11-23T12:00:00Z'));
    anotherDevice();
    const outcome = await restoreAll(file);
    expect(outcome).toMatchObject({ added: 6, replaced: 0, copied: 0, kept: 0, same: 0 });
    resetConnection();
    expect((await listDatasets()).map((d) => d.name)).toEqual(['demo.csv', 'Магазин 2026']);
    expect(await (await loadDataset('d1'))!.orders.text()).toBe('orders of d1');
    expect(await (await loadDataset('d2'))!.orders.text()).toBe('orders of d2');
    expect((await listSnapshots())[0]).toEqual(snapshotRecord('s1', 'd1'));
    expect(await (await loadSnapshotCustomers('s1'))!.text()).toBe('customer_id,r\nA,5\n');
    expect(await loadPreferences()).toEqual({ locale: 'ru', bins: { r: 4, f: 4, m: 4 } });
    expect(await recallMapping('sig1')).toEqual({ customer: 'Клиент', date: 'Дата', amount: 'Сумма' });
  });

  it('restoring onto the same device changes nothing and says everything is already here', async () => {
    await fillThisDevice();
    const file = await createBackup();
    const { items } = await previewRestore(file);
    expect(items.map((i) => i.status)).toEqual(items.map(() => 'same'));
    expect(await applyRestore(items, new Map(), copyName)).toMatchObject({ added: 0, same: 6 });
  });

  it('treats a renamed or re-scored dataset as the same dataset', async () => {
    await fillThisDevice();
    const file = await createBackup();
    await updateDataset('d1', { name: 'Renamed here', openedAt: '2026-11-23T00:00:00.000Z' });
    const { items } = await previewRestore(file);
    expect(items.find((i) => i.kind === 'dataset' && i.key === 'd1')?.status).toBe('same');
  });

  it('treats a dataset under the same id, date and size but with other content as a conflict, not the same', async () => {
    const d1 = keptDataset('d1');
    await saveDataset({ ...d1, dataset: { ...d1.dataset, contentHash: 'hash-a' } }, bytes('abc'));
    const file = await createBackup();
    await saveDataset({ ...d1, dataset: { ...d1.dataset, contentHash: 'hash-b' } }, bytes('xyz'));
    const { items } = await previewRestore(file);
    expect(items.find((i) => i.kind === 'dataset')?.status).toBe('conflict');
  });

  it('moves the statuses left out with a mapping, and a different choice of them is a conflict', async () => {
    const mapping = { customer: 'Email', date: 'Date', amount: 'Total', status: 'Order Status' };
    await rememberMapping('woo', 'woo.csv', mapping, ['cancelled']);
    const file = await createBackup();
    await rememberMapping('woo', 'woo.csv', mapping, ['cancelled', 'on-hold']);
    expect((await previewRestore(file)).items.find((i) => i.kind === 'mapping')?.status).toBe('conflict');
    anotherDevice();
    await restoreAll(file);
    resetConnection();
    expect(await recallMappingAndStatuses('woo')).toEqual({ mapping, excludedStatuses: ['cancelled'], contacts: null });
  });

  it('moves the contact columns confirmed with a mapping; other ones are a conflict, malformed ones a damaged backup', async () => {
    const mapping = { customer: 'Email', date: 'Date', amount: 'Total' };
    await rememberMapping('shop', 'shop.csv', mapping, null, { email: 'Email', phone: 'Phone' });
    const file = await createBackup();
    await rememberMapping('shop', 'shop.csv', mapping, null, { email: 'Email' });
    expect((await previewRestore(file)).items.find((i) => i.kind === 'mapping')?.status).toBe('conflict');
    anotherDevice();
    await restoreAll(file);
    resetConnection();
    expect((await recallMappingAndStatuses('shop'))?.contacts).toEqual({ email: 'Email', phone: 'Phone' });

    const entry = (contacts: unknown) => ({ store: 'mappings' as const, key: 'k', value: { signature: 'k', fileName: 'a.csv', mapping, contacts, savedAt: '' } });
    const backup = (contacts: unknown) => ({ createdAt: '', schemaVersion: DB_VERSION, entries: [entry(contacts)] });
    expect(planRestore(backup(undefined), {})).toHaveLength(1);
    expect(planRestore(backup({}), {})).toHaveLength(1);
    for (const bad of [{ fax: 'Fax' }, { email: 3 }, { email: '' }, ['Email'], 'Email']) {
      expect(() => planRestore(backup(bad), {})).toThrow(BackupError);
    }
  });

  describe('conflicts', () => {
    async function conflictOnD1() {
      await fillThisDevice();
      const file = await createBackup();
      // This device now holds a different dataset under the same id.
      await saveDataset(keptDataset('d1', 'Mine', '2026-11-22T09:00:00.000Z'), bytes('my orders'));
      await savePreference('locale', 'en');
      return file;
    }

    it('reports what it adds and what conflicts before writing anything', async () => {
      const file = await conflictOnD1();
      const { items } = await previewRestore(file);
      const conflicts = items.filter((i) => i.status === 'conflict').map((i) => `${i.kind}:${i.label}`);
      expect(conflicts.sort()).toEqual(['dataset:Магазин 2026', 'setting:locale']);
      expect((await loadDataset('d1'))!.record.name).toBe('Mine');
    });

    it('keeps this device\'s records unless told otherwise', async () => {
      const file = await conflictOnD1();
      expect(await restoreAll(file)).toMatchObject({ kept: 2, added: 0, same: 4 });
      expect((await loadDataset('d1'))!.record.name).toBe('Mine');
      expect((await loadPreferences()).locale).toBe('en');
    });

    it('replaces when asked', async () => {
      const file = await conflictOnD1();
      expect(await restoreAll(file, { 'dataset:d1': 'replace', 'setting:locale': 'replace' })).toMatchObject({ replaced: 2 });
      expect(await (await loadDataset('d1'))!.orders.text()).toBe('orders of d1');
      expect((await loadPreferences()).locale).toBe('ru');
    });

    it('keeps both when asked: the backup\'s dataset gets a new id and its snapshots follow it', async () => {
      const file = await conflictOnD1();
      // The snapshot is the same on both sides, so only the dataset is copied.
      expect(await restoreAll(file, { 'dataset:d1': 'both' })).toMatchObject({ copied: 1, kept: 1 });
      const names = (await listDatasets()).map((d) => d.name).sort();
      expect(names).toEqual(['Mine', 'demo.csv', 'Магазин 2026 (copy)']);
      const copy = (await listDatasets()).find((d) => d.name === 'Магазин 2026 (copy)')!;
      expect(await (await loadDataset(copy.id))!.orders.text()).toBe('orders of d1');
    });
  });

  describe('a bad file changes nothing and says why', () => {
    const problem = async (file: Blob) => {
      try {
        await previewRestore(file);
      } catch (error) {
        return error instanceof BackupError ? `${error.problem}${error.detail ? ' ' + error.detail : ''}` : String(error);
      }
      return 'accepted';
    };

    it('names a file that is not a backup, a damaged one and one from a newer version', async () => {
      await fillThisDevice();
      const good = await createBackup();
      expect(await problem(new Blob(['customer,date,amount\nA,2026-01-01,5\n']))).toBe('not_backup');
      expect(await problem(good.slice(0, good.size - 5))).toMatch(/^damaged part/);
      expect(await problem(new Blob([(await good.text()).replace('"format":"cvm-lab-backup"', '"format":"other"')]))).toBe('damaged header');
      const newer = writeBackup({ createdAt: '2030-01-01', schemaVersion: DB_VERSION + 1, entries: [] });
      expect(await problem(newer)).toBe('newer_version');
      const wrongRecord = writeBackup({ createdAt: '', schemaVersion: 2, entries: [{ store: 'datasets', key: 'x', value: { id: 'y' } }] });
      expect(await problem(wrongRecord)).toBe('damaged dataset x');
      expect((await listDatasets()).length).toBe(2);
    });
  });

  it('reads back a written file exactly, Blobs included', async () => {
    const written = writeBackup({
      createdAt: '2026-11-23T00:00:00.000Z',
      schemaVersion: 2,
      entries: [
        { store: 'settings', key: 'locale', value: 'ru' },
        { store: 'dataset-orders', key: 'd', value: { id: 'd', format: 'orders-csv-gzip-1' }, data: new Blob([new Uint8Array([0, 255, 10, 13])]) },
      ],
    });
    const read = await readBackup(written, DB_VERSION);
    expect(read.entries[0]).toEqual({ store: 'settings', key: 'locale', value: 'ru' });
    expect([...new Uint8Array(await read.entries[1].data!.arrayBuffer())]).toEqual([0, 255, 10, 13]);
  });
});
