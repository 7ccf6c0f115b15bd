// Campaign results in the built app: a campaign record (test/fixtures/campaign/campaign-record.ts,
// as the plan's export writes it) put into IndexedDB through the page, a list of responders
// opened on the Campaigns tab and matched by id, e-mail and phone, the rates and uplifts on screen
// equal to those worked out by hand below, kept after a reload; a second campaign sent inside the
// demo's history measured with its newer orders through the engine; the demo shop's own campaign
// shown read-only beside them; no serious axe violation;
// screenshots at 390 and 1920 px in English and Russian under /tmp/s16-shots/campaigns/.
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Campaign } from '../../src/lib/campaign/campaign';
import { campaignRecord } from '../fixtures/campaign/campaign-record';
import { seriousViolations } from './helpers/axe';
import { textOf as text } from './helpers/import-steps';
import { engineReady, useApp } from './helpers/use-app';

const SHOTS = '/tmp/s16-shots/campaigns';

/**
 * Eleven lines under a header. Contacted by e-mail (C01-C20): C01, C02, C05, C06 by id, C03 and
 * C04 by e-mail in another case: 6 of 20 = 30.0 %. Contacted by SMS (C21-C30): C21 by its phone
 * written 8 (900) ..., C22 by the bare digits: 2 of 10 = 20.0 %. Control (K01-K10, held out of
 * the whole segment): K01 by id, K06 by phone in the +7 form: 2 of 10 = 20.0 %. One line names
 * nobody. So e-mail +10 points, SMS 0, all channels 8 of 30 = 26.7 % against 20.0 %: +6.7 points.
 */
const RESPONDERS = ['client', 'C01', 'C02', 'c03@shop.test', 'C04@Shop.Test', 'C05', 'C06', '8 (900) 000-00-21', '79000000022', 'K01', '+7 900 000 01 06', 'nobody@else.test'].join('\n');

/** Sent inside the demo's history (it ends on 2026-10-31): its newer orders can measure it. */
const OCTOBER = campaignRecord({ id: 'camp-2', name: 'October win-back', createdAt: '2026-10-01T09:00:00.000Z', sentOn: '2026-10-01' });

async function openDemoCampaigns(page: Page): Promise<void> {
  await page.getByTestId('load-demo').click();
  await page.getByTestId('results').waitFor({ timeout: 60_000 });
  await page.getByTestId('view-campaigns').click();
  await page.locator('[data-testid="campaigns-panel"][data-loaded="true"]').waitFor();
}

/** Writes records straight into the app's database, as the plan's export would have. */
async function putCampaigns(page: Page, campaigns: Campaign[]): Promise<void> {
  await page.evaluate(async (records) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('cvm-lab');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('campaigns', 'readwrite');
      for (const record of records) tx.objectStore('campaigns').put(record);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, campaigns);
}

/** A campaign's card by its name (both fixtures share the segment, so not by any text). */
const card = (page: Page, name: string) => page.getByTestId('campaign-item').filter({ has: page.getByTestId('campaign-name').filter({ hasText: name }) });

async function importResponders(page: Page): Promise<void> {
  await page.getByTestId('responders-file').setInputFiles({ name: 'responders.csv', mimeType: 'text/csv', buffer: Buffer.from(RESPONDERS) });
  await page.getByTestId('responders-match').waitFor();
}

async function expectHandFigures(page: Page): Promise<void> {
  const row = async (id: string) => ({
    contacted: await text(page, `campaign-contacted-${id}`),
    control: await text(page, `campaign-control-${id}`),
    responders: await text(page, `campaign-responders-${id}`),
    rateContacted: await text(page, `campaign-rate-contacted-${id}`),
    rateControl: await text(page, `campaign-rate-control-${id}`),
    uplift: await text(page, `campaign-uplift-${id}`),
  });
  expect(await row('email')).toEqual({ contacted: '20', control: '10', responders: '6 / 2', rateContacted: '30.0%', rateControl: '20.0%', uplift: '+10 pp' });
  expect(await row('sms')).toEqual({ contacted: '10', control: '10', responders: '2 / 2', rateContacted: '20.0%', rateControl: '20.0%', uplift: '0 pp' });
  expect(await row('all')).toEqual({ contacted: '30', control: '10', responders: '8 / 2', rateContacted: '26.7%', rateControl: '20.0%', uplift: '+6.7 pp' });
  expect(await text(page, 'campaign-headline')).toMatch(/^Contacted customers responded at 26\.7%, the control group at 20\.0%: an uplift of \+6\.7 pp; the probability that the campaign raised the response rate is \d+%\.$/);
}

