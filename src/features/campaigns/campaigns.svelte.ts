// The campaigns kept on this device, for the Campaigns tab: listed newest first, renamed, deleted,
// measured (the measure and an actual cost are written into the record, the results are always
// computed again from it: lib/campaign/measured.ts). Every change is written before it shows.

import type { Campaign, CampaignMeasure } from '../../lib/campaign/campaign';
import type { EngineErrorData } from '../../lib/engine/errors';
import { deleteCampaign, listCampaigns, saveCampaign } from '../../lib/storage/campaigns';
import { storageErrorData } from '../library/library.svelte';

export class CampaignList {
  campaigns = $state.raw<Campaign[]>([]);
  /** Records on the device that no longer pass the check, left out of the list. */
  unreadable = $state(0);
  loaded = $state(false);
  error = $state.raw<EngineErrorData | null>(null);

  async refresh(): Promise<void> {
    try {
      const { campaigns, unreadable } = await listCampaigns();
      this.campaigns = campaigns;
      this.unreadable = unreadable;
      this.error = null;
    } catch (error) {
      this.error = storageErrorData(error);
    } finally {
      this.loaded = true;
    }
  }

  find(id: string | null): Campaign | null {
    return this.campaigns.find((c) => c.id === id) ?? null;
  }

  /** Writes the changed record, then shows it; false when it could not be written. */
  async #update(id: string, change: (campaign: Campaign) => Campaign): Promise<boolean> {
    const campaign = this.find(id);
    if (!campaign) return false;
    const next = change(campaign);
    try {
      await saveCampaign(next);
    } catch (error) {
      this.error = storageErrorData(error, campaign.name);
      return false;
    }
    this.error = null;
    this.campaigns = this.campaigns.map((c) => (c.id === id ? next : c));
    return true;
  }

  rename(id: string, name: string): Promise<boolean> {
    const trimmed = name.trim();
    return trimmed === '' ? Promise.resolve(false) : this.#update(id, (c) => ({ ...c, name: trimmed }));
  }

  /** null: back to the forecast cost. */
  setActualCost(id: string, cost: number | null): Promise<boolean> {
    return this.#update(id, (c) => ({ ...c, actualCost: cost }));
  }

  measure(id: string, measure: CampaignMeasure): Promise<boolean> {
    return this.#update(id, (c) => ({ ...c, measure }));
  }

  async remove(id: string): Promise<boolean> {
    const campaign = this.find(id);
    try {
      await deleteCampaign(id);
    } catch (error) {
      this.error = storageErrorData(error, campaign?.name ?? '');
      return false;
    }
    this.error = null;
    this.campaigns = this.campaigns.filter((c) => c.id !== id);
    return true;
  }
}
