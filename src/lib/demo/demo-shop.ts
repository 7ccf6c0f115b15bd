import { drawHoldout } from '../campaign/holdout';
import { createRng, type Rng } from '../random';
import { CONTACT_COLUMNS, contactFields, demoContacts, type ContactTraits, type DemoContact } from './demo-contacts';
import {
  comeBackDays, isoDay, LEAVER_SHARE, LEAVING_DAYS, storyDays, storyRng, WIN_BACK_CONTROL_SHARE, WIN_BACK_SEGMENT, WIN_BACK_TARGET, type StoryDays,
} from './demo-story';

export interface DemoShopOptions {
  /** Same seed, byte-identical CSV; taken modulo 2^32. */
  seed: number;
  /** Last day of the three-year history, YYYY-MM-DD. Default '2026-10-31'. */
  endDate?: string;
}

export interface DemoShop {
  /**
   * Header `order_id,customer_id,order_date,amount,channel,email,phone,push_token,messenger_id`, LF
   * after every line. A customer's contacts (demo-contacts.ts) repeat on each of its rows, blank
   * where it gave none; the first five columns do not depend on them.
   */
  csv: string;
  /** Data rows, header not counted. */
  rows: number;
  customers: number;
  /** Earliest and latest order_date in the CSV. */
  firstDate: string;
  lastDate: string;
  /**
   * Every customer of the CSV in id order, summed from its rows (no extra draw, so the CSV is the
   * same with or without it): the demo survey answers in character with these (demo-survey.ts).
   */
  customerFacts: DemoCustomer[];
  /** The story's dates (demo-story.ts), YYYY-MM-DD. */
  story: { launch: string; churnWave: string };
  /** The win-back campaign as the shop ran it: who it was for and what they bought after it (demo-campaign.ts). */
  winBack: DemoWinBack;
}

export interface DemoWinBack {
  /** The day the lists went out, YYYY-MM-DD. */
  sentOn: string;
  /** The last day of the history: the response window ends there. */
  until: string;
  /** The control group's draw (lib/campaign/holdout.ts), as a campaign of the app records it. */
  control: { share: number; seed: number };
  /** In id order; control: held out, got nothing. */
  targets: { id: string; control: boolean; contact: DemoContact }[];
  /** Targets with rows from sentOn to until: net cents, refunds included, and purchases (amount > 0), as the orders measure counts them. */
  purchases: { id: string; revenueCents: number; orders: number }[];
}

export interface DemoCustomer {
  /** customer_id as in the CSV. */
  id: string;
  /** order_date of the last purchase (amount > 0), YYYY-MM-DD. */
  lastPurchase: string;
  /** Rows with amount > 0. */
  purchases: number;
  /** Sum of all its amounts, refunds included, in cents. */
  netCents: number;
}

const DEFAULT_END_DATE = '2026-10-31';
const CUSTOMER_COUNT = 5_000;
const HISTORY_YEARS = 3;
const MS_PER_DAY = 86_400_000;
const CHANNELS = ['web', 'store', 'app'] as const;
type ChannelWeights = readonly [web: number, store: number, app: number];

// Sunday first, as getUTCDay counts. Weekend shopping shows up as a weekly ripple in the charts.
const WEEKDAY_WEIGHT = [1.15, 0.9, 0.95, 0.95, 1.0, 1.1, 1.3];
// January first. Gift season lifts Nov-Dec, summer holidays dip; seasonal buyers add their own peaks on top.
const MONTH_WEIGHT = [0.8, 0.8, 0.95, 1.0, 1.0, 0.95, 0.9, 0.9, 1.0, 1.05, 1.3, 1.5];

// Refunds are rare enough to stay a footnote (about 2.5% of rows) but present, so trainers can show why net spend matters.
const RETURN_CHANCE = 0.026;
const RETURN_DELAY_DAYS = [1, 21] as const;
const FULL_REFUND_SHARE = 0.5;
// The channel a customer mostly uses; the rest of their orders follow the persona's channel mix.
const HOME_CHANNEL_LOYALTY = 0.75;
const MIN_BASKET_CENTS = 200;

