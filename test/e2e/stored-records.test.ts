// Nothing stored can lock the app (issue 20, item 2). Records as a newer version, a tampered
// backup or an old bug could leave them are written straight into IndexedDB: after a reload the
// app starts with defaults, the demo and a kept dataset still open, the start page lists what was
// set aside with what is wrong, and removing them works. A backup holding such records restores
// the rest and leaves them out; a backup whose part was changed is refused before anything is written.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { configFromPreset } from '../../src/lib/archetypes/presets';
import { writeBackup } from '../../src/lib/storage/backup-file';
import { DB_VERSION } from '../../src/lib/storage/schema';
import { engineReady, useApp } from './helpers/use-app';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const setAsideItems = (page: Page) => page.locator('[data-testid="set-aside"] li');

async function goHome(page: Page) {
  await page.getByTestId('app-home').click();
  await page.getByTestId('library').waitFor();
}

/** Writes records into the app's database as they are, past every check of the app. */
async function writeStraight(page: Page, records: { store: string; key?: string; value: unknown }[]) {
  await page.evaluate(async (records) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('cvm-lab');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction([...new Set(records.map((r) => r.store))], 'readwrite');
    for (const r of records) {
      if (r.key === undefined) tx.objectStore(r.store).put(r.value);
      else tx.objectStore(r.store).put(r.value, r.key);
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, records);
}

/** A copy of the kept dataset (with its orders) whose row count is NaN: the list showed "NaN rows" and opening it hung. */
async function copyKeptWithNaNFacts(page: Page) {
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const open = indexedDB.open('cvm-lab');
      open.onsuccess = () => resolve(open.result);
    });
    const tx = db.transaction(['datasets', 'dataset-orders'], 'readwrite');
    const all = <T,>(request: IDBRequest<T>) => new Promise<T>((resolve) => (request.onsuccess = () => resolve(request.result)));
    const [kept] = await all(tx.objectStore('datasets').getAll());
    const [orders] = await all(tx.objectStore('dataset-orders').getAll());
    tx.objectStore('datasets').put({ ...kept, id: 'nan-shop', name: 'NaN shop', summary: { ...kept.summary, rows: Number.NaN } });
    tx.objectStore('dataset-orders').put({ ...orders, id: 'nan-shop' });
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  });
}

