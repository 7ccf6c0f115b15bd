// Shop-platform exports and damaged files in the built app, with no column mapped by hand:
// the platform is recognised from its layout, statuses that are not purchases are left out, a
// line-item export counts each order's total once, and lines that do not fit the table are
// counted. Expected figures are the hand-computed ones of test/fixtures/import/*/manifest.json.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './helpers/browser';
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
    // Its Currency column says EUR: money is shown in euros, not in the language's dollars.
    await expect.poll(() => text(page, 'currency-guess')).toBe('Money is in EUR (from the column “Currency”).');
    await analyse(page);
    expect(await text(page, 'kpi-revenue')).toBe('€180.00');
    expect(await text(page, 'kpi-customers')).toBe('3');
    await newFile(page);
  });

  it('a WooCommerce orders export: the customer is the billing e-mail, not the empty customer note', async () => {
    await analyseAsGuessed(page, 'platforms/woocommerce-orders.csv');
    expect(await text(page, 'kpi-revenue')).toBe('$215.50');
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
    expect(await text(page, 'kpi-revenue')).toBe('$225.50');
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
    expect(await text(page, 'kpi-revenue')).toBe('$215.50');
    expect(await text(page, 'kpi-customers')).toBe('3');
    await newFile(page);
  });

  it('a second table below the first: the first is read, the other lines counted and shown', async () => {
    await analyseAsGuessed(page, 'damaged/second-table.csv');
    expect(await text(page, 'kpi-revenue')).toBe('$200.00');
    expect(await text(page, 'report-malformed')).toMatch(/^3 lines do not fit the table/);
    await newFile(page);
  });

  it('a row with a field more, a repeated header and a totals line: each said as what it is, and listed in the rows not used', async () => {
    await analyseAsGuessed(page, 'damaged/mixed-damage.csv');
    expect(await text(page, 'kpi-revenue')).toBe('$150.00');
    // 3 rows read, and the three lines that are none: 6 lines under the header.
    expect(await page.getByTestId('import-report').locator('summary').innerText()).toMatch(/^3 of 6 rows used/);
    expect(await text(page, 'report-malformed')).toContain('line 3 of the file: “C2,2024-01-06,50.00,extra”');
    expect(await text(page, 'report-repeated-header')).toMatch(/^1 row repeats the header inside the data/);
    expect(await text(page, 'report-totals')).toContain('row 6: “Итого”');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-rejected').click()]);
    const lines = (await readFile((await download.path())!, 'utf8')).trim().split('\n');
    expect(lines.slice(1)).toEqual([
      // Data rows plus the header row, as the report numbers them; the line left out (line 3) is
      // no data row, so the repeated header (line 4 of the file) is row 3.
      '3,the header repeated inside the data,customer,date,amount',
      '6,"a totals line, no order",Итого,,150.00',
      ',"line 3 of the file does not fit the table: C2,2024-01-06,50.00,extra",,,',
    ]);
    await screenshot(page, 'e2e-report-damaged');
  });
});
