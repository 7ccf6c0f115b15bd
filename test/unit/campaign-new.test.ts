// The campaign record kept at export: who was contacted (on the first list that holds them), who
// was held out, and the contacts of both, with the plan as it was.
import { describe, expect, it } from 'vitest';
import { newCampaign } from '../../src/lib/campaign/new-campaign';
import type { PlanTarget } from '../../src/lib/engine/api';
import type { CascadeResult } from '../../src/lib/plan/cascade';
import { defaultChannel } from '../../src/lib/plan/channels';
import { targetLists } from '../../src/lib/plan/target-lists';

const target = (id: string, c: Partial<PlanTarget>): PlanTarget => ({ customer_id: id, recency_days: 200, last_purchase: '2024-01-01', email: null, phone: null, push: null, messenger: null, ...c });

// A: e-mail and phone; B: phone only; C: e-mail only; D: no contact the plan uses.
const targets = [
  target('A', { email: 'a@example.com', phone: '79120000001' }),
  target('B', { phone: '79120000002', push: 'tok-b' }),
  target('C', { email: 'c@example.com' }),
  target('D', { push: 'tok-d' }),
];
const steps = [defaultChannel('email', 'USD'), defaultChannel('sms', 'USD')];
const forecast = { customers: 4, steps: [], total: { sent: 3.5, delivered: 3.3, read: 1, responses: 0.2, cost: 0.02, cost_per_response: 0.1, reach: 3 }, baselines: {} } as unknown as CascadeResult;

function make(share: number, seed: number) {
  const lists = targetLists(targets, { id: 'cant_lose', name: 'Can’t Lose Them' }, steps, ['Hi {first_name}', 'Back? {offer}'], '20% off', { share, seed });
  return {
    lists,
    campaign: newCampaign({
      id: 'k1',
      name: 'Can’t Lose Them, 2026-12-02',
      createdAt: '2026-12-02T10:00:00.000Z',
      sentOn: '2026-12-02',
      datasetName: 'orders.csv',
      asOf: '2024-04-01',
      segment: { id: 'cant_lose', name: 'Can’t Lose Them' },
      currency: 'USD',
      steps,
      messages: ['Hi {first_name}', 'Back? {offer}'],
      offer: '20% off',
      forecast,
      targets,
      lists,
    }),
  };
}

describe('a new campaign record', () => {
  it('puts each contacted customer on the first step whose list holds them', () => {
    const { campaign } = make(0, 3);
    expect(campaign.contacted).toEqual([
      { id: 'A', segment: 'cant_lose', channel: 'email' },
      { id: 'C', segment: 'cant_lose', channel: 'email' },
      { id: 'B', segment: 'cant_lose', channel: 'sms' },
    ]);
    expect(campaign.controlGroup).toEqual([]);
    // D is reached by no step: neither contacted nor a contact of the campaign.
    expect(campaign.contacts.map((c) => c.id)).toEqual(['A', 'C', 'B']);
    expect(campaign.contacts[2]).toEqual({ id: 'B', email: null, phone: '79120000002', push: 'tok-b', messenger: null });
  });

  it('keeps the control group apart, with no channel, and their contacts too', () => {
    // A third of the 3 reachable: one held out.
    const { campaign, lists } = make(1 / 3, 11);
    expect(lists.holdout.control).toHaveLength(1);
    const [held] = lists.holdout.control;
    expect(campaign.controlGroup).toEqual([{ id: held, segment: 'cant_lose', channel: null }]);
    expect(campaign.contacted.map((c) => c.id)).not.toContain(held);
    expect(campaign.contacted).toHaveLength(2);
    expect(campaign.contacts.map((c) => c.id).sort()).toEqual(['A', 'B', 'C']);
    expect(campaign.control).toEqual({ share: 1 / 3, seed: 11 });
  });

  it('carries the plan as it was and no measure yet', () => {
    const { campaign } = make(0, 3);
    expect(campaign).toMatchObject({
      id: 'k1',
      sentOn: '2026-12-02',
      segment: 'cant_lose',
      segmentName: 'Can’t Lose Them',
      currency: 'USD',
      messages: ['Hi {first_name}', 'Back? {offer}'],
      offer: '20% off',
      forecast: { customers: 4, sent: 3.5, responses: 0.2, cost: 0.02 },
      measure: null,
    });
    expect(campaign.steps.map((s) => s.id)).toEqual(['email', 'sms']);
    expect(campaign.steps[0]).not.toBe(steps[0]);
  });
});
