// The first visit on a phone costs what it downloads. The engine page fetch and the service
// worker's precache both want the 33 MB DuckDB wasm; served with long-lived caching (as hashed
// assets should be, and as `npm run serve` does) the browser fetches it from the server once.
import { expect, inject, it } from 'vitest';
import { openApp } from './helpers/browser';
import { startStaticServer } from './helpers/static-server';
import { engineReady } from './helpers/use-app';

it('downloads each engine file once on the first visit, then works from the offline copy', async () => {
  const server = await startStaticServer(inject('distDir'));
  const app = await openApp(server.url, { width: 390, height: 844 });
  try {
    const { page } = app;
    await engineReady(page);
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, { timeout: 60_000 });
    const wasm = [...server.hits].filter(([file]) => file.endsWith('.wasm'));
    expect(wasm.map(([file]) => file.replace(/-[\w-]{8}\.wasm$/, '.wasm')).sort()).toEqual([
      '/assets/duckdb-eh.wasm',
      '/assets/parquet_wasm_bg.wasm',
    ]);
    expect(wasm.map(([, count]) => count)).toEqual([1, 1]);
    expect(app.foreignRequests()).toEqual([]);
  } finally {
    await app.close();
    await server.stop();
  }
});
