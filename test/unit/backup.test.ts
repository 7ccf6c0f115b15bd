import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { applyRestore, createBackup, previewRestore } from '../../src/lib/storage/backup';
import { BackupError, type BackupEntry, readBackup, writeBackup } from '../../src/lib/storage/backup-file';
import { cvmDb, resetConnection } from '../../src/lib/storage/connection';
import { listDatasets, listSnapshots, loadDataset, loadSnapshotCustomers, saveDataset, saveSnapshot, updateDataset } from '../../src/lib/storage/library';
import { loadPreferences, recallMapping, recallMappingAndStatuses, rememberMapping, savePreference } from '../../src/lib/storage/preferences';
import { planRestore, type Resolution } from '../../src/lib/storage/restore-plan';
import { DB_VERSION } from '../../src/lib/storage/schema';
import { gz, keptDataset, snapshotRecord, unzipped } from './helpers/stored-records';

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
  await saveDataset(keptDataset('d1', 'Магазин 2026'), await gz('orders of d1'));
  await saveDataset(keptDataset('d2', 'demo.csv', '2026-11-21T00:00:00.000Z'), await gz('orders of d2'));
  await saveSnapshot(snapshotRecord('s1', 'd1'), await gz('customer_id,r\nA,5\n'));
}

beforeEach(anotherDevice);