/** The three-year window as UTC day numbers (days since 1970-01-01), with a weight per day for the shopping rhythm. */
class Calendar {
  readonly first: number;
  readonly last: number;
  readonly labels: string[] = [];
  /** cumulative[i] is the weight of the days before first + i, so a weighted draw is one binary search. */
  private readonly cumulative: Float64Array;

  constructor(endDate: string) {
    const end = parseIsoDay(endDate);
    const endParts = new Date(end * MS_PER_DAY);
    // Three calendar years, so the story's launch has a year of ordinary trade before it: the day
    // after the same date three years earlier (a 29 February rolls to 1 March).
    this.first = Date.UTC(endParts.getUTCFullYear() - HISTORY_YEARS, endParts.getUTCMonth(), endParts.getUTCDate()) / MS_PER_DAY + 1;
    this.last = end;
    this.cumulative = new Float64Array(this.last - this.first + 2);
    for (let day = this.first; day <= this.last; day++) {
      const date = new Date(day * MS_PER_DAY);
      const i = day - this.first;
      this.labels.push(date.toISOString().slice(0, 10));
      this.cumulative[i + 1] = this.cumulative[i] + WEEKDAY_WEIGHT[date.getUTCDay()] * MONTH_WEIGHT[date.getUTCMonth()];
    }
  }

  /** A day in [from, to] (clipped to the window), busier days more likely. */
  weightedDay(rng: Rng, from: number, to: number): number {
    const lo = Math.max(from, this.first) - this.first;
    const hi = Math.min(to, this.last) - this.first;
    const target = this.cumulative[lo] + rng.next() * (this.cumulative[hi + 1] - this.cumulative[lo]);
    let left = lo;
    let right = hi;
    while (left < right) {
      const mid = (left + right) >>> 1;
      if (this.cumulative[mid + 1] > target) right = mid;
      else left = mid + 1;
    }
    return this.first + left;
  }

  /** Moves a planned day by up to three days towards a busier one, so regular buyers follow the weekly rhythm too. */
  nearby(rng: Rng, day: number): number {
    return this.weightedDay(rng, day - 3, day + 3);
  }

  /** Day numbers of a month-day range in one year, clipped to the window; null when it lies outside. */
  range(year: number, fromMonth: number, fromDay: number, toMonth: number, toDay: number): [number, number] | null {
    const from = Math.max(this.first, Date.UTC(year, fromMonth - 1, fromDay) / MS_PER_DAY);
    const to = Math.min(this.last, Date.UTC(year, toMonth - 1, toDay) / MS_PER_DAY);
    return from <= to ? [from, to] : null;
  }

  years(): number[] {
    const firstYear = Number(this.labels[0].slice(0, 4));
    const lastYear = Number(this.labels[this.labels.length - 1].slice(0, 4));
    return Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  }
}

interface Persona {
  share: number;
  /** Median basket in currency units; spreads are log-scale, between customers and between one customer's orders. */
  basket: { median: number; customerSpread: number; orderSpread: number };
  channels: ChannelWeights;
  orderDays(rng: Rng, calendar: Calendar, story: StoryDays): number[];
}

/**
 * Shares are chosen so every RFM segment a trainer wants to talk about is well populated
 * and the totals land near 5,000 customers and 60,000 rows:
 * loyal regulars 14%, one-timers 24%, big spenders 7%, seasonal buyers 13%,
 * recent newcomers 7%, occasional buyers 24%, app joiners 11%.
 */
