import { describe, it, expect } from 'vitest';
import { campaignResults, type CampaignInput, type ContactedCustomer, type ControlCustomer } from '../../src/lib/campaign/results';

/**
 * A dozen customers. Champions: E1-E4 by e-mail, S1-S2 by SMS, K1-K2 held out of the segment.
 * At Risk: A1-A3 by SMS, R1 held out. Responders (bought after the campaign): E1, E2, S1, K1, A1.
 * Money in cents: E1 20.00 (1 order), E2 30.00 (2), S1 15.00 (1), K1 10.00 (1), A1 40.00 (1).
 * Costs: Champions e-mail 0.40, Champions SMS 10.60, At Risk SMS 15.90.
 */
const contacted: ContactedCustomer[] = [
  ...['E1', 'E2', 'E3', 'E4'].map((id) => ({ id, segment: 'Champions', channel: 'email' })),
  ...['S1', 'S2'].map((id) => ({ id, segment: 'Champions', channel: 'sms' })),
  ...['A1', 'A2', 'A3'].map((id) => ({ id, segment: 'At Risk', channel: 'sms' })),
];
const control: ControlCustomer[] = [
  { id: 'K1', segment: 'Champions', channel: null },
  { id: 'K2', segment: 'Champions', channel: null },
  { id: 'R1', segment: 'At Risk', channel: null },
];
const input: CampaignInput = {
  contacted,
  control,
  responders: ['E1', 'E2', 'S1', 'K1', 'A1'],
  purchases: new Map([
    ['E1', { revenueCents: 2000, orders: 1 }],
    ['E2', { revenueCents: 3000, orders: 2 }],
    ['S1', { revenueCents: 1500, orders: 1 }],
    ['K1', { revenueCents: 1000, orders: 1 }],
    ['A1', { revenueCents: 4000, orders: 1 }],
  ]),
  costs: [
    { segment: 'Champions', channel: 'email', cost: 0.4 },
    { segment: 'Champions', channel: 'sms', cost: 10.6 },
    { segment: 'At Risk', channel: 'sms', cost: 15.9 },
  ],
  seed: 2026,
  resamples: 500,
};

