// Datasets and snapshots kept on the device, offline: the path. Import a CSV with the
// network off, score it, save a snapshot, reload offline, open the snapshot (no engine needed)
// and the dataset (no file needed): the same numbers each time. Then rename, delete, and the
// disk-full case, where nothing is half-written and what was kept before survives.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openSettings } from './helpers/import-steps';
import { engineReady, useApp } from './helpers/use-app';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const text = (page: Page, testid: string) => page.getByTestId(testid).innerText();
const kpis = async (page: Page) => ({
  customers: await text(page, 'kpi-customers'),
  purchases: await text(page, 'kpi-purchases'),
  revenue: await text(page, 'kpi-revenue'),
});

async function importFixture(page: Page, name: string) {
  await page.getByTestId('file-input').setInputFiles(path.join(FIXTURES, name));
  await page.getByTestId('analyse').click();
  await page.getByTestId('results').waitFor();
}

async function goHome(page: Page) {
  await page.getByTestId('app-home').click();
  await page.getByTestId('library').waitFor();
}

describe('datasets and snapshots kept on the device, offline', () => {
  const ctx = useApp({ width: 1280, height: 900, locale: 'en-GB', offline: true });

  it('imports and scores a CSV with the network off, and keeps it', async () => {
    const { page } = ctx;
    expect(await page.getByTestId('datasets-empty').isVisible()).toBe(true);
    await importFixture(page, 'orders-basic.csv');
    expect(await kpis(page)).toEqual({ customers: '4', purchases: '8', revenue: '$255.95' });
    await page.locator('[data-testid="keeping"][data-keeping="kept"]').waitFor();
  });

  it('saves a snapshot of the analysis with a name the user chose', async () => {
    const { page } = ctx;
    await openSettings(page);
    await page.getByTestId('bins-r').selectOption('2');
    await page.getByTestId('snapshot-start').click();
    await page.getByTestId('snapshot-name').fill('Before the campaign');
    await page.getByTestId('snapshot-save').click();
    expect(await page.getByTestId('snapshot-saved').innerText()).toContain('Before the campaign');
  });

  it('after an offline reload, opens the snapshot and shows the same numbers', async () => {
    const { page } = ctx;
    await page.reload();
    await page.getByTestId('library').waitFor();
    const snapshot = page.locator('[data-testid="snapshot-list"] li').filter({ hasText: 'Before the campaign' });
    await snapshot.waitFor();
    expect(await snapshot.innerText()).toContain('orders-basic.csv');
    await snapshot.getByTestId('item-open').click();
    await page.getByTestId('snapshot-banner').waitFor();
    expect(await kpis(page)).toEqual({ customers: '4', purchases: '8', revenue: '$255.95' });
    expect(await page.getByTestId('bins-r').inputValue()).toBe('2');
    // A snapshot is a record: its settings are shown, not changeable; its rows are not at hand.
    expect(await page.getByTestId('bins-r').isDisabled()).toBe(true);
    expect(await page.getByTestId('change-columns').count()).toBe(0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-csv').click()]);
    const csv = await download.createReadStream().then(async (stream) => {
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    });
    expect(csv.split('\n')[0]).toMatch(/^customer_id,recency_days,frequency,monetary,r,f,m,cell,segment/);
    expect(csv.trim().split('\n')).toHaveLength(1 + 4);
  });

  it('analyses the snapshot again from its kept dataset, with the snapshot\'s settings', async () => {
    const { page } = ctx;
    await engineReady(page);
    await page.getByTestId('snapshot-reanalyse').click();
    await expect.poll(() => page.getByTestId('snapshot-banner').count()).toBe(0);
    await expect.poll(() => page.getByTestId('busy').count()).toBe(0);
    expect(await kpis(page)).toEqual({ customers: '4', purchases: '8', revenue: '$255.95' });
    expect(await page.getByTestId('bins-r').inputValue()).toBe('2');
    expect(await page.getByTestId('bins-r').isDisabled()).toBe(false);
  });

  it('opens a snapshot even when the engine never starts', async () => {
    const { page } = ctx;
    // A stand-in for the engine's worker that never answers (while this tab asks for it): the page keeps "starting".
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('silent-engine')) return;
      class SilentWorker extends EventTarget {
        postMessage() {}
        terminate() {}
      }
      (globalThis as { Worker: unknown }).Worker = SilentWorker;
    });
    await page.evaluate(() => sessionStorage.setItem('silent-engine', '1'));
    await page.reload();
    await page.getByTestId('library').waitFor();
    const snapshot = page.locator('[data-testid="snapshot-list"] li').filter({ hasText: 'Before the campaign' });
    await snapshot.getByTestId('item-open').click();
    await page.getByTestId('snapshot-banner').waitFor();
    expect(await kpis(page)).toEqual({ customers: '4', purchases: '8', revenue: '$255.95' });
    expect(await page.getByTestId('engine-status').getAttribute('data-status')).toBe('starting');
    // Analysing again needs the engine: offered, but not until it is ready.
    expect(await page.getByTestId('snapshot-reanalyse').isDisabled()).toBe(true);
  });

  it('lists the dataset with its facts, opens it without the file, renames and deletes it', async () => {
    const { page } = ctx;
    await goHome(page);
    const dataset = page.locator('[data-testid="dataset-list"] li').filter({ hasText: 'orders-basic.csv' });
    expect(await dataset.getByTestId('dataset-facts').innerText()).toMatch(/^Rows: \d+ · customers: 5 · 5 Jan 2024 – /);
    // In rename mode the name is an input's value, which hasText does not see: hold the item by its id.
    const item = page.getByTestId((await dataset.getAttribute('data-testid'))!);
    await item.getByTestId('item-rename').click();
    await item.getByTestId('rename-input').fill('Shop, January');
    await item.getByTestId('rename-input').press('Enter');
    const renamed = page.locator('[data-testid="dataset-list"] li').filter({ hasText: 'Shop, January' });
    await renamed.waitFor();

    // Without the stand-in worker the engine starts again.
    await page.evaluate(() => sessionStorage.removeItem('silent-engine'));
    await page.reload();
    await engineReady(page);
    await renamed.getByTestId('item-open').click();
    await page.getByTestId('results').waitFor();
    expect(await kpis(page)).toEqual({ customers: '4', purchases: '8', revenue: '$255.95' });
    // The report is kept, the file's rows are not: it says so instead of offering their download.
    expect(await page.getByTestId('rows-not-kept').isVisible()).toBe(true);
    expect(await page.getByTestId('download-rejected').count()).toBe(0);
    await goHome(page);

    await renamed.getByTestId('item-delete').click();
    expect(await renamed.innerText()).toContain('1 snapshot stays');
    await renamed.getByTestId('delete-confirm').click();
    await page.getByTestId('datasets-empty').waitFor();
    // Its snapshot still opens, and says the dataset is gone.
    await page.locator('[data-testid="snapshot-list"] li').getByTestId('item-open').click();
    expect(await page.getByTestId('snapshot-banner').innerText()).toContain('no longer on this device');
    expect(await kpis(page)).toEqual({ customers: '4', purchases: '8', revenue: '$255.95' });
  });
});