const PERSONAS: readonly Persona[] = [
  {
    // Loyal regulars: a personal rhythm of 2-6 weeks; steady, mid-sized baskets. Kept for the whole
    // two years, except by the share who leave in the churn wave.
    share: 0.14,
    basket: { median: 45, customerSpread: 0.3, orderSpread: 0.2 },
    channels: [0.45, 0.25, 0.3],
    orderDays: (rng, calendar, story) => {
      const cadence = rng.int(14, 42);
      const stop = rng.chance(LEAVER_SHARE.regulars) ? story.churnWave + rng.int(0, LEAVING_DAYS) : calendar.last;
      const days: number[] = [];
      for (let day = calendar.weightedDay(rng, calendar.first, calendar.first + 120); day <= stop; ) {
        days.push(calendar.nearby(rng, day));
        day += Math.round(cadence * (0.75 + rng.next() * 0.5));
      }
      return days;
    },
  },
  {
    // One-timers: a single purchase anywhere in the history; the biggest group, as in most shops.
    share: 0.24,
    basket: { median: 35, customerSpread: 0.4, orderSpread: 0.4 },
    channels: [0.55, 0.25, 0.2],
    orderDays: (rng, calendar) => [calendar.weightedDay(rng, calendar.first, calendar.last)],
  },
  {
    // Big spenders: every 1-3 weeks with large baskets from the start, until the churn wave (slower
    // deliveries) lost every one of them.
    share: 0.07,
    basket: { median: 150, customerSpread: 0.3, orderSpread: 0.35 },
    channels: [0.3, 0.5, 0.2],
    orderDays: (rng, calendar, story) => {
      const cadence = rng.int(7, 21);
      const stop = story.churnWave + rng.int(0, LEAVING_DAYS);
      const days: number[] = [];
      for (let day = calendar.weightedDay(rng, calendar.first, calendar.first + 60); day <= stop; ) {
        days.push(Math.min(stop, calendar.nearby(rng, day)));
        day += Math.round(cadence * (0.75 + rng.next() * 0.5));
      }
      return days;
    },
  },
  {
    // Seasonal buyers: 2-5 gift orders in most Nov-Dec seasons, now and then one or two in spring.
    share: 0.13,
    basket: { median: 70, customerSpread: 0.35, orderSpread: 0.45 },
    channels: [0.5, 0.3, 0.2],
    orderDays: (rng, calendar) => {
      const days: number[] = [];
      const buyIn = (range: [number, number] | null, count: number): void => {
        for (let i = 0; range && i < count; i++) days.push(calendar.weightedDay(rng, range[0], range[1]));
      };
      for (const year of calendar.years()) {
        if (rng.chance(0.85)) buyIn(calendar.range(year, 11, 1, 12, 31), rng.int(2, 5));
        if (rng.chance(0.4)) buyIn(calendar.range(year, 3, 1, 5, 31), rng.int(1, 2));
      }
      // Skipping every season is possible by chance; such a customer would not exist in the data at all.
      if (days.length === 0) days.push(calendar.weightedDay(rng, calendar.last - 364, calendar.last));
      return days;
    },
  },
  {
    // Recent newcomers: first order in the last two months, sometimes a quick second or third.
    share: 0.07,
    basket: { median: 40, customerSpread: 0.35, orderSpread: 0.4 },
    channels: [0.4, 0.1, 0.5],
    orderDays: (rng, calendar) => {
      const days = [calendar.weightedDay(rng, calendar.last - 59, calendar.last)];
      for (let day = days[0] + rng.int(7, 28); day <= calendar.last && days.length < 4 && rng.chance(0.55); day += rng.int(7, 28)) {
        days.push(calendar.nearby(rng, day));
      }
      return days;
    },
  },
  {
    // Occasional buyers: a handful of orders at no particular rhythm; some of them also leave in the churn wave.
    share: 0.24,
    basket: { median: 55, customerSpread: 0.4, orderSpread: 0.45 },
    channels: [0.45, 0.3, 0.25],
    orderDays: (rng, calendar, story) => {
      const last = rng.chance(LEAVER_SHARE.occasional) ? story.churnWave + rng.int(0, LEAVING_DAYS) : calendar.last;
      const days = Array.from({ length: rng.int(2, 14) }, () => calendar.weightedDay(rng, calendar.first, calendar.last)).filter((day) => day <= last);
      // A leaver whose orders all fell after the wave still bought once before leaving.
      return days.length > 0 ? days : [calendar.weightedDay(rng, calendar.first, last)];
    },
  },
  {
    // App joiners: the launch wave. First order in the weeks after the app went live (fewer each
    // week), mostly in the app; half of them stay on at a rhythm of 3-9 weeks.
    share: 0.11,
    basket: { median: 38, customerSpread: 0.35, orderSpread: 0.35 },
    channels: [0.2, 0.05, 0.75],
    orderDays: (rng, calendar, story) => {
      const first = Math.min(calendar.last, story.launch + Math.floor(-Math.log(1 - rng.next()) * LAUNCH_WAVE_DAYS));
      const days = [first];
      if (rng.chance(0.5)) {
        const cadence = rng.int(21, 63);
        for (let day = first + cadence; day <= calendar.last && rng.chance(0.93); day += Math.round(cadence * (0.75 + rng.next() * 0.5))) {
          days.push(calendar.nearby(rng, day));
        }
      }
      return days;
    },
  },
];

