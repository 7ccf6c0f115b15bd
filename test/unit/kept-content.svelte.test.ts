// A kept dataset is known by the content of its file, not by its name, header and size: a
// different file that shares all three (one digit changed) must not take the place of the one a
// snapshot was made from (issue 19, item 4).
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { Session } from '../../src/app/session.svelte';
import { library } from '../../src/features/library/library.svelte';
import { configFromPreset } from '../../src/lib/archetypes/presets';
import type { DatasetInfo, ScoringSettings } from '../../src/lib/engine/api';
import { resetConnection } from '../../src/lib/storage/connection';
import { listDatasets, listSnapshots, loadDataset, saveDataset, saveSnapshot } from '../../src/lib/storage/library';
import { keptDataset, snapshotRecord } from './helpers/stored-records';
import { fakeDataset, fakeEngines, fakeResult, fakeSummary, settle, until } from './helpers/fake-engine';

const configs = { load: async () => undefined, resolve: (_id: string, grid: ScoringSettings['bins']) => configFromPreset('default', grid) };

function start() {
  const fakes = fakeEngines();
  const session = new Session({ startEngine: fakes.start, configs, scoringDefaults: () => ({}) });
  return { session, ...fakes };
}
type Started = ReturnType<typeof start>;

const file = () => new File(['customer,date,amount\nA,2024-01-01,10\n'], 'orders.csv', { type: 'text/csv' });

/**
 * Opens a file the engine reads as `dataset`, analyses it, and keeps it with `orders` as its
 * compact copy. As the worker does, the file opens without its content hash, which the page asks
 * for when it keeps the dataset.
 */
async function analyse(t: Started, dataset: DatasetInfo, orders: number[]) {
  const { contentHash, ...opened } = dataset;
  t.session.send({ type: 'go', to: 'import' });
  t.session.send({ type: 'open-file', file: file() });
  await settle();
  t.current().last('openFile').resolve(opened);
  await until(() => t.session.screen.name === 'mapping', 'the mapping screen');
  t.session.send({ type: 'analyse' });
  await settle();
  t.current().last('prepare').resolve(fakeSummary());
  await settle();
  const score = t.current().last('score');
  score.resolve(fakeResult(score.args[0] as ScoringSettings));
  const exported = t.current().of('exportOrders').length;
  const hashed = t.current().of('contentHash').length;
  (await t.current().asked('exportOrders', exported + 1)).resolve(new Uint8Array(orders));
  (await t.current().asked('contentHash', hashed + 1)).resolve(contentHash ?? null);
  await until(() => t.session.keeping.status === 'kept', 'the dataset kept');
}

async function storedOrders(id: string): Promise<number[]> {
  const loaded = await loadDataset(id);
  return [...new Uint8Array(await loaded!.orders.arrayBuffer())];
}

const first = { ...fakeDataset('orders.csv'), contentHash: 'hash-first' };
const second = { ...fakeDataset('orders.csv'), contentHash: 'hash-second' };

beforeEach(() => {
  resetConnection();
  globalThis.indexedDB = new IDBFactory();
});

describe('a kept dataset is known by its content', () => {
  it('keeps a different file with the same name, header and size beside the first, and a snapshot of the first analyses the first again', async () => {
    const t = start();
    await analyse(t, first, [1, 1, 1]);
    const firstId = t.session.keeping.keptId!;
    const shown = t.session.analysis.shown!;
    expect(await t.session.snapshots.save('Before', shown, firstId, async () => new Uint8Array([9]))).toBe(true);

    await analyse(t, second, [2, 2, 2]);
    const kept = await listDatasets();
    // Listed apart, under names that tell them apart.
    expect(kept.map((d) => d.name).sort()).toEqual(['orders.csv', 'orders.csv (2)']);
    expect(t.session.keeping.keptId).not.toBe(firstId);
    expect(await storedOrders(firstId)).toEqual([1, 1, 1]);
    expect(kept.find((d) => d.id === firstId)?.dataset.contentHash).toBe('hash-first');

    const [snapshot] = await listSnapshots();
    expect(snapshot.dataset.contentHash).toBe('hash-first');
    t.session.send({ type: 'open-snapshot', id: snapshot.id });
    await until(() => t.session.analysis.snapshot !== null, 'the snapshot on screen');
    t.session.send({ type: 'reanalyse-snapshot' });
    const load = await t.current().asked('loadOrders');
    // The first file's orders, not the second's.
    expect([...(load.args[0] as Uint8Array)]).toEqual([1, 1, 1]);
    expect((load.args[1] as DatasetInfo).contentHash).toBe('hash-first');
  });

  it('the same file analysed the same way again replaces its earlier copy instead of listing it twice', async () => {
    const t = start();
    await analyse(t, first, [1, 1, 1]);
    const id = t.session.keeping.keptId;
    await analyse(t, { ...first }, [1, 1, 1]);
    expect((await listDatasets()).map((d) => d.id)).toEqual([id]);
  });

  describe('a dataset kept before content hashes were recorded', () => {
    /** As kept by the earlier version: the same name, header, size, mapping and choices, and no hash. */
    async function keptEarlier(orders: number[]) {
      const { contentHash: _none, ...dataset } = first;
      const now = '2026-11-20T10:00:00.000Z';
      await saveDataset(
        { id: 'earlier', name: 'orders.csv', importedAt: now, openedAt: now, dataset, mapping: dataset.guess as never, summary: fakeSummary(), settings: null, storedBytes: orders.length },
        new Blob([new Uint8Array(orders)]),
      );
    }

    it('is replaced by the same file: its orders are those of this file, byte for byte', async () => {
      await keptEarlier([1, 1, 1]);
      const t = start();
      await analyse(t, first, [1, 1, 1]);
      const kept = await listDatasets();
      expect(kept.map((d) => d.id)).toEqual(['earlier']);
      expect(kept[0].dataset.contentHash).toBe('hash-first');
    });

    it('is kept beside a different file with the same name, header and size', async () => {
      await keptEarlier([1, 1, 1]);
      const t = start();
      await analyse(t, second, [2, 2, 2]);
      expect(await listDatasets()).toHaveLength(2);
      expect(await storedOrders('earlier')).toEqual([1, 1, 1]);
    });
  });

  it('a snapshot says when its dataset holds other data than it was made from, and not when that cannot be told', async () => {
    const hashed = (id: string, contentHash?: string) => {
      const d = keptDataset(id);
      return { ...d, dataset: { ...d.dataset, contentHash } };
    };
    const snapshotOf = (id: string, datasetId: string, contentHash?: string) => {
      const s = snapshotRecord(id, datasetId);
      return { ...s, dataset: { ...s.dataset, contentHash } };
    };
    await saveDataset(hashed('same', 'h1'), new Blob(['a']));
    await saveDataset(hashed('replaced', 'h2'), new Blob(['b']));
    await saveDataset(hashed('earlier'), new Blob(['c']));
    await saveSnapshot(snapshotOf('s-same', 'same', 'h1'), new Blob(['x']));
    await saveSnapshot(snapshotOf('s-replaced', 'replaced', 'h1'), new Blob(['x']));
    await saveSnapshot(snapshotOf('s-earlier', 'earlier', 'h1'), new Blob(['x']));
    await saveSnapshot(snapshotOf('s-unhashed', 'same'), new Blob(['x']));
    await library.refresh();
    const changed = Object.fromEntries(library.snapshots.map((s) => [s.id, library.datasetChanged(s)]));
    expect(changed).toEqual({ 's-same': false, 's-replaced': true, 's-earlier': false, 's-unhashed': false });
  });
});