/** A backup as format 1 wrote it: the same layout, no checksums. */
async function formatOne(entries: BackupEntry[]): Promise<Blob> {
  const parts: { offset: number; size: number }[] = [];
  let offset = 0;
  const header = {
    format: 'cvm-lab-backup',
    version: 1,
    createdAt: '2026-11-01T00:00:00.000Z',
    schemaVersion: DB_VERSION,
    parts,
    entries: entries.map(({ data, ...rest }) => {
      if (!data) return rest;
      parts.push({ offset, size: data.size });
      offset += data.size;
      return { ...rest, part: parts.length - 1 };
    }),
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  return new Blob([`CVMLAB-BACKUP 1\n${headerBytes.length}\n`, headerBytes, ...entries.flatMap((e) => (e.data ? [e.data] : []))]);
}

describe('backup and restore', () => {
  it('moves every dataset, snapshot, setting and mapping to another device, byte for byte', async () => {
    await fillThisDevice();
    const file = await createBackup(new Date('2026-11-23T12:00:00Z'));
    anotherDevice();
    const outcome = await restoreAll(file);
    expect(outcome).toMatchObject({ added: 6, replaced: 0, copied: 0, kept: 0, same: 0 });
    resetConnection();
    expect((await listDatasets()).map((d) => d.name)).toEqual(['demo.csv', 'Магазин 2026']);
    expect(await unzipped((await loadDataset('d1'))!.orders)).toBe('orders of d1');
    expect(await unzipped((await loadDataset('d2'))!.orders)).toBe('orders of d2');
    expect((await listSnapshots())[0]).toEqual(snapshotRecord('s1', 'd1'));
    expect(await unzipped((await loadSnapshotCustomers('s1'))!)).toBe('customer_id,r\nA,5\n');
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
    await saveDataset({ ...d1, dataset: { ...d1.dataset, contentHash: 'hash-a' } }, await gz('abc'));
    const file = await createBackup();
    await saveDataset({ ...d1, dataset: { ...d1.dataset, contentHash: 'hash-b' } }, await gz('xyz'));
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

  it('moves the contact columns confirmed with a mapping; other ones are a conflict, malformed ones are left out', async () => {
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
    expect(planRestore(backup(undefined), {})[0].status).toBe('add');
    expect(planRestore(backup({}), {})[0].status).toBe('add');
    for (const bad of [{ fax: 'Fax' }, { email: 3 }, { email: '' }, ['Email'], 'Email']) {
      expect(planRestore(backup(bad), {})[0]).toMatchObject({ status: 'invalid', problem: { path: 'contacts', kind: 'wrong_type' } });
    }
  });

  describe('conflicts', () => {
    async function conflictOnD1() {
      await fillThisDevice();
      const file = await createBackup();
      // This device now holds a different dataset under the same id.
      await saveDataset(keptDataset('d1', 'Mine', '2026-11-22T09:00:00.000Z'), await gz('my orders'));
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
      expect(await unzipped((await loadDataset('d1'))!.orders)).toBe('orders of d1');
      expect((await loadPreferences()).locale).toBe('ru');
    });

    it('keeps both when asked: the backup\'s dataset gets a new id and its snapshots follow it', async () => {
      const file = await conflictOnD1();
      // The snapshot is the same on both sides, so only the dataset is copied.
      expect(await restoreAll(file, { 'dataset:d1': 'both' })).toMatchObject({ copied: 1, kept: 1 });
      const names = (await listDatasets()).map((d) => d.name).sort();
      expect(names).toEqual(['Mine', 'demo.csv', 'Магазин 2026 (copy)']);
      const copy = (await listDatasets()).find((d) => d.name === 'Магазин 2026 (copy)')!;
      expect(await unzipped((await loadDataset(copy.id))!.orders)).toBe('orders of d1');
    });
  });

  describe('a bad file changes nothing and says why', () => {
    const problem = async (file: Blob) => {
      try {
        await previewRestore(file);
      } catch (error) {
        if (!(error instanceof BackupError)) return String(error);
        const where = error.where;
        return [error.problem, where?.kind, where && 'n' in where ? where.n : undefined].filter((p) => p !== undefined).join(' ');
      }
      return 'accepted';
    };

    it('names a file that is not a backup, a damaged one and one from a newer version', async () => {
      await fillThisDevice();
      const good = await createBackup();
      expect(await problem(new Blob(['customer,date,amount\nA,2026-01-01,5\n']))).toBe('not_backup');
      expect(await problem(good.slice(0, good.size - 5))).toMatch(/^damaged part/);
      expect(await problem(new Blob([(await good.text()).replace('"format":"cvm-lab-backup"', '"format":"other"')]))).toBe('damaged header');
      const newer = await writeBackup({ createdAt: '2030-01-01T00:00:00.000Z', schemaVersion: DB_VERSION + 1, entries: [] });
      expect(await problem(newer)).toBe('newer_version');
      expect((await listDatasets()).length).toBe(2);
    });

    it('refuses a backup holding a record twice, which would count it twice and write it once', async () => {
      const record = { store: 'settings' as const, key: 'locale', value: 'ru' };
      const twice = await writeBackup({ createdAt: '2026-11-23T00:00:00.000Z', schemaVersion: DB_VERSION, entries: [record, { ...record, value: 'en' }] });
      expect(await problem(twice)).toBe('damaged duplicate 2');
      const d = keptDataset('d9');
      const orders = { store: 'dataset-orders' as const, key: 'd9', value: { id: 'd9', format: 'orders-csv-gzip-1' }, data: await gz('x') };
      const datasetTwice = await writeBackup({
        createdAt: '2026-11-23T00:00:00.000Z',
        schemaVersion: DB_VERSION,
        entries: [{ store: 'datasets', key: 'd9', value: d }, orders, { store: 'datasets', key: 'd9', value: { ...d, name: 'again' } }, orders],
      });
      expect(await problem(datasetTwice)).toBe('damaged duplicate 3');
      expect(await listDatasets()).toEqual([]);
    });

    it('refuses a part whose bytes changed before writing anything: by its checksum, and by the gzip CRC in a format 1 file', async () => {
      await fillThisDevice();
      const good = new Uint8Array(await (await createBackup()).arrayBuffer());
      // One byte inside the first part's compressed data (after the 10-byte gzip header).
      const partsStart = good.length - (await gz('orders of d1')).size - (await gz('orders of d2')).size - (await gz('customer_id,r\nA,5\n')).size;
      const flipped = good.slice();
      flipped[partsStart + 12] ^= 0xff;
      anotherDevice();
      expect(await problem(new Blob([flipped]))).toMatch(/^damaged checksum \d$/);
      const v1 = await formatOne([{ store: 'dataset-orders', key: 'd1', value: { id: 'd1', format: 'orders-csv-gzip-1' }, data: await gz('orders of d1') }]);
      const v1Bytes = new Uint8Array(await v1.arrayBuffer());
      v1Bytes[v1Bytes.length - 5] ^= 0xff; // inside the CRC-32 trailer
      expect(await problem(new Blob([v1Bytes]))).toBe('damaged gzip 1');
      expect(await listDatasets()).toEqual([]);
    });

    it('still restores a format 1 backup, which has no checksums', async () => {
      const v1 = await formatOne([
        { store: 'datasets', key: 'd1', value: keptDataset('d1') },
        { store: 'dataset-orders', key: 'd1', value: { id: 'd1', format: 'orders-csv-gzip-1' }, data: await gz('orders of d1') },
      ]);
      expect(await restoreAll(v1)).toMatchObject({ added: 1, leftOut: 0 });
      expect(await unzipped((await loadDataset('d1'))!.orders)).toBe('orders of d1');
    });
  });

  describe('records this version cannot use', () => {
    const backupOf = (entries: BackupEntry[], createdAt: string = '2026-11-23T00:00:00.000Z') => writeBackup({ createdAt, schemaVersion: DB_VERSION, entries });

    it('are left out with what is wrong, never written, and the rest is restored', async () => {
      const d = keptDataset('d1');
      const file = await backupOf([
        { store: 'settings', key: 'locale', value: 'de' },
        { store: 'settings', key: 'bins', value: { r: 9, f: 5, m: 5 } },
        { store: 'settings', key: 'currency', value: 'EUR' },
        { store: 'datasets', key: 'd1', value: { ...d, summary: { ...d.summary, rows: 'many' } } },
        { store: 'dataset-orders', key: 'd1', value: { id: 'd1', format: 'orders-csv-gzip-1' }, data: await gz('x') },
        { store: 'snapshots', key: 's1', value: { ...snapshotRecord('s1', 'd1'), savedAt: undefined } },
        { store: 'snapshot-customers', key: 's1', value: { id: 's1', format: 'scores-csv-gzip-1' }, data: await gz('y') },
      ]);
      const { items } = await previewRestore(file);
      expect(items.filter((i) => i.status === 'invalid').map((i) => [i.kind, i.label, i.problem])).toEqual([
        ['setting', 'locale', { path: '', kind: 'unknown_value' }],
        ['setting', 'bins', { path: 'r', kind: 'out_of_range' }],
        ['dataset', 'd1.csv', { path: 'summary.rows', kind: 'wrong_type' }],
        ['snapshot', 'Snapshot s1', { path: 'savedAt', kind: 'missing' }],
      ]);
      const outcome = await applyRestore(items, new Map(), copyName);
      expect(outcome).toMatchObject({ added: 1, leftOut: 4 });
      expect(outcome.writes).toHaveLength(1);
      resetConnection();
      expect(await loadPreferences()).toEqual({ currency: 'EUR' });
      expect(await listDatasets()).toEqual([]);
      expect(await (await cvmDb()).count('datasets')).toBe(0);
    });

    it('leaves out a dataset whose orders the backup lacks', async () => {
      const { items } = await previewRestore(await backupOf([{ store: 'datasets', key: 'd1', value: keptDataset('d1') }]));
      expect(items[0]).toMatchObject({ status: 'invalid', problem: { path: 'data', kind: 'no_data' } });
    });

    it('plans a valid record over an invalid one on this device as a conflict instead of failing', async () => {
      await (await cvmDb()).put('datasets', { id: 'd1', name: 'broken' } as never);
      const file = await backupOf([
        { store: 'datasets', key: 'd1', value: keptDataset('d1') },
        { store: 'dataset-orders', key: 'd1', value: { id: 'd1', format: 'orders-csv-gzip-1' }, data: await gz('orders') },
      ]);
      const { items } = await previewRestore(file);
      expect(items[0].status).toBe('conflict');
      await applyRestore(items, new Map([['dataset:d1', 'replace']]), copyName);
      expect((await listDatasets()).map((x) => x.id)).toEqual(['d1']);
    });

    it('reads a backup whose date is no moment with the date unknown', async () => {
      expect((await readBackup(await backupOf([], 'NaN'), DB_VERSION)).createdAt).toBeNull();
      expect((await readBackup(await backupOf([]), DB_VERSION)).createdAt).toBe('2026-11-23T00:00:00.000Z');
    });
  });

  it('reads back a written file exactly, Blobs included', async () => {
    const data = await gz('customer_id,date,amount\n');
    const written = await writeBackup({
      createdAt: '2026-11-23T00:00:00.000Z',
      schemaVersion: 2,
      entries: [
        { store: 'settings', key: 'locale', value: 'ru' },
        { store: 'dataset-orders', key: 'd', value: { id: 'd', format: 'orders-csv-gzip-1' }, data },
      ],
    });
    const read = await readBackup(written, DB_VERSION);
    expect(read.entries[0]).toEqual({ store: 'settings', key: 'locale', value: 'ru' });
    expect(new Uint8Array(await read.entries[1].data!.arrayBuffer())).toEqual(new Uint8Array(await data.arrayBuffer()));
  });
});
