// What a first visit downloads from `npm run serve`: the engine's wasm and the app's code arrive
// brotli-compressed (34 MB of wasm as about 5 MB), the browser decompresses them, the engine
// starts, and the service worker's precache holds working plain copies: offline, after a reload,
// the engine starts again from it, and the screens and charts loaded on first use come from it too.
import { stat } from 'node:fs/promises';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect, inject, it } from 'vitest';
import { createAppServer } from '../../scripts/serve';
import { openApp } from './helpers/browser';
import { engineReady } from './helpers/use-app';

/** Status, Content-Encoding and body length of `path` asked for as a browser would. */
function head(url: string, acceptEncoding: string): Promise<{ status: number; encoding: string | undefined; length: number }> {
  return new Promise((resolve, reject) => {
    request(url, { method: 'HEAD', headers: { 'Accept-Encoding': acceptEncoding } }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, encoding: res.headers['content-encoding'], length: Number(res.headers['content-length']) });
    })
      .on('error', reject)
      .end();
  });
}

it('serves the engine and the code brotli-compressed, and the precached engine starts offline', async () => {
  const distDir = inject('distDir');
  const server = createAppServer(distDir);
  // The encoding of every full response the server sent, per path, as the browser received it.
  const encodings = new Map<string, string[]>();
  server.on('request', (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    res.on('finish', () => {
      if (res.statusCode === 200) encodings.set(path, [...(encodings.get(path) ?? []), String(res.getHeader('content-encoding') ?? 'identity')]);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const app = await openApp(baseUrl, { width: 390, height: 844 });
  try {
    const { page, context } = app;
    await engineReady(page);
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, { timeout: 60_000 });

    const html = await (await fetch(baseUrl)).text();
    const mainScript = /<script[^>]+src="\.?(\/assets\/index-[\w-]+\.js)"/.exec(html)?.[1];
    expect(mainScript).toBeDefined();
    const wasm = [...encodings.keys()].find((path) => /\/duckdb-eh-[\w-]+\.wasm$/.test(path));
    expect(wasm).toBeDefined();
    for (const path of [wasm!, mainScript!]) {
      const brotli = await head(new URL(`.${path}`, baseUrl).href, 'gzip, deflate, br');
      expect(brotli).toEqual({ status: 200, encoding: 'br', length: (await stat(join(distDir, `${path}.br`))).size });
      const gzip = await head(new URL(`.${path}`, baseUrl).href, 'gzip');
      expect(gzip.encoding).toBe('gzip');
      const plain = await head(new URL(`.${path}`, baseUrl).href, 'identity');
      expect(plain).toEqual({ status: 200, encoding: undefined, length: (await stat(join(distDir, path))).size });
    }
    // Chromium asks for brotli on a local origin too: the browser really got the compressed files.
    expect(encodings.get(wasm!)?.[0]).toBe('br');
    expect(encodings.get(mainScript!)?.[0]).toBe('br');
    expect((await stat(join(distDir, `${wasm}.br`))).size).toBeLessThan((await stat(join(distDir, wasm!))).size / 4);

    await context.setOffline(true);
    await page.reload();
    await engineReady(page);
    expect(await page.evaluate(() => navigator.serviceWorker.controller != null)).toBe(true);
    // The screens and Chart.js load when first shown: offline they come from the precache too.
    await page.getByTestId('load-demo').click();
    await page.getByTestId('results').waitFor();
    await page.waitForFunction(() => document.querySelector<HTMLCanvasElement>('[data-testid="segment-chart"]')?.style.boxSizing === 'border-box', undefined, { timeout: 30_000 });
    expect(app.foreignRequests()).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  } finally {
    await app.close();
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }
});
