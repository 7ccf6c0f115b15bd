// Steps the import browser tests share: a corpus file by its path under test/fixtures/import/,
// a test id's text, and back to the start page for the next file.
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

export const importFixture = (name: string) => fileURLToPath(new URL(`../../fixtures/import/${name}`, import.meta.url));

export const textOf = (page: Page, testid: string) => page.getByTestId(testid).innerText();

export async function analyse(page: Page) {
  await page.getByTestId('analyse').click();
  await page.getByTestId('results').waitFor();
}

export async function newFile(page: Page) {
  await page.getByTestId('new-file').click();
  await page.getByTestId('file-input').waitFor({ state: 'attached' });
}
