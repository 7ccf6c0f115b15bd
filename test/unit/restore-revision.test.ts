// Revisions through reading and restoring (issue 20 items 2 and 3 together). The read paths keep a
// configuration's, survey's and campaign's `revision`, so an editor's next save names the number
// that is stored. A restore writes the backup's record above the revision stored under its id
// (and above its own), in its own transaction: a tab that had seen the stored number, or the
// backup's, is told on its next save instead of writing over the restored content.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { configFromPreset } from '../../src/lib/archetypes/presets';
import type { ArchetypeConfig } from '../../src/lib/archetypes/config';
import type { Campaign } from '../../src/lib/campaign/campaign';
import { listConfigs, saveConfig } from '../../src/lib/storage/archetype-configs';
import { applyRestore, createBackup, previewRestore } from '../../src/lib/storage/backup';
import { listCampaigns, saveCampaign } from '../../src/lib/storage/campaigns';
import { cvmDb, resetConnection } from '../../src/lib/storage/connection';
import type { Resolution } from '../../src/lib/storage/restore-plan';
import type { RevisedStore, SaveOutcome } from '../../src/lib/storage/revision';
import { findSetAside } from '../../src/lib/storage/set-aside';
import { listSurveys, loadSurvey, saveSurvey } from '../../src/lib/storage/surveys';
import { recordProblem } from '../../src/lib/storage/validate';
import { newSurvey, type Survey } from '../../src/lib/surveys/survey';
import { campaignRecord } from '../fixtures/campaign/campaign-record';
import { SHOP_TEXT } from './helpers/survey-text';

function anotherDevice() {
  globalThis.indexedDB = new IDBFactory();
  resetConnection();
}
beforeEach(anotherDevice);

const restoreAll = async (file: Blob, resolutions: Record<string, Resolution> = {}) => {
  const { items } = await previewRestore(file);
  return applyRestore(items, new Map(Object.entries(resolutions)), (name) => `${name} (copy)`);
};

type Revised = { id: string; name: string; revision?: number };

interface StoreCase<T extends Revised> {
  store: RevisedStore;
  kind: string;
  record: () => T;
  /** What the app's read path gives back for the record's id. */
  read: (id: string) => Promise<T | undefined>;
  save: (record: T, base: number | null) => Promise<SaveOutcome<T>>;
}

const config = (): ArchetypeConfig => ({ ...configFromPreset('default', { r: 5, f: 5, m: 5 }, 'cfg-1', new Date('2026-12-01T00:00:00Z')), name: 'Mine' });
const survey = (): Survey => newSurvey('survey-1', SHOP_TEXT, new Date('2026-12-01T00:00:00Z'));

const CASES = [
  {
    store: 'archetype-configs',
    kind: 'config',
    record: config,
    read: async (id: string) => (await listConfigs()).configs.find((c) => c.id === id),
    save: saveConfig,
  } satisfies StoreCase<ArchetypeConfig>,
  {
    store: 'surveys',
    kind: 'survey',
    record: survey,
    read: async (id: string) => {
      const listed = (await listSurveys()).surveys.find((s) => s.id === id);
      // The list and the single read must agree: the editor opens from either.
      expect(await loadSurvey(id)).toEqual(listed ?? null);
      return listed;
    },
    save: saveSurvey,
  } satisfies StoreCase<Survey>,
  {
    store: 'campaigns',
    kind: 'campaign',
    record: () => campaignRecord(),
    read: async (id: string) => (await listCampaigns()).campaigns.find((c) => c.id === id),
    save: saveCampaign,
  } satisfies StoreCase<Campaign>,
  // Each case is checked against its own record type above; the table only needs their common shape.
] as unknown as StoreCase<Revised>[];

/** Stores the record as a device that saved it `revision` times holds it. */
async function storeAt<T extends Revised>(c: StoreCase<T>, record: T, revision: number) {
  await (await cvmDb()).put(c.store, { ...record, revision } as never);
}

describe.each(CASES)('$store', (c) => {
  it('reads a record back with the revision it was stored with', async () => {
    await storeAt(c, c.record(), 7);
    expect(recordProblem(c.store, { ...c.record(), revision: 7 }, c.record().id)).toBeNull();
    expect(await findSetAside()).toEqual([]);
    expect((await c.read(c.record().id))?.revision).toBe(7);
    // The next save goes over exactly that number.
    const saved = await c.save({ ...c.record(), revision: 7 }, 7);
    expect(saved).toMatchObject({ kind: 'saved', record: { revision: 8 } });
    expect((await c.read(c.record().id))?.revision).toBe(8);
  });

  it('reads a record stored before revisions existed, without one', async () => {
    const { revision: _none, ...old } = c.record();
    await (await cvmDb()).put(c.store, old as never);
    const read = await c.read(old.id);
    expect(read).toBeDefined();
    expect(read).not.toHaveProperty('revision');
  });

  it('restored on another device, keeps the content and goes one above its own revision', async () => {
    await storeAt(c, c.record(), 4);
    const file = await createBackup();
    anotherDevice();
    expect(await restoreAll(file)).toMatchObject({ added: 1 });
    const read = await c.read(c.record().id);
    expect(read).toEqual({ ...c.record(), revision: 5 });
  });

  it('replacing a newer stored version, is written above it: a tab that saw the stored version is told', async () => {
    await storeAt(c, c.record(), 2);
    const file = await createBackup();
    // Meanwhile this device renamed it, saved eight times in all.
    await storeAt(c, { ...c.record(), name: 'Renamed here' }, 8);
    expect(await restoreAll(file, { [`${c.kind}:${c.record().id}`]: 'replace' })).toMatchObject({ replaced: 1 });
    const read = await c.read(c.record().id);
    expect(read).toMatchObject({ name: c.record().name, revision: 9 });
    // The other tab still shows revision 8 and saves from it: nothing is written over the restore.
    expect(await c.save({ ...c.record(), name: 'Edit from the other tab', revision: 8 }, 8)).toEqual({ kind: 'changed' });
    expect((await c.read(c.record().id))?.name).toBe(c.record().name);
  });

  it('replacing an older stored version, is written above the backup\'s own: a tab that saw that number is told too', async () => {
    await storeAt(c, c.record(), 6);
    const file = await createBackup();
    await storeAt(c, { ...c.record(), name: 'Older here' }, 1);
    await restoreAll(file, { [`${c.kind}:${c.record().id}`]: 'replace' });
    expect((await c.read(c.record().id))?.revision).toBe(7);
    for (const seen of [1, 6]) expect(await c.save({ ...c.record(), name: 'Stale edit' }, seen)).toEqual({ kind: 'changed' });
  });

  it('a copy kept beside this device\'s version leaves that version and its revision alone', async () => {
    await storeAt(c, c.record(), 3);
    const file = await createBackup();
    await storeAt(c, { ...c.record(), name: 'Mine here' }, 5);
    expect(await restoreAll(file, { [`${c.kind}:${c.record().id}`]: 'both' })).toMatchObject({ copied: 1 });
    expect(await c.read(c.record().id)).toMatchObject({ name: 'Mine here', revision: 5 });
    expect(await c.save({ ...c.record(), name: 'Next edit here' }, 5)).toMatchObject({ kind: 'saved', record: { revision: 6 } });
  });
});
