// Shop-platform exports and damaged files in the built app, with no column mapped by hand:
// the platform is recognised from its layout, statuses that are not purchases are left out, a
// line-item export counts each order's total once, and lines that do not fit the table are
// counted. Expected figures are the hand-computed ones of test/fixtures/import/*/manifest.json.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { analyse, importFixture as fixture, newFile, textOf as text } from './helpers/import-steps';
import { useApp } from './helpers/use-app';

async function analyseAsGuessed(page: Page, name: string) {
  await page.getByTestId('file-input').setInputFiles(fixture(name));
  await analyse(page);
}

describe('platform exports and damaged files in the page', () => {
  let page: Page;
  useApp({ width: 1280, height: 900, locale: 'en-GB' }, async (opened) => {
    page = opened;
  });

  it('a Shopify orders export: recognised, pending and refunded orders left out, each total counted once', async () => {
    await page.getByTestId('file-input').setInputFiles(fixture('platforms/shopify-orders.csv'));
    await expect.poll(() => page.locator('body').innerText()).toContain('Looks like a Shopify orders export');
    await analyse(page);
    expect(await text(page, 'kpi-revenue')).toBe('180.00');
    expect(await text(page, 'kpi-customers')).toBe('3');
    await newFile(page);
  });

  it('a WooCommerce orders export: the customer is the billing e-mail, not the empty customer note', async () => {
    await analyseAsGuessed(page, 'platforms/woocommerce-orders.csv');
    expect(await text(page, 'kpi-revenue')).toBe('215.50');
    expect(await text(page, 'kpi-customers')).toBe('3');
    await newFile(page);
  });

  it('a WooCommerce export: counting its on-hold order adds that customer and revenue, and the choice comes back with the export', async () => {
    await page.getByTestId('file-input').setInputFiles(fixture('platforms/woocommerce-orders.csv'));
    const status = (name: string) => page.getByRole('checkbox', { name: new RegExp(`^${name} `) });
    await status('on-hold').waitFor();
    expect(await status('on-hold').isChecked()).toBe(false);
    expect(await status('completed').isChecked()).toBe(true);
    expect(await status('cancelled').isChecked()).toBe(false);
    // "completed" and "Completed" are one status: rows 1001, 1006 and 1008.
    expect(await page.getByTestId('status-choice').locator('li').first().innerText()).toMatch(/^completed\s+3 rows$/);

    await status('on-hold').check();
    await analyse(page);
    // As guessed: 215.50 from Ann, Bob and Cat. Eve's on-hold order 1007 (10.00) now counts too.
    expect(await text(page, 'kpi-revenue')).toBe('225.50');
    expect(await text(page, 'kpi-customers')).toBe('4');
    // The import report (folded away on the results page) still lists the statuses left out.
    expect(await page.getByTestId('report-statuses').textContent()).toContain('by status: cancelled (1), failed (1), refunded (1)');
    await newFile(page);

    await page.getByTestId('file-input').setInputFiles(fixture('platforms/woocommerce-orders.csv'));
    await status('on-hold').waitFor();
    expect(await status('on-hold').isChecked()).toBe(true);
    expect(await status('cancelled').isChecked()).toBe(false);
    await status('on-hold').uncheck();
    await analyse(page);
    expect(await text(page, 'kpi-revenue')).toBe('215.50');
    expect(await text(page, 'kpi-customers')).toBe('3');
    await newFile(page);
  });

  it('a second table below the first: the first is read, the other lines counted and shown', async () => {
    await analyseAsGuessed(page, 'damaged/second-table.csv');
    expect(await text(page, 'kpi-revenue')).toBe('200.00');
    expect(await text(page, 'report-malformed')).toMatch(/^3 lines do not fit the table/);
  });
});
