// The demo shop's own survey and its customers' answers, so a workshop can show the whole first
// stage (who the customers are and what they value) without collecting anything first. Answers
// follow each customer's behaviour through the archetype the app's defaults put them in
// (demo-archetypes.ts): Champions and Loyal mostly promoters, At Risk and Lost mostly detractors,
// Can't Lose Them unhappy that the service got slower. Same seed, same answers on every machine.

import type { PresetArchetypeId } from '../archetypes/preset-data';
import { newSurvey, type StoredAnswer, type Survey, type SurveyStarterText } from '../surveys/survey';
import { defaultArchetypes } from './demo-archetypes';
import { type CommentTone, DEMO_COMMENTS, type DemoLocale } from './demo-comments';
import type { DemoCustomer, DemoShop } from './demo-shop';
import { createRng, type Rng } from '../random';

export const DEMO_SURVEY_ID = 'demo';

const MS_PER_DAY = 86_400_000;
/** Answers are collected over the last four months of the history. */
const SURVEY_DAYS = 120;
/** Shop hours, UTC: answers come in while the shop is open. */
const OPEN_HOURS = [9, 21] as const;

/** Someone who has just bought is asked (and answers) far more often than someone gone for a year. */
const answerChance = (recencyDays: number) => 0.15 + 0.7 * Math.exp(-recencyDays / 240);

// Left out on purpose, so the matching has something to report.
const NO_ID_CHANCE = 0.04;
const TYPO_CHANCE = 0.02;
// Questions skipped.
const NO_NPS_CHANCE = 0.03;
const NO_SATISFACTION_CHANCE = 0.08;
const KIOSK_SHARE = 0.65;
/** Of 1, 2 or 3 options chosen. */
const MATTERS_COUNT = [0.45, 0.38, 0.17] as const;

/** Option weights in the starter order: speed of service, personal approach, unique products, price, quality, convenience. */
type Drivers = readonly [speed: number, personal: number, unique: number, price: number, quality: number, convenience: number];

interface Profile {
  /** Shares of promoters (9-10) and detractors (0-6); the rest are passives. NPS = promoters - detractors. */
  promoters: number;
  detractors: number;
  drivers: Drivers;
  /** Chance of a comment, and what an unhappy one is about. */
  comments: number;
  complaint: CommentTone;
}

const PROFILES: Record<PresetArchetypeId, Profile> = {
  champions: { promoters: 0.68, detractors: 0.08, drivers: [1, 4, 4, 1, 6.5, 1.5], comments: 0.25, complaint: 'complaint' },
  loyal: { promoters: 0.62, detractors: 0.08, drivers: [1, 6, 1.5, 1.5, 2.5, 5], comments: 0.25, complaint: 'complaint' },
  potential_loyalist: { promoters: 0.5, detractors: 0.18, drivers: [1.5, 3, 3, 2, 3, 3], comments: 0.22, complaint: 'complaint' },
  new: { promoters: 0.5, detractors: 0.14, drivers: [1.5, 1, 2, 6, 2, 5], comments: 0.22, complaint: 'complaint' },
  promising: { promoters: 0.42, detractors: 0.2, drivers: [1.5, 1.5, 2, 5, 2, 4], comments: 0.2, complaint: 'complaint' },
  need_attention: { promoters: 0.33, detractors: 0.23, drivers: [3, 3, 2, 3, 2, 2], comments: 0.22, complaint: 'complaint' },
  about_to_sleep: { promoters: 0.25, detractors: 0.3, drivers: [2, 2, 1.5, 4, 2, 2], comments: 0.22, complaint: 'price' },
  at_risk: { promoters: 0.15, detractors: 0.5, drivers: [7, 4.5, 1, 2, 2, 1.5], comments: 0.3, complaint: 'slower' },
  cant_lose: { promoters: 0.1, detractors: 0.62, drivers: [7.5, 4, 1.5, 1, 2.5, 1], comments: 0.4, complaint: 'slower' },
  hibernating: { promoters: 0.15, detractors: 0.45, drivers: [1.5, 1, 1, 7, 1.5, 2], comments: 0.25, complaint: 'price' },
  lost: { promoters: 0.1, detractors: 0.56, drivers: [2, 1, 1, 8, 1.5, 1.5], comments: 0.28, complaint: 'price' },
};
/** Other (the default map leaves no cell to it, but a later change might) answers like the middle of the table. */
const MIDDLE = PROFILES.need_attention;
const profileOf = (archetype: string): Profile => (archetype in PROFILES ? PROFILES[archetype as PresetArchetypeId] : MIDDLE);

/** Detractors mostly say 5 or 6; a 0 is rare. Index = score. */
const DETRACTOR_WEIGHTS = [1, 1, 2, 3, 4, 6, 7] as const;

/**
 * A stream of its own: the shop's draws stay as they are, and mixing the seed (a murmur3
 * finaliser) keeps it apart from the shop's stream, which a plain offset of mulberry32's seed
 * would only shift.
 */
function surveyRng(seed: number): Rng {
  let h = (seed ^ 0x5eed5) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return createRng((h ^ (h >>> 16)) >>> 0);
}