describe('a full disk', () => {
  const ctx = useApp({ width: 390, height: 844, locale: 'en-GB' });

  it('says the dataset could not be kept, keeps the analysis on screen and what was kept before', async () => {
    const { page } = ctx;
    await importFixture(page, 'orders-basic.csv');
    await page.locator('[data-testid="keeping"][data-keeping="kept"]').waitFor();

    // The disk fills up: from now on the browser refuses to store data (a Blob), as it does when
    // the quota is exceeded, after the dataset's list record was already written in the same
    // transaction. (Chromium's DevTools quota override did not take effect on IndexedDB here.)
    await page.evaluate(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
        const full = (globalThis as { diskFull?: boolean }).diskFull;
        if (full && (value as { data?: unknown })?.data instanceof Blob) throw new DOMException('Quota exceeded', 'QuotaExceededError');
        return put.call(this, value, key);
      };
      (globalThis as { diskFull?: boolean }).diskFull = true;
    });
    await goHome(page);
    await page.getByTestId('load-demo').click();
    await page.getByTestId('results').waitFor();
    await expect.poll(() => page.getByTestId('keeping').getAttribute('data-keeping'), { timeout: 20_000 }).toBe('failed');
    expect(await page.getByTestId('error-banner').getAttribute('data-code')).toBe('storage_quota');
    expect(await page.getByTestId('error-banner').innerText()).toContain('Not enough storage space');
    expect(await text(page, 'kpi-customers')).toBe('5,000');

    await page.evaluate(() => ((globalThis as { diskFull?: boolean }).diskFull = false));
    await goHome(page);
    const names = await page.locator('[data-testid="dataset-list"] [data-testid="item-name"]').allInnerTexts();
    expect(names).toEqual(['orders-basic.csv']);
  });
});

