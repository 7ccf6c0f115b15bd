// Campaigns on the device: written whole in one transaction when the target lists are exported,
// and again when their responses are measured.

import type { Campaign } from '../campaign/campaign';
import { cvmDb } from './connection';
import { asStorageError } from './storage-error';

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw asStorageError(error);
  }
}

export function listCampaigns(): Promise<Campaign[]> {
  return guarded(async () => {
    const records = await (await cvmDb()).getAll('campaigns');
    return records.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  });
}

export function saveCampaign(campaign: Campaign): Promise<void> {
  return guarded(async () => {
    await (await cvmDb()).put('campaigns', campaign);
  });
}

export function deleteCampaign(id: string): Promise<void> {
  return guarded(async () => {
    await (await cvmDb()).delete('campaigns', id);
  });
}
