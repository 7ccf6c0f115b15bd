// A new version of the app: the installed service worker finds a changed one, the page says a new
// version is ready, nothing reloads by itself, and after the user's click the page runs under the
// new worker with everything it had stored (here: the chosen language) still there.
import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { openApp } from './helpers/browser';
import { startStaticServer } from './helpers/static-server';
import { engineReady } from './helpers/use-app';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

it('offers a new version, reloads only when asked, and keeps what was stored', async () => {
  const root = await mkdtemp(join(tmpdir(), 'cvm-update-'));
  await cp(DIST, root, { recursive: true });
  const server = await startStaticServer(root);
  const app = await openApp(server.url, { width: 1280, height: 800, locale: 'en-GB' });
  try {
    const { page } = app;
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, { timeout: 60_000 });
    await engineReady(page);
    await page.getByTestId('lang-ru').click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('ru');
    const firstWorker = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);

    // "Deploy" a new version: a service worker that differs by one byte.
    await appendFile(join(root, 'sw.js'), '\n// next version\n');
    await page.reload();
    await page.getByTestId('update-ready').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('update-ready').innerText()).toContain('Готова новая версия');

    await Promise.all([page.waitForEvent('load'), page.getByTestId('update-reload').click()]);
    await engineReady(page);
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    expect(await page.getByTestId('update-ready').count()).toBe(0);
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(firstWorker);
    expect(app.foreignRequests()).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  } finally {
    await app.close();
    await server.stop();
    await rm(root, { recursive: true, force: true });
  }
});
