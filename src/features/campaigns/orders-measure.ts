// A campaign measured on the orders of the analysis on screen: what its customers bought from the
// day the lists went out to `until` (the response window). Only the campaign's own customers are
// kept in the record: the rest of the shop's buyers are none of its business.

import type { Campaign, CampaignMeasure } from '../../lib/campaign/campaign';
import type { Analysis } from '../results/analysis.svelte';

export async function ordersMeasure(analysis: Analysis, campaign: Campaign, until: string, fileName: string, now = new Date()): Promise<CampaignMeasure> {
  const purchases = await analysis.ask((engine) => engine.campaignPurchases(campaign.sentOn, until));
  const ours = new Set([...campaign.contacted, ...campaign.controlGroup].map((c) => c.id));
  return { kind: 'orders', fileName, measuredAt: now.toISOString(), until, purchases: purchases.filter((p) => ours.has(p.id)) };
}
