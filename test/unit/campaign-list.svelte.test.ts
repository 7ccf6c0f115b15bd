// The Campaigns tab's list: a rename, a measure or an actual cost is written to the device before
// it shows, so what the tab shows is what a reload finds; a name left blank is not taken.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { CampaignList } from '../../src/features/campaigns/campaigns.svelte';
import { resetConnection } from '../../src/lib/storage/connection';
import { listCampaigns, saveCampaign } from '../../src/lib/storage/campaigns';
import { campaignRecord } from '../fixtures/campaign/campaign-record';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetConnection();
});

const measure = { kind: 'responders' as const, fileName: 'r.csv', measuredAt: '2026-11-20T10:00:00.000Z', responders: ['C01'], unmatched: 0 };

describe('the campaigns list', () => {
  it('writes every change before showing it, and a reload finds the same', async () => {
    await saveCampaign(campaignRecord());
    await saveCampaign(campaignRecord({ id: 'camp-2', name: 'Second', createdAt: '2026-11-02T09:00:00.000Z' }));
    const list = new CampaignList();
    await list.refresh();
    expect(list.campaigns.map((c) => c.id)).toEqual(['camp-2', 'camp-1']);
    expect(await list.rename('camp-1', '  Win-back  ')).toBe(true);
    expect(await list.rename('camp-1', '   ')).toBe(false);
    expect(await list.measure('camp-1', measure)).toBe(true);
    expect(await list.setActualCost('camp-1', 4.2)).toBe(true);
    expect(await list.remove('camp-2')).toBe(true);
    const shown = list.find('camp-1');
    expect(shown).toMatchObject({ name: 'Win-back', measure, actualCost: 4.2 });
    resetConnection();
    expect((await listCampaigns()).campaigns).toEqual([shown]);
    expect(list.error).toBeNull();
  });

  it('says how many kept records it could not read', async () => {
    await saveCampaign({ id: 'broken' } as never);
    const list = new CampaignList();
    await list.refresh();
    expect(list.loaded).toBe(true);
    expect(list.campaigns).toEqual([]);
    expect(list.unreadable).toBe(1);
  });
});
