// A kept campaign with its measure becomes the results table: who responded, what they spent, and
// what the campaign cost per channel (the forecast, or the actual cost, split as the cascade model
// shares it), then the rows as CSV. The fixture: test/fixtures/campaign/campaign-record.ts.
import { describe, expect, it } from 'vitest';
import {
  CAMPAIGN_CSV_HEADER, campaignCost, campaignCsvRows, campaignFileName, channelCosts, measuredResults, overallRow, respondersOf,
} from '../../src/lib/campaign/measured';
import { campaignRecord, SEGMENT } from '../fixtures/campaign/campaign-record';

const base = campaignRecord();
const byResponders = campaignRecord({
  measure: { kind: 'responders', fileName: 'r.csv', measuredAt: '2026-11-20T10:00:00.000Z', responders: ['C01', 'C02', 'C03', 'C04', 'C05', 'C06', 'C21', 'C22', 'K01', 'K06'], unmatched: 1 },
});
const byOrders = campaignRecord({
  measure: {
    kind: 'orders', fileName: 'o.csv', measuredAt: '2026-11-20T10:00:00.000Z', until: '2026-11-15',
    purchases: [
      { id: 'C01', revenueCents: 5000, orders: 2 },
      { id: 'C21', revenueCents: 1000, orders: 1 },
      { id: 'K01', revenueCents: 2000, orders: 1 },
      // Only a return in the window: money, but no response.
      { id: 'K02', revenueCents: -500, orders: 0 },
    ],
  },
});

describe('campaign cost', () => {
  it('splits the forecast over the channels as the model shares it for the contacted customers', () => {
    // E-mail: 20 customers, sent 20 × 0.001 = 0.02. SMS: the 10 with phones only, 10 × 0.0083 = 0.083
    // (the message fits one part). The forecast 1.5 goes 0.02 : 0.083.
    const costs = channelCosts(base);
    expect(costs.map((c) => c.channel)).toEqual(['email', 'sms']);
    expect(costs[0].cost).toBeCloseTo((1.5 * 0.02) / 0.103, 10);
    expect(costs[1].cost).toBeCloseTo((1.5 * 0.083) / 0.103, 10);
    expect(costs.every((c) => c.segment === SEGMENT)).toBe(true);
  });

  it('uses the actual cost when entered, the forecast otherwise', () => {
    expect(campaignCost(base)).toBe(1.5);
    const actual = campaignRecord({ actualCost: 10.3 });
    expect(campaignCost(actual)).toBe(10.3);
    expect(channelCosts(actual).reduce((a, c) => a + c.cost, 0)).toBeCloseTo(10.3, 10);
    expect(channelCosts(actual)[0].cost).toBeCloseTo(2, 10);
  });
});

describe('campaign results from the measure', () => {
  it('is nothing before the campaign is measured', () => {
    expect(measuredResults(base)).toBeNull();
  });

  it('from a list of responders: rates per channel and for the segment against the whole control group', () => {
    const rows = measuredResults(byResponders, 200)!;
    expect(rows.map((r) => [r.channel, r.contacted, r.control, r.respondersContacted, r.respondersControl])).toEqual([
      ['email', 20, 10, 6, 2],
      ['sms', 10, 10, 2, 2],
      [null, 30, 10, 8, 2],
    ]);
    const all = overallRow(rows)!;
    expect(all.response.rateContacted).toBeCloseTo(8 / 30, 12);
    expect(all.response.rateControl).toBeCloseTo(0.2, 12);
    expect(all.response.uplift).toBeCloseTo(8 / 30 - 0.2, 12);
    expect(all.revenue.cost).toBeCloseTo(1.5, 10);
  });

  it('from orders: a customer with a purchase responded; a return alone is money but no response', () => {
    expect(respondersOf(byOrders)).toEqual(['C01', 'C21', 'K01']);
    const all = overallRow(measuredResults(byOrders, 200)!)!;
    expect([all.respondersContacted, all.respondersControl]).toEqual([2, 1]);
    // Contacted 60.00 over 30 customers, control 15.00 over 10: 2.00 against 1.50 a customer.
    expect(all.revenue.contacted.revenuePerCustomer).toBeCloseTo(2, 12);
    expect(all.revenue.control.revenuePerCustomer).toBeCloseTo(1.5, 12);
    expect(all.revenue.incrementalRevenue).toBeCloseTo(15, 10);
    expect(all.revenue.roi).toBeCloseTo((15 - 1.5) / 1.5, 10);
    expect(all.revenue.interval?.seed).toBe(2026);
  });
});

describe('a customer on several target lists', () => {
  it('counts in each of its channels, but once over all channels', () => {
    // C01-C05 are on the SMS list as well: SMS now has 15 contacted, of whom C21, C22 and all of
    // C01-C05 responded (7); over all channels still 30 customers and 8 responders.
    const twice = campaignRecord({
      measure: byResponders.measure,
      contacted: [...byResponders.contacted, ...['C01', 'C02', 'C03', 'C04', 'C05'].map((id) => ({ id, segment: SEGMENT, channel: 'sms' }))],
    });
    const rows = measuredResults(twice, 200)!;
    expect(rows.map((r) => [r.channel, r.contacted, r.respondersContacted])).toEqual([
      ['email', 20, 6],
      ['sms', 15, 7],
      [null, 30, 8],
    ]);
  });
});

describe('campaign results as CSV', () => {
  it('writes one row per table row in the header’s order, rates as shares and uplifts in points, money left empty without money', () => {
    const rows = measuredResults(byResponders, 200)!;
    const names = { segment: () => "Can't Lose Them", channel: (id: string) => id.toUpperCase(), allChannels: 'All channels' };
    const csv = campaignCsvRows(rows, false, names);
    expect(csv).toHaveLength(3);
    expect(csv.every((r) => r.length === CAMPAIGN_CSV_HEADER.length)).toBe(true);
    const col = (name: string) => CAMPAIGN_CSV_HEADER.indexOf(name);
    expect(csv[0].slice(0, 8)).toEqual(["Can't Lose Them", 'EMAIL', 20, 10, 6, 2, 0.3, 0.2]);
    expect(csv[0][col('uplift_points')]).toBe(10);
    expect(csv[2][col('channel')]).toBe('All channels');
    expect(csv[2][col('uplift_points')]).toBe(6.6667);
    expect(csv[2][col('revenue_per_customer_contacted')]).toBeNull();
    expect(csv[2][col('cost')]).toBe(1.5);
    const withMoney = campaignCsvRows(measuredResults(byOrders, 200)!, true, names);
    expect(withMoney[2][col('revenue_per_customer_contacted')]).toBe(2);
    expect(withMoney[2][col('incremental_revenue')]).toBe(15);
    expect(withMoney[2][col('bootstrap_seed')]).toBe(2026);
  });

  it('names its files after the campaign, in any alphabet', () => {
    expect(campaignFileName("Can't Lose Them 2026-11-01", 'results')).toBe('can-t-lose-them-2026-11-01-results.csv');
    expect(campaignFileName('Возврат «спящих»', 'unmatched')).toBe('возврат-спящих-unmatched.csv');
    expect(campaignFileName('***', 'results')).toBe('campaign-results.csv');
  });
});
