// The target lists of a cascade: the control group is drawn only from the customers the plan
// would contact (reachable on at least one step), so it is compared with like customers.
import { describe, expect, it } from 'vitest';
import { drawHoldout } from '../../src/lib/campaign/holdout';
import type { PlanTarget } from '../../src/lib/engine/api';
import { controlBaseline, reachableTargets, targetLists } from '../../src/lib/plan/target-lists';

const target = (id: string, contacts: Partial<Pick<PlanTarget, 'email' | 'phone' | 'push' | 'messenger'>> = {}): PlanTarget => ({
  customer_id: id,
  recency_days: 120,
  last_purchase: '2024-01-01',
  email: null,
  phone: null,
  push: null,
  messenger: null,
  ...contacts,
});

// C01-C10 have an e-mail or a phone; U01-U05 have only a push token, which this plan does not use.
const reachable = Array.from({ length: 10 }, (_, i) => target(`C${String(i + 1).padStart(2, '0')}`, i % 2 ? { email: `c${i}@example.com` } : { phone: `7912000000${i}` }));
const unreachable = Array.from({ length: 5 }, (_, i) => target(`U0${i + 1}`, { push: `tok-${i}` }));
const steps = [
  { id: 'email', contact: 'email' as const },
  { id: 'sms', contact: 'phone' as const },
];
const segment = { id: 'cant_lose', name: 'Can’t Lose Them' };

describe('target lists', () => {
  it('holds the control group out of the reachable customers only', () => {
    // 20 % of the 10 reachable is 2; of all 15 it would have been 3.
    const made = targetLists([...unreachable, ...reachable], segment, steps, [null, null], '', { share: 0.2, seed: 7 });
    expect(made.holdout.control).toHaveLength(2);
    expect(made.holdout.control.every((id) => id.startsWith('C'))).toBe(true);
    expect(made.holdout.segments).toEqual([{ segment: 'cant_lose', customers: 10, control: 2 }]);
    // The same draw as a holdout of the reachable customers alone: the seed repeats it.
    expect(made.holdout.control).toEqual(drawHoldout(reachable.map((t) => ({ id: t.customer_id, segment: 'cant_lose' })), 0.2, 7).control);
    const listed = made.lists.flatMap((l) => l.rows.map((r) => r[0]));
    expect(listed).toHaveLength(8);
    for (const id of made.holdout.control) expect(listed).not.toContain(id);
    expect(made.control).toEqual(made.holdout.control.map((id) => [id, 'Can’t Lose Them']));
  });

  it('fills {first_name} with the fallback word, there being no name column', () => {
    const made = targetLists([reachable[1]], segment, steps, ['Hello {first_name}, {offer}', null], '20% off', { share: 0, seed: 1 }, { first_name: 'customer' });
    expect(made.lists[0].rows).toEqual([['C02', 'Can’t Lose Them', 'c1@example.com', 'Hello customer, 20% off']]);
    expect(made.lists[1].rows).toEqual([]);
  });

  it('counts as reachable a customer any step reaches, and the control baseline over them', () => {
    expect(reachableTargets([...unreachable, ...reachable], steps)).toHaveLength(10);
    expect(reachableTargets(unreachable, [...steps, { contact: 'push' }])).toHaveLength(5);
    expect(controlBaseline({ total: { responses: 2, reach: 40 } as never })).toBe(0.05);
    expect(controlBaseline({ total: { responses: 0, reach: 0 } as never })).toBe(0);
  });
});