/** Mean days from the launch to an app joiner's first order: most of the wave arrives within two months. */
const LAUNCH_WAVE_DAYS = 30;

/** Number columns rather than an object per order: fewer allocations for 50,000 rows, and the date sort can move plain indexes. */
class OrderColumns {
  readonly customer: number[] = [];
  readonly day: number[] = [];
  readonly cents: number[] = [];
  readonly channel: number[] = [];

  add(customer: number, day: number, cents: number, channel: number): void {
    this.customer.push(customer);
    this.day.push(day);
    this.cents.push(cents);
    this.channel.push(channel);
  }
}

/** A customer's basket and channel habits, kept for the orders the win-back campaign brings. */
class Habits {
  readonly median = new Float64Array(CUSTOMER_COUNT + 1);
  readonly spread = new Float64Array(CUSTOMER_COUNT + 1);
  readonly home = new Uint8Array(CUSTOMER_COUNT + 1);
}

const APP = CHANNELS.indexOf('app');
const WEB = CHANNELS.indexOf('web');

export function generateDemoShop(options: DemoShopOptions): DemoShop {
  const rng = createRng(options.seed);
  const calendar = new Calendar(options.endDate ?? DEFAULT_END_DATE);
  const story = storyDays(calendar.last);
  const orders = new OrderColumns();
  const habits = new Habits();

  for (let customer = 1; customer <= CUSTOMER_COUNT; customer++) {
    const persona = pickPersona(rng);
    const customerMedian = persona.basket.median * Math.exp(persona.basket.customerSpread * rng.normal());
    const homeChannel = pickChannel(rng, persona.channels);
    habits.median[customer] = customerMedian;
    habits.spread[customer] = persona.basket.orderSpread;
    habits.home[customer] = homeChannel;
    for (const day of persona.orderDays(rng, calendar, story)) {
      const cents = basketCents(rng, customerMedian, persona.basket.orderSpread);
      const picked = rng.chance(HOME_CHANNEL_LOYALTY) ? homeChannel : pickChannel(rng, persona.channels);
      // Before the launch there was no app: those customers ordered on the web.
      const channel = picked === APP && day < story.launch ? WEB : picked;
      orders.add(customer, day, cents, channel);
      if (rng.chance(RETURN_CHANCE)) {
        const returnDay = day + rng.int(RETURN_DELAY_DAYS[0], RETURN_DELAY_DAYS[1]);
        const refund = rng.chance(FULL_REFUND_SHARE) ? cents : Math.max(1, Math.round(cents * (0.2 + rng.next() * 0.6)));
        // A refund after the end of the history would be invisible anyway, so it is simply not written.
        if (returnDay <= calendar.last) orders.add(customer, returnDay, -refund, channel);
      }
    }
  }

  const contacts = contactsOf(options.seed, orders);
  const winBack = runWinBack(options.seed, calendar, story, orders, habits, contacts);
  return {
    ...toCsv(rng, calendar, orders, contacts.map((c) => (c ? contactFields(c) : ''))),
    story: { launch: isoDay(story.launch), churnWave: isoDay(story.churnWave) },
    winBack,
  };
}

function basketCents(rng: Rng, median: number, spread: number): number {
  return Math.max(MIN_BASKET_CENTS, Math.round(median * Math.exp(spread * rng.normal()) * 100));
}

const customerId = (customer: number): string => `C${String(customer).padStart(5, '0')}`;

/**
 * The win-back campaign: the lapsed good customers on the day it went out (demo-story.ts), a
 * control group held out by the app's own draw, and the orders of those who came back, contacted
 * ones far more often. Its draws come from the story's own stream, after the shop's.
 */
