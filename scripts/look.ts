// Developer tool: opens the built app in Debian Chromium, walks the main path and saves
// screenshots to test-results/screenshots/ for a person to look at (npm run look).
import { startStaticServer } from '../test/e2e/helpers/static-server';
import { openApp, screenshot } from '../test/e2e/helpers/browser';

const server = await startStaticServer(new URL('../dist/', import.meta.url).pathname);
const widths = process.argv.includes('--quick') ? [1280] : [390, 1920];
for (const width of widths) {
  for (const locale of ['en', 'ru']) {
    const app = await openApp(server.url, { width, height: width < 600 ? 844 : 1080, locale });
    const { page } = app;
    page.on('console', (m) => m.type() === 'error' && console.log('console:', m.text()));
    await page.waitForSelector('[data-testid="engine-status"][data-status="ready"]', { timeout: 60_000 }).catch(() => undefined);
    await screenshot(page, `${width}-${locale}-1-import`);
    await page.click('[data-testid="load-demo"]');
    await page.waitForSelector('[data-testid="results"]', { timeout: 60_000 });
    await page.waitForTimeout(800);
    await screenshot(page, `${width}-${locale}-3-results`);
    await page.screenshot({ path: `test-results/screenshots/${width}-${locale}-3-results-full.png`, fullPage: true });
    // Value, health and movement views.
    for (const view of ['value', 'health', 'movement'] as const) {
      await page.click(`[data-testid="view-${view}"]`);
      const ready = { value: 'value-table table', health: 'health-table', movement: 'migration-flow' }[view];
      await page.waitForSelector(`[data-testid="${ready.split(' ')[0]}"]${ready.includes(' ') ? ' table' : ''}`, { state: 'attached', timeout: 60_000 });
      await page.waitForTimeout(1200);
      await page.locator('.tabs').scrollIntoViewIfNeeded();
      await screenshot(page, `${width}-${locale}-3a-${view}`);
      await page.screenshot({ path: `test-results/screenshots/${width}-${locale}-3a-${view}-full.png`, fullPage: true });
    }
    await page.click('[data-testid="view-segments"]');
    // The segment editor: the preset, then the Forgotten rule added (which makes the user's copy).
    await page.click('[data-testid="edit-segments"]');
    await page.waitForSelector('[data-testid="editor"]');
    await screenshot(page, `${width}-${locale}-3b-editor`);
    await page.locator('[data-testid="cell-grid"]').scrollIntoViewIfNeeded();
    await screenshot(page, `${width}-${locale}-3c-editor-cells`);
    await page.click('[data-testid="rule-add-forgotten"]');
    await page.waitForSelector('[data-testid="rule-forgotten"]');
    await page.waitForTimeout(500);
    await page.locator('[data-testid="rule-list"]').scrollIntoViewIfNeeded();
    await screenshot(page, `${width}-${locale}-3d-editor-rules`);
    await page.click('[data-testid="editor-done"]');
    await page.waitForSelector('[data-testid="results"]');
    await page.click('[data-testid="change-columns"]');
    await page.waitForSelector('[data-testid="analyse"]');
    await screenshot(page, `${width}-${locale}-2-mapping`);
    // A real export with every kind of dirty row: the reading options and the import report.
    await page.click('[data-testid="other-file"]');
    await page.setInputFiles('[data-testid="file-input"]', new URL('../test/fixtures/import/dirty/dirty-rows.csv', import.meta.url).pathname);
    await page.waitForSelector('[data-testid="reading-options"]');
    await page.locator('[data-testid="reading-options"]').scrollIntoViewIfNeeded();
    await screenshot(page, `${width}-${locale}-4-reading-options`);
    await page.click('[data-testid="analyse"]');
    await page.waitForSelector('[data-testid="import-report"]');
    await page.locator('[data-testid="import-report"]').scrollIntoViewIfNeeded();
    await screenshot(page, `${width}-${locale}-5-import-report`);
    // Kept on the device: a snapshot, the start page's lists, the snapshot view, the backup plan.
    await page.click('[data-testid="snapshot-start"]');
    await page.click('[data-testid="snapshot-save"]');
    await page.waitForSelector('[data-testid="snapshot-saved"]');
    await page.locator('.title-row').scrollIntoViewIfNeeded();
    await screenshot(page, `${width}-${locale}-6-snapshot-saved`);
    await page.click('[data-testid="app-home"]');
    await page.locator('[data-testid="library"]').scrollIntoViewIfNeeded();
    await screenshot(page, `${width}-${locale}-7-library`);
    await page.locator('[data-testid="library"]').screenshot({ path: `test-results/screenshots/${width}-${locale}-7-library-whole.png` });
    await page.locator('[data-testid="snapshot-list"] [data-testid="item-open"]').first().click();
    await page.waitForSelector('[data-testid="snapshot-banner"]');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, `${width}-${locale}-8-snapshot`);
    await page.click('[data-testid="app-home"]');
    await page.locator('[data-testid="dataset-list"] [data-testid="item-delete"]').first().click();
    await page.locator('[data-testid="dataset-list"] [data-testid="delete-confirm"]').scrollIntoViewIfNeeded();
    await page.locator('[data-testid="library"]').screenshot({ path: `test-results/screenshots/${width}-${locale}-9-delete-confirm.png` });
    console.log(width, locale, 'foreign:', app.foreignRequests(), 'errors:', app.pageErrors);
    await app.close();
  }
}
await server.stop();
