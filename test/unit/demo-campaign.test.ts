import { describe, expect, it } from 'vitest';
import { isCampaign } from '../../src/lib/campaign/campaign-check';
import { measuredResults, overallRow } from '../../src/lib/campaign/measured';
import { DEMO_CAMPAIGN_ID, demoCampaign } from '../../src/lib/demo/demo-campaign';
import { generateDemoShop } from '../../src/lib/demo/demo-shop';

const TEXT = { currency: 'USD', name: 'Win-back', segmentName: "Can't Lose Them", offer: '15% off', emailMessage: 'We miss you', smsMessage: 'We miss you too' };
const shop = generateDemoShop({ seed: 42 });
const campaign = demoCampaign(shop, TEXT);

describe('the demo shop\'s win-back campaign', () => {
  it('is a campaign record the Campaigns tab accepts, sent on 2026-08-17 and measured on the demo\'s orders to its end', () => {
    expect(isCampaign(campaign)).toBe(true);
    expect(campaign).toMatchObject({ id: DEMO_CAMPAIGN_ID, name: 'Win-back', sentOn: '2026-08-17', segment: 'cant_lose', currency: 'USD' });
    expect(campaign.measure).toMatchObject({ kind: 'orders', until: '2026-10-31' });
    expect(campaign.steps.map((s) => s.id)).toEqual(['email', 'sms']);
  });

  it('holds out 85 of its 569 customers, each on one side only, and contacts the rest by e-mail or else SMS', () => {
    expect(campaign.contacted).toHaveLength(484);
    expect(campaign.controlGroup).toHaveLength(85);
    const contacted = new Set(campaign.contacted.map((c) => c.id));
    expect(campaign.controlGroup.filter((c) => contacted.has(c.id))).toEqual([]);
    const contacts = new Map(campaign.contacts.map((c) => [c.id, c]));
    for (const c of campaign.contacted) expect(c.channel).toBe(contacts.get(c.id)!.email !== null ? 'email' : 'sms');
  });

  it('shows an uplift against the control group whose 95 % interval excludes zero: 32.2 % back against 9.4 %', () => {
    const overall = overallRow(measuredResults(campaign, 200)!)!;
    expect(overall.respondersContacted).toBe(156);
    expect(overall.respondersControl).toBe(8);
    expect(overall.response.uplift).toBeCloseTo(0.2282, 4);
    expect(overall.response.interval!.lower).toBeGreaterThan(0.1);
  });

  it('is the same for the same seed and takes its words from the caller', () => {
    expect(demoCampaign(generateDemoShop({ seed: 42 }), { ...TEXT, name: 'Возврат' })).toEqual({ ...campaign, name: 'Возврат' });
  });
});
