// The campaigns kept on this device, for the Campaigns tab: listed newest first, renamed, deleted,
// measured (the measure and an actual cost are written into the record, the results are always
// computed again from it: lib/campaign/measured.ts). Every change is written before it shows.
// Another tab's writes are heard (sync-channel.ts) and the list read again; a change never goes
// over a version this tab has not seen (revision.ts): it is then kept as a copy beside it, or,
// when the campaign was deleted there, offered to keep as new.

import type { Campaign, CampaignMeasure } from '../../lib/campaign/campaign';
import type { EngineErrorData } from '../../lib/engine/errors';
import { newId } from '../../lib/ids';
import { deleteCampaign, listCampaigns, saveCampaign } from '../../lib/storage/campaigns';
import { revisionOf } from '../../lib/storage/revision';
import { storeChannel } from '../../lib/storage/sync-channel';
import type { SyncNotice } from '../../lib/storage/sync-notice';
import { storageErrorData } from '../library/library.svelte';

export class CampaignList {
  campaigns = $state.raw<Campaign[]>([]);
  /** Records on the device that no longer pass the check, left out of the list. */
  unreadable = $state(0);
  loaded = $state(false);
  error = $state.raw<EngineErrorData | null>(null);
  /** Another tab got to a campaign first: what became of this tab's change. */
  notice = $state.raw<SyncNotice | null>(null);
  /** This tab's change of a campaign deleted in another tab, until kept as new or dismissed. */
  #orphan: Campaign | null = null;
  /** Only the list of the last read started is shown: an earlier read may miss a later write. */
  #reads = 0;
  readonly #copyName: (name: string) => string;

  /** `copyName`: the name of this tab's change kept beside another tab's version. */
  constructor(copyName: (name: string) => string) {
    this.#copyName = copyName;
  }

  /** Reads the list again whenever another tab writes a campaign; returns the unsubscribe. */
  follow(): () => void {
    return storeChannel('campaigns').listen(() => void this.refresh());
  }

  async refresh(): Promise<void> {
    const read = ++this.#reads;
    try {
      const { campaigns, unreadable } = await listCampaigns();
      if (read !== this.#reads) return;
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

  dismissNotice(): void {
    this.notice = null;
    this.#orphan = null;
  }

  /** The campaign deleted in another tab, saved again as this tab changed it. */
  async keepAsNew(): Promise<boolean> {
    const orphan = this.#orphan;
    if (!orphan) return false;
    this.dismissNotice();
    return this.#write(orphan, null);
  }

  /** Writes the changed record, then shows it; false when it could not be written as asked. */
  async #update(id: string, change: (campaign: Campaign) => Campaign): Promise<boolean> {
    const campaign = this.find(id);
    if (!campaign) return false;
    return this.#write(change(campaign), revisionOf(campaign));
  }

  async #write(next: Campaign, base: number | null): Promise<boolean> {
    let outcome;
    try {
      outcome = await saveCampaign(next, base);
    } catch (error) {
      this.error = storageErrorData(error, next.name);
      return false;
    }
    this.error = null;
    this.#reads++;
    if (outcome.kind === 'saved') {
      const saved = outcome.record;
      this.campaigns = this.campaigns.some((c) => c.id === saved.id) ? this.campaigns.map((c) => (c.id === saved.id ? saved : c)) : [saved, ...this.campaigns];
      return true;
    }
    if (outcome.kind === 'deleted') {
      this.#orphan = next;
      this.notice = { kind: 'deleted', name: next.name };
    } else {
      const copy = { ...next, id: newId(), name: this.#copyName(next.name) };
      if (await this.#write(copy, null)) this.notice = { kind: 'copied', name: next.name, copy: copy.name };
    }
    await this.refresh();
    return false;
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
    let outcome;
    try {
      outcome = await deleteCampaign(id, campaign ? revisionOf(campaign) : null);
    } catch (error) {
      this.error = storageErrorData(error, campaign?.name ?? '');
      return false;
    }
    this.error = null;
    this.#reads++;
    if (outcome === 'changed') {
      this.notice = { kind: 'not-deleted', name: campaign?.name ?? '' };
      await this.refresh();
      return false;
    }
    this.campaigns = this.campaigns.filter((c) => c.id !== id);
    return true;
  }
}
