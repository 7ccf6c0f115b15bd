// The Campaigns tab's list: a rename, a measure or an actual cost is written to the device before
// it shows, so what the tab shows is what a reload finds; a name left blank is not taken.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { CampaignList } from '../../src/features/campaigns/campaigns.svelte';
import { cvmDb, resetConnection } from '../../src/lib/storage/connection';
import { listCampaigns, saveCampaign } from '../../src/lib/storage/campaigns';
import { campaignRecord } from '../fixtures/campaign/campaign-record';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetConnection();
});

const copyName = (name: string) => `${name} (this tab)`;
const measure = { kind: 'responders' as const, fileName: 'r.csv', measuredAt: '2026-11-20T10:00:00.000Z', responders: ['C01'], unmatched: 0 };

describe('the campaigns list', () => {
  it('writes every change before showing it, and a reload finds the same', async () => {
    await saveCampaign(campaignRecord(), null);
    await saveCampaign(campaignRecord({ id: 'camp-2', name: 'Second', createdAt: '2026-11-02T09:00:00.000Z' }), null);
    const list = new CampaignList(copyName);
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
    await (await cvmDb()).put('campaigns', { id: 'broken' } as never);
    const list = new CampaignList(copyName);
    await list.refresh();
    expect(list.loaded).toBe(true);
    expect(list.campaigns).toEqual([]);
    expect(list.unreadable).toBe(1);
  });
});

describe('two tabs change one campaign', () => {
  async function inTwoTabs() {
    await saveCampaign(campaignRecord(), null);
    const first = new CampaignList(copyName);
    const second = new CampaignList(copyName);
    await Promise.all([first.refresh(), second.refresh()]);
    return { first, second };
  }

  it('the later change does not write over the earlier one: both are kept, and the user is told', async () => {
    const { first, second } = await inTwoTabs();
    expect(await first.rename('camp-1', 'Renamed in the first tab')).toBe(true);
    expect(await second.measure('camp-1', measure)).toBe(false);
    const copyOf = `${campaignRecord().name} (this tab)`;
    expect(second.notice).toEqual({ kind: 'copied', name: campaignRecord().name, copy: copyOf });
    const stored = (await listCampaigns()).campaigns;
    expect(stored.map((c) => c.name).sort()).toEqual([copyOf, 'Renamed in the first tab'].sort());
    expect(stored.find((c) => c.id === 'camp-1')?.measure).toBeNull();
    expect(stored.find((c) => c.name === copyOf)?.measure).toEqual(measure);
    expect(second.campaigns.map((c) => c.name).sort()).toEqual(stored.map((c) => c.name).sort());
  });

  it('a change of a campaign deleted in the other tab does not bring it back until kept as new; a delete keeps a newer version', async () => {
    const { first, second } = await inTwoTabs();
    expect(await first.remove('camp-1')).toBe(true);
    expect(await second.rename('camp-1', 'Late rename')).toBe(false);
    expect(second.notice).toEqual({ kind: 'deleted', name: 'Late rename' });
    expect((await listCampaigns()).campaigns).toEqual([]);
    expect(await second.keepAsNew()).toBe(true);
    expect((await listCampaigns()).campaigns.map((c) => c.name)).toEqual(['Late rename']);

    await first.refresh();
    expect(await second.rename('camp-1', 'Newer')).toBe(true);
    expect(await first.remove('camp-1')).toBe(false);
    expect(first.notice).toEqual({ kind: 'not-deleted', name: 'Late rename' });
    expect(first.find('camp-1')?.name).toBe('Newer');
  });
});
