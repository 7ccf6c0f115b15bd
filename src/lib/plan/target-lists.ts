// The target lists of a cascade for the user's sending tool: one list per step with the customers
// its channel can reach, each with the contact to send to and the message rendered for them, and
// the control group (drawn at export, stratified by segment, from a shown seed: lib/campaign)
// left out of every list and written apart so the results can be measured against it.
//
// A step after the first is sent only to those the earlier steps did not reach or who did not
// react within the timeout; who that is is known only once the campaign runs, so its list holds
// every customer that channel reaches and the sending tool drops those already reached.

import { drawHoldout, type Holdout } from '../campaign/holdout';
import type { PlanTarget } from '../engine/api';
import type { Channel, ContactKind } from './channels';
import { renderTemplate } from './message-template';

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

export function targetLists(
  targets: readonly PlanTarget[],
  segment: { id: string; name: string },
  steps: readonly Pick<Channel, 'id' | 'contact'>[],
  messages: readonly (string | null)[],
  offer: string,
  control: { share: number; seed: number },
): TargetLists {
  const holdout = drawHoldout(
    targets.map((t) => ({ id: t.customer_id, segment: segment.id })),
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
      const message =
        template === null
          ? null
          : renderTemplate(template, { last_purchase_date: t.last_purchase, days_since_purchase: t.recency_days, segment: segment.name, offer });
      return [[t.customer_id, segment.name, contact, message]];
    });
    return { step: i + 1, channel: step.id, contact: step.contact, rows };
  });
  return { holdout, lists, control: holdout.control.map((id) => [id, segment.name]) };
}

/** `1-email.csv`, `2-push.csv`, ...: the order in which the steps are sent. */
export const targetFileName = (list: Pick<TargetList, 'step' | 'channel'>): string => `${list.step}-${list.channel}.csv`;
export const CONTROL_FILE = 'control.csv';
