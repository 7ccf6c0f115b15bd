// The channels a cascade sends through: what a message costs, how it is charged, how often it is
// delivered, read and answered, and when the next channel takes over. Four defaults (e-mail, push,
// a messenger, SMS) with where each number comes from; a shop edits them to its own contracts.

/** Which contact of a customer a channel needs. */
export type ContactKind = 'email' | 'phone' | 'push' | 'messenger';
export const CONTACT_KINDS: readonly ContactKind[] = ['email', 'phone', 'push', 'messenger'];

/** Charged for every message sent, or only for a message delivered (WhatsApp Business). */
export type Charged = 'sent' | 'delivered';
export const CHARGED: readonly Charged[] = ['sent', 'delivered'];

/** When the next step takes over a customer: the message was not delivered, not read, or not answered within the timeout. */
export type Fallback = 'not_delivered' | 'not_read' | 'no_response';
export const FALLBACKS: readonly Fallback[] = ['not_delivered', 'not_read', 'no_response'];

export type DefaultChannelId = 'email' | 'push' | 'messenger' | 'sms';
export const DEFAULT_CHANNEL_IDS: readonly DefaultChannelId[] = ['email', 'push', 'messenger', 'sms'];

/** The currencies the defaults are given in; another currency starts from the USD prices. */
export type PriceCurrency = 'RUB' | 'USD';

export interface Channel {
  id: string;
  name: string;
  contact: ContactKind;
  /** Price of one message in the shop's currency (one SMS part for SMS). */
  price: number;
  /** The currency the price is in, and the tariff it is taken from. */
  currency: string;
  priceNote: string;
  charged: Charged;
  /** Shares 0..1: of messages sent, delivered; of delivered, read; of read, answered (a click, a purchase). */
  delivery: number;
  read: number;
  response: number;
  fallback: Fallback;
  /** Hours the step waits for its trigger before the next step sends. */
  timeoutHours: number;
  /** Where the default price and rates come from, and when they were true. */
  source: string;
  asOf: string;
}

/** A rate is a share from 0 to 1. */
export const isRate = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 1;

type Defaults = Omit<Channel, 'price' | 'currency' | 'priceNote'> & { prices: Record<PriceCurrency, { price: number; note: string }> };

// Rates marked "typical" are assumptions of the usual order of magnitude, not measurements: a shop
// replaces them with its own provider's statistics.
const DEFAULTS: Record<DefaultChannelId, Defaults> = {
  email: {
    id: 'email',
    name: 'E-mail',
    contact: 'email',
    charged: 'sent',
    delivery: 0.97,
    read: 0.2,
    response: 0.05,
    fallback: 'not_read',
    timeoutHours: 24,
    prices: {
      RUB: { price: 0.1, note: 'bulk e-mail service, about 0.05-0.3 RUB a letter by volume' },
      USD: { price: 0.001, note: 'bulk e-mail service, about 0.0005-0.002 USD a letter by volume' },
    },
    source: 'Price: typical tariffs of e-mail services (per-letter plans); delivery 97 %, opens 20 %, clicks 5 % of opened: typical marketing e-mail rates, an assumption.',
    asOf: '2025',
  },
  push: {
    id: 'push',
    name: 'Push',
    contact: 'push',
    charged: 'sent',
    delivery: 0.85,
    read: 0.08,
    response: 0.1,
    fallback: 'not_read',
    timeoutHours: 4,
    prices: {
      RUB: { price: 0, note: 'Firebase Cloud Messaging and Apple Push: free to send' },
      USD: { price: 0, note: 'Firebase Cloud Messaging and Apple Push: free to send' },
    },
    source: 'Price: FCM and APNs charge nothing per message; delivery 85 % (expired tokens), opens 8 %, response 10 % of opened: typical, an assumption.',
    asOf: '2025',
  },
  messenger: {
    id: 'messenger',
    name: 'WhatsApp',
    contact: 'messenger',
    charged: 'delivered',
    delivery: 0.95,
    read: 0.8,
    response: 0.08,
    fallback: 'not_read',
    timeoutHours: 24,
    prices: {
      RUB: { price: 7, note: 'WhatsApp marketing message to a Russian number: 0.086 USD at about 82 RUB a dollar' },
      USD: { price: 0.09, note: 'WhatsApp marketing message, about 0.08-0.10 USD depending on the recipient\u2019s country' },
    },
    source:
      'Price: Meta\u2019s WhatsApp Business Platform rate card, per-message pricing from 1 July 2025: a marketing template is charged only when delivered, 0.0860 USD in the "Rest of Central & Eastern Europe" region (Russia\u2019s), about 0.11 EUR in Germany. Delivery 95 %, read 80 %, response 8 % of read: typical, an assumption.',
    asOf: '2025',
  },
  sms: {
    id: 'sms',
    name: 'SMS',
    contact: 'phone',
    charged: 'sent',
    delivery: 0.95,
    read: 0.9,
    response: 0.03,
    fallback: 'no_response',
    timeoutHours: 24,
    prices: {
      RUB: { price: 5.3, note: 'advertising SMS in Russia, about 5.3 RUB with VAT a part' },
      USD: { price: 0.0083, note: 'SMS in the United States: 0.0083 USD a segment, carrier fees (about 0.003) on top' },
    },
    source:
      'Price: advertising SMS in Russia about 5.3 RUB a part with VAT in 2025 (aggregators\u2019 tariffs for Latin or Cyrillic sender names; each operator sets its own, check your contract); Twilio\u2019s US long-code SMS 0.0083 USD a segment (2025). Delivery 95 %, read 90 %, response 3 %: typical, an assumption.',
    asOf: '2025',
  },
};

/** The price table the defaults take for a shop's currency: RUB for roubles, USD for anything else. */
export const priceCurrencyOf = (currency: string | null | undefined): PriceCurrency => (currency?.toUpperCase() === 'RUB' ? 'RUB' : 'USD');

export function defaultChannel(id: DefaultChannelId, currency?: string | null): Channel {
  const { prices, ...rest } = DEFAULTS[id];
  const table = priceCurrencyOf(currency);
  return { ...rest, price: prices[table].price, currency: table, priceNote: prices[table].note };
}

/** The four default channels, cheapest first for the shop's currency (the planner's starting order). */
export function defaultChannels(currency?: string | null): Channel[] {
  return DEFAULT_CHANNEL_IDS.map((id) => defaultChannel(id, currency)).sort((a, b) => a.price - b.price || DEFAULT_CHANNEL_IDS.indexOf(a.id as DefaultChannelId) - DEFAULT_CHANNEL_IDS.indexOf(b.id as DefaultChannelId));
}

export const isDefaultChannelId = (id: unknown): id is DefaultChannelId => typeof id === 'string' && (DEFAULT_CHANNEL_IDS as readonly string[]).includes(id);
