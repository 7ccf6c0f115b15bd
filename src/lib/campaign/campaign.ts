// A campaign as kept on the device: the cascade planned for one segment (its steps, messages,
// offer and forecast), who was put on the target lists and who was held out as the control group
// when the lists were exported, and, once measured, where its responses came from. The results
// are computed again from these facts (results.ts), never stored as bare numbers.

import type { Channel } from '../plan/channels';
import type { ContactedCustomer, ControlCustomer } from './results';

/** The contacts a contacted or control customer was exported with: a list of responders may name them by any. */
export interface CampaignContact {
  id: string;
  email: string | null;
  phone: string | null;
  push: string | null;
  messenger: string | null;
}

/** How the responses were counted. */
export type CampaignMeasure =
  /** A list of responders (ids or contacts) from the sending tool or the till, and how many of its lines matched nobody. */
  | { kind: 'responders'; fileName: string; measuredAt: string; responders: string[]; unmatched: number }
  /** A newer order export: customers with an order from `sentOn` to `until` responded; their money is what they spent. */
  | { kind: 'orders'; fileName: string; measuredAt: string; until: string; purchases: { id: string; revenueCents: number; orders: number }[] };

export interface Campaign {
  id: string;
  /** Shown in the list; starts as the segment and the date, the user may rename it. */
  name: string;
  /** ISO timestamp of the export. */
  createdAt: string;
  /** YYYY-MM-DD, the device's local date the lists were exported: orders from then on count. */
  sentOn: string;
  /** The analysis it was planned on. */
  datasetName: string;
  asOf: string;
  segment: string;
  segmentName: string;
  /** The currency of prices and money, or null when the file has none. */
  currency: string | null;
  /** The cascade in its order, each step with its price and rates as planned. */
  steps: Channel[];
  messages: (string | null)[];
  offer: string;
  forecast: { customers: number; sent: number; responses: number; cost: number };
  control: { share: number; seed: number };
  contacted: ContactedCustomer[];
  controlGroup: ControlCustomer[];
  contacts: CampaignContact[];
  measure: CampaignMeasure | null;
  /**
   * What the campaign cost as the user found on the invoices, in the shop's currency; absent or
   * null: the forecast cost stands (the Campaigns tab lets the user enter it).
   */
  actualCost?: number | null;
  /** Bumped by every save, so a tab never saves over a version it has not seen (storage/revision.ts); absent (0) in older records. */
  revision?: number;
}
