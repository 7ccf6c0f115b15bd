// The planner's channels as the user left them (names, prices, rates, fallbacks, which are used and
// in what order), kept on the device per currency of the shop: a price in roubles means nothing to
// a shop in dollars. Values only, in the settings store. A stored value is checked when read: one
// that does not pass (an older shape, a hand-edited backup) is ignored and the defaults are used,
// so a bad record never breaks the screen. A save never goes over channels another tab saved
// since this one read them (revision.ts), and is announced to the other tabs.

import { CHARGED, CONTACT_KINDS, FALLBACKS, isRate, type Channel } from '../plan/channels';
import { cvmDb } from './connection';
import { saveSettingIfSeen } from './revision';
import { asStorageError } from './storage-error';

export const PLAN_CHANNELS_KEY = 'planChannels';

/** A channel of the planner: the channel's values and whether the cascade uses it. */
export interface PlannedChannel extends Channel {
  enabled: boolean;
}

/** Stored: per currency code ('' for plain numbers), the channels in the cascade's order. */
export type StoredPlanChannels = Record<string, PlannedChannel[]>;

/** The planner's limit: 6 channels keep the optimiser's search (every order of every subset) small. */
export const MAX_CHANNELS = 6;

const isText = (v: unknown, max = 2000): v is string => typeof v === 'string' && v.length <= max;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const oneOf = <T>(list: readonly T[], v: unknown): v is T => (list as readonly unknown[]).includes(v);

export function isPlannedChannel(v: unknown): v is PlannedChannel {
  if (!isObject(v)) return false;
  return (
    isText(v.id, 100) &&
    v.id !== '' &&
    isText(v.name, 100) &&
    oneOf(CONTACT_KINDS, v.contact) &&
    typeof v.price === 'number' &&
    Number.isFinite(v.price) &&
    v.price >= 0 &&
    isText(v.currency, 10) &&
    isText(v.priceNote) &&
    oneOf(CHARGED, v.charged) &&
    isRate(v.delivery) &&
    isRate(v.read) &&
    isRate(v.response) &&
    oneOf(FALLBACKS, v.fallback) &&
    typeof v.timeoutHours === 'number' &&
    Number.isFinite(v.timeoutHours) &&
    v.timeoutHours > 0 &&
    isText(v.source) &&
    isText(v.asOf, 100) &&
    typeof v.enabled === 'boolean'
  );
}

/** The stored channels of one currency, or null when there are none or they do not pass. */
export function validPlanChannels(stored: unknown, currency: string): PlannedChannel[] | null {
  if (!isObject(stored) || !Object.hasOwn(stored, currency)) return null;
  const list = stored[currency];
  if (!Array.isArray(list) || list.length === 0 || list.length > MAX_CHANNELS || !list.every(isPlannedChannel)) return null;
  if (new Set(list.map((c) => c.id)).size !== list.length) return null;
  // Only the known fields: a record with extra ones is read without them.
  return list.map((c) => ({
    id: c.id,
    name: c.name,
    contact: c.contact,
    price: c.price,
    currency: c.currency,
    priceNote: c.priceNote,
    charged: c.charged,
    delivery: c.delivery,
    read: c.read,
    response: c.response,
    fallback: c.fallback,
    timeoutHours: c.timeoutHours,
    source: c.source,
    asOf: c.asOf,
    enabled: c.enabled,
  }));
}

/** The channels kept for `currency`; null when none are (or the stored value is unusable). */
export async function loadPlanChannels(currency: string): Promise<PlannedChannel[] | null> {
  try {
    return validPlanChannels(await (await cvmDb()).get('settings', PLAN_CHANNELS_KEY), currency);
  } catch (error) {
    throw asStorageError(error);
  }
}

/**
 * Keeps `channels` for `currency`, the other currencies' channels as they were, if the stored
 * channels of `currency` are still `seen` (what this tab read or last wrote; null for none):
 * 'changed' when another tab saved others meanwhile, and nothing is written (revision.ts).
 */
export function savePlanChannels(currency: string, channels: readonly PlannedChannel[], seen: readonly PlannedChannel[] | null): Promise<'saved' | 'changed'> {
  return saveSettingIfSeen(
    'plan-channels',
    PLAN_CHANNELS_KEY,
    (stored) => validPlanChannels(stored, currency),
    seen,
    (stored) => ({ ...(isObject(stored) ? stored : {}), [currency]: channels.map((c) => ({ ...c })) }),
  );
}
