// A kept dataset is known by its file's content (issue 19, item 4): a second export with the same
// name, header and byte size but one digit changed is another dataset, and a snapshot of the first
// analyses the first again. When a snapshot's dataset does hold other data, the snapshot says so
// before it is analysed again.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { engineReady, useApp } from './helpers/use-app';

const HEADER = 'customer,date,amount\n';
const ROWS = ['C1,2024-01-05,1500.00', 'C2,2024-02-10,3000.00', 'C3,2024-03-15,2500.00', 'C1,2024-04-20,1000.00', 'C4,2024-05-25,2500.00'];
const first = HEADER + ROWS.join('\n') + '\n';
// One digit changed: 2500.00 becomes 9500.00.
const second = first.replace('C4,2024-05-25,2500.00', 'C4,2024-05-25,9500.00');

const revenue = (page: Page) => page.getByTestId('kpi-revenue').innerText();

async function importText(page: Page, text: string) {
  await page.getByTestId('file-input').setInputFiles({ name: 'orders.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
  await page.getByTestId('analyse').click();
  await page.getByTestId('results').waitFor();
  await page.locator('[data-testid="keeping"][data-keeping="kept"]').waitFor();
}

async function goHome(page: Page) {
  await page.getByTestId('app-home').click();
  await page.getByTestId('library').waitFor();
}

async function openSnapshot(page: Page) {
  await page.locator('[data-testid="snapshot-list"] li').getByTestId('item-open').click();
  await page.getByTestId('snapshot-banner').waitFor();
}

/**
 * What restoring another device's backup with "replace" can do: the dataset the snapshot was made
 * from now holds the other file's orders, under the same id.
 */
function replaceSnapshotDataset(page: Page): Promise<void> {
  return page.evaluate(async () => {
    const request = indexedDB.open('cvm-lab');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = <T,>(store: string) =>
      new Promise<T[]>((resolve) => {
        const get = db.transaction(store).objectStore(store).getAll();
        get.onsuccess = () => resolve(get.result as T[]);
      });
    const [snapshot] = await all<{ datasetId: string }>('snapshots');
    const other = (await all<{ id: string }>('datasets')).find((d) => d.id !== snapshot.datasetId)!;
    const orders = (await all<{ id: string }>('dataset-orders')).find((o) => o.id === other.id)!;
    const tx = db.transaction(['datasets', 'dataset-orders'], 'readwrite');
    tx.objectStore('datasets').put({ ...other, id: snapshot.datasetId });
    tx.objectStore('dataset-orders').put({ ...orders, id: snapshot.datasetId });
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  });
}

describe('two files with the same name, header and size', () => {
  const ctx = useApp({ width: 1280, height: 900, locale: 'en-GB' });

  it('are kept as two datasets', async () => {
    const { page } = ctx;
    expect(Buffer.byteLength(first)).toBe(Buffer.byteLength(second));
    await importText(page, first);
    expect(await revenue(page)).toBe('$10,500.00');
    await page.getByTestId('snapshot-start').click();
    await page.getByTestId('snapshot-name').fill('First export');
    await page.getByTestId('snapshot-save').click();
    await page.getByTestId('snapshot-saved').waitFor();

    await goHome(page);
    await importText(page, second);
    expect(await revenue(page)).toBe('$17,500.00');
    await goHome(page);
    expect(await page.locator('[data-testid="dataset-list"] [data-testid="item-name"]').allInnerTexts()).toEqual(['orders.csv (2)', 'orders.csv']);
  });

  it('a snapshot of the first analyses the first again, not the second', async () => {
    const { page } = ctx;
    await openSnapshot(page);
    expect(await revenue(page)).toBe('$10,500.00');
    expect(await page.getByTestId('snapshot-changed').count()).toBe(0);
    await page.getByTestId('snapshot-reanalyse').click();
    await expect.poll(() => page.getByTestId('snapshot-banner').count(), { timeout: 20_000 }).toBe(0);
    await expect.poll(() => page.getByTestId('busy').count(), { timeout: 20_000 }).toBe(0);
    expect(await revenue(page)).toBe('$10,500.00');
  });

  it('a snapshot whose dataset now holds other data says so, before and instead of analysing it as the same', async () => {
    const { page } = ctx;
    await replaceSnapshotDataset(page);
    await page.reload();
    await engineReady(page);
    const listed = page.locator('[data-testid="snapshot-list"] li');
    expect(await listed.getByTestId('snapshot-changed').innerText()).toContain('has changed');
    await openSnapshot(page);
    // The snapshot's own numbers, and a notice that its dataset is no longer that data.
    expect(await revenue(page)).toBe('$10,500.00');
    expect(await page.getByTestId('snapshot-banner').getByTestId('snapshot-changed').innerText()).toContain('other data');
    const again = page.getByTestId('snapshot-reanalyse');
    expect(await again.innerText()).toBe('Analyse its current data');
    await again.click();
    await expect.poll(() => page.getByTestId('snapshot-banner').count(), { timeout: 20_000 }).toBe(0);
    await expect.poll(() => page.getByTestId('busy').count(), { timeout: 20_000 }).toBe(0);
    expect(await revenue(page)).toBe('$17,500.00');
  });
});
