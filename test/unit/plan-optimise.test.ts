// The planner's suggestion against an independent brute force: every plan expanded customer by
// customer, each customer's expected messages by walking the steps with the probability of still
// being open.
import { describe, expect, it } from 'vitest';
import type { ReachGroup, StepChannel } from '../../src/lib/plan/cascade';
import { cheapestReaching, mostResponsesWithin, orderedSubsets } from '../../src/lib/plan/optimise';

const channels: StepChannel[] = [
  { id: 'email', contact: 'email', price: 0.1, charged: 'sent', delivery: 0.97, read: 0.2, response: 0.05, fallback: 'not_read' },
  { id: 'push', contact: 'push', price: 0, charged: 'sent', delivery: 0.85, read: 0.08, response: 0.1, fallback: 'not_read' },
  { id: 'messenger', contact: 'messenger', price: 8, charged: 'delivered', delivery: 0.95, read: 0.8, response: 0.08, fallback: 'not_read' },
  { id: 'sms', contact: 'phone', price: 5.3, charged: 'sent', delivery: 0.95, read: 0.9, response: 0.03, fallback: 'no_response' },
];
const groups: ReachGroup[] = [
  { email: true, phone: true, push: false, messenger: false, customers: 40 },
  { email: true, phone: false, push: true, messenger: false, customers: 25 },
  { email: false, phone: true, push: false, messenger: true, customers: 20 },
  { email: true, phone: true, push: true, messenger: true, customers: 10 },
  { email: false, phone: false, push: false, messenger: false, customers: 5 },
];

function brute(): { names: string[]; responses: number; cost: number }[] {
  const customers = groups.flatMap((g) => Array.from({ length: g.customers }, () => g));
  const plans: StepChannel[][] = [];
  for (let mask = 1; mask < 16; mask++) {
    const chosen = channels.filter((_, i) => mask & (1 << i));
    const permute = (rest: StepChannel[], prefix: StepChannel[]): void => {
      if (rest.length === 0) plans.push(prefix);
      rest.forEach((c, i) => permute(rest.filter((_, j) => j !== i), [...prefix, c]));
    };
    permute(chosen, []);
  }
  return plans.map((plan) => {
    let responses = 0;
    let cost = 0;
    for (const c of customers) {
      let open = 1;
      for (const s of plan) {
        if (!c[s.contact]) continue;
        const delivered = open * s.delivery;
        const read = delivered * s.read;
        const answered = read * s.response;
        responses += answered;
        cost += s.price * (s.charged === 'delivered' ? delivered : open);
        open -= s.fallback === 'not_delivered' ? delivered : s.fallback === 'not_read' ? read : answered;
      }
    }
    return { names: plan.map((s) => s.id), responses, cost };
  });
}

const all = brute();

describe('the search', () => {
  it('tries all 64 ordered subsets of four channels', () => {
    expect(orderedSubsets(channels)).toHaveLength(64);
    expect(all).toHaveLength(64);
  });

  it.each([0, 5, 50, 200, 1000])('finds the most responses within a budget of %d', (budget) => {
    const best = mostResponsesWithin(channels, groups, budget)!;
    const feasible = all.filter((p) => p.cost <= budget + 1e-9);
    const most = Math.max(...feasible.map((p) => p.responses));
    expect(best.responses).toBeCloseTo(most, 9);
    const cheapest = Math.min(...feasible.filter((p) => Math.abs(p.responses - most) < 1e-9).map((p) => p.cost));
    expect(best.cost).toBeCloseTo(cheapest, 9);
    expect(best.cost).toBeLessThanOrEqual(budget + 1e-9);
  });

  it.each([0.1, 0.5, 0.9, 1])('finds the cheapest plan reaching %d of the most responses any plan brings', (share) => {
    const target = share * Math.max(...all.map((p) => p.responses)) - 1e-12;
    const best = cheapestReaching(channels, groups, target)!;
    const cheapest = Math.min(...all.filter((p) => p.responses >= target).map((p) => p.cost));
    expect(best.cost).toBeCloseTo(cheapest, 9);
    expect(best.responses).toBeGreaterThanOrEqual(target);
  });

  it('says when no plan reaches the target', () => {
    const most = Math.max(...all.map((p) => p.responses));
    expect(cheapestReaching(channels, groups, most + 1)).toBeNull();
  });

  it('breaks a tie by fewer steps: a free channel nobody can be reached on adds nothing', () => {
    const nobody: StepChannel = { ...channels[1], id: 'nobody' };
    const best = mostResponsesWithin([channels[0], nobody], [{ ...groups[0] }], 1000)!;
    expect(best.steps.map((s) => s.id)).toEqual(['email']);
  });
});
