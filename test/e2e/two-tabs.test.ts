// Two tabs of one browser edit the same segment configuration: a change in one shows in the other
// without a reload, the other's next edit builds on it instead of writing over it, a configuration
// deleted in one tab does not come back with the other's next edit, and a version written by a tab
// that did not announce it (an older copy of the app still open) is never overwritten: both stay.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { engineReady, useApp } from './helpers/use-app';

const cellOf = (page: Page, key: string) => page.getByTestId(`cell-${key}`).getAttribute('data-archetype');
const nameIn = (page: Page) => page.getByTestId('config-name').inputValue();
const segmentTable = (page: Page) => page.locator('[data-testid="editor"] table').last().innerText();

async function settled(page: Page) {
  await expect.poll(() => page.getByTestId('busy').count()).toBe(0);
}

async function openEditor(page: Page) {
  await page.getByTestId('load-demo').click();
  await page.getByTestId('results').waitFor();
  await page.getByTestId('edit-segments').click();
  await page.getByTestId('editor').waitFor();
}

async function rename(page: Page, name: string) {
  const input = page.getByTestId('config-name');
  await input.fill(name);
  await input.press('Tab');
}

async function paint(page: Page, archetype: string, cell: string) {
  await page.getByTestId(`archetype-${archetype}`).getByTestId('brush').check();
  await page.getByTestId(`cell-${cell}`).click();
  await settled(page);
}

