// The demo shop's win-back campaign as the Campaigns tab keeps a campaign: planned for the lapsed
// good customers, an e-mail with an SMS for those without one, a control group held out by the
// app's own draw, and measured on the demo's own orders after the lists went out. Built from the
// facts the shop recorded while generating it (DemoShop.winBack), so it takes no draw of its own:
// the same seed gives the same campaign, and the results the tab computes from it are the shop's.

import type { Campaign, CampaignContact } from '../campaign/campaign';
import type { ContactedCustomer, ControlCustomer } from '../campaign/results';
import { cascade, type ReachGroup } from '../plan/cascade';
import { defaultChannel } from '../plan/channels';
import type { DemoContact } from './demo-contacts';
import type { DemoShop } from './demo-shop';
import { WIN_BACK_SEGMENT } from './demo-story';

/** The words of the campaign, in the language on screen, and the currency money is shown in (prices from its tariff table). */
export interface DemoCampaignText {
  currency: string | null;
  name: string;
  segmentName: string;
  offer: string;
  emailMessage: string;
  smsMessage: string;
}

/** The demo campaign's id: never a stored campaign's (those are random UUIDs), so the two lists never meet. */
export const DEMO_CAMPAIGN_ID = 'demo-win-back';
/** The file name the demo opens as (engine.worker.ts), which the campaign says it was planned and measured on. */
const DEMO_DATASET = 'demo-shop.csv';

const orNull = (value: string): string | null => (value === '' ? null : value);

const contactOf = (id: string, c: DemoContact): CampaignContact => ({ id, email: orNull(c.email), phone: orNull(c.phone), push: orNull(c.push), messenger: orNull(c.messenger) });

export function demoCampaign(shop: DemoShop, text: DemoCampaignText): Campaign {
  const { winBack } = shop;
  const steps = [defaultChannel('email', text.currency), defaultChannel('sms', text.currency)];
  const contacted: ContactedCustomer[] = [];
  const controlGroup: ControlCustomer[] = [];
  const groups = new Map<string, ReachGroup>();
  for (const target of winBack.targets) {
    if (target.control) {
      controlGroup.push({ id: target.id, segment: WIN_BACK_SEGMENT, channel: null });
      continue;
    }
    // Every target has an e-mail or a phone (demo-shop.ts): the e-mail goes first, the SMS to the rest.
    contacted.push({ id: target.id, segment: WIN_BACK_SEGMENT, channel: target.contact.email !== '' ? 'email' : 'sms' });
    const c = target.contact;
    const pattern = { email: c.email !== '', phone: c.phone !== '', push: c.push !== '', messenger: c.messenger !== '' };
    const key = `${+pattern.email}${+pattern.phone}${+pattern.push}${+pattern.messenger}`;
    const group = groups.get(key) ?? { ...pattern, customers: 0 };
    group.customers++;
    groups.set(key, group);
  }
  const forecast = cascade(steps, [...groups.values()], steps[1]);
  return {
    id: DEMO_CAMPAIGN_ID,
    name: text.name,
    createdAt: `${winBack.sentOn}T09:00:00.000Z`,
    sentOn: winBack.sentOn,
    datasetName: DEMO_DATASET,
    asOf: winBack.sentOn,
    segment: WIN_BACK_SEGMENT,
    segmentName: text.segmentName,
    currency: text.currency,
    steps,
    messages: [text.emailMessage, text.smsMessage],
    offer: text.offer,
    forecast: { customers: forecast.customers, sent: forecast.total.sent, responses: forecast.total.responses, cost: forecast.total.cost },
    control: winBack.control,
    contacted,
    controlGroup,
    contacts: winBack.targets.map((t) => contactOf(t.id, t.contact)),
    measure: { kind: 'orders', fileName: DEMO_DATASET, measuredAt: `${winBack.until}T18:00:00.000Z`, until: winBack.until, purchases: winBack.purchases },
    actualCost: null,
  };
}
