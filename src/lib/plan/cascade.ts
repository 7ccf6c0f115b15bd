// The cascade model (README, "Channel cascade"): each step sends to the segment's customers who
// can be reached on its channel and are still open. A customer reachable at a step falls through
// it with probability 1-d (fallback on not delivered), 1-d*o (not read) or 1-d*o*r (no response);
// a customer the channel cannot reach skips the step. Expected messages sent at step k are the sum,
// over the customers reachable at k, of the product of their fall-through probabilities at the
// earlier steps; delivered = sent*d, read = delivered*o, responses = read*r; cost = price * sent,
// or price * delivered for a channel charged only on delivery.
// Customers with the same contacts behave identically, so the sums run over at most 16 groups.

import type { Channel, ContactKind } from './channels';

/** The segment's customers with one pattern of contacts. */
export interface ReachGroup {
  email: boolean;
  phone: boolean;
  push: boolean;
  messenger: boolean;
  customers: number;
}

/** What the model needs of a channel. */
export type StepChannel = Pick<Channel, 'id' | 'contact' | 'price' | 'charged' | 'delivery' | 'read' | 'response' | 'fallback'>;

export interface StepResult {
  channel: string;
  /** Customers who have this channel's contact, open or not. */
  reachable: number;
  sent: number;
  delivered: number;
  read: number;
  responses: number;
  cost: number;
}

export interface Totals {
  sent: number;
  delivered: number;
  responses: number;
  cost: number;
  /** null when no response is expected. */
  cost_per_response: number | null;
}

export interface Baseline extends Totals {
  /** The baseline's cost less the cascade's. */
  saving: number;
}

export interface CascadeResult {
  customers: number;
  steps: StepResult[];
  total: Totals & { read: number; reach: number };
  baselines: { sms_to_all: Baseline; all_channels: Baseline };
}

export const reaches = (group: ReachGroup, contact: ContactKind): boolean => group[contact];

/** The probability that a customer reached by this step goes on to the next one. */
export function fallThrough(step: StepChannel): number {
  if (step.fallback === 'not_delivered') return 1 - step.delivery;
  if (step.fallback === 'not_read') return 1 - step.delivery * step.read;
  return 1 - step.delivery * step.read * step.response;
}

const costOf = (step: StepChannel, sent: number, delivered: number) => step.price * (step.charged === 'delivered' ? delivered : sent);

/** One step sending `sent` messages (expected): what follows from its rates. */
export function stepOf(step: StepChannel, reachable: number, sent: number): StepResult {
  const delivered = sent * step.delivery;
  const read = delivered * step.read;
  return { channel: step.id, reachable, sent, delivered, read, responses: read * step.response, cost: costOf(step, sent, delivered) };
}

/** Expected messages each step sends: the sums of the model over the contact groups. */
export function cascadeSteps(steps: readonly StepChannel[], groups: readonly ReachGroup[]): StepResult[] {
  const sent = steps.map(() => 0);
  const reachable = steps.map(() => 0);
  for (const group of groups) {
    let open = 1;
    steps.forEach((step, k) => {
      if (!reaches(group, step.contact)) return;
      reachable[k] += group.customers;
      sent[k] += group.customers * open;
      open *= fallThrough(step);
    });
  }
  return steps.map((step, k) => stepOf(step, reachable[k], sent[k]));
}

export function totalsOf(steps: readonly StepResult[]): Totals & { read: number } {
  const sum = (f: (s: StepResult) => number) => steps.reduce((a, s) => a + f(s), 0);
  const responses = sum((s) => s.responses);
  const cost = sum((s) => s.cost);
  return { sent: sum((s) => s.sent), delivered: sum((s) => s.delivered), read: sum((s) => s.read), responses, cost, cost_per_response: responses > 0 ? cost / responses : null };
}

const baseline = (steps: readonly StepResult[], cascadeCost: number): Baseline => {
  const { read: _read, ...totals } = totalsOf(steps);
  return { ...totals, saving: totals.cost - cascadeCost };
};

/**
 * The cascade of `steps` over the segment's `groups`, with the two baselines it is compared to:
 * `sms` sent to every customer with a phone, and every step's channel sent to all its reachable
 * customers with no fallback.
 */
export function cascade(steps: readonly StepChannel[], groups: readonly ReachGroup[], sms: StepChannel): CascadeResult {
  const results = cascadeSteps(steps, groups);
  const total = totalsOf(results);
  const customers = groups.reduce((a, g) => a + g.customers, 0);
  const reach = groups.filter((g) => steps.some((s) => reaches(g, s.contact))).reduce((a, g) => a + g.customers, 0);
  const everyone = (step: StepChannel) => {
    const reachable = groups.filter((g) => reaches(g, step.contact)).reduce((a, g) => a + g.customers, 0);
    return stepOf(step, reachable, reachable);
  };
  return {
    customers,
    steps: results,
    total: { ...total, reach },
    baselines: { sms_to_all: baseline([everyone(sms)], total.cost), all_channels: baseline(steps.map(everyone), total.cost) },
  };
}
