// The foundation path in the built app, in Debian's Chromium: a file becomes segments on
// screen, nothing leaves the device, bad files get a specific message, both languages work.
// Expected numbers for orders-basic.csv are worked out in test/sql/definitions.test.ts.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openApp, screenshot } from './helpers/browser';
import { openSettings, textOf } from './helpers/import-steps';
import { engineReady, useApp } from './helpers/use-app';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const text = textOf;

async function importFile(page: Page, name: string) {
  await page.getByTestId('file-input').setInputFiles(fixture(name));
}

describe('a shop owner analyses an order export', () => {
  let page: Page;
  useApp({ width: 1280, height: 900, locale: 'en-GB' }, async (opened) => {
    page = opened;
  });

  it('says on the first screen that files never leave the device', async () => {
    expect(await text(page, 'privacy-note')).toMatch(/never leaves your device/);
  });

  it('guesses the columns of a CSV and shows the right numbers after one click', async () => {
    await importFile(page, 'orders-basic.csv');
    await page.getByTestId('analyse').waitFor();
    expect(await page.getByTestId('map-customer').inputValue()).toBe('customer');
    expect(await page.getByTestId('map-date').inputValue()).toBe('date');
    expect(await page.getByTestId('map-amount').inputValue()).toBe('amount');
    expect(await page.getByTestId('map-order').inputValue()).toBe('order_id');

    await page.getByTestId('analyse').click();
    await page.getByTestId('results').waitFor();
    expect(await text(page, 'kpi-customers')).toBe('4');
    expect(await text(page, 'kpi-purchases')).toBe('8');
    expect(await text(page, 'kpi-revenue')).toBe('$255.95');
    expect(await text(page, 'report-no-customer')).toMatch(/^1 row has no customer id/);
    // The examples' text is read after the segments are drawn.
    await expect.poll(() => text(page, 'report-bad-date')).toContain('row 12: “not a date”');
    expect(await text(page, 'report-bad-amount')).toContain('row 13: “abc”');
    expect(await page.getByTestId('report-examples-reading').count()).toBe(0);
    expect(await text(page, 'report-no-purchase')).toContain('dave');
    await screenshot(page, 'e2e-results-fixture');
  });

  it('re-scores without re-reading the file when bins or the as-of date change', async () => {
    await openSettings(page);
    await page.getByTestId('bins-r').selectOption('2');
    await expect.poll(() => text(page, 'cut-points')).toContain('46.5');
    await page.getByTestId('as-of').fill('2024-03-01');
    await page.getByTestId('as-of').dispatchEvent('change');
    await expect.poll(() => text(page, 'kpi-customers')).toBe('3');
    // alice 150.10 (A1 only), bob 100.00, erin 0.30; dave's return is not scored.
    expect(await text(page, 'kpi-revenue')).toBe('$250.40');
  });

  it('downloads the scored customers as CSV with the contract columns', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-csv').click()]);
    const csv = await readFile((await download.path())!, 'utf8');
    const [header, ...rows] = csv.trim().split('\n');
    expect(header.startsWith('customer_id,recency_days,frequency,monetary,r,f,m,cell,segment')).toBe(true);
    expect(rows.map((r) => r.split(',')[0]).sort()).toEqual(['alice', 'bob', 'erin']);
    expect(download.suggestedFilename()).toBe('orders-basic-rfm-2024-03-01.csv');
  });

  it('switches to Russian: texts from the catalog, numbers in Russian format', async () => {
    await page.getByTestId('lang-ru').click();
    await expect.poll(() => page.locator('h1').innerText()).toBe('Сегменты клиентов');
    expect(await text(page, 'kpi-revenue')).toBe('250,40\u00a0₽');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    await page.getByTestId('lang-en').click();
    await expect.poll(() => page.locator('h1').innerText()).toBe('Customer segments');
  });

  it('remembers the columns confirmed for a file the next time it is opened', async () => {
    await page.getByTestId('app-home').click();
    await importFile(page, 'orders-basic.csv');
    await page.getByTestId('map-order').selectOption('');
    await page.getByTestId('analyse').click();
    await expect.poll(() => text(page, 'kpi-purchases')).toBe('9');
    await page.getByTestId('app-home').click();
    await importFile(page, 'orders-basic.csv');
    await page.getByTestId('analyse').waitFor();
    expect(await page.getByTestId('map-order').inputValue()).toBe('');
    await page.getByTestId('map-order').selectOption('order_id');
    await page.getByTestId('analyse').click();
    await expect.poll(() => text(page, 'kpi-purchases')).toBe('8');
  });

  it('reads Parquet without downloading a DuckDB extension', async () => {
    await page.getByRole('button', { name: 'New file' }).click();
    await importFile(page, 'orders.parquet');
    await page.getByTestId('analyse').click();
    await page.getByTestId('results').waitFor();
    await expect.poll(() => text(page, 'kpi-customers')).toBe('4');
    expect(await text(page, 'kpi-revenue')).toBe('$255.95');
  });
});

describe('bad files get a specific message and the app stays usable', () => {
  let page: Page;
  useApp({ width: 390, height: 844, locale: 'ru-RU' }, async (opened) => {
    page = opened;
  });

  it.each([
    ['bad/empty.csv', 'file_empty', /пуст/],
    ['bad/photo.csv', 'file_image', /изображение/],
    ['bad/one-column.csv', 'csv_one_column', /только один столбец/],
  ])('%s', async (file, code, message) => {
    await importFile(page, file);
    const banner = page.getByTestId('error-banner');
    await expect.poll(() => banner.getAttribute('data-code')).toBe(code);
    expect(await banner.innerText()).toMatch(message);
    expect(await banner.innerText()).toContain(file.split('/')[1]);
  });

  it('says that a file has no date column, and how many rows were checked', async () => {
    await importFile(page, 'bad/no-date.csv');
    const banner = page.getByTestId('error-banner');
    await expect.poll(() => banner.getAttribute('data-code')).toBe('no_date_column');
    expect(await banner.innerText()).toContain('Ни в одном столбце «no-date.csv» нет дат (проверено первых строк: 2)');
    await screenshot(page, 'e2e-error-phone-ru');
  });

  it('loads the demo shop after all that', async () => {
    await page.getByTestId('app-home').click();
    await page.getByTestId('load-demo').click();
    await page.getByTestId('results').waitFor({ timeout: 30_000 });
    expect(await text(page, 'kpi-customers')).toMatch(/^5\s000$/);
    expect(await page.getByTestId('error-banner').count()).toBe(0);
  });
});

describe('offline after the first visit', () => {
  it('serves the app and the DuckDB engine from the cache and still analyses a file', async () => {
    const app = await openApp(inject('baseUrl'), { width: 1920, height: 1080, offline: true });
    try {
      await engineReady(app.page);
      await importFile(app.page, 'orders-basic.csv');
      await app.page.getByTestId('analyse').click();
      await app.page.getByTestId('results').waitFor();
      expect(await text(app.page, 'kpi-revenue')).toBe('$255.95');
      expect(app.foreignRequests()).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
