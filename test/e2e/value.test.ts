// Value and movement on the demo shop in the built app: the value table adds up, churn follows
// its threshold, the migration matrix sums to the customers present at either date, a cell
// lists its customers, and both lists download as CSV.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp } from './helpers/use-app';

const int = (text: string) => Number(text.replace(/[^\d]/g, ''));

async function downloaded(page: Page, testid: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
  return readFile(await download.path(), 'utf8');
}

describe('what segments are worth and how customers move, on the demo shop', () => {
  const ctx = useApp({ width: 1440, height: 1000, locale: 'en-GB' });

  it('shows the value table: segments add up to all customers, churn follows its threshold', async () => {
    const { page } = ctx;
    await page.getByTestId('load-demo').click();
    await page.getByTestId('results').waitFor();
    await page.getByTestId('view-value').click();
    await page.getByTestId('value-table').locator('table').waitFor();
    const customers = await page.locator('[data-testid$="-customers"][data-testid^="value-"]').allInnerTexts();
    const total = int(customers.at(-1)!);
    expect(total).toBe(5000);
    expect(customers.slice(0, -1).reduce((s, t) => s + int(t), 0)).toBe(total);
    expect(await page.getByTestId('churn-explain').innerText()).toMatch(/more than \d+ days \(the 90% quantile of [\d,]+ gaps/);

    const churnAt = async () => page.getByTestId('value-__total__-churnRate').innerText();
    const before = await churnAt();
    await page.getByTestId('churn-days').fill('2000');
    await page.getByTestId('churn-days').press('Enter');
    await expect.poll(churnAt).toBe('0.0%');
    expect(before).not.toBe('0.0%');

    const csv = await downloaded(page, 'value-download');
    expect(csv.split('\n')[0]).toBe('Segment,Customers,Share,Purchases,Net revenue,Revenue share,Average order value,Purchases per customer,Repeat rate,Churned,Value per customer,Customer age (days)');
    expect(csv).toContain('All customers,5000,1,');
  });

  it('shows the migration: the matrix sums to the customers at either date, a cell lists its customers', async () => {
    const { page } = ctx;
    await page.getByTestId('view-movement').click();
    await page.getByTestId('migration-matrix').waitFor();
    await expect.poll(() => page.getByTestId('migration-matrix').getAttribute('data-before')).toBe('2026-08-03');
    const summary = await page.getByTestId('migration-summary').innerText();
    const parts = ['up', 'stayed', 'down', 'new', 'lost'];
    const counts = await Promise.all(parts.map(async (p) => int(await page.getByTestId(`migration-${p}`).locator('.n').innerText())));
    // Customers present at either date: everyone scored at the later date.
    expect(counts.reduce((a, b) => a + b, 0)).toBe(5000);
    const cells = await page.locator('[data-testid^="migration-cell-"] span').allInnerTexts();
    expect(cells.reduce((s, t) => s + int(t), 0)).toBe(5000);
    expect(summary).toContain('moved up');

    // Quick pick: a year before.
    await page.getByRole('button', { name: 'A year before' }).click();
    expect(await page.getByTestId('migration-before').inputValue()).toBe('2025-11-01');
    // The matrix on screen is the one for the new date once it says so.
    await expect.poll(() => page.getByTestId('migration-matrix').getAttribute('data-before')).toBe('2025-11-01');

    const cell = page.locator('[data-testid^="migration-cell-__not-yet__-"]').first();
    const n = int(await cell.locator('span').innerText());
    await cell.click();
    await page.getByTestId('migration-list').locator('code').first().waitFor();
    expect(await page.getByTestId('migration-list').locator('code').count()).toBe(Math.min(n, 100));
    const list = await downloaded(page, 'migration-download-cell');
    const lines = list.trim().split('\n');
    expect(lines[0]).toBe('customer_id,segment_before,segment_after');
    expect(lines).toHaveLength(n + 1);
    expect(lines.slice(1).every((l) => /^C\d+,,/.test(l))).toBe(true);

    const all = (await downloaded(page, 'migration-download')).trim().split('\n');
    expect(all).toHaveLength(5000 + 1);

    // Segment sizes over time: each quarter start scored on its own; the last one is the as-of date.
    const mix = page.getByTestId('segment-mix-table');
    await mix.waitFor({ state: 'attached' });
    // The table sits in a closed <details>: read its text, not its rendering.
    const totals = await mix.locator('tbody tr td:last-child').allTextContents();
    expect(int(totals.at(-1)!)).toBe(5000);
    expect(totals.map(int)).toEqual([...totals.map(int)].sort((a, b) => a - b));
  });
});

describe('how the shop is doing over time, on the demo shop', () => {
  const ctx = useApp({ width: 1280, height: 1000, locale: 'en-GB' });

  it('answers the manager\'s three questions, draws the series and lists the cohorts', async () => {
    const { page } = ctx;
    await page.getByTestId('load-demo').click();
    await page.getByTestId('results').waitFor();
    await page.getByTestId('view-health').click();
    await page.getByTestId('health-answer-aov').waitFor();
    // The demo's data ends on 31 Oct 2026 and the as-of date is 1 Nov: October is complete.
    expect(await page.getByTestId('health-period').innerText()).toContain('Oct 2026, against Sept 2026');
    for (const q of ['aov', 'repeat', 'churn']) {
      expect(await page.getByTestId(`health-answer-${q}`).innerText()).toMatch(/(Yes|No|same|As many|Not enough)/);
    }
    await page.getByTestId('health-chart-revenue').waitFor();
    // The numbers behind the charts: one row per month, 36 months of the demo.
    expect(await page.getByTestId('health-table').locator('tbody tr').count()).toBe(36);
    // Cohorts: every month has its cohort, and month 0 is always 100%.
    const table = page.getByTestId('cohort-table');
    expect(await table.locator('tbody tr').count()).toBe(36);
    expect(await table.locator('tbody tr').first().locator('td').nth(2).innerText()).toBe('100%');

    await page.getByTestId('health-week').click();
    await expect.poll(() => page.getByTestId('health-table').locator('tbody tr').count()).toBeGreaterThan(100);
  });
});
