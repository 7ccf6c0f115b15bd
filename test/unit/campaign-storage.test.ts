// Campaigns live in IndexedDB (schema v5) through lib/storage/campaigns.ts and travel in backups:
// a database of version 4 keeps everything through the upgrade and gains an empty campaigns
// store; a record that fails its check is left out and counted when listed, and refused in a
// backup with nothing of that backup written.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { applyRestore, createBackup, previewRestore } from '../../src/lib/storage/backup';
import { readBackup, writeBackup } from '../../src/lib/storage/backup-file';
import { deleteCampaign, listCampaigns, saveCampaign } from '../../src/lib/storage/campaigns';
import { cvmDb, resetConnection } from '../../src/lib/storage/connection';
import type { Resolution } from '../../src/lib/storage/restore-plan';
import { DB_VERSION, openCvmDb, STORE_NAMES } from '../../src/lib/storage/schema';
import { listSurveys, saveSurvey } from '../../src/lib/storage/surveys';
import { newSurvey } from '../../src/lib/surveys/survey';
import { campaignRecord } from '../fixtures/campaign/campaign-record';
import { SHOP_TEXT } from './helpers/survey-text';

function anotherDevice() {
  globalThis.indexedDB = new IDBFactory();
  resetConnection();
}
beforeEach(anotherDevice);

const copyName = (name: string) => `${name} (copy)`;
const restoreAll = async (file: Blob, resolutions: Record<string, Resolution> = {}) => {
  const { items } = await previewRestore(file);
  return applyRestore(items, new Map(Object.entries(resolutions)), copyName);
};
const campaign = campaignRecord();
const older = campaignRecord({ id: 'camp-0', name: 'Older', createdAt: '2026-10-01T09:00:00.000Z', sentOn: '2026-10-01' });

describe('campaigns on the device', () => {
  it('keeps every record of version 4 through the upgrade to version 5, with an empty campaigns store', async () => {
    const v4 = await openCvmDb({ version: 4 });
    expect([...v4.objectStoreNames]).not.toContain('campaigns');
    await v4.put('settings', 'ru', 'locale');
    await v4.put('archetype-configs', { id: 'cfg', name: 'Mine' } as never);
    await v4.put('surveys', newSurvey('s1', SHOP_TEXT, new Date('2026-12-01T00:00:00Z')));
    await v4.put('datasets', { id: 'd1', name: 'orders.csv' } as never);
    v4.close();
    const db = await cvmDb();
    expect(db.version).toBe(5);
    expect([...db.objectStoreNames].sort()).toEqual([...STORE_NAMES].sort());
    expect(await db.get('settings', 'locale')).toBe('ru');
    expect(await db.get('archetype-configs', 'cfg')).toEqual({ id: 'cfg', name: 'Mine' });
    expect(await db.get('datasets', 'd1')).toEqual({ id: 'd1', name: 'orders.csv' });
    expect((await listSurveys()).surveys.map((s) => s.id)).toEqual(['s1']);
    expect(await db.count('campaigns')).toBe(0);
    expect(await listCampaigns()).toEqual({ campaigns: [], unreadable: 0 });
  });

  it('lists campaigns newest first; one that fails its check is left out and counted; deletes one', async () => {
    await saveCampaign(older, null);
    await saveCampaign(campaign, null);
    await (await cvmDb()).put('campaigns', { id: 'broken', name: 'half a record' } as never);
    resetConnection();
    const listed = await listCampaigns();
    expect(listed.campaigns.map((c) => c.id)).toEqual(['camp-1', 'camp-0']);
    expect(listed.unreadable).toBe(1);
    expect(listed.campaigns[0]).toEqual({ ...campaign, revision: 1 });
    await deleteCampaign('camp-0', 1);
    expect((await listCampaigns()).campaigns.map((c) => c.id)).toEqual(['camp-1']);
  });
});

describe('campaigns in a backup', () => {
  it('moves a campaign, measured and renamed, to another device', async () => {
    const measured = { ...campaign, name: 'Renamed', actualCost: 3, measure: { kind: 'responders' as const, fileName: 'r.csv', measuredAt: '2026-11-20T10:00:00.000Z', responders: ['C01', 'K01'], unmatched: 2 } };
    await saveCampaign(measured, null);
    const file = await createBackup();
    anotherDevice();
    const { items } = await previewRestore(file);
    expect(items.map((i) => [i.kind, i.key, i.status, i.label])).toEqual([['campaign', 'camp-1', 'add', 'Renamed']]);
    expect(await applyRestore(items, new Map(), copyName)).toMatchObject({ added: 1 });
    resetConnection();
    // Restored one above the backup's own revision (backup.ts: restore and revisions).
    expect((await listCampaigns()).campaigns).toEqual([{ ...measured, revision: 2 }]);
    expect(await restoreAll(file)).toMatchObject({ added: 0, same: 1 });
  });

  it('a campaign changed on this device is a conflict: kept, replaced, or kept as a copy under a new id', async () => {
    await saveCampaign(campaign, null);
    const file = await createBackup();
    const renamed = { ...campaign, name: 'Changed here' };
    await saveCampaign(renamed, 1);
    expect(await restoreAll(file)).toMatchObject({ kept: 1 });
    expect((await listCampaigns()).campaigns).toEqual([{ ...renamed, revision: 2 }]);
    expect(await restoreAll(file, { 'campaign:camp-1': 'both' })).toMatchObject({ copied: 1 });
    const names = (await listCampaigns()).campaigns.map((c) => c.name).sort();
    expect(names).toEqual(["Can't Lose Them 2026-11-01 (copy)", 'Changed here']);
    expect(await restoreAll(file, { 'campaign:camp-1': 'replace' })).toMatchObject({ replaced: 1 });
    // The backup's content above this device's revision 2, so a tab that saw 2 cannot save over it.
    expect((await listCampaigns()).campaigns.find((c) => c.id === 'camp-1')).toEqual({ ...campaign, revision: 3 });
  });

  it('a malformed campaign in a backup is left out with what is wrong and never written; the rest is restored', async () => {
    await saveCampaign(campaign, null);
    await saveSurvey(newSurvey('s1', SHOP_TEXT, new Date('2026-12-01T00:00:00Z')), null);
    const backup = await readBackup(await createBackup(), DB_VERSION);
    const broken: unknown[] = [
      { ...campaign, contacted: [{ id: 'C01' }] },
      { ...campaign, measure: { kind: 'orders', fileName: 'o.csv', measuredAt: '2026-11-20T10:00:00.000Z', until: '2026-11-15', purchases: [{ id: 'C01', revenueCents: 0.5, orders: 1 }] } },
      { ...campaign, id: 'another-key' },
    ];
    for (const value of broken) {
      const entries = backup.entries.map((e) => (e.store === 'campaigns' ? { ...e, value } : e));
      anotherDevice();
      const file = await writeBackup({ ...backup, entries });
      const { items } = await previewRestore(file);
      expect(items.find((i) => i.kind === 'campaign')).toMatchObject({ status: 'invalid' });
      await applyRestore(items, new Map(), (name) => name);
      expect(await listCampaigns()).toEqual({ campaigns: [], unreadable: 0 });
      expect((await listSurveys()).surveys.map((s) => s.id)).toEqual(['s1']);
    }
  });
});
