// Real exports in the built app: a 1C file in Windows-1251, an Excel workbook whose orders are
// on its second sheet, a file full of dirty rows, and dates whose order the user must choose.
// Expected figures are the hand-computed ones of test/fixtures/import/*/manifest.json.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './helpers/browser';
import { analyse, importFixture as fixture, newFile, textOf as text } from './helpers/import-steps';
import { useApp } from './helpers/use-app';

async function importFile(page: Page, name: string) {
  await page.getByTestId('file-input').setInputFiles(fixture(name));
  await page.getByTestId('analyse').waitFor();
}

describe('real exports in the page', () => {
  let page: Page;
  useApp({ width: 1280, height: 900, locale: 'en-GB' }, async (opened) => {
    page = opened;
  });

  it('reads a 1C export in Windows-1251 with decimal commas and says how it read it', async () => {
    await importFile(page, 'encoding/1c-export-cp1251.csv');
    expect(await page.getByTestId('encoding').inputValue()).toBe('windows-1251');
    expect(await page.getByTestId('delimiter').inputValue()).toBe(';');
    await page.getByTestId('map-customer').selectOption('Контрагент');
    await page.getByTestId('map-date').selectOption('Дата');
    await page.getByTestId('mode-amount').check();
    await page.getByTestId('map-amount').selectOption('Сумма');
    await page.getByTestId('map-order').selectOption('Документ');
    await screenshot(page, 'e2e-mapping-1c');
    await analyse(page);
    expect(await text(page, 'kpi-revenue')).toBe('$24,048.35');
    expect(await text(page, 'report-encoding')).toBe('Text encoding: Windows-1251 (recognised from the Cyrillic letters).');
    expect(await text(page, 'report-decimal')).toMatch(/^Numbers are read with a decimal comma/);
    await newFile(page);
  });

  it('opens a workbook on the sheet that holds the orders and offers the other sheets', async () => {
    await importFile(page, 'excel/orders-two-sheets.xlsx');
    expect(await page.getByTestId('sheet').inputValue()).toBe('Orders');
    expect(await page.locator('[data-testid="sheet"] option').allInnerTexts()).toEqual(['Summary', 'Orders']);
    await page.getByTestId('sheet').selectOption('Summary');
    await expect.poll(() => page.getByTestId('error-banner').innerText()).toMatch(/No column of “orders-two-sheets\.xlsx” holds dates/);
    await page.getByTestId('other-file').click();
  });

  it('reports every kind of dirty row, downloads the rows not used, and drops duplicates on request', async () => {
    await importFile(page, 'dirty/dirty-rows.csv');
    await analyse(page);
    expect(await text(page, 'kpi-revenue')).toBe('$525.00');
    expect(await text(page, 'report-future-date')).toMatch(/^1 row is dated after today/);
    // The examples' text is read after the segments are drawn.
    await expect.poll(() => text(page, 'report-returns')).toContain('row 9: “-25.00”');
    expect(await text(page, 'report-duplicates')).toContain('row 11 repeats row 10');
    expect(await text(page, 'report-id-variants')).toContain('AB12 / ab 12');
    await screenshot(page, 'e2e-report-dirty');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-rejected').click()]);
    expect(download.suggestedFilename()).toBe('dirty-rows-not-used.csv');
    const lines = (await readFile((await download.path())!, 'utf8')).trim().split('\n');
    expect(lines[0]).toBe('row,reason,order,customer,date,amount');
    // Spreadsheet rows: the header is row 1, so the first data row is row 2.
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(['3', '4', '5', '6', '7']);

    await page.getByTestId('change-columns').click();
    await page.getByTestId('drop-duplicates').check();
    await analyse(page);
    expect(await text(page, 'kpi-revenue')).toBe('$325.00');
    expect(await text(page, 'report-duplicates')).toMatch(/^1 line item that repeats within an order was dropped/);
    await newFile(page);
  });

  it('keeps the analysed file readable while other files are opened (small files are read into the engine’s memory)', async () => {
    await importFile(page, 'dirty/dirty-rows.csv');
    await analyse(page);
    // Two more files opened, neither analysed: the copy of the first is what the results on screen need.
    await newFile(page);
    for (const other of ['dirty/placeholder-dates.csv', 'locale/dates-iso-time.csv']) {
      await page.getByTestId('file-input').setInputFiles(fixture(other));
      await page.getByTestId('analyse').waitFor();
      await page.getByTestId('other-file').click();
    }
    await page.getByTestId('back-to-results').click();
    expect(await text(page, 'kpi-revenue')).toBe('$525.00');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-rejected').click()]);
    const lines = (await readFile((await download.path())!, 'utf8')).trim().split('\n');
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(['3', '4', '5', '6', '7']);
    await newFile(page);
  });

  it('reads a workbook whose cells hold line breaks (Alt+Enter) from the first rows', async () => {
    await importFile(page, 'excel/orders-multiline.xlsx');
    await analyse(page);
    expect(await text(page, 'kpi-revenue')).toBe('$200.00');
    expect(await text(page, 'kpi-customers')).toBe('3');
    await newFile(page);
  });

  it('leaves "no date" placeholders out, says so, and takes older orders in when the user moves the earliest date', async () => {
    await importFile(page, 'dirty/placeholder-dates.csv');
    await analyse(page);
    expect(await text(page, 'kpi-revenue')).toBe('$40.00');
    expect(await text(page, 'kpi-customers')).toBe('3');
    expect(await text(page, 'report-early-date')).toMatch(/^3 rows are dated before 1 Jan 1990, .* If they are real orders, choose an earlier date on the column screen\./);
    // The examples' text is read after the segments are drawn.
    await expect.poll(() => text(page, 'report-early-date')).toContain('row 3: “0001-01-01”');
    expect(await text(page, 'report-id-control')).toContain('row 8: “C␡”');

    await page.getByTestId('change-columns').click();
    await page.getByTestId('earliest-date').fill('1900-01-01');
    await analyse(page);
    expect(await text(page, 'kpi-revenue')).toBe('$47.00');
    expect(await text(page, 'report-early-date')).toMatch(/^2 rows are dated before 1 Jan 1900/);
    await newFile(page);
  });

  it('asks for the date order when every date fits both, and reads them as chosen', async () => {
    await importFile(page, 'locale/dates-ambiguous.csv');
    await page.getByTestId('analyse').click();
    await expect.poll(() => page.getByTestId('error-banner').innerText()).toMatch(/fit both day\/month and month\/day order \(for example “01\/02\/2024”\)/);
    await page.getByTestId('date-order').selectOption('month-first');
    await analyse(page);
    // Nothing needs a decision: the report starts folded, one click opens it.
    const report = page.getByTestId('import-report');
    expect(await report.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    await report.locator('summary').click();
    expect(await text(page, 'report-date-order')).toBe('Dates are read month first, as you chose.');
    expect(await text(page, 'kpi-customers')).toBe('2');
  });
});