describe('backup to another device', () => {
  const first = useApp({ width: 1280, height: 900, locale: 'en-GB' });
  const second = useApp({ width: 390, height: 844, locale: 'en-GB' });

  it('moves datasets and snapshots in one file and reports conflicts before writing', async () => {
    const { page } = first;
    await importFixture(page, 'orders-basic.csv');
    await page.locator('[data-testid="keeping"][data-keeping="kept"]').waitFor();
    await page.getByTestId('snapshot-start').click();
    await page.getByTestId('snapshot-save').click();
    await page.getByTestId('snapshot-saved').waitFor();
    await goHome(page);
    await page.getByTestId('lang-en').click(); // a chosen language is a stored setting
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('backup-create').click()]);
    expect(download.suggestedFilename()).toMatch(/^cvm-lab-backup-\d{4}-\d\d-\d\d\.cvmlab$/);
    const backupPath = await download.path();

    // Another device (a fresh browser profile), phone-sized.
    const other = second.page;
    await other.getByTestId('library').waitFor();
    await other.getByTestId('backup-file').setInputFiles(backupPath);
    expect(await other.getByTestId('restore-adds').innerText()).toBe('To add: datasets 1, snapshots 1, segment configurations 0, settings 2, surveys 0, survey answers 0, campaigns 0.');
    expect(await other.getByTestId('restore-conflicts').count()).toBe(0);
    await other.getByTestId('restore-apply').click();
    expect(await other.getByTestId('restore-done').innerText()).toContain('4 added');
    await other.locator('[data-testid="snapshot-list"] li').getByTestId('item-open').click();
    expect(await kpis(other)).toEqual({ customers: '4', purchases: '8', revenue: '$255.95' });
    await goHome(other);
    await other.locator('[data-testid="dataset-list"] li').getByTestId('item-open').click();
    await other.getByTestId('results').waitFor();
    await expect.poll(() => kpis(other)).toEqual({ customers: '4', purchases: '8', revenue: '$255.95' });

    // The same file again: everything is already there; a renamed dataset is still the same one,
    // but a language chosen differently is a conflict the user settles.
    await goHome(other);
    await other.getByTestId('lang-ru').click();
    await other.getByTestId('backup-file').setInputFiles(backupPath);
    await other.getByTestId('restore-conflicts').waitFor();
    expect(await other.getByTestId('restore-conflicts').innerText()).toContain('locale');
    await other.getByTestId('restore-apply').click();
    expect(await other.getByTestId('restore-done').innerText()).toContain('оставлено как было — 1');
    expect(await other.locator('html').getAttribute('lang')).toBe('ru');
    expect(await other.locator('[data-testid="dataset-list"] li').count()).toBe(1);

    // Not a backup: a specific message, nothing changed.
    await other.getByTestId('backup-file').setInputFiles(path.join(FIXTURES, 'orders-basic.csv'));
    expect(await other.getByTestId('backup-panel').getByTestId('error-banner').getAttribute('data-code')).toBe('backup_not_backup');
    expect(await other.locator('[data-testid="dataset-list"] li').count()).toBe(1);
  });
});

describe('two tabs', () => {
  const ctx = useApp({ width: 1280, height: 900, locale: 'en-GB' });

  it('a dataset kept in one tab appears in the other\'s list at once', async () => {
    const first = ctx.page;
    await first.getByTestId('library').waitFor();
    const second = await ctx.app.context.newPage();
    try {
      await second.goto(first.url());
      await engineReady(second);
      await importFixture(second, 'orders-basic.csv');
      await second.locator('[data-testid="keeping"][data-keeping="kept"]').waitFor();
      await first.locator('[data-testid="dataset-list"] li').filter({ hasText: 'orders-basic.csv' }).waitFor();
    } finally {
      await second.close();
    }
  });

  it('a dataset deleted in one tab stops saying "Kept on this device" in the other, whose results are open', async () => {
    const first = ctx.page;
    await engineReady(first);
    await first.locator('[data-testid="dataset-list"] li').filter({ hasText: 'orders-basic.csv' }).getByTestId('item-open').click();
    await first.locator('[data-testid="keeping"][data-keeping="kept"]').waitFor();
    const second = await ctx.app.context.newPage();
    try {
      await second.goto(first.url());
      const item = second.locator('[data-testid="dataset-list"] li').filter({ hasText: 'orders-basic.csv' });
      await item.getByTestId('item-delete').click();
      await item.getByTestId('delete-confirm').click();
      await second.getByTestId('datasets-empty').waitFor();
      await first.locator('[data-testid="keeping"][data-keeping="removed"]').waitFor();
      expect(await first.getByTestId('keeping').innerText()).toBe('Deleted from this device: open the file again to keep it');
      // The analysis on screen stays.
      expect(await first.getByTestId('kpi-customers').innerText()).toBe('4');
    } finally {
      await second.close();
    }
  });

  it('a tab opening a newer version of the database tells this one to reload, which then writes nothing', async () => {
    const page = ctx.page;
    const newer = await ctx.app.context.newPage();
    try {
      await newer.goto(page.url());
      // What a newer version of the app does on start: open the database at a higher version.
      await newer.evaluate(
        () =>
          new Promise<void>((resolve, reject) => {
            const request = indexedDB.open('cvm-lab', 99);
            request.onsuccess = () => {
              request.result.close();
              resolve();
            };
            request.onerror = () => reject(request.error);
          }),
      );
      await page.getByTestId('tab-replaced').waitFor();
      expect(await page.getByTestId('tab-replaced').innerText()).toContain('Reload this tab');
    } finally {
      await newer.close();
    }
  });
});
