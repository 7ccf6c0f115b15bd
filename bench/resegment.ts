// Measures how fast an edit in the segment editor re-segments Online Retail (issue 6: < 100 ms):
// `npm run build && npx tsx bench/resegment.ts`; prints the cell edits and an added rule, in ms.
import { openApp } from '../test/e2e/helpers/browser';
import { startStaticServer } from '../test/e2e/helpers/static-server';
import path from 'node:path';
const file = path.resolve(import.meta.dirname, '../../shared/data/online-retail/online_retail.csv');
const server = await startStaticServer(path.resolve(import.meta.dirname, '../dist') + '/');
const app = await openApp(server.url, { width: 1600, height: 1000, locale: 'en-GB' });
const page = app.page;
await page.locator('[data-testid="engine-status"][data-status="ready"]').waitFor({ state: 'attached', timeout: 60000 });
await page.getByTestId('file-input').setInputFiles(file);
await page.getByTestId('analyse').click();
await page.getByTestId('results').waitFor({ timeout: 120000 });
await page.getByTestId('edit-segments').click();
await page.getByTestId('editor').waitFor();
const name = page.getByTestId('archetype-champions').getByTestId('archetype-name');
await name.fill('Best'); await name.press('Tab');
await page.getByTestId('config-name').waitFor();
await page.waitForTimeout(1000);
await page.getByTestId('archetype-lost').getByTestId('brush').check();
const times: number[] = [];
const keys = ['5-5-5', '4-4-4', '3-3-3', '2-2-2', '5-4-3', '1-5-5', '2-3-4'];
for (const key of keys) {
  const before = await page.evaluate(() => performance.getEntriesByName('cvm:scored').length);
  await page.getByTestId(`cell-${key}`).click();
  await page.waitForFunction((n) => performance.getEntriesByName('cvm:scored').length > n, before);
  const ms = await page.evaluate(() => performance.getEntriesByName('cvm:scored').at(-1)!.startTime - performance.getEntriesByName('cvm:config-changed').at(-1)!.startTime);
  times.push(ms);
}
// The rule preset too.
const before = await page.evaluate(() => performance.getEntriesByName('cvm:scored').length);
await page.getByTestId('rule-add-forgotten').click();
await page.waitForFunction((n) => performance.getEntriesByName('cvm:scored').length > n, before);
const rule = await page.evaluate(() => performance.getEntriesByName('cvm:scored').at(-1)!.startTime - performance.getEntriesByName('cvm:config-changed').at(-1)!.startTime);
times.sort((a, b) => a - b);
console.log('cell edits ms', times.map((t) => t.toFixed(0)).join(' '), 'median', times[Math.floor(times.length / 2)].toFixed(0), '| add rule ms', rule.toFixed(0));
await app.close(); await server.stop();