function runWinBack(seed: number, calendar: Calendar, story: StoryDays, orders: OrderColumns, habits: Habits, contacts: readonly (DemoContact | null)[]): DemoWinBack {
  const purchases = new Int32Array(CUSTOMER_COUNT + 1);
  const net = new Float64Array(CUSTOMER_COUNT + 1);
  const lastDay = new Int32Array(CUSTOMER_COUNT + 1);
  for (let order = 0; order < orders.day.length; order++) {
    if (orders.day[order] >= story.winBack) continue;
    const customer = orders.customer[order];
    net[customer] += orders.cents[order];
    if (orders.cents[order] > 0) {
      purchases[customer]++;
      lastDay[customer] = Math.max(lastDay[customer], orders.day[order]);
    }
  }
  const targets: number[] = [];
  for (let customer = 1; customer <= CUSTOMER_COUNT; customer++) {
    const quiet = story.winBack - lastDay[customer];
    const contact = contacts[customer];
    if (
      purchases[customer] >= WIN_BACK_TARGET.minPurchases && net[customer] >= WIN_BACK_TARGET.minNetCents &&
      quiet >= WIN_BACK_TARGET.minQuietDays && quiet <= WIN_BACK_TARGET.maxQuietDays &&
      contact !== null && (contact.email !== '' || contact.phone !== '')
    ) targets.push(customer);
  }
  const holdout = drawHoldout(targets.map((c) => ({ id: customerId(c), segment: WIN_BACK_SEGMENT })), WIN_BACK_CONTROL_SHARE, seed);
  const control = new Set(holdout.control);
  const rng = storyRng(seed);
  for (const customer of targets) {
    for (const day of comeBackDays(rng, story, calendar.last, !control.has(customerId(customer)))) {
      orders.add(customer, day, basketCents(rng, habits.median[customer], habits.spread[customer]), habits.home[customer]);
    }
  }
  const isTarget = new Uint8Array(CUSTOMER_COUNT + 1);
  for (const customer of targets) isTarget[customer] = 1;
  const after = new Map<number, { revenueCents: number; orders: number }>();
  for (let order = 0; order < orders.day.length; order++) {
    const customer = orders.customer[order];
    if (isTarget[customer] === 0 || orders.day[order] < story.winBack) continue;
    const money = after.get(customer) ?? { revenueCents: 0, orders: 0 };
    money.revenueCents += orders.cents[order];
    if (orders.cents[order] > 0) money.orders++;
    after.set(customer, money);
  }
  return {
    sentOn: isoDay(story.winBack),
    until: isoDay(calendar.last),
    control: { share: holdout.share, seed: holdout.seed },
    targets: targets.map((c) => ({ id: customerId(c), control: control.has(customerId(c)), contact: contacts[c] as DemoContact })),
    purchases: [...after].sort((a, b) => a[0] - b[0]).map(([c, money]) => ({ id: customerId(c), ...money })),
  };
}

/** Contacts per customer number (index 0 unused), from their own stream: the shop's draws stay untouched. */
function contactsOf(seed: number, orders: OrderColumns): (DemoContact | null)[] {
  const storeOnly = new Uint8Array(CUSTOMER_COUNT + 1).fill(1);
  const usesApp = new Uint8Array(CUSTOMER_COUNT + 1);
  for (let order = 0; order < orders.customer.length; order++) {
    const channel = CHANNELS[orders.channel[order]];
    if (channel !== 'store') storeOnly[orders.customer[order]] = 0;
    if (channel === 'app') usesApp[orders.customer[order]] = 1;
  }
  const traits: ContactTraits[] = [];
  for (let customer = 1; customer <= CUSTOMER_COUNT; customer++) traits.push({ storeOnly: storeOnly[customer] === 1, usesApp: usesApp[customer] === 1 });
  return [null, ...demoContacts(seed, traits)];
}

function toCsv(rng: Rng, calendar: Calendar, orders: OrderColumns, contacts: readonly string[]): Omit<DemoShop, 'story' | 'winBack'> {
  const sequence = inDateOrder(rng, calendar, orders);
  const customerIds = Array.from({ length: CUSTOMER_COUNT + 1 }, (_, id) => customerId(id));
  const seenCustomers = new Uint8Array(CUSTOMER_COUNT + 1);
  let customers = 0;
  let csv = `order_id,customer_id,order_date,amount,channel,${CONTACT_COLUMNS.join(',')}\n`;
  for (let position = 0; position < sequence.length; position++) {
    const order = sequence[position];
    const customer = orders.customer[order];
    if (seenCustomers[customer] === 0) customers++;
    seenCustomers[customer] = 1;
    const orderId = `D${String(position + 1).padStart(6, '0')}`;
    const date = calendar.labels[orders.day[order] - calendar.first];
    csv += `${orderId},${customerIds[customer]},${date},${formatCents(orders.cents[order])},${CHANNELS[orders.channel[order]]},${contacts[customer]}\n`;
  }
  return {
    csv,
    rows: sequence.length,
    customers,
    firstDate: calendar.labels[orders.day[sequence[0]] - calendar.first],
    lastDate: calendar.labels[orders.day[sequence[sequence.length - 1]] - calendar.first],
    customerFacts: customerFacts(calendar, orders, customerIds),
  };
}

