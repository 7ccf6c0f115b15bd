// Times the value, health and movement views on UCI Online Retail in the browser (issue 7 targets:
// value table and health series < 300 ms; a movement between two dates < 500 ms):
// `npm run build && npx tsx bench/value.ts`. Each figure is from the click (or date change) to the
// view's numbers on screen, median of five.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { openApp } from '../test/e2e/helpers/browser';
import { startStaticServer } from '../test/e2e/helpers/static-server';

const file = path.resolve(import.meta.dirname, '../../shared/data/online-retail/online_retail.csv');
const server = await startStaticServer(path.resolve(import.meta.dirname, '../dist') + '/');
const app = await openApp(server.url, { width: 1600, height: 1000, locale: 'en-GB' });
const page = app.page;
await page.locator('[data-testid="engine-status"][data-status="ready"]').waitFor({ state: 'attached', timeout: 60000 });
await page.getByTestId('file-input').setInputFiles(file);
await page.getByTestId('analyse').click();
await page.getByTestId('results').waitFor({ timeout: 120000 });

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timed(open: () => Promise<void>, ready: (page: Page) => Promise<unknown>, leave: () => Promise<void>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = Date.now();
    await open();
    await ready(page);
    times.push(Date.now() - start);
    await leave();
  }
  return times;
}

const tab = (name: string) => () => page.getByTestId(`view-${name}`).click();
const segments = () => page.getByTestId('view-segments').click();

const value = await timed(tab('value'), (p) => p.getByTestId('value-__total__-customers').waitFor(), segments);
const health = await timed(tab('health'), (p) => p.getByTestId('health-answer-aov').waitFor(), segments);
await page.getByTestId('view-movement').click();
await page.getByTestId('migration-matrix').waitFor({ timeout: 60000 });
const movement: number[] = [];
for (const days of [30, 91, 365, 60, 120]) {
  const asOf = await page.getByTestId('as-of').inputValue();
  const before = new Date(Date.parse(`${asOf}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
  const start = Date.now();
  await page.getByTestId('migration-before').fill(before);
  await page.getByTestId('migration-before').dispatchEvent('change');
  await page.waitForFunction((b) => document.querySelector('[data-testid="migration-matrix"]')?.getAttribute('data-before') === b, before);
  movement.push(Date.now() - start);
}
console.log(`value table ms ${value.join(' ')} median ${median(value)}`);
console.log(`health (series, answers, charts, cohorts) ms ${health.join(' ')} median ${median(health)}`);
console.log(`movement ms ${movement.join(' ')} median ${median(movement)}`);
await app.close();
await server.stop();