describe('campaign results per segment and channel', () => {
  const rows = campaignResults(input);
  const find = (segment: string, channel: string | null) => {
    const row = rows.find((r) => r.segment === segment && r.channel === channel);
    if (!row) throw new Error(`no row ${segment} / ${channel}`);
    return row;
  };

  it('has a row per segment and channel, then one per segment over its channels', () => {
    expect(rows.map((r) => [r.segment, r.channel])).toEqual([
      ['At Risk', 'sms'], ['At Risk', null],
      ['Champions', 'email'], ['Champions', 'sms'], ['Champions', null],
    ]);
  });

  it('Champions by e-mail: 2 of 4 against 1 of 2, 12.50 against 5.00 a customer', () => {
    const row = find('Champions', 'email');
    expect([row.contacted, row.control, row.respondersContacted, row.respondersControl]).toEqual([4, 2, 2, 1]);
    // Rates 0.5 and 0.5: no uplift, relative uplift 0.
    expect(row.response.uplift).toBe(0);
    expect(row.response.relativeUplift).toBe(0);
    // Beta(3, 3) against Beta(2, 2): both symmetric around one half, so exactly 0.5.
    expect(row.response.probabilityReal).toBeCloseTo(0.5, 12);
    // Wilson 2/4: centre 3.9208/7.8416 = 0.5, half 1.96·√(1 + 0.9604)/7.8416 = 0.34996;
    // Wilson 1/2: centre 2.9208/5.8416 = 0.5, half 1.96·√(0.5 + 0.9604)/5.8416 = 0.40547;
    // bounds 0 ∓ √(0.34996² + 0.40547²) = ∓0.53561.
    expect(row.response.interval?.lower).toBeCloseTo(-0.53561, 4);
    expect(row.response.interval?.upper).toBeCloseTo(0.53561, 4);
    // Money: 50.00 over 3 orders = 16.67 a check, 12.50 a customer; control 10.00, one order, 5.00 a customer.
    expect(row.revenue.contacted).toMatchObject({ revenue: 50, orders: 3, buyers: 2, revenuePerCustomer: 12.5 });
    expect(row.revenue.contacted.averageCheck).toBeCloseTo(50 / 3, 12);
    expect(row.revenue.control).toMatchObject({ revenue: 10, averageCheck: 10, revenuePerCustomer: 5 });
    // (12.50 − 5.00) × 4 = 30.00 incremental; ROI (30 − 0.40) / 0.40 = 74.
    expect(row.revenue.incrementalRevenue).toBeCloseTo(30, 10);
    expect(row.revenue.cost).toBe(0.4);
    expect(row.revenue.roi).toBeCloseTo(74, 8);
    expect(row.revenue.smallGroup).toBe(true);
    expect(row.revenue.interval).toMatchObject({ seed: 2026, resamples: 500 });
    expect(row.detectable.tooSmall).toBe('control-under-10');
  });

  it('Champions by SMS: 15.00 from 2 customers against the same control, a loss', () => {
    const row = find('Champions', 'sms');
    expect([row.contacted, row.control, row.respondersContacted, row.respondersControl]).toEqual([2, 2, 1, 1]);
    // 7.50 − 5.00 = 2.50 a customer, × 2 = 5.00; ROI (5.00 − 10.60) / 10.60 = −0.5283.
    expect(row.revenue.incrementalRevenue).toBeCloseTo(5, 10);
    expect(row.revenue.roi).toBeCloseTo(-5.6 / 10.6, 10);
  });

  it('Champions over both channels: 3 of 6, 65.00 over 4 orders', () => {
    const row = find('Champions', null);
    expect([row.contacted, row.control, row.respondersContacted, row.respondersControl]).toEqual([6, 2, 3, 1]);
    expect(row.revenue.contacted.averageCheck).toBe(16.25);
    // 65.00 / 6 = 10.8333 − 5.00 = 5.8333, × 6 = 35.00; cost 0.40 + 10.60 = 11.00; ROI 24 / 11 = 2.1818.
    expect(row.revenue.incrementalRevenue).toBeCloseTo(35, 10);
    expect(row.revenue.cost).toBeCloseTo(11, 12);
    expect(row.revenue.roi).toBeCloseTo(24 / 11, 10);
  });

  it('At Risk by SMS: 1 of 3 against 0 of 1, 40.00 incremental', () => {
    const row = find('At Risk', 'sms');
    expect(row.response.rateContacted).toBeCloseTo(1 / 3, 12);
    expect(row.response.rateControl).toBe(0);
    expect(row.response.uplift).toBeCloseTo(1 / 3, 12);
    // No control responder: a relative uplift would be a division by zero.
    expect(row.response.relativeUplift).toBeNull();
    // 13.33 − 0 = 13.33 a customer, × 3 = 40.00; ROI (40 − 15.90) / 15.90 = 1.5157.
    expect(row.revenue.incrementalRevenue).toBeCloseTo(40, 10);
    expect(row.revenue.roi).toBeCloseTo(24.1 / 15.9, 10);
    expect(row.revenue.control.averageCheck).toBeNull();
  });

  it('compares a channel with the control held out of that channel when there is one', () => {
    const byChannel = campaignResults({
      ...input,
      control: [
        { id: 'K1', segment: 'Champions', channel: 'email' },
        { id: 'K2', segment: 'Champions', channel: 'sms' },
        { id: 'R1', segment: 'At Risk', channel: null },
      ],
    });
    const email = byChannel.find((r) => r.segment === 'Champions' && r.channel === 'email');
    const sms = byChannel.find((r) => r.segment === 'Champions' && r.channel === 'sms');
    expect([email?.control, email?.respondersControl, sms?.control, sms?.respondersControl]).toEqual([1, 1, 1, 0]);
  });

  it('refuses a customer both contacted and held out', () => {
    expect(() => campaignResults({ ...input, control: [...control, { id: 'E1', segment: 'Champions', channel: null }] })).toThrow(/both/);
  });
});
