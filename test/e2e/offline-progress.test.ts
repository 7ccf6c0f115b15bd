// The first visit says how much of the offline copy is saved while the service worker installs,
// with the real size of what it precaches, then that the app is ready to work offline, then
// hides; a later visit, already controlled by the worker, shows nothing.
// The DuckDB engine is served a few seconds late so the download can be watched on localhost.
import { readFile, stat } from 'node:fs/promises';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect, inject, it } from 'vitest';
import { openApp } from './helpers/browser';
import { engineReady } from './helpers/use-app';

const ENGINE_DELAY_MS = 4_000;

/** Passes every request on to `target`, holding back those whose path matches `slow`. */
async function startDelayingProxy(target: string, slow: RegExp): Promise<{ url: string; stop(): Promise<void> }> {
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    setTimeout(
      () => {
        const upstream = httpRequest(new URL(path, target), { method: req.method, headers: req.headers }, (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        });
        upstream.on('error', () => res.destroy());
        req.pipe(upstream);
      },
      slow.test(path) ? ENGINE_DELAY_MS : 0,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Bytes of every file the built service worker precaches, each counted once. */
async function precachedBytes(distDir: string): Promise<number> {
  const sw = await readFile(join(distDir, 'sw.js'), 'utf8');
  const urls = new Set([...sw.matchAll(/url:"([^"]+)"/g)].map((match) => match[1]!));
  expect(urls.size).toBeGreaterThan(5);
  const sizes = await Promise.all([...urls].map(async (url) => (await stat(join(distDir, url))).size));
  return sizes.reduce((sum, size) => sum + size, 0);
}

it('shows the offline download on the first visit with its real size, then ready, and nothing once installed', async () => {
  const distDir = inject('distDir');
  const total = await precachedBytes(distDir);
  const proxy = await startDelayingProxy(inject('baseUrl'), /duckdb-eh-[^/]*\.wasm/);
  const app = await openApp(proxy.url, { width: 1280, height: 800, locale: 'en-GB' });
  try {
    const { page } = app;
    const status = page.getByTestId('offline-progress');
    await page.locator('[data-testid="offline-progress"][data-state="preparing"]').waitFor({ timeout: 30_000 });
    expect(Number(await status.getAttribute('data-bytes-total'))).toBe(total);
    // Everything but the held-back engine arrives first: part of the total, not all of it.
    await expect
      .poll(async () => ({ state: await status.getAttribute('data-state'), done: Number(await status.getAttribute('data-bytes-done')) }))
      .toMatchObject({ state: 'preparing', done: expect.toSatisfy((done: number) => done > 0 && done < total) });
    expect(await status.innerText()).toMatch(new RegExp(`^Preparing offline use: [\\d.]+ (KB|MB) of ${Math.round(total / 2 ** 20)} MB$`));

    await page.locator('[data-testid="offline-progress"][data-state="ready"]').waitFor({ timeout: 60_000 });
    expect(await status.innerText()).toBe('Ready to work offline.');
    await status.waitFor({ state: 'detached', timeout: 15_000 });
    expect(await page.evaluate(() => navigator.serviceWorker.controller != null)).toBe(true);

    // A later visit: record whether the status ever enters the page, from the first paint on.
    await page.addInitScript(() => {
      const seen = { offlineProgress: false };
      (window as unknown as { seen: typeof seen }).seen = seen;
      new MutationObserver(() => {
        if (document.querySelector('[data-testid="offline-progress"]')) seen.offlineProgress = true;
      }).observe(document, { childList: true, subtree: true });
    });
    await page.reload();
    await engineReady(page);
    await page.waitForTimeout(1_500);
    expect(await page.evaluate(() => (window as unknown as { seen: { offlineProgress: boolean } }).seen.offlineProgress)).toBe(false);

    expect(app.foreignRequests()).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  } finally {
    await app.close();
    await proxy.stop();
  }
});
