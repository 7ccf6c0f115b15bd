// axe-core on every screen of the main path, on a phone and a laptop, each in both languages:
// no serious or critical violation (contrast, names of controls, labels, landmarks, ARIA).
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './helpers/axe';
import { useApp } from './helpers/use-app';

async function screens(page: Page): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  const check = async (name: string) => {
    // Charts are drawn a frame or two after the page: let them settle before checking.
    await page.waitForTimeout(300);
    found[name] = await seriousViolations(page);
  };
  await check('import');
  await page.getByTestId('load-demo').click();
  await page.getByTestId('results').waitFor({ timeout: 60_000 });
  await check('results: segments');
  for (const [view, ready] of [
    ['value', 'value-__total__-customers'],
    ['health', 'health-answer-aov'],
    ['movement', 'migration-matrix'],
    // The demo shop's own survey is the tab's first source.
    ['surveys', 'survey-sources'],
  ] as const) {
    await page.getByTestId(`view-${view}`).click();
    await page.getByTestId(ready).waitFor({ timeout: 60_000 });
    await check(`results: ${view}`);
  }
  await page.getByTestId('edit-segments').click();
  await page.getByTestId('editor').waitFor();
  await check('editor');
  await page.getByTestId('editor-done').click();
  await page.getByTestId('change-columns').click();
  await page.getByTestId('analyse').waitFor();
  await check('mapping');
  // A shop export with a status column: the mapping screen lists its statuses as checkboxes.
  await page.getByTestId('other-file').click();
  await page.getByTestId('file-input').setInputFiles(fileURLToPath(new URL('../fixtures/import/platforms/woocommerce-orders.csv', import.meta.url)));
  await page.getByTestId('status-counts').first().waitFor();
  await check('mapping: order statuses');
  return found;
}

describe.each([
  { width: 390, height: 844, locale: 'en-GB' },
  { width: 390, height: 844, locale: 'ru-RU' },
  { width: 1280, height: 800, locale: 'en-GB' },
  { width: 1280, height: 800, locale: 'ru-RU' },
])('accessibility at $width px ($locale)', (options) => {
  const ctx = useApp(options);

  it('has no serious or critical axe violation on the start page, the results and their views (the Survey tab included), the editor and the mapping (with order statuses)', async () => {
    const found = await screens(ctx.page);
    expect(Object.keys(found)).toHaveLength(9);
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((name) => [name, []])));
  });
});
