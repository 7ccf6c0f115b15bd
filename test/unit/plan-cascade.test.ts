// The cascade model against cases worked out by hand (the numbers in each comment).
import { describe, expect, it } from 'vitest';
import { cascade, type ReachGroup, type StepChannel } from '../../src/lib/plan/cascade';
import { explainBaselines, explainStep } from '../../src/lib/plan/explain';

const email: StepChannel = { id: 'email', contact: 'email', price: 1, charged: 'sent', delivery: 0.9, read: 0.5, response: 0.2, fallback: 'not_delivered' };
const sms: StepChannel = { id: 'sms', contact: 'phone', price: 5, charged: 'sent', delivery: 1, read: 1, response: 0.1, fallback: 'no_response' };
const push: StepChannel = { id: 'push', contact: 'push', price: 0, charged: 'sent', delivery: 0.5, read: 0.5, response: 0.5, fallback: 'not_read' };
const group = (contacts: Partial<Record<'email' | 'phone' | 'push' | 'messenger', boolean>>, customers: number): ReachGroup => ({ email: false, phone: false, push: false, messenger: false, ...contacts, customers });

// 10 with e-mail and phone, 4 with a phone only, 6 with neither.
const groups = [group({ email: true, phone: true }, 10), group({ phone: true }, 4), group({}, 6)];

describe('the cascade e-mail then SMS', () => {
  it('sends SMS to those e-mail did not deliver to, and to those e-mail cannot reach', () => {
    const r = cascade([email, sms], groups, sms);
    // e-mail: 10 sent, 9 delivered, 4.5 read, 0.9 responses, cost 10.
    expect(r.steps[0]).toMatchObject({ channel: 'email', reachable: 10, sent: 10, delivered: 9 });
    expect(r.steps[0].read).toBeCloseTo(4.5);
    expect(r.steps[0].responses).toBeCloseTo(0.9);
    expect(r.steps[0].cost).toBeCloseTo(10);
    // SMS: 10 x 0.1 not delivered + 4 without e-mail = 5 sent, 0.5 responses, cost 25.
    expect(r.steps[1].reachable).toBe(14);
    expect(r.steps[1].sent).toBeCloseTo(5);
    expect(r.steps[1].responses).toBeCloseTo(0.5);
    expect(r.steps[1].cost).toBeCloseTo(25);
    expect(r.customers).toBe(20);
    expect(r.total.sent).toBeCloseTo(15);
    expect(r.total.delivered).toBeCloseTo(14);
    expect(r.total.responses).toBeCloseTo(1.4);
    expect(r.total.cost).toBeCloseTo(35);
    expect(r.total.cost_per_response).toBeCloseTo(25);
    // Sent at least one message: the 14 with e-mail or phone; the 6 without are skipped.
    expect(r.total.reach).toBe(14);
  });

  it('compares with SMS to every phone and with every channel to everyone', () => {
    const r = cascade([email, sms], groups, sms);
    // SMS to 14 phones: 70, 1.4 responses; saving 70 - 35.
    expect(r.baselines.sms_to_all.sent).toBeCloseTo(14);
    expect(r.baselines.sms_to_all.cost).toBeCloseTo(70);
    expect(r.baselines.sms_to_all.responses).toBeCloseTo(1.4);
    expect(r.baselines.sms_to_all.cost_per_response).toBeCloseTo(50);
    expect(r.baselines.sms_to_all.saving).toBeCloseTo(35);
    // E-mail to 10 (10, 0.9) and SMS to 14 (70, 1.4): 24 sent, 80, 2.3 responses; saving 45.
    expect(r.baselines.all_channels.sent).toBeCloseTo(24);
    expect(r.baselines.all_channels.delivered).toBeCloseTo(23);
    expect(r.baselines.all_channels.responses).toBeCloseTo(2.3);
    expect(r.baselines.all_channels.cost).toBeCloseTo(80);
    expect(r.baselines.all_channels.saving).toBeCloseTo(45);
  });
});

describe('the fallback trigger', () => {
  it('not read: 1 - 0.9 x 0.5 of the e-mailed fall through', () => {
    const r = cascade([{ ...email, fallback: 'not_read' }, sms], groups, sms);
    // 10 x 0.55 + 4 = 9.5.
    expect(r.steps[1].sent).toBeCloseTo(9.5);
  });

  it('no response: 1 - 0.9 x 0.5 x 0.2 of the e-mailed fall through', () => {
    const r = cascade([{ ...email, fallback: 'no_response' }, sms], groups, sms);
    // 10 x 0.91 + 4 = 13.1.
    expect(r.steps[1].sent).toBeCloseTo(13.1);
    expect(r.steps[1].cost).toBeCloseTo(65.5);
  });
});

describe('charging', () => {
  it('a channel charged on delivery costs price x delivered', () => {
    const messenger: StepChannel = { id: 'messenger', contact: 'messenger', price: 2, charged: 'delivered', delivery: 0.8, read: 0.9, response: 0.1, fallback: 'not_delivered' };
    const r = cascade([messenger], [group({ messenger: true }, 10)], sms);
    // 10 sent, 8 delivered: 16, not 20.
    expect(r.steps[0].cost).toBeCloseTo(16);
    expect(r.total.cost).toBeCloseTo(16);
    // Nobody has a phone: SMS to everyone with a phone sends nothing.
    expect(r.baselines.sms_to_all).toMatchObject({ sent: 0, cost: 0, cost_per_response: null });
  });
});

describe('reachability', () => {
  it('a customer reachable only at the last step gets it with certainty', () => {
    const r = cascade([push, email, sms], [group({ phone: true }, 3), group({ push: true, phone: true }, 4)], sms);
    expect(r.steps.map((s) => s.reachable)).toEqual([4, 0, 7]);
    // push: 4 sent; e-mail: nobody; SMS: 3 + 4 x (1 - 0.25) = 6.
    expect(r.steps[0].sent).toBeCloseTo(4);
    expect(r.steps[1].sent).toBe(0);
    expect(r.steps[2].sent).toBeCloseTo(6);
    expect(r.total.reach).toBe(7);
  });

  it('no response at all gives no cost per response', () => {
    const r = cascade([email], [group({ phone: true }, 5)], sms);
    expect(r.total).toMatchObject({ sent: 0, cost: 0, reach: 0, cost_per_response: null });
  });
});

describe('the explanation of each number', () => {
  it('names the rate and the numbers it multiplies, and the charging the cost follows', () => {
    const r = cascade([email, sms], groups, sms);
    const lines = explainStep(email, r.steps[0], 'E-mail');
    expect(lines.delivered).toEqual({ key: 'plan.explain.delivered', params: { rate: 0.9, delivered: 9 } });
    expect(lines.cost.key).toBe('plan.explain.costSent');
    const onDelivery = { ...email, charged: 'delivered' as const };
    // Charged on delivery: 1 x 9 delivered = 9.
    expect(explainStep(onDelivery, cascade([onDelivery, sms], groups, sms).steps[0], 'E-mail').cost).toEqual({ key: 'plan.explain.costDelivered', params: { price: 1, delivered: 9, cost: 9 } });
    expect(explainBaselines(r).smsToAll.params).toMatchObject({ sent: 14, cost: 70 });
    // A cascade dearer than a baseline is said to cost more, with a positive figure.
    const dearer = { ...r, baselines: { ...r.baselines, sms_to_all: { ...r.baselines.sms_to_all, saving: -2.5 } } };
    expect(explainBaselines(dearer).smsToAll).toMatchObject({ key: 'plan.explain.smsToAllMore', params: { extra: 2.5 } });
  });
});
