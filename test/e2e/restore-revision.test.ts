// A backup restored over a survey or a configuration edited since: the restore writes above the
// revision stored (revision.ts, backup.ts) and tells every tab, itself included, so each shows the
// restored version and its next edit is saved over it as usual. Before, the restore wrote the
// backup's own (lower) revision and told nobody: the other tab kept showing its own edit and its
// next save was taken for a conflict and kept as a copy (failed on the merged build), and the
// restoring tab's editor kept the configuration it had read before the restore (failed on the
// build that announced the restore to other tabs only).
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useApp } from './helpers/use-app';

const names = (page: Page) => page.getByTestId('survey-name').allInnerTexts();

async function goHome(page: Page) {
  await page.getByTestId('app-home').click();
  await page.getByTestId('library').waitFor();
}

/** The records of a store, read straight from IndexedDB. */
function stored(page: Page, store: 'surveys' | 'archetype-configs'): Promise<{ name: string; revision?: number }[]> {
  return page.evaluate(
    (store) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('cvm-lab');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}
const storedSurveys = (page: Page) => stored(page, 'surveys');
const storedConfigs = async (page: Page) => (await stored(page, 'archetype-configs')).map((c) => [c.name, c.revision]);

async function rename(page: Page, name: string) {
  await page.getByTestId('survey-edit').click();
  await page.getByTestId('survey-name-input').fill(name);
  await page.getByTestId('survey-save').click();
  await page.getByTestId('survey-item').waitFor();
}

describe('a restore over a survey another tab edited', () => {
  const ctx = useApp({ width: 1280, height: 900, locale: 'en-GB' });

  it('shows the restored survey in both tabs, and the next edit of each is saved over it without a copy', async () => {
    const { page } = ctx;
    await page.getByTestId('open-surveys').click();
    await page.getByTestId('survey-new').click();
    await page.getByTestId('survey-name-input').fill('Shop survey');
    await page.getByTestId('survey-save').click();
    await page.getByTestId('survey-item').waitFor();
    await goHome(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('backup-create').click()]);
    const backupPath = (await download.path())!;

    const other = await ctx.app.context.newPage();
    await other.goto(inject('baseUrl'));
    await other.getByTestId('open-surveys').click();
    await expect.poll(() => names(other)).toEqual(['Shop survey']);
    await rename(other, 'Renamed in the other tab');
    await expect.poll(async () => (await storedSurveys(page)).map((s) => [s.name, s.revision])).toEqual([['Renamed in the other tab', 2]]);

    await page.getByTestId('backup-file').setInputFiles(backupPath);
    await page.getByTestId('restore-conflicts').waitFor();
    await page.locator('[data-testid^="resolve-survey:"]').selectOption('replace');
    await page.getByTestId('restore-apply').click();
    expect(await page.getByTestId('restore-done').innerText()).toContain('1 replaced');
    expect((await storedSurveys(page)).map((s) => [s.name, s.revision])).toEqual([['Shop survey', 3]]);
    await expect.poll(() => names(other)).toEqual(['Shop survey']);

    // The restoring tab's own list follows the restore too.
    await page.getByTestId('open-surveys').click();
    await expect.poll(() => names(page)).toEqual(['Shop survey']);
    await rename(page, 'Edited here after the restore');
    expect(await page.getByTestId('sync-notice').count()).toBe(0);
    await expect.poll(() => names(other)).toEqual(['Edited here after the restore']);

    await rename(other, 'Edited there after the restore');
    expect(await other.getByTestId('sync-notice').count()).toBe(0);
    expect((await storedSurveys(page)).map((s) => [s.name, s.revision])).toEqual([['Edited there after the restore', 5]]);
    await other.close();
  });
});

describe('a restore over a configuration this tab edited since', () => {
  const ctx = useApp({ width: 1280, height: 1000, locale: 'en-GB' });

  async function openEditor(page: Page) {
    await page.getByTestId('load-demo').click();
    await page.getByTestId('results').waitFor();
    await page.getByTestId('edit-segments').click();
    await page.getByTestId('editor').waitFor();
  }
  async function renameConfig(page: Page, name: string) {
    const input = page.getByTestId('config-name');
    await input.fill(name);
    await input.press('Tab');
  }

  it('shows the restored configuration in the editor, whose next edit is saved over it without a copy', async () => {
    const { page } = ctx;
    await openEditor(page);
    // The first edit of a preset makes the user's own copy.
    await page.getByTestId('archetype-lost').getByTestId('brush').check();
    await page.getByTestId('cell-5-5-5').click();
    await renameConfig(page, 'Backed up');
    await expect.poll(() => storedConfigs(page)).toEqual([['Backed up', 2]]);
    const id = await page.getByTestId('config-select').inputValue();
    await goHome(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('backup-create').click()]);
    const backupPath = (await download.path())!;

    await openEditor(page);
    await page.getByTestId('config-select').selectOption(id);
    await renameConfig(page, 'Renamed since');
    await expect.poll(() => storedConfigs(page)).toEqual([['Renamed since', 3]]);
    await goHome(page);
    await page.getByTestId('backup-file').setInputFiles(backupPath);
    await page.getByTestId(`resolve-config:${id}`).selectOption('replace');
    await page.getByTestId('restore-apply').click();
    await page.getByTestId('restore-done').waitFor();
    expect(await storedConfigs(page)).toEqual([['Backed up', 4]]);

    await openEditor(page);
    await page.getByTestId('config-select').selectOption(id);
    await expect.poll(() => page.getByTestId('config-name').inputValue()).toBe('Backed up');
    await renameConfig(page, 'Edited after the restore');
    await expect.poll(() => storedConfigs(page)).toEqual([['Edited after the restore', 5]]);
    expect(await page.getByTestId('sync-notice').count()).toBe(0);
  });
});
