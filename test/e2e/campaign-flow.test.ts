// Issue 16's whole loop on the demo shop, through the page only: plan the cascade for Can't Lose
// Them, export its target lists with a 10 % control group (seed 7), then, on the Campaigns tab,
// open a list of responders made from those very lists (some contacted customers by id, some by
// their e-mail as the list gave it, some control customers, one line that names nobody) and read
// the campaign's result against its control group. Every expected figure is counted here from the
// downloaded lists, so the test fails if the export, the kept campaign or the matching disagree.
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { csvOf } from './helpers/csv-download';
import { textOf as text } from './helpers/import-steps';
import { engineReady, useApp } from './helpers/use-app';

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;

/** The campaign kept by the export: the card without the demo's read-only badge. */
const keptCard = (page: Page) => page.getByTestId('campaign-item').filter({ hasNot: page.getByTestId('campaign-demo-badge') });

describe('plan, export, measure: a campaign from the Plan tab to its result', () => {
  let page: Page;
  useApp({ width: 1280, height: 900, locale: 'en-GB' }, async (opened) => {
    page = opened;
  });

  const lists = new Map<string, string[][]>();

  it('exports every list and the control group from the planner, and keeps the campaign', { timeout: 120_000 }, async () => {
    await page.getByTestId('load-demo').click();
    await page.getByTestId('results').waitFor({ timeout: 60_000 });
    await page.getByTestId('view-plan').click();
    await page.getByTestId('message-text-sms').waitFor({ timeout: 60_000 });
    await page.getByTestId('control-share').fill('10');
    await page.getByTestId('control-seed').fill('7');
    await expect.poll(() => page.getByTestId('control-size').getAttribute('data-control')).not.toBe('0');

    const downloads: Download[] = [];
    page.on('download', (d) => downloads.push(d));
    await page.getByTestId('download-all-lists').click();
    await expect.poll(() => downloads.length).toBe(5);
    for (const d of downloads) lists.set(d.suggestedFilename(), await csvOf(d));
    expect(await text(page, 'campaign-kept')).toMatch(/^Kept as campaign Can’t Lose Them, .+: measure it in the Campaigns tab\.$/);
  });

  it('measures the kept campaign with responders from those lists', { timeout: 120_000 }, async () => {
    const control = lists.get('control.csv')!.slice(1).map((r) => r[0]);
    const email = [...lists.entries()].find(([name]) => /-email\.csv$/.test(name))![1].slice(1);
    const contacted = new Set([...lists.entries()].filter(([name]) => name !== 'control.csv').flatMap(([, rows]) => rows.slice(1).map((r) => r[0])));
    expect(control.length).toBeGreaterThan(3);
    expect(email.length).toBeGreaterThan(12);

    // Six by id, six by the e-mail the list was sent to (upper case: matching ignores it), three control customers by id.
    const byId = email.slice(0, 6).map((r) => r[0]);
    const byEmail = email.slice(6, 12).map((r) => r[2].toUpperCase());
    const responders = ['responder', ...byId, ...byEmail, ...control.slice(0, 3), 'nobody@example.invalid'].join('\n');

    await page.getByTestId('view-campaigns').click();
    await page.locator('[data-testid="campaigns-panel"][data-loaded="true"]').waitFor();
    // The demo shop's own campaign is listed first; the kept one is the other.
    expect(await page.getByTestId('campaign-item').count()).toBe(2);
    await keptCard(page).getByTestId('campaign-show').click();
    await page.getByTestId('responders-file').setInputFiles({ name: 'responders.csv', mimeType: 'text/csv', buffer: Buffer.from(responders) });
    await page.getByTestId('responders-match').waitFor();
    expect(await text(page, 'responders-match')).toBe('15 lines matched customers of the campaign; 15 customers responded; 1 line matched nobody.');
    await page.getByTestId('responders-keep').click();
    await page.getByTestId('campaign-results').waitFor();

    expect(await text(page, 'campaign-contacted-all')).toBe(String(contacted.size));
    expect(await text(page, 'campaign-control-all')).toBe(String(control.length));
    expect(await text(page, 'campaign-responders-all')).toBe('12 / 3');
    expect(await text(page, 'campaign-rate-contacted-all')).toBe(percent(12, contacted.size));
    expect(await text(page, 'campaign-rate-control-all')).toBe(percent(3, control.length));

    // Kept: the same result after a reload.
    await page.reload();
    await engineReady(page);
    await page.getByTestId('load-demo').click();
    await page.getByTestId('results').waitFor({ timeout: 60_000 });
    await page.getByTestId('view-campaigns').click();
    await keptCard(page).getByTestId('campaign-show').click();
    await page.getByTestId('campaign-results').waitFor();
    expect(await text(page, 'campaign-responders-all')).toBe('12 / 3');
  });
});
