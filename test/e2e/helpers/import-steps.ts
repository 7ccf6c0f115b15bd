// Steps the import browser tests share: a corpus file by its path under test/fixtures/import/,
// a test id's text, and back to the start page for the next file.
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

export const importFixture = (name: string) => fileURLToPath(new URL(`../../fixtures/import/${name}`, import.meta.url));

/**
 * A test id's text as the user reads it: an item inside a closed <details> (the import report
 * folds to one line unless something needs a decision) is read after opening it, as a user would.
 */
export async function textOf(page: Page, testid: string): Promise<string> {
  const element = page.getByTestId(testid);
  await element.evaluate((node) => {
    const details = node.closest('details');
    if (details && !details.open && !node.closest('summary')) details.open = true;
  });
  return element.innerText();
}

/** Opens the scoring settings panel (folded to one line on the results page) if it is closed. */
export async function openSettings(page: Page): Promise<void> {
  const panel = page.getByTestId('settings-panel');
  if (!(await panel.evaluate((el) => (el as HTMLDetailsElement).open))) await panel.locator('summary').first().click();
}

export async function analyse(page: Page) {
  await page.getByTestId('analyse').click();
  await page.getByTestId('results').waitFor();
}

export async function newFile(page: Page) {
  await page.getByTestId('new-file').click();
  await page.getByTestId('file-input').waitFor({ state: 'attached' });
}