function customerFacts(calendar: Calendar, orders: OrderColumns, customerIds: readonly string[]): DemoCustomer[] {
  const lastDay = new Int32Array(CUSTOMER_COUNT + 1);
  const purchases = new Int32Array(CUSTOMER_COUNT + 1);
  const netCents = new Float64Array(CUSTOMER_COUNT + 1);
  for (let order = 0; order < orders.day.length; order++) {
    const customer = orders.customer[order];
    netCents[customer] += orders.cents[order];
    if (orders.cents[order] > 0) {
      purchases[customer]++;
      lastDay[customer] = Math.max(lastDay[customer], orders.day[order]);
    }
  }
  const facts: DemoCustomer[] = [];
  for (let customer = 1; customer <= CUSTOMER_COUNT; customer++) {
    // A refund always follows a purchase, so this skips only ids that have no rows at all.
    if (purchases[customer] === 0) continue;
    facts.push({ id: customerIds[customer], lastPurchase: calendar.labels[lastDay[customer] - calendar.first], purchases: purchases[customer], netCents: netCents[customer] });
  }
  return facts;
}

/**
 * Order indexes sorted by day with a counting sort (no comparator over 50,000 rows), shuffled within
 * each day: customers were generated in id order and would otherwise march upwards through every date.
 */
function inDateOrder(rng: Rng, calendar: Calendar, orders: OrderColumns): Int32Array {
  const dayStart = new Int32Array(calendar.labels.length + 1);
  for (const day of orders.day) dayStart[day - calendar.first + 1]++;
  for (let i = 1; i < dayStart.length; i++) dayStart[i] += dayStart[i - 1];
  const sequence = new Int32Array(orders.day.length);
  const fill = dayStart.slice(0, -1);
  for (let order = 0; order < orders.day.length; order++) sequence[fill[orders.day[order] - calendar.first]++] = order;
  for (let i = 0; i + 1 < dayStart.length; i++) shuffle(rng, sequence, dayStart[i], dayStart[i + 1]);
  return sequence;
}

function pickPersona(rng: Rng): Persona {
  let remaining = rng.next();
  for (const persona of PERSONAS) {
    remaining -= persona.share;
    if (remaining < 0) return persona;
  }
  // Floating-point shares may sum to a hair under 1.
  return PERSONAS[PERSONAS.length - 1];
}

function pickChannel(rng: Rng, weights: ChannelWeights): number {
  let remaining = rng.next() * (weights[0] + weights[1] + weights[2]);
  for (let index = 0; index < weights.length; index++) {
    remaining -= weights[index];
    if (remaining < 0) return index;
  }
  return weights.length - 1;
}

/** Fisher-Yates over items[from, to). */
function shuffle(rng: Rng, items: Int32Array, from: number, to: number): void {
  for (let i = to - 1; i > from; i--) {
    const j = rng.int(from, i);
    const swap = items[i];
    items[i] = items[j];
    items[j] = swap;
  }
}

/** Integer cents to `49.90` / `-12.00`; integers avoid float artefacts such as 49.900000000000006. */
function formatCents(cents: number): string {
  const abs = Math.abs(cents);
  return `${cents < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** YYYY-MM-DD to a UTC day number; rejects impossible dates such as 2026-02-30 instead of rolling them over. */
function parseIsoDay(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const day = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / MS_PER_DAY : NaN;
  if (!Number.isInteger(day) || new Date(day * MS_PER_DAY).toISOString().slice(0, 10) !== iso) {
    throw new RangeError(`endDate must be a real calendar date as YYYY-MM-DD, got "${iso}"`);
  }
  return day;
}