describe('campaign results in the page', () => {
  let page: Page;
  useApp({ width: 1280, height: 900, locale: 'en-GB' }, async (opened) => {
    page = opened;
  });

  it('shows the demo shop\'s own win-back campaign first, read-only, with its result against the control group', async () => {
    await openDemoCampaigns(page);
    // The figures of test/unit/demo-campaign.test.ts, worked out from the demo's rows.
    const demo = card(page, 'Win-back');
    expect(await demo.getByTestId('campaign-demo-badge').innerText()).toBe('Demo shop’s campaign · read-only');
    expect(await demo.getByTestId('campaign-rename').count()).toBe(0);
    expect(await demo.getByTestId('campaign-delete').count()).toBe(0);
    await page.getByTestId('campaign-results').waitFor();
    expect(await text(page, 'campaign-demo-note')).toMatch(/^This campaign comes with the demo shop: sent on 17 Aug 2026/);
    expect(await page.getByTestId('responders-file').count()).toBe(0);
    expect(await text(page, 'campaign-contacted-all')).toBe('484');
    expect(await text(page, 'campaign-control-all')).toBe('85');
    expect(await text(page, 'campaign-responders-all')).toBe('156 / 8');
    expect(await text(page, 'campaign-headline')).toMatch(/^Contacted customers responded at 32\.2%, the control group at 9\.4%: an uplift of \+22\.8 pp;/);
  });

  it('lists a kept campaign and measures it with a list of responders matched by id, e-mail and phone', async () => {
    await putCampaigns(page, [campaignRecord()]);
    await page.getByTestId('view-segments').click();
    await page.getByTestId('view-campaigns').click();
    await card(page, "Can't Lose Them").getByTestId('campaign-show').click();
    expect(await card(page, "Can't Lose Them").getByTestId('campaign-status').innerText()).toBe('not yet');
    // The demo's orders end before this campaign was sent: only the list of responders can measure it.
    expect(await text(page, 'orders-unavailable')).toMatch(/^The orders on screen end before the campaign was sent \(1 Nov 2026\)/);
    await importResponders(page);
    expect(await text(page, 'responders-match')).toBe('10 lines matched customers of the campaign; 10 customers responded; 1 line matched nobody.');
    const download = page.waitForEvent('download');
    await page.getByTestId('responders-unmatched').click();
    const unmatched = await (await download).createReadStream();
    let csv = '';
    for await (const chunk of unmatched) csv += chunk;
    expect(csv.replace(/^\ufeff/, '').trim().split(/\r?\n/)).toEqual(['line', 'nobody@else.test']);
    await page.getByTestId('responders-keep').click();
    await page.getByTestId('campaign-results').waitFor();
    await expectHandFigures(page);
    expect(await text(page, 'campaign-measure')).toMatch(/^Measured from the responders in “responders\.csv” on .+; 1 line matched nobody\.$/);
    // The demo's own campaign is measured too: two rows.
    expect(await page.getByTestId('over-time-row').count()).toBe(2);
    expect(await page.getByTestId('over-time-uplift').last().innerText()).toBe('+6.7 pp');
  });

  it('downloads the results table as CSV', async () => {
    const download = page.waitForEvent('download');
    await page.getByTestId('campaign-download').click();
    let csv = '';
    for await (const chunk of await (await download).createReadStream()) csv += chunk;
    const lines = csv.replace(/^\ufeff/, '').trim().split(/\r?\n/);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^segment,channel,contacted,control,responders_contacted,responders_control,response_rate_contacted,response_rate_control,uplift_points/);
    expect(lines[1]).toMatch(/^Can't Lose Them,E-mail,20,10,6,2,0\.3,0\.2,10,/);
    expect(lines[3]).toMatch(/^Can't Lose Them,All channels,30,10,8,2,0\.266667,0\.2,6\.6667,/);
  });

  it('has no serious or critical axe violation with results on screen', async () => {
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('keeps the measure on the device: after a reload the same figures', async () => {
    await page.reload();
    await engineReady(page);
    await openDemoCampaigns(page);
    await card(page, "Can't Lose Them").getByTestId('campaign-show').click();
    await page.getByTestId('campaign-results').waitFor();
    expect(await card(page, "Can't Lose Them").getByTestId('campaign-status').innerText()).toMatch(/^from a list of responders on /);
    await expectHandFigures(page);
  });

  it('measures a campaign sent inside the demo’s history with its newer orders, and renames and deletes a campaign', async () => {
    await putCampaigns(page, [OCTOBER]);
    await page.reload();
    await engineReady(page);
    await openDemoCampaigns(page);
    const october = card(page, 'October win-back');
    await october.getByTestId('campaign-show').click();
    await expect.poll(() => text(page, 'orders-measure')).toBe('Measure with the orders in this file from 1 Oct 2026 to 31 Oct 2026');
    await page.getByTestId('orders-measure').click();
    await page.getByTestId('orders-kept').waitFor();
    expect(await text(page, 'campaign-measure')).toMatch(/^Measured with the orders in “.+” from 1 Oct 2026 to 31 Oct 2026\.$/);
    // None of the fixture's ids is a demo customer: nobody responded in either group.
    expect(await text(page, 'campaign-rate-contacted-all')).toBe('0.0%');
    expect(await text(page, 'campaign-incremental-all')).toMatch(/^(US)?\$0\.00$/);
    expect(await page.getByTestId('over-time-row').count()).toBe(3);
    // The actual cost replaces the forecast (1.50) in the cost and ROI, and is kept with the campaign.
    expect(await text(page, 'campaign-cost-all')).toMatch(/^(US)?\$1\.50$/);
    await page.getByTestId('campaign-actual-cost').fill('3');
    await page.getByTestId('campaign-actual-cost').press('Enter');
    await page.getByTestId('campaign-actual-cost').blur();
    await expect.poll(() => text(page, 'campaign-cost-all')).toMatch(/^(US)?\$3\.00$/);
    expect(await text(page, 'campaign-roi-all')).toBe('-100%');
    await page.getByTestId('campaign-cost-reset').click();
    await expect.poll(() => text(page, 'campaign-cost-all')).toMatch(/^(US)?\$1\.50$/);

    await october.getByTestId('campaign-rename').click();
    await page.getByTestId('campaign-name-input').fill('October, renamed');
    await page.getByTestId('campaign-rename-save').click();
    await expect.poll(() => page.getByTestId('campaign-name').allInnerTexts()).toContain('October, renamed');
    // The form is gone; the focus goes on from the card's Rename button, not from the page's top.
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
    await expect.poll(focused).toBe('campaign-rename');
    const renamed = card(page, 'October, renamed');
    await renamed.getByTestId('campaign-delete').click();
    expect(await text(page, 'campaign-delete-question')).toMatch(/^Delete the campaign “October, renamed”/);
    await page.getByTestId('campaign-delete-confirm').click();
    await expect.poll(() => page.getByTestId('campaign-item').count()).toBe(2);
    await expect.poll(focused).toBe('campaign-show');
    await page.reload();
    await engineReady(page);
    await openDemoCampaigns(page);
    // The demo's own campaign arrives from the engine after the stored ones are listed.
    await expect.poll(() => page.getByTestId('campaign-name').allInnerTexts()).toEqual(['Win-back: we miss you (demo shop)', "Can't Lose Them 2026-11-01"]);
  });
});

describe.each([
  { width: 390, height: 844, locale: 'en-GB', lang: 'en' },
  { width: 390, height: 844, locale: 'ru-RU', lang: 'ru' },
  { width: 1920, height: 1080, locale: 'en-GB', lang: 'en' },
  { width: 1920, height: 1080, locale: 'ru-RU', lang: 'ru' },
])('the Campaigns tab at $width px ($lang)', ({ width, height, locale, lang }) => {
  const ctx = useApp({ width, height, locale });

  it('shows a measured campaign without widening the page, with no serious axe violation', async () => {
    const page = ctx.page;
    await openDemoCampaigns(page);
    await mkdir(SHOTS, { recursive: true });
    await page.getByTestId('campaigns-panel').screenshot({ path: `${SHOTS}/empty-${width}-${lang}.png` });
    await putCampaigns(page, [campaignRecord(), OCTOBER]);
    await page.getByTestId('view-segments').click();
    await page.getByTestId('view-campaigns').click();
    await page.getByTestId('campaign-item').first().waitFor();
    await card(page, "Can't Lose Them").getByTestId('campaign-show').click();
    await importResponders(page);
    await page.getByTestId('responders-keep').click();
    await page.getByTestId('campaign-results').waitFor();
    await card(page, 'October').getByTestId('campaign-show').click();
    await page.getByTestId('orders-measure').click();
    await page.getByTestId('orders-kept').waitFor();
    await card(page, "Can't Lose Them").getByTestId('campaign-show').click();
    await page.getByTestId('campaign-results').waitFor();
    await importResponders(page);
    await page.waitForTimeout(600);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('campaigns-panel').screenshot({ path: `${SHOTS}/campaigns-${width}-${lang}.png` });
    await card(page, 'October').getByTestId('campaign-show').click();
    await page.getByTestId('campaign-results').waitFor();
    await page.getByTestId('campaign-detail').screenshot({ path: `${SHOTS}/orders-${width}-${lang}.png` });
  });
});
