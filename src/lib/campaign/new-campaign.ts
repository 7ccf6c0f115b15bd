// The campaign record kept when the target lists are exported: the plan as it was (steps,
// messages, offer, forecast, control share and seed) and who is in it, so the Campaigns tab can
// measure it later from these facts alone (results.ts), with each customer's contacts so a list
// of responders naming an e-mail or a phone finds them.

import type { PlanTarget } from '../engine/api';
import type { CascadeResult } from '../plan/cascade';
import type { Channel } from '../plan/channels';
import type { TargetLists } from '../plan/target-lists';
import type { Campaign, CampaignContact } from './campaign';
import type { ContactedCustomer, ControlCustomer } from './results';

export interface NewCampaignInput {
  id: string;
  name: string;
  /** ISO timestamp of the export. */
  createdAt: string;
  /** The device's local date (dates.ts localToday). */
  sentOn: string;
  datasetName: string;
  asOf: string;
  segment: { id: string; name: string };
  currency: string | null;
  steps: readonly Channel[];
  messages: readonly (string | null)[];
  offer: string;
  forecast: CascadeResult;
  /** The segment's customers with their contacts (engine planTargets). */
  targets: readonly PlanTarget[];
  /** The lists exported (target-lists.ts): they decide who is contacted and who is held out. */
  lists: TargetLists;
}

const contactOf = (t: PlanTarget): CampaignContact => ({ id: t.customer_id, email: t.email, phone: t.phone, push: t.push, messenger: t.messenger });

export function newCampaign(input: NewCampaignInput): Campaign {
  const { lists, segment } = input;
  // A customer on several lists is counted on the first step's channel: that is the one sent
  // first, and a later step writes only to those it did not reach.
  const contacted: ContactedCustomer[] = [];
  const seen = new Set<string>();
  for (const list of lists.lists) {
    for (const [id] of list.rows) {
      if (id === null || seen.has(id)) continue;
      seen.add(id);
      contacted.push({ id, segment: segment.id, channel: list.channel });
    }
  }
  const controlGroup: ControlCustomer[] = lists.holdout.control.map((id) => ({ id, segment: segment.id, channel: null }));
  const byId = new Map(input.targets.map((t) => [t.customer_id, t]));
  const contacts = [...contacted.map((c) => c.id), ...lists.holdout.control].flatMap((id) => {
    const target = byId.get(id);
    return target ? [contactOf(target)] : [];
  });
  const { total, customers } = input.forecast;
  return {
    id: input.id,
    name: input.name,
    createdAt: input.createdAt,
    sentOn: input.sentOn,
    datasetName: input.datasetName,
    asOf: input.asOf,
    segment: segment.id,
    segmentName: segment.name,
    currency: input.currency,
    steps: input.steps.map((s) => ({ ...s })),
    messages: [...input.messages],
    offer: input.offer,
    forecast: { customers, sent: total.sent, responses: total.responses, cost: total.cost },
    control: { share: lists.holdout.share, seed: lists.holdout.seed },
    contacted,
    controlGroup,
    contacts,
    measure: null,
  };
}
