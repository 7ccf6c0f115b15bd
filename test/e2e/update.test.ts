// A new version of the app: the installed service worker finds a changed one, the page says a new
// version is ready, nothing reloads by itself, and after the user's click the page runs under the
// new worker with everything it had stored (a dataset, a snapshot, the chosen language) still there.
import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, inject, it } from 'vitest';
import { openApp } from './helpers/browser';
import { startStaticServer } from './helpers/static-server';
import { engineReady } from './helpers/use-app';

const FIXTURE = fileURLToPath(new URL('../fixtures/orders-basic.csv', import.meta.url));

it('offers a new version, reloads only when asked, and keeps what was stored', async () => {
  const root = await mkdtemp(join(tmpdir(), 'cvm-update-'));
  await cp(inject('distDir'), root, { recursive: true });
  const server = await startStaticServer(root);
  const app = await openApp(server.url, { width: 1280, height: 800, locale: 'en-GB' });
  try {
    const { page } = app;
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, { timeout: 60_000 });
    await engineReady(page);
    // Stored before the update: a dataset with a snapshot, and the chosen language.
    await page.getByTestId('file-input').setInputFiles(FIXTURE);
    await page.getByTestId('analyse').click();
    await page.locator('[data-testid="keeping"][data-keeping="kept"]').waitFor();
    await page.getByTestId('snapshot-start').click();
    await page.getByTestId('snapshot-save').click();
    await page.getByTestId('snapshot-saved').waitFor();
    await page.getByTestId('app-home').click();
    await page.getByTestId('lang-ru').click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('ru');
    const firstWorker = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);

    // "Deploy" a new version: a service worker that differs by one byte. A deploy replaces the
    // file's compressed copies too; without them the server sends the plain new one.
    await appendFile(join(root, 'sw.js'), '\n// next version\n');
    await Promise.all(['sw.js.br', 'sw.js.gz'].map((copy) => rm(join(root, copy))));
    await page.reload();
    await page.getByTestId('update-ready').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('update-ready').innerText()).toContain('Готова новая версия');

    await Promise.all([page.waitForEvent('load'), page.getByTestId('update-reload').click()]);
    await engineReady(page);
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    expect(await page.getByTestId('update-ready').count()).toBe(0);
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(firstWorker);
    expect(await page.locator('[data-testid="dataset-list"] [data-testid="item-name"]').allInnerTexts()).toEqual(['orders-basic.csv']);
    await page.locator('[data-testid="snapshot-list"] li').getByTestId('item-open').click();
    expect(await page.getByTestId('kpi-revenue').innerText()).toBe('255,95\u00a0₽');
    expect(app.foreignRequests()).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  } finally {
    await app.close();
    await server.stop();
    await rm(root, { recursive: true, force: true });
  }
});
