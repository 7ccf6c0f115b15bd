// The dated events of the demo shop's story, so a trainer can point at each in the app's own views:
// the app launch brings a wave of newcomers (Health: new customers), deliveries that got slower (a
// new courier; the demo survey's Can't Lose Them say so) make a share of the good regulars stop buying (Health: churn up, repeat purchases down; At Risk and
// Can't Lose Them large and valuable), and a win-back campaign to the lapsed good customers, with a
// random control group that got nothing, brings many of them back (Movement over its default 90
// days, the Campaigns tab's results against the control group).
//
// Dates are days before the shop's end date, so another end date keeps the same story.

import { createRng, type Rng } from '../random';

const MS_PER_DAY = 86_400_000;

/**
 * Days before the end date: with the default end 2026-10-31 these are 2024-04-01, 2025-04-01 and
 * 2026-08-17. The wave lies well before the campaign, so its leavers score low on recency (At Risk,
 * Can't Lose Them) on the Movement tab's default earlier date, 90 days before the end.
 */
const DAYS_BEFORE_END = { launch: 943, churnWave: 578, winBack: 75 } as const;

/** UTC day numbers of the events. */
export interface StoryDays {
  /** The shop's app goes live: no app orders before it. */
  launch: number;
  /** Deliveries get slower: the leavers' last purchase falls soon after. */
  churnWave: number;
  /** The win-back campaign's lists go out (Campaign.sentOn). */
  winBack: number;
}

export const storyDays = (endDay: number): StoryDays => ({
  launch: endDay - DAYS_BEFORE_END.launch,
  churnWave: endDay - DAYS_BEFORE_END.churnWave,
  winBack: endDay - DAYS_BEFORE_END.winBack,
});

export const isoDay = (day: number): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

/** Share of the loyal regulars, and of the occasional buyers, who leave in the churn wave. */
export const LEAVER_SHARE = { regulars: 0.4, occasional: 0.25 } as const;
/** The leavers' last purchase: within this many days after the wave. */
export const LEAVING_DAYS = 45;

/**
 * Who the campaign is for, from the orders before it went out: at least this many purchases and
 * this much spent (cents), last purchase this many days or more before it, and reachable by
 * e-mail or phone. Such customers score low on recency and high on frequency and money: the At
 * Risk and Can't Lose Them of the day.
 */
export const WIN_BACK_TARGET = { minPurchases: 6, minNetCents: 50_000, minQuietDays: 470, maxQuietDays: 730 } as const;
/** The control group's share: large enough that the interval of the uplift is narrow. */
export const WIN_BACK_CONTROL_SHARE = 0.15;
/** The segment the campaign was planned for, as the default archetypes name it. */
export const WIN_BACK_SEGMENT = 'cant_lose';
/** Chance to buy again in the ten weeks after the campaign: a contacted customer, a held-out one. */
const COME_BACK_CHANCE = { contacted: 0.35, control: 0.07 } as const;
/** The first order back comes within this many days of the lists going out; a second, sometimes a third, follow. */
const FIRST_ORDER_WITHIN = 35;
const REPEAT_CHANCE = 0.55;
const REPEAT_GAP = [10, 30] as const;

/** A stream of its own (salted as demo-contacts.ts does), drawn after the shop's: the shop's own draws stay as they were. */
export function storyRng(seed: number): Rng {
  let h = (seed ^ 0x3b1dbac4) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return createRng((h ^ (h >>> 16)) >>> 0);
}

/** Days a returning customer buys on after the campaign, none when it does not come back; up to `last`. */
export function comeBackDays(rng: Rng, days: StoryDays, last: number, contacted: boolean): number[] {
  if (!rng.chance(contacted ? COME_BACK_CHANCE.contacted : COME_BACK_CHANCE.control)) return [];
  const result = [days.winBack + rng.int(0, FIRST_ORDER_WITHIN)];
  while (result.length < 3 && rng.chance(REPEAT_CHANCE)) result.push(result[result.length - 1] + rng.int(REPEAT_GAP[0], REPEAT_GAP[1]));
  return result.filter((day) => day <= last);
}
