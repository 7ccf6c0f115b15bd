// PLAN.json: missing fields take the channel's defaults for the shop's currency; anything wrong is
// one problem naming the field.
import { describe, expect, it } from 'vitest';
import { parsePlanFile } from '../../src/lib/plan/plan-file';

const parse = (plan: unknown, currency: string | null = 'RUB') => parsePlanFile(JSON.stringify(plan), currency);

describe('PLAN.json', () => {
  it('fills a step\'s missing fields with the defaults of the shop\'s currency', () => {
    const r = parse({ segment: 'Lost', steps: [{ channel: 'sms' }, { channel: 'email', price: 0.02, charged: 'delivered', delivery: 0.97, read: 0.25, response: 0.08, fallback: 'not_delivered', timeout_hours: 2 }] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan.segment).toBe('Lost');
    expect(r.plan.steps[0]).toMatchObject({ id: 'sms', contact: 'phone', price: 5.3, currency: 'RUB', charged: 'sent' });
    expect(r.plan.steps[1]).toMatchObject({ id: 'email', contact: 'email', price: 0.02, charged: 'delivered', delivery: 0.97, read: 0.25, response: 0.08, fallback: 'not_delivered', timeoutHours: 2 });
    const usd = parse({ segment: 'x', steps: [{ channel: 'messenger' }] }, 'EUR');
    expect(usd.ok && usd.plan.steps[0].price).toBe(0.09);
  });

  it.each([
    [[1, 2], 'plan.file.notObject', {}],
    [{ steps: [{ channel: 'sms' }] }, 'plan.file.noSegment', { field: 'segment' }],
    [{ segment: 'Lost', steps: {} }, 'plan.file.noSteps', {}],
    [{ segment: 'Lost', steps: [{ channel: 'sms' }], budget: 5 }, 'plan.file.unknownField', { field: 'budget', fields: 'segment, steps, offer' }],
    [{ segment: 'Lost', steps: [{ channel: 'sms' }, { channel: 'viber' }] }, 'plan.file.unknownChannel', { field: 'steps[1].channel', value: '"viber"', channels: 'email, push, messenger, sms' }],
    [{ segment: 'Lost', steps: [{ channel: 'sms', price: -1 }] }, 'plan.file.badPrice', { field: 'steps[0].price', value: '-1' }],
    [{ segment: 'Lost', steps: [{ channel: 'sms', read: '50%' }] }, 'plan.file.badRate', { field: 'steps[0].read', value: '"50%"' }],
    [{ segment: 'Lost', steps: [{ channel: 'sms', charged: 'read' }] }, 'plan.file.badChoice', { field: 'steps[0].charged', value: '"read"', choices: 'sent, delivered' }],
    [{ segment: 'Lost', steps: [{ channel: 'sms', timeout_hours: 0 }] }, 'plan.file.badTimeout', { field: 'steps[0].timeout_hours', value: '0' }],
    [{ segment: 'Lost', steps: [{ channel: 'sms', message: 5 }] }, 'plan.file.badText', { field: 'steps[0].message', value: '5' }],
    [{ segment: 'Lost', offer: ['x'], steps: [{ channel: 'sms' }] }, 'plan.file.badText', { field: 'offer', value: '["x"]' }],
  ])('refuses %j with %s', (plan, key, params) => {
    expect(parse(plan)).toEqual({ ok: false, problem: { key, params } });
  });

  it('says when the text is no JSON', () => {
    const r = parsePlanFile('{ "segment": ', null);
    expect(r.ok === false && r.problem.key).toBe('plan.file.notJson');
  });
});
