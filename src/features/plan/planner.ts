// The planner's pure parts: which segment it starts on, who each contact reaches per segment, the
// cascade's steps with the prices as planned (SMS billed per part), the channel list's edits and
// a suggestion applied as the new order.

import type { ArchetypeConfig } from '../../lib/archetypes/config';
import { OTHER_ID } from '../../lib/archetypes/config';
import type { PlanReach, SegmentTotal } from '../../lib/engine/api';
import type { ReachGroup } from '../../lib/plan/cascade';
import { CONTACT_KINDS, defaultChannel, type Channel, type ContactKind } from '../../lib/plan/channels';
import type { PlannedChannel } from '../../lib/storage/plan-channels';

/** The segment the planner opens on: Can't Lose Them when the configuration has it, else the win-back or wake-up segment with the most revenue, else the first. */
export function defaultSegment(config: ArchetypeConfig, segments: readonly SegmentTotal[]): string {
  const defs = config.archetypes;
  const cantLose = defs.find((a) => a.id === 'cant_lose' || a.preset === 'cant_lose');
  if (cantLose) return cantLose.id;
  const revenue = (id: string) => segments.find((s) => s.segment === id)?.revenue ?? 0;
  const goals = defs.filter((a) => a.playbook.goal === 'win_back' || a.playbook.goal === 'wake_up').sort((a, b) => revenue(b.id) - revenue(a.id));
  return goals[0]?.id ?? defs[0]?.id ?? OTHER_ID;
}

export interface ReachRow {
  segment: string;
  name: string;
  customers: number;
  /** Customers with each contact; null where no column holds that contact. */
  byContact: Record<ContactKind, number | null>;
  /** Customers with at least one contact of a mapped column. */
  any: number;
}

const count = (groups: readonly ReachGroup[], has: (g: ReachGroup) => boolean) => groups.filter(has).reduce((a, g) => a + g.customers, 0);

function rowOf(segment: string, name: string, customers: number, groups: readonly ReachGroup[], mapped: ReadonlySet<ContactKind>): ReachRow {
  const byContact = Object.fromEntries(CONTACT_KINDS.map((k) => [k, mapped.has(k) ? count(groups, (g) => g[k]) : null])) as Record<ContactKind, number | null>;
  return { segment, name, customers, byContact, any: count(groups, (g) => CONTACT_KINDS.some((k) => mapped.has(k) && g[k])) };
}

/** Every segment of the configuration in its order (Other last), with a total row of all customers. */
export function reachRows(config: ArchetypeConfig, names: Record<string, string>, reach: PlanReach, mapped: ReadonlySet<ContactKind>): { rows: ReachRow[]; total: ReachRow } {
  const ids = [...config.archetypes.map((a) => a.id), OTHER_ID];
  const rows = ids.map((id) => {
    const found = reach.segments.find((s) => s.segment === id);
    return rowOf(id, names[id] ?? id, found?.customers ?? 0, found?.groups ?? [], mapped);
  });
  const all = reach.segments.flatMap((s) => s.groups);
  const total = rowOf('', '', reach.segments.reduce((a, s) => a + s.customers, 0), all, mapped);
  return { rows, total };
}

/** A channel's price as the cascade counts it: an SMS of `smsParts` parts is billed that many times. */
export const plannedPrice = (channel: Channel, smsParts: number): Channel => (channel.contact === 'phone' ? { ...channel, price: channel.price * smsParts } : channel);

/** The cascade's steps: the channels used, in their order, with the prices as planned. */
export function plannedSteps(channels: readonly PlannedChannel[], smsParts: number): Channel[] {
  return channels.filter((c) => c.enabled).map(({ enabled: _enabled, ...c }) => plannedPrice(c, smsParts));
}

/** Every channel (used or not) with its planned price: what the suggestion chooses from. */
export function plannedChoices(channels: readonly PlannedChannel[], smsParts: number): Channel[] {
  return channels.map(({ enabled: _enabled, ...c }) => plannedPrice(c, smsParts));
}

/** The "SMS to everyone" baseline's channel: the first channel sent to a phone, used or not (as the command line takes the plan's), else the default SMS. */
export function smsBaseline(channels: readonly PlannedChannel[], smsParts: number, currency: string | null): Channel {
  const { enabled: _enabled, ...phone } = channels.find((c) => c.contact === 'phone') ?? { ...defaultChannel('sms', currency), enabled: true };
  return plannedPrice(phone, smsParts);
}

/** The channel list with the one at `index` moved up (-1) or down (+1); unchanged at an end. */
export function moved<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const to = index + delta;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list];
  const next = [...list];
  [next[index], next[to]] = [next[to], next[index]];
  return next;
}

/** A new channel for the user to fill in: e-mail-like and free until they say otherwise, with an id no other channel has. */
export function newChannel(existing: readonly PlannedChannel[], name: string, currency: string | null): PlannedChannel {
  const ids = new Set(existing.map((c) => c.id));
  let n = existing.length + 1;
  while (ids.has(`channel-${n}`)) n++;
  const base = defaultChannel('email', currency);
  return { ...base, id: `channel-${n}`, name, price: 0, priceNote: '', source: '', asOf: '', enabled: true };
}

/** The suggestion applied: its channels used in its order, the others kept after them, unused. */
export function withOrder(channels: readonly PlannedChannel[], ids: readonly string[]): PlannedChannel[] {
  const used = ids.map((id) => channels.find((c) => c.id === id)).filter((c): c is PlannedChannel => c !== undefined);
  const rest = channels.filter((c) => !ids.includes(c.id));
  return [...used.map((c) => ({ ...c, enabled: true })), ...rest.map((c) => ({ ...c, enabled: false }))];
}

/** The contact kinds the order file has a column for. */
export const mappedContacts = (contacts: Partial<Record<ContactKind, string>>): Set<ContactKind> =>
  new Set(CONTACT_KINDS.filter((k) => typeof contacts[k] === 'string' && contacts[k] !== ''));
