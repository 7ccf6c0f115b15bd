// A kept campaign and its measure turned into campaignResults' input, and its rows into the
// table the Campaigns tab shows and downloads.
//
// Cost: the user's actual cost of the campaign when entered (Campaign.actualCost), else the
// forecast cost of the cascade as planned (Campaign.forecast.cost). Either total is split over
// the channels in the shares the cascade model gives each step for the customers actually
// contacted (their contacts, the step's price, an SMS priced by its parts), so the per-channel
// rows add up to the total the user sees.

import { cascadeSteps, type ReachGroup } from '../plan/cascade';
import { messagePrice } from '../plan/sms';
import type { Campaign } from './campaign';
import { campaignResults, type CampaignCost, type CampaignRow } from './results';
import type { CustomerMoney } from './revenue';

/** The campaign's cost as used for ROI: entered, or the forecast. */
export const campaignCost = (campaign: Pick<Campaign, 'actualCost' | 'forecast'>): number => campaign.actualCost ?? campaign.forecast.cost;

/** The contacted customers (once each, whatever lists they were on) grouped by which contacts they have. */
function contactedGroups(campaign: Campaign): ReachGroup[] {
  const contacted = new Set(campaign.contacted.map((c) => c.id));
  const groups = new Map<string, ReachGroup>();
  for (const c of campaign.contacts) {
    if (!contacted.has(c.id)) continue;
    const pattern = { email: c.email !== null, phone: c.phone !== null, push: c.push !== null, messenger: c.messenger !== null };
    const key = `${+pattern.email}${+pattern.phone}${+pattern.push}${+pattern.messenger}`;
    const group = groups.get(key) ?? { ...pattern, customers: 0 };
    group.customers++;
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** The campaign's cost per step channel (see the top of this file). */
export function channelCosts(campaign: Campaign): CampaignCost[] {
  const segment = campaign.contacted[0]?.segment ?? campaign.segment;
  const priced = campaign.steps.map((step, i) => ({ ...step, price: messagePrice(step, campaign.messages[i] ?? '') }));
  const modelled = cascadeSteps(priced, contactedGroups(campaign)).map((s) => s.cost);
  const modelledTotal = modelled.reduce((a, b) => a + b, 0);
  const total = campaignCost(campaign);
  // Nothing modelled (free channels, no contacts kept): the total goes evenly over the steps.
  const share = (i: number): number => (modelledTotal > 0 ? modelled[i] / modelledTotal : 1 / campaign.steps.length);
  return campaign.steps.map((step, i) => ({ segment, channel: step.id, cost: total * share(i) }));
}

/** Money after the campaign per customer, from a measure by newer orders (none for a list of responders). */
export function purchasesOf(campaign: Campaign): Map<string, CustomerMoney> {
  const measure = campaign.measure;
  if (measure?.kind !== 'orders') return new Map();
  return new Map(measure.purchases.map((p) => [p.id, { revenueCents: p.revenueCents, orders: p.orders }]));
}

/** Who responded: the matched responders, or every customer with an order in the window. */
export function respondersOf(campaign: Campaign): string[] {
  const measure = campaign.measure;
  if (!measure) return [];
  return measure.kind === 'responders' ? measure.responders : measure.purchases.filter((p) => p.orders > 0).map((p) => p.id);
}

/**
 * The results of a measured campaign (null before it is measured); the bootstrap's seed is the
 * control group's. A customer on several target lists (a later step's list holds everyone its
 * channel reaches) counts in each of those channels' rows, but once in the segment's row over all
 * channels, or that row would count the same customer, and their money, twice.
 */
export function measuredResults(campaign: Campaign, resamples?: number): CampaignRow[] | null {
  if (!campaign.measure) return null;
  const input = {
    control: campaign.controlGroup,
    responders: respondersOf(campaign),
    purchases: purchasesOf(campaign),
    costs: channelCosts(campaign),
    seed: campaign.control.seed,
    ...(resamples !== undefined ? { resamples } : {}),
  };
  const rows = campaignResults({ ...input, contacted: campaign.contacted });
  const seen = new Set<string>();
  const once = campaign.contacted.filter((c) => !seen.has(c.id) && seen.add(c.id));
  if (once.length === campaign.contacted.length) return rows;
  const overall = campaignResults({ ...input, contacted: once }).filter((r) => r.channel === null);
  return rows.map((r) => (r.channel === null ? (overall.find((o) => o.segment === r.segment) ?? r) : r));
}

/** The row over all channels of the campaign's segment: what "compared over time" lists. */
export const overallRow = (rows: readonly CampaignRow[]): CampaignRow | null => rows.find((r) => r.channel === null) ?? null;

/** Money is known only from orders: a list of responders says who answered, not what they spent. */
export const measuresMoney = (campaign: Campaign): boolean => campaign.measure?.kind === 'orders';

export const CAMPAIGN_CSV_HEADER = [
  'segment', 'channel', 'contacted', 'control', 'responders_contacted', 'responders_control',
  'response_rate_contacted', 'response_rate_control', 'uplift_points', 'uplift_low_points', 'uplift_high_points',
  'probability_uplift_real', 'average_check_contacted', 'average_check_control',
  'revenue_per_customer_contacted', 'revenue_per_customer_control', 'revenue_uplift_per_customer',
  'revenue_uplift_low', 'revenue_uplift_high', 'bootstrap_seed', 'incremental_revenue', 'cost', 'roi',
  'detectable_uplift_points',
];

const points = (x: number | null | undefined): number | null => (x === null || x === undefined ? null : Math.round(x * 1e6) / 1e4);
const share = (x: number | null): number | null => (x === null ? null : Math.round(x * 1e6) / 1e6);
/** Money rounded to the minor unit, as the shop's books would write it. */
const money = (x: number | null | undefined): number | null => (x === null || x === undefined ? null : Math.round(x * 100) / 100);

/**
 * The results table as CSV rows (tableToCsv writes them formula-safe). `channelName` names a step;
 * `allChannels` names the segment's row over all of them. Money columns are empty without money.
 */
export function campaignCsvRows(
  rows: readonly CampaignRow[], withMoney: boolean,
  names: { segment: (id: string) => string; channel: (id: string) => string; allChannels: string },
): (string | number | null)[][] {
  return rows.map((r) => {
    const rev = r.revenue;
    const m = (x: number | null | undefined) => (withMoney ? money(x) : null);
    return [
      names.segment(r.segment), r.channel === null ? names.allChannels : names.channel(r.channel),
      r.contacted, r.control, r.respondersContacted, r.respondersControl,
      share(r.response.rateContacted), share(r.response.rateControl),
      points(r.response.uplift), points(r.response.interval?.lower), points(r.response.interval?.upper),
      share(r.response.probabilityReal),
      m(rev.contacted.averageCheck), m(rev.control.averageCheck),
      m(rev.contacted.revenuePerCustomer), m(rev.control.revenuePerCustomer), m(rev.difference),
      m(rev.interval?.lower), m(rev.interval?.upper), withMoney ? (rev.interval?.seed ?? null) : null,
      m(rev.incrementalRevenue), money(rev.cost), withMoney && rev.roi !== null ? share(rev.roi) : null,
      points(r.detectable.uplift),
    ];
  });
}

/** `Can't Lose Them 2026-12-02` -> `can-t-lose-them-2026-12-02-results.csv`: a name any file system takes. */
export function campaignFileName(name: string, suffix: 'results' | 'unmatched' | 'over-time'): string {
  const base = name.trim().toLocaleLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'campaign';
  return `${base}-${suffix}.csv`;
}