describe('records this version cannot use are set aside', () => {
  const ctx = useApp({ width: 1280, height: 900, locale: 'en-GB' });
  const fresh = useApp({ width: 1280, height: 900, locale: 'en-GB' });
  let backupPath = '';

  it('keeps a dataset and a snapshot of it', async () => {
    const { page } = ctx;
    await page.getByTestId('file-input').setInputFiles(path.join(FIXTURES, 'orders-basic.csv'));
    await page.getByTestId('analyse').click();
    await page.getByTestId('results').waitFor();
    await page.locator('[data-testid="keeping"][data-keeping="kept"]').waitFor();
    await page.getByTestId('snapshot-start').click();
    await page.getByTestId('snapshot-save').click();
    await page.getByTestId('snapshot-saved').waitFor();
    await goHome(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('backup-create').click()]);
    backupPath = (await download.path())!;
  });

  it('starts with defaults, lists what is set aside, and the demo and the kept dataset still open', async () => {
    const { page } = ctx;
    const brokenDate = { ...configFromPreset('default', { r: 4, f: 4, m: 4 }, 'broken-date'), name: 'Broken date', updatedAt: 'sometime' };
    await copyKeptWithNaNFacts(page);
    await writeStraight(page, [
      { store: 'settings', key: 'locale', value: 'xx-<b>' },
      { store: 'settings', key: 'bins', value: { r: 9, f: 5, m: 5 } },
      { store: 'settings', key: 'method', value: 'kmeans' },
      // Set as the default for new analyses: its grid differs, so it would be remapped from its date.
      { store: 'settings', key: 'archetypes', value: 'broken-date' },
      { store: 'archetype-configs', value: brokenDate },
      { store: 'snapshots', value: { id: 'broken-snapshot', name: 'Broken snapshot', datasetId: 'x' } },
    ]);
    await page.reload();
    await engineReady(page);
    await page.locator('[data-testid="library"][data-loaded="true"]').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('[data-testid="dataset-list"] li').count()).toBe(1);
    expect(await page.locator('[data-testid="snapshot-list"] li').count()).toBe(1);
    expect(await page.getByTestId('dataset-facts').innerText()).not.toContain('NaN');

    await expect.poll(() => setAsideItems(page).count()).toBe(6);
    const listed = await setAsideItems(page).allInnerTexts();
    expect(listed.join('\n')).toContain('Setting “locale”: the value: this version does not know it');
    expect(listed.join('\n')).toContain('Setting “bins”: r: out of range');
    expect(listed.join('\n')).toContain('Dataset “NaN shop”: summary.rows: out of range');
    expect(listed.join('\n')).toContain('Snapshot “Broken snapshot”: savedAt: missing');
    expect(listed.join('\n')).toContain('Segment configuration “Broken date”: updatedAt: not a readable date');

    await page.getByTestId('load-demo').click();
    await page.getByTestId('results').waitFor({ timeout: 60_000 });
    await goHome(page);
    await page.locator('[data-testid="dataset-list"] li').filter({ hasText: 'orders-basic.csv' }).getByTestId('item-open').click();
    await page.getByTestId('results').waitFor();
    await expect.poll(() => page.getByTestId('kpi-customers').innerText()).toBe('4');
    await goHome(page);
  });

  it('removes what was set aside, for good', async () => {
    const { page } = ctx;
    for (let left = 6; left > 0; left--) {
      const first = setAsideItems(page).first();
      await first.getByTestId('set-aside-remove').click();
      await first.getByTestId('set-aside-confirm').click();
      await expect.poll(() => setAsideItems(page).count()).toBe(left - 1);
    }
    expect(await page.getByTestId('set-aside').count()).toBe(0);
    await page.reload();
    await page.locator('[data-testid="library"][data-loaded="true"]').waitFor();
    // The demo shop opened above is kept too.
    expect(await page.locator('[data-testid="dataset-list"] [data-testid="item-name"]').allInnerTexts()).toContain('orders-basic.csv');
    expect(await page.locator('[data-testid="snapshot-list"] li').count()).toBe(1);
    expect(await page.getByTestId('set-aside').count()).toBe(0);
  });

  it('restores a backup holding unusable records without them, and says which and why', async () => {
    const { page } = ctx;
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'cvm-backup-')), 'mixed.cvmlab');
    const backup = await writeBackup({
      createdAt: '2026-11-30T10:00:00.000Z',
      schemaVersion: DB_VERSION,
      entries: [
        { store: 'settings', key: 'locale', value: 'de' },
        { store: 'settings', key: 'currency', value: 'EUR' },
        { store: 'snapshots', key: 'broken', value: { id: 'broken', name: 'Broken snapshot' } },
      ],
    });
    await writeFile(file, new Uint8Array(await backup.arrayBuffer()));
    await page.getByTestId('backup-file').setInputFiles(file);
    await page.getByTestId('restore-plan').waitFor();
    expect(await page.getByTestId('restore-adds').innerText()).toBe(
      'To add: datasets 0, snapshots 0, segment configurations 0, settings 1, surveys 0, survey answers 0, campaigns 0.',
    );
    expect(await page.locator('[data-testid="restore-left-out"] li').allInnerTexts()).toEqual([
      'Setting “locale”: the value: this version does not know it (perhaps a newer one wrote it).',
      'Snapshot “Broken snapshot”: savedAt: missing.',
    ]);
    await page.getByTestId('restore-apply').click();
    expect(await page.getByTestId('restore-done').innerText()).toContain('1 added');
    expect(await page.getByTestId('restore-done').innerText()).toContain('Left out as unusable: 2.');
    expect(await page.getByTestId('set-aside').count()).toBe(0);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    // A record twice crashed the plan (each_key_duplicate) or was counted twice: the file is refused.
    const twice = path.join(path.dirname(file), 'twice.cvmlab');
    const record = { store: 'settings' as const, key: 'currency', value: 'USD' };
    const duplicated = await writeBackup({ createdAt: '2026-11-30T10:00:00.000Z', schemaVersion: DB_VERSION, entries: [record, record] });
    await writeFile(twice, new Uint8Array(await duplicated.arrayBuffer()));
    await page.getByTestId('backup-file').setInputFiles(twice);
    const banner = page.getByTestId('backup-panel').getByTestId('error-banner');
    await banner.waitFor();
    expect(await banner.innerText()).toContain('“twice.cvmlab” is damaged (record 2 is in it twice). Nothing was restored.');
    expect(await page.getByTestId('restore-plan').count()).toBe(0);
  });

  it('refuses a backup whose part was changed, before writing anything', async () => {
    const page = fresh.page;
    await page.getByTestId('library').waitFor();
    const bytes = new Uint8Array(await readFile(backupPath));
    bytes[bytes.length - 12] ^= 0xff; // inside the last part: the snapshot's customers
    const file = path.join(path.dirname(backupPath), 'changed.cvmlab');
    await writeFile(file, bytes);
    await page.getByTestId('backup-file').setInputFiles(file);
    const banner = page.getByTestId('backup-panel').getByTestId('error-banner');
    await banner.waitFor();
    expect(await banner.getAttribute('data-code')).toBe('backup_damaged');
    expect(await banner.innerText()).toMatch(/part \d does not match its checksum\)\. Nothing was restored\./);
    expect(await page.getByTestId('restore-plan').count()).toBe(0);
    expect(await page.getByTestId('datasets-empty').isVisible()).toBe(true);
    expect(await page.getByTestId('snapshots-empty').isVisible()).toBe(true);

    // The file as it was restores whole, and its dataset opens.
    await page.getByTestId('backup-file').setInputFiles(backupPath);
    await page.getByTestId('restore-apply').click();
    expect(await page.getByTestId('restore-done').innerText()).toMatch(/Restored: [1-9]\d* added/);
    await page.locator('[data-testid="dataset-list"] li').getByTestId('item-open').click();
    await page.getByTestId('results').waitFor();
    await expect.poll(() => page.getByTestId('kpi-customers').innerText()).toBe('4');
  });
});
