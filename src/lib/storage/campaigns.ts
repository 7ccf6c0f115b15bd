// Campaigns on the device: written whole in one transaction when the target lists are exported,
// and again when their responses are measured. Every record is checked when read
// (campaign-check.ts): one that no longer passes is left out and counted, never used half-valid.
// A save or a delete never goes over a version another tab saved meanwhile (revision.ts).

import type { Campaign } from '../campaign/campaign';
import { isCampaign } from '../campaign/campaign-check';
import { cvmDb } from './connection';
import { type Base, deleteRevised, type SaveOutcome, saveRevised } from './revision';
import { asStorageError } from './storage-error';

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw asStorageError(error);
  }
}

/** Newest first; `unreadable`: records left out because they do not pass the check. */
export function listCampaigns(): Promise<{ campaigns: Campaign[]; unreadable: number }> {
  return guarded(async () => {
    const records: unknown[] = await (await cvmDb()).getAll('campaigns');
    const campaigns = records.filter(isCampaign).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    return { campaigns, unreadable: records.length - campaigns.length };
  });
}

/** Saves over the stored version only if it is still `base` (null: a new campaign). */
export function saveCampaign(campaign: Campaign, base: Base): Promise<SaveOutcome<Campaign>> {
  return saveRevised('campaigns', campaign, base);
}

/** Deletes unless another tab saved a newer version than `base` meanwhile ('changed'). */
export function deleteCampaign(id: string, base: Base): Promise<'deleted' | 'changed'> {
  return deleteRevised('campaigns', id, base);
}
