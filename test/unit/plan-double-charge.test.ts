// Double charging after a late delivery report, and the defaults' prices and rates.
import { describe, expect, it } from 'vitest';
import { doubleCharge, lateShare } from '../../src/lib/plan/double-charge';
import { defaultChannel, defaultChannels, isRate } from '../../src/lib/plan/channels';
import type { StepChannel } from '../../src/lib/plan/cascade';
import { explainDoubleCharge } from '../../src/lib/plan/explain';

const email = { id: 'email', contact: 'email', price: 1, charged: 'sent', delivery: 0.9, read: 0.5, response: 0.2, fallback: 'not_delivered', timeoutHours: 1 } satisfies StepChannel & { timeoutHours: number };
const sms = { id: 'sms', contact: 'phone', price: 5, charged: 'sent', delivery: 1, read: 1, response: 0.1, fallback: 'no_response', timeoutHours: 24 } satisfies StepChannel & { timeoutHours: number };
const both = [{ email: true, phone: true, push: false, messenger: false, customers: 10 }];

describe('late delivery reports', () => {
  it('are 2 % of "not delivered" at a 1 h timeout and 0.5 % at 24 h, between on a log scale', () => {
    expect(lateShare(1)).toBeCloseTo(0.02);
    expect(lateShare(24)).toBeCloseTo(0.005);
    expect(lateShare(Math.sqrt(24))).toBeCloseTo(0.0125);
    expect(lateShare(0.1)).toBeCloseTo(0.05);
    expect(lateShare(1000)).toBeCloseTo(0.002);
  });

  it('cost the next step a message to those already reached', () => {
    // 10 x 0.1 not delivered x 0.02 late = 0.02 customers, each sent an SMS of 5.
    const r = doubleCharge([email, sms], both);
    expect(r.late[0]).toBeCloseTo(0.02);
    expect(r.late[1]).toBe(0);
    expect(r.extraMessages).toBeCloseTo(0.02);
    expect(r.extraCost).toBeCloseTo(0.1);
  });

  it('grow with a shorter timeout, and bill the late message itself on a channel charged on delivery', () => {
    const short = doubleCharge([{ ...email, timeoutHours: 0.25 }, sms], both);
    expect(short.extraCost).toBeCloseTo(10 * 0.1 * 0.05 * 5);
    const delivered = doubleCharge([{ ...email, charged: 'delivered' as const }, sms], both);
    expect(delivered.extraCost).toBeCloseTo(0.1 + 0.02);
  });
});

describe('default channels', () => {
  it('price SMS in Russia at 5.3 RUB and a WhatsApp message at 0.09 USD charged on delivery', () => {
    expect(defaultChannel('sms', 'RUB')).toMatchObject({ price: 5.3, currency: 'RUB', charged: 'sent', contact: 'phone' });
    expect(defaultChannel('messenger', 'USD')).toMatchObject({ price: 0.09, charged: 'delivered' });
    expect(defaultChannel('messenger', 'EUR').currency).toBe('USD');
  });

  it('come cheapest first, every rate a share, every number with its source', () => {
    const channels = defaultChannels('RUB');
    expect(channels.map((c) => c.id)).toEqual(['push', 'email', 'sms', 'messenger']);
    for (const c of channels) {
      expect([c.delivery, c.read, c.response].every(isRate)).toBe(true);
      expect(c.source.length).toBeGreaterThan(20);
      expect(c.asOf).toBe('2025');
    }
  });
});

describe('the warning per step', () => {
  it('is on the step whose timeout lets late-reported customers through, sized with that timeout', () => {
    const charge = doubleCharge([email, sms], both);
    expect(charge.byStep[0].extraCost).toBeCloseTo(0.1);
    expect(charge.byStep[1]).toEqual({ extraMessages: 0, extraCost: 0 });
    const lines = explainDoubleCharge([email, sms], charge);
    expect(lines[1]).toBeNull();
    expect(lines[0]?.key).toBe('plan.explain.doubleCharge');
    expect(lines[0]?.params).toMatchObject({ hours: 1, share: 0.02 });
    expect(lines[0]?.params.cost).toBeCloseTo(0.1);
  });
});
