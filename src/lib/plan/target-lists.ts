// The target lists of a cascade for the user's sending tool: one list per step with the customers
// its channel can reach, each with the contact to send to and the message rendered for them, and
// the control group (drawn at export, stratified by segment, from a shown seed: lib/campaign)
// left out of every list and written apart so the results can be measured against it.
// The control group is drawn only from the customers the plan would contact (reachable on at least
// one of its steps): a customer no channel reaches would never be contacted, so holding such
// customers out would put people in the control group with no counterpart among the contacted
// and bias the comparison.
//
// A step after the first is sent only to those the earlier steps did not reach or who did not
// react within the timeout; who that is is known only once the campaign runs, so its list holds
// every customer that channel reaches and the sending tool drops those already reached.

import { drawHoldout, type Holdout } from '../campaign/holdout';
import type { PlanTarget } from '../engine/api';
import type { CascadeResult } from './cascade';
import type { Channel, ContactKind } from './channels';
import { renderTemplate, type TemplateValues } from './message-template';

export const TARGET_HEADER = ['customer_id', 'segment', 'contact', 'message'];
export const CONTROL_HEADER = ['customer_id', 'segment'];

export interface TargetList {
  step: number;
  channel: string;
  contact: ContactKind;
  rows: (string | null)[][];
}

export interface TargetLists {
  holdout: Holdout;
  lists: TargetList[];
  control: string[][];
}

const contactOf = (target: PlanTarget, kind: ContactKind): string | null => target[kind];

/** What a customer fills into a message: the order file has no name column, so {first_name} takes its fallback. */
export const targetValues = (target: PlanTarget, segmentName: string, offer: string): TemplateValues => ({
  last_purchase_date: target.last_purchase,
  days_since_purchase: target.recency_days,
  segment: segmentName,
  offer,
});

/** The customers at least one of the steps can reach: the ones the plan would contact. */
export const reachableTargets = (targets: readonly PlanTarget[], steps: readonly Pick<Channel, 'contact'>[]): PlanTarget[] =>
  targets.filter((t) => steps.some((step) => contactOf(t, step.contact) !== null));

export function targetLists(
  targets: readonly PlanTarget[],
  segment: { id: string; name: string },
  steps: readonly Pick<Channel, 'id' | 'contact'>[],
  messages: readonly (string | null)[],
  offer: string,
  control: { share: number; seed: number },
  fallbacks: TemplateValues = {},
): TargetLists {
  const holdout = drawHoldout(
    reachableTargets(targets, steps).map((t) => ({ id: t.customer_id, segment: segment.id })),
    control.share,
    control.seed,
  );
  const held = new Set(holdout.control);
  const contacted = targets.filter((t) => !held.has(t.customer_id));
  const lists = steps.map((step, i): TargetList => {
    const template = messages[i] ?? null;
    const rows = contacted.flatMap((t) => {
      const contact = contactOf(t, step.contact);
      if (contact === null) return [];
      const message = template === null ? null : renderTemplate(template, targetValues(t, segment.name, offer), fallbacks);
      return [[t.customer_id, segment.name, contact, message]];
    });
    return { step: i + 1, channel: step.id, contact: step.contact, rows };
  });
  return { holdout, lists, control: holdout.control.map((id) => [id, segment.name]) };
}

/**
 * The response rate the control group is compared against: the cascade's expected responses over
 * the customers it reaches, the ones both groups are drawn from (0 when it reaches nobody).
 */
export const controlBaseline = (forecast: Pick<CascadeResult, 'total'>): number =>
  forecast.total.reach > 0 ? forecast.total.responses / forecast.total.reach : 0;

/** `1-email.csv`, `2-push.csv`, ...: the order in which the steps are sent. */
export const targetFileName = (list: Pick<TargetList, 'step' | 'channel'>): string => `${list.step}-${list.channel}.csv`;
export const CONTROL_FILE = 'control.csv';
