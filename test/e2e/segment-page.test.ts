// A segment's own page on the demo shop: opened from the segment table, its customer count is the
// table's, the list pages, sorts and searches in the worker, the CSV holds as many rows as the
// list counts, and axe finds no serious or critical violation, on a wide screen in English and a
// phone in Russian.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp } from './helpers/use-app';
import { seriousViolations } from './helpers/axe';

const int = (text: string) => Number(text.replace(/[^\d]/g, ''));
const SHOTS = join(import.meta.dirname, '../../test-results/screenshots');

async function shot(page: Page, name: string): Promise<void> {
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** Loads the demo shop and opens the page of `segment` from the segment table; returns the table's count. */
async function openSegment(page: Page, segment: string): Promise<number> {
  await page.getByTestId('load-demo').click();
  await page.getByTestId('results').waitFor({ timeout: 60_000 });
  const count = int(await page.getByTestId(`segment-customers-${segment}`).innerText());
  await page.getByTestId(`segment-open-${segment}`).click();
  await page.getByTestId('segment-page').waitFor();
  await page.getByTestId('segment-customers').waitFor({ timeout: 60_000 });
  return count;
}

const listIds = (page: Page) => page.getByTestId('segment-customers').locator('tbody td.id').allInnerTexts();

describe('a segment page on a wide screen, in English', () => {
  const ctx = useApp({ width: 1920, height: 1080, locale: 'en-GB' });

  it('shows the table\'s count, the definition, what to do, and the customers paged, sorted, searched and downloaded', async () => {
    const { page } = ctx;
    const count = await openSegment(page, 'at_risk');
    expect(count).toBeGreaterThan(50);
    expect(await page.locator('h1').innerText()).toContain('At Risk');
    // The keyboard lands on the new page's heading.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(int(await page.getByTestId('segment-page-customers').innerText())).toBe(count);
    const list = page.getByTestId('segment-list-count');
    expect(Number(await list.getAttribute('data-total'))).toBe(count);
    expect(Number(await list.getAttribute('data-matching'))).toBe(count);
    expect(await page.getByTestId('segment-definition').innerText()).toMatch(/R [\d–]+: last purchase [\d,–]+ days before/);
    const advice = await page.getByTestId('segment-advice').innerText();
    expect(advice).toContain('personal win-back');
    expect(advice).toContain('Suggested for this archetype');
    // The playbook's goal, prefilled from the preset.
    expect(await page.getByTestId('segment-goal').innerText()).toBe('Goal: Win back');
    await shot(page, 'segment-page-1920-en');
    expect(await page.getByTestId('segment-ranges').innerText()).toMatch(/^Its customers now: last purchase [\d,]+–[\d,]+ days before 1 Nov 2026 · [\d,]+–[\d,]+ purchases · net revenue \$[\d,.]+–\$[\d,.]+$/);

    // First page: 50 customers, the most money first.
    const ids = await listIds(page);
    expect(ids).toHaveLength(50);
    expect(ids.every((id) => /^C\d+$/.test(id))).toBe(true);
    expect(await page.getByTestId('segment-rows').innerText()).toBe(`Rows 1–50 of ${count.toLocaleString('en-GB')}`);
    const money = async () => (await page.getByTestId('segment-customers').locator('tbody tr td:nth-child(2)').allInnerTexts()).map((t) => Number(t.replace(/[^\d.-]/g, '')));
    const firstMoney = await money();
    expect(firstMoney).toEqual([...firstMoney].sort((a, b) => b - a));

    // The next page continues where the first stopped.
    await page.getByTestId('segment-next').click();
    await expect.poll(() => page.getByTestId('segment-rows').innerText()).toBe(`Rows 51–${Math.min(100, count)} of ${count.toLocaleString('en-GB')}`);
    const second = await listIds(page);
    expect(second.some((id) => ids.includes(id))).toBe(false);
    expect(Math.max(...(await money()))).toBeLessThanOrEqual(Math.min(...firstMoney));

    // Sorted by id, A to Z.
    await page.getByTestId('sort-customer').click();
    await expect.poll(() => page.getByTestId('segment-rows').innerText()).toMatch(/^Rows 1–50 /);
    const byId = await listIds(page);
    expect(byId).toEqual([...byId].sort());
    expect(byId).toHaveLength(50);

    // Searching one id finds it (and ids containing it), counted by the worker.
    const wanted = ids[2];
    await page.getByTestId('segment-search').fill(wanted);
    await expect.poll(async () => (await listIds(page)).includes(wanted)).toBe(true);
    const found = await listIds(page);
    expect(found.every((id) => id.includes(wanted))).toBe(true);
    expect(Number(await list.getAttribute('data-matching'))).toBe(found.length);
    expect(Number(await list.getAttribute('data-total'))).toBe(count);
    await page.getByTestId('segment-search').fill('no such customer');
    await page.getByTestId('segment-list-empty').waitFor();
    await page.getByTestId('segment-search').fill('');
    await expect.poll(async () => Number(await list.getAttribute('data-matching'))).toBe(count);

    // The segment's CSV: one row per customer of the list, all of this segment, formula-safe columns of the scores CSV.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('segment-download').click()]);
    expect(download.suggestedFilename()).toMatch(/^demo-shop-at_risk-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = (await readFile(await download.path(), 'utf8')).trim().split('\n');
    expect(lines[0]).toBe('customer_id,recency_days,frequency,monetary,r,f,m,cell,segment,last_purchase');
    expect(lines).toHaveLength(count + 1);
    expect(lines.slice(1).every((line) => line.split(',')[8] === 'At Risk')).toBe(true);
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(expect.arrayContaining(ids));

    await shot(page, 'segment-page-1920-en');
    expect(await seriousViolations(page)).toEqual([]);

    // Back to the results, where the segment table is.
    await page.getByTestId('segment-back').click();
    await page.getByTestId('segment-table').waitFor();

    // A movement cell opens the page of the segment its customers moved to.
    await page.getByTestId('view-movement').click();
    await page.getByTestId('migration-matrix').waitFor({ timeout: 60_000 });
    const cell = page.locator('[data-testid^="migration-cell-"]').first();
    const after = (await cell.getAttribute('data-testid'))!.split('-').at(-1);
    await cell.click();
    await page.getByTestId('migration-open-segment').click();
    await page.getByTestId('segment-customers').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('segment-page').getAttribute('data-segment')).toBe(after);
  });
});

describe('a segment page on a phone, in Russian', () => {
  const ctx = useApp({ width: 390, height: 844, locale: 'ru-RU' });

  it('counts the segment as its table row does, fits the phone and passes axe', async () => {
    const { page } = ctx;
    const count = await openSegment(page, 'champions');
    expect(int(await page.getByTestId('segment-page-customers').innerText())).toBe(count);
    expect(Number(await page.getByTestId('segment-list-count').getAttribute('data-total'))).toBe(count);
    expect(await page.getByTestId('segment-advice').innerText()).toContain('Рекомендуем');
    expect(await page.getByTestId('segment-goal').innerText()).toBe('Цель: Удержать');
    expect(await page.getByTestId('segment-definition').innerText()).toMatch(/последняя покупка/);
    // Nothing wider than the phone but the scrolling table.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(page, 'segment-page-390-ru');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