function weighted(rng: Rng, weights: readonly number[], skip: ReadonlySet<number> = new Set()): number {
  let total = 0;
  for (let i = 0; i < weights.length; i++) if (!skip.has(i)) total += weights[i];
  let remaining = rng.next() * total;
  let last = -1;
  for (let i = 0; i < weights.length; i++) {
    if (skip.has(i)) continue;
    last = i;
    remaining -= weights[i];
    if (remaining < 0) return i;
  }
  // Floating-point weights may sum to a hair more than their parts.
  return last;
}

function npsScore(rng: Rng, profile: Profile): number {
  const draw = rng.next();
  if (draw < profile.promoters) return rng.chance(0.55) ? 10 : 9;
  if (draw < profile.promoters + profile.detractors) return weighted(rng, DETRACTOR_WEIGHTS);
  return rng.chance(0.5) ? 8 : 7;
}

/** 1-5 around what the NPS says (10 is about 5, 5 about 3), with some disagreement. */
function satisfactionScore(rng: Rng, nps: number | null): number {
  const centre = nps === null ? 3.5 : 0.6 + nps * 0.44;
  return Math.min(5, Math.max(1, Math.round(centre + 0.6 * rng.normal())));
}

function matters(rng: Rng, drivers: Drivers, options: readonly string[]): string[] {
  const weights = drivers.slice(0, options.length);
  const count = Math.min(weights.length, 1 + weighted(rng, MATTERS_COUNT));
  const chosen = new Set<number>();
  while (chosen.size < count) chosen.add(weighted(rng, weights, chosen));
  // As a form writes them: in the order the options are shown.
  return [...chosen].sort((a, b) => a - b).map((i) => options[i]);
}

function comment(rng: Rng, profile: Profile, nps: number | null, locale: DemoLocale): string | null {
  if (!rng.chance(profile.comments)) return null;
  const tone: CommentTone = nps === null ? 'mixed' : nps >= 9 ? 'praise' : nps >= 7 ? 'mixed' : profile.complaint;
  const bank = DEMO_COMMENTS[locale][tone];
  return bank[rng.int(0, bank.length - 1)];
}

/** The customer's own id mistyped the ways people do: never another customer's id. */
function typo(rng: Rng, id: string): string {
  const digits = id.slice(1);
  const at = rng.int(0, digits.length - 1);
  switch (rng.int(0, 3)) {
    case 0:
      return `C${digits.slice(0, at)}${digits.slice(at + 1)}`;
    case 1:
      return `C${digits.slice(0, at)}${digits[at]}${digits.slice(at)}`;
    case 2:
      return `c${digits}`;
    default:
      return `CO${digits.slice(1)}`;
  }
}

function identifier(rng: Rng, customer: DemoCustomer): string | null {
  const draw = rng.next();
  if (draw < NO_ID_CHANCE) return null;
  if (draw < NO_ID_CHANCE + TYPO_CHANCE) return typo(rng, customer.id);
  return customer.id;
}

function answeredAt(rng: Rng, lastDay: number): string {
  const day = lastDay - rng.int(0, SURVEY_DAYS - 1);
  const minute = rng.int(OPEN_HOURS[0] * 60, OPEN_HOURS[1] * 60 - 1);
  const second = rng.int(0, 59);
  return new Date(day * MS_PER_DAY + (minute * 60 + second) * 1000).toISOString();
}

/**
 * The demo survey (in the words of `text`, dated the day after the shop's last order) and its
 * answers, numbered demo-1, demo-2, ... in the order they came in. `locale` is the language the
 * customers write their comments in.
 */
export function demoSurvey(shop: DemoShop, seed: number, text: SurveyStarterText, locale: DemoLocale = 'en'): { survey: Survey; answers: StoredAnswer[] } {
  const lastDay = Date.parse(`${shop.lastDate}T00:00:00Z`) / MS_PER_DAY;
  const survey = newSurvey(DEMO_SURVEY_ID, text, new Date((lastDay + 1) * MS_PER_DAY));
  const archetypes = defaultArchetypes(shop.customerFacts, shop.lastDate);
  const rng = surveyRng(seed);
  const drawn: Omit<StoredAnswer, 'id'>[] = [];
  shop.customerFacts.forEach((customer, i) => {
    const recencyDays = lastDay + 1 - Date.parse(`${customer.lastPurchase}T00:00:00Z`) / MS_PER_DAY;
    if (!rng.chance(answerChance(recencyDays))) return;
    const profile = profileOf(archetypes[i]);
    const nps = rng.chance(NO_NPS_CHANCE) ? null : npsScore(rng, profile);
    const satisfaction = rng.chance(NO_SATISFACTION_CHANCE) ? null : satisfactionScore(rng, nps);
    drawn.push({
      surveyId: DEMO_SURVEY_ID,
      version: 1,
      answeredAt: answeredAt(rng, lastDay),
      source: rng.chance(KIOSK_SHARE) ? 'kiosk' : 'manual',
      answer: {
        id: identifier(rng, customer),
        nps,
        satisfaction,
        matters: matters(rng, profile.drivers, text.options),
        text: comment(rng, profile, nps, locale),
      },
    });
  });
  // ISO times of one format sort as text; ties keep customer order (a stable sort).
  drawn.sort((a, b) => (a.answeredAt < b.answeredAt ? -1 : a.answeredAt > b.answeredAt ? 1 : 0));
  return { survey, answers: drawn.map((a, n) => ({ id: `demo-${n + 1}`, ...a })) };
}