/** The configurations as stored, read straight from IndexedDB. */
function storedConfigs(page: Page): Promise<{ id: string; name: string; cells: Record<string, string> }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('cvm-lab');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('archetype-configs').objectStore('archetype-configs').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/** What a tab without the channel does (an older copy of the app): writes a newer version and tells nobody. */
function writeUnannounced(page: Page, id: string, name: string): Promise<void> {
  return page.evaluate(
    ([id, name]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('cvm-lab');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('archetype-configs', 'readwrite');
          const store = tx.objectStore('archetype-configs');
          const get = store.get(id);
          get.onsuccess = () => store.put({ ...get.result, name, revision: (get.result.revision ?? 0) + 1, updatedAt: new Date().toISOString() });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [id, name],
  );
}

describe('two tabs edit and delete one segment configuration', () => {
  const ctx = useApp({ width: 1280, height: 1000, locale: 'en-GB' });
  let other: Page;
  let id = '';

  it('opens the editor on the same configuration in two tabs', async () => {
    const { page } = ctx;
    await openEditor(page);
    // The first edit of a preset makes the user's own copy.
    await paint(page, 'lost', '5-5-5');
    await page.getByTestId('config-name').waitFor();
    await rename(page, 'Shared');
    await expect.poll(async () => (await storedConfigs(page)).map((c) => c.name)).toEqual(['Shared']);
    id = await page.getByTestId('config-select').inputValue();

    other = await ctx.app.context.newPage();
    await other.goto(inject('baseUrl'));
    await engineReady(other);
    await openEditor(other);
    await other.getByTestId('config-select').selectOption(id);
    await settled(other);
    expect(await nameIn(other)).toBe('Shared');
  });

  it('a rename in one tab shows in the other, and the other tab\'s next edit keeps it', async () => {
    const { page } = ctx;
    await rename(page, 'Renamed in the first tab');
    await expect.poll(() => nameIn(other)).toBe('Renamed in the first tab');

    await paint(other, 'champions', '1-1-1');
    await expect.poll(() => cellOf(page, '1-1-1')).toBe('champions');
    expect(await nameIn(page)).toBe('Renamed in the first tab');
    // The analysis on screen is segmented again with the other tab's edit: both count alike.
    await settled(page);
    await expect.poll(() => segmentTable(page)).toBe(await segmentTable(other));
    const [stored] = await storedConfigs(page);
    expect(stored.name).toBe('Renamed in the first tab');
    expect(stored.cells['1-1-1']).toBe('champions');
    expect(stored.cells['5-5-5']).toBe('lost');
  });

  it('a configuration deleted in one tab does not come back with the other tab\'s next edit', async () => {
    const { page } = ctx;
    await page.getByTestId('config-delete').click();
    await page.getByTestId('config-delete-confirm').click();
    await page.getByTestId('preset-note').waitFor();

    const notice = other.getByTestId('sync-notice');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('“Renamed in the first tab” was deleted in another tab');
    // Editing on regardless: nothing is written back.
    await paint(other, 'lost', '1-1-1');
    expect(await storedConfigs(page)).toEqual([]);

    // Kept as new on purpose: both tabs list it again.
    await other.getByTestId('sync-keep').click();
    await expect.poll(async () => (await storedConfigs(page)).map((c) => c.name)).toEqual(['Renamed in the first tab']);
    await expect.poll(() => page.locator('[data-testid="config-select"] option').allInnerTexts()).toContain('Renamed in the first tab');
    expect(await notice.count()).toBe(0);
    id = await other.getByTestId('config-select').inputValue();
  });

  it('a version written meanwhile and not announced is never overwritten: the edit is kept as a copy', async () => {
    const { page } = ctx;
    await writeUnannounced(page, id, 'Written by an older tab');
    await paint(other, 'champions', '2-2-2');

    const notice = other.getByTestId('sync-notice');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('“Renamed in the first tab (this tab)”');
    const stored = await storedConfigs(page);
    expect(stored.map((c) => c.name).sort()).toEqual(['Renamed in the first tab (this tab)', 'Written by an older tab']);
    // The copy holds this tab's edit; the other version is as it was written.
    expect(stored.find((c) => c.name.endsWith('(this tab)'))?.cells['2-2-2']).toBe('champions');
    expect(stored.find((c) => c.id === id)?.cells['2-2-2']).not.toBe('champions');
    expect(await nameIn(other)).toBe('Renamed in the first tab (this tab)');
    await other.close();
  });
});

describe('two tabs edit one survey', () => {
  const ctx = useApp({ width: 1280, height: 900, locale: 'en-GB' });
  let other: Page;
  const names = (page: Page) => page.getByTestId('survey-name').allInnerTexts();

  it('a survey made in one tab shows in the other without a reload', async () => {
    const { page } = ctx;
    other = await ctx.app.context.newPage();
    await other.goto(inject('baseUrl'));
    await other.getByTestId('open-surveys').click();
    await other.getByTestId('surveys-empty').waitFor();

    await page.getByTestId('open-surveys').click();
    await page.getByTestId('survey-new').click();
    await page.getByTestId('survey-name-input').fill('Shop survey');
    await page.getByTestId('survey-save').click();
    await page.getByTestId('survey-item').waitFor();
    await expect.poll(() => names(other)).toEqual(['Shop survey']);
  });

  it('both tabs edit it: the later save is kept as a copy beside the earlier one, and says so', async () => {
    const { page } = ctx;
    await page.getByTestId('survey-edit').click();
    await other.getByTestId('survey-edit').click();
    await page.getByTestId('survey-name-input').fill('Renamed in the first tab');
    await page.getByTestId('survey-save').click();
    await page.getByTestId('survey-item').waitFor();

    await other.getByTestId('survey-name-input').fill('Renamed in the second tab');
    await other.getByTestId('survey-save').click();
    const notice = other.getByTestId('sync-notice');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('“Renamed in the second tab (this tab)”');
    expect((await names(other)).sort()).toEqual(['Renamed in the first tab', 'Renamed in the second tab (this tab)']);
    await expect.poll(async () => (await names(page)).sort()).toEqual(['Renamed in the first tab', 'Renamed in the second tab (this tab)']);
  });

  it('a survey deleted in one tab leaves the other tab\'s list at once', async () => {
    const { page } = ctx;
    const item = page.getByTestId('survey-item').filter({ hasText: 'Renamed in the first tab' }).filter({ hasNotText: '(this tab)' });
    await item.getByTestId('survey-delete').click();
    await item.getByTestId('survey-delete-confirm').click();
    await expect.poll(() => names(other)).toEqual(['Renamed in the second tab (this tab)']);
    await other.close();
  });
});
