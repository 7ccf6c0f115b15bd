// A campaign record is used only when every field its results are computed from has its shape:
// one written by an older or broken build is refused, whatever field is wrong.
import { describe, expect, it } from 'vitest';
import { isCampaign, isCampaignMeasure } from '../../src/lib/campaign/campaign-check';
import type { Campaign } from '../../src/lib/campaign/campaign';
import { campaignRecord } from '../fixtures/campaign/campaign-record';

const good = campaignRecord();
const responders = { kind: 'responders', fileName: 'r.csv', measuredAt: '2026-11-20T10:00:00.000Z', responders: ['C01'], unmatched: 1 } as const;
const orders = { kind: 'orders', fileName: 'o.csv', measuredAt: '2026-11-20T10:00:00.000Z', until: '2026-11-15', purchases: [{ id: 'C01', revenueCents: 1250, orders: 1 }] } as const;

describe('campaign record check', () => {
  it('takes a record as the export writes it, unmeasured or measured either way, with or without an actual cost', () => {
    expect(isCampaign(good)).toBe(true);
    expect(isCampaign({ ...good, measure: responders })).toBe(true);
    expect(isCampaign({ ...good, measure: orders, actualCost: 2.5 })).toBe(true);
    expect(isCampaign({ ...good, actualCost: null })).toBe(true);
  });

  it('refuses a record with any field its results depend on broken', () => {
    const broken: [string, unknown][] = [
      ['no id', { ...good, id: '' }],
      ['a bad send date', { ...good, sentOn: '1 Nov 2026' }],
      ['steps not a list', { ...good, steps: null }],
      ['a step without a price', { ...good, steps: [{ ...good.steps[0], price: 'free' }] }],
      ['a contacted customer without a channel', { ...good, contacted: [{ id: 'C01', segment: 'x' }] }],
      ['a control customer with a numeric channel', { ...good, controlGroup: [{ id: 'K01', segment: 'x', channel: 3 }] }],
      ['a contact with a numeric phone', { ...good, contacts: [{ ...good.contacts[0], phone: 79000000001 }] }],
      ['a control share above 1', { ...good, control: { share: 1.5, seed: 1 } }],
      ['a forecast without cost', { ...good, forecast: { customers: 1, sent: 1, responses: 1 } }],
      ['a negative actual cost', { ...good, actualCost: -1 }],
      ['an unknown measure', { ...good, measure: { kind: 'guess' } }],
      ['a customer both contacted and held out', { ...good, controlGroup: [...good.controlGroup, { id: 'C01', segment: 'x', channel: null }] }],
      ['not an object', 'campaign'],
    ];
    for (const [why, value] of broken) expect(isCampaign(value), why).toBe(false);
    const { measure: _m, ...withoutMeasure } = good;
    expect(isCampaign(withoutMeasure as Campaign)).toBe(false);
  });

  it('refuses a measure with money not in whole cents or a window without an end date', () => {
    expect(isCampaignMeasure({ ...orders, purchases: [{ id: 'C01', revenueCents: 12.5, orders: 1 }] })).toBe(false);
    expect(isCampaignMeasure({ ...orders, until: null })).toBe(false);
    expect(isCampaignMeasure({ ...responders, unmatched: -1 })).toBe(false);
    expect(isCampaignMeasure({ ...responders, responders: [''] })).toBe(false);
  });
});
