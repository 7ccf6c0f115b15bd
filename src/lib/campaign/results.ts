import { detectableUplift, type Detectable } from './detectable';
import { revenueUplift, RESAMPLES, type CustomerMoney, type RevenueUplift } from './revenue';
import { responseUplift, type ResponseUplift } from './uplift';

/** A customer the campaign contacted, on the channel of its target list. */
export interface ContactedCustomer {
  id: string;
  segment: string;
  channel: string;
}

/** A customer held out: channel is the list it was held out of, or null when held out of the whole segment. */
export interface ControlCustomer {
  id: string;
  segment: string;
  channel: string | null;
}

type CampaignCustomer = ContactedCustomer | ControlCustomer;

export interface CampaignCost {
  segment: string;
  channel: string;
  /** In the shop's currency, as a decimal. */
  cost: number;
}

export interface CampaignInput {
  contacted: readonly ContactedCustomer[];
  control: readonly ControlCustomer[];
  /** Ids of the customers who responded (from a list of responders or from newer orders). */
  responders: Iterable<string>;
  /** Money after the campaign per customer id, in whole minor units; a customer missing here bought nothing. */
  purchases: ReadonlyMap<string, CustomerMoney>;
  costs: readonly CampaignCost[];
  /** Seed of the bootstrap, shown with the interval. */
  seed: number;
  resamples?: number;
  confidence?: number;
}

export interface CampaignRow {
  segment: string;
  /** null: all channels of the segment together. */
  channel: string | null;
  contacted: number;
  control: number;
  respondersContacted: number;
  respondersControl: number;
  response: ResponseUplift;
  revenue: RevenueUplift;
  /** What the control group's size could have detected at the control rate seen (the check a reader asks for first). */
  detectable: Detectable;
}

const NOTHING: CustomerMoney = { revenueCents: 0, orders: 0 };

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Rows per segment and channel, then a row per segment over all its channels. Contacted customers
 * of a (segment, channel) are compared with that segment's control customers held out of the same
 * channel's list; control customers with no channel (held out of the whole segment) stand for
 * every channel of their segment, since they are what the segment does without any message.
 */
export function campaignResults(input: CampaignInput): CampaignRow[] {
  const contactedIds = new Set(input.contacted.map((c) => c.id));
  const twice = input.control.find((c) => contactedIds.has(c.id));
  if (twice) throw new RangeError(`customer ${twice.id} is both contacted and in the control group`);
  const responders = new Set(input.responders);
  const resamples = input.resamples ?? RESAMPLES;
  const confidence = input.confidence ?? 0.95;
  const costOf = (segment: string, channel: string | null): number =>
    input.costs.filter((c) => c.segment === segment && (channel === null || c.channel === channel)).reduce((sum, c) => sum + c.cost, 0);

  const row = (segment: string, channel: string | null, contacted: CampaignCustomer[], control: CampaignCustomer[]): CampaignRow => {
    const count = (group: CampaignCustomer[]): number => group.filter((c) => responders.has(c.id)).length;
    const money = (group: CampaignCustomer[]): CustomerMoney[] => group.map((c) => input.purchases.get(c.id) ?? NOTHING);
    const respondersContacted = count(contacted);
    const respondersControl = count(control);
    const response = responseUplift(
      { responders: respondersContacted, customers: contacted.length },
      { responders: respondersControl, customers: control.length },
      confidence,
    );
    return {
      segment,
      channel,
      contacted: contacted.length,
      control: control.length,
      respondersContacted,
      respondersControl,
      response,
      revenue: revenueUplift(money(contacted), money(control), costOf(segment, channel), input.seed, resamples),
      detectable: detectableUplift(contacted.length, control.length, response.rateControl ?? 0),
    };
  };

  const segments = [...new Set([...input.contacted, ...input.control].map((c) => c.segment))].sort(byCodePoint);
  const rows: CampaignRow[] = [];
  for (const segment of segments) {
    const contacted = input.contacted.filter((c) => c.segment === segment);
    const control = input.control.filter((c) => c.segment === segment);
    const channels = [...new Set(contacted.map((c) => c.channel))].sort(byCodePoint);
    for (const channel of channels) {
      rows.push(row(
        segment, channel,
        contacted.filter((c) => c.channel === channel),
        control.filter((c) => c.channel === null || c.channel === channel),
      ));
    }
    rows.push(row(segment, null, contacted, control));
  }
  return rows;
}
