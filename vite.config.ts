import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin } from 'vite';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OFFLINE_MANIFEST_FILE, type PrecacheFile } from './src/lib/pwa/precache-progress.ts';

// DuckDB-WASM ships a blocking build for browsers but its package exports do not name it;
// tsconfig.json maps the same name to its types.
const duckdbBrowserBlocking = fileURLToPath(
  new URL('./node_modules/@duckdb/duckdb-wasm/dist/duckdb-browser-blocking.mjs', import.meta.url),
);

// The page shows how much of the offline copy the service worker has saved on a first visit
// (src/app/offline-ready.svelte.ts); only the build knows the file sizes. Workbox hands them to
// manifestTransforms; this writes them next to sw.js and leaves the precache list unchanged.
// JSON is outside globPatterns, so the list is not precached itself.
let outDir = 'dist';
const rememberOutDir: Plugin = {
  name: 'cvm:remember-out-dir',
  apply: 'build',
  configResolved(config) {
    outDir = resolve(config.root, config.build.outDir);
  },
};
async function writeOfflineManifest<Entry extends PrecacheFile>(entries: Entry[]) {
  const files: PrecacheFile[] = entries.map(({ url, size }) => ({ url, size }));
  await writeFile(join(outDir, OFFLINE_MANIFEST_FILE), JSON.stringify(files));
  return { manifest: entries, warnings: [] };
}

/**
 * `npm run serve` serves built assets the way a static host should: their names carry a content
 * hash, so the browser may keep them for good. Without it the first visit downloads the 33 MB
 * engine twice (once for the page, once for the service worker's precache).
 */
const immutableAssets: Plugin = {
  name: 'cvm:immutable-assets',
  configurePreviewServer(server) {
    server.middlewares.use((req, res, next) => {
      if (req.url?.startsWith('/assets/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      next();
    });
  },
};

export default defineConfig({
  base: './',
  plugins: [
    rememberOutDir,
    immutableAssets,
    svelte(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: null,
      manifest: {
        name: 'CVM Lab',
        short_name: 'CVM Lab',
        description: 'Customer value management in your browser: RFM segments from your order history, nothing uploaded.',
        theme_color: '#1f3a5f',
        background_color: '#f6f7f9',
        display: 'standalone',
        start_url: './',
        id: './',
        scope: './',
        lang: 'en',
        categories: ['business', 'productivity'],
        // Rendered from icon.svg by scripts/make-icons.ts; the maskable one keeps its artwork in the safe zone.
        icons: [
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
        // Shown by install dialogs (Chromium's richer one needs a wide and a narrow one);
        // rendered from the demo shop by scripts/make-screenshots.ts.
        screenshots: [
          { src: 'screenshots/wide.png', sizes: '1920x1080', type: 'image/png', form_factor: 'wide', label: 'Customer segments of a demo shop: totals, scoring settings, recency × frequency heat map and segment chart' },
          { src: 'screenshots/narrow.png', sizes: '780x1688', type: 'image/png', form_factor: 'narrow', label: 'Recency × frequency heat map and segment chart on a phone' },
        ],
      },
      workbox: {
        // The DuckDB engine (about 34 MB) must be precached or the app is not usable offline.
        maximumFileSizeToCacheInBytes: 64 * 1024 * 1024,
        globPatterns: ['**/*.{js,css,html,svg,png,wasm,webmanifest}'],
        // The manifest's screenshots are for the install dialog, which needs the network anyway.
        globIgnores: ['**/node_modules/**/*', 'screenshots/**'],
        manifestTransforms: [writeOfflineManifest],
        clientsClaim: true,
        skipWaiting: false,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  resolve: { alias: { 'duckdb-wasm-browser-blocking': duckdbBrowserBlocking } },
  worker: { format: 'es' },
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm', 'parquet-wasm'] },
  build: { target: 'es2022', chunkSizeWarningLimit: 2048 },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], exclude: ['test/unit/**/*.svelte.test.ts'], environment: 'node' },
      },
      {
        // Rune state ($state, $derived, $effect) is tested on Svelte's client runtime: compiled for
        // the server, effects never run. The browser condition makes `svelte` itself the client's.
        extends: true,
        resolve: { conditions: ['browser'] },
        test: { name: 'state', include: ['test/unit/**/*.svelte.test.ts'], environment: './test/unit/helpers/client-environment.js' },
      },
      {
        extends: true,
        test: { name: 'sql', include: ['test/sql/**/*.test.ts'], environment: 'node', testTimeout: 180_000, hookTimeout: 60_000 },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // A poll's default second is too short for a file to open on a loaded 2-core machine.
          expect: { poll: { timeout: 15_000 } },
          // Two browsers at a time: most of a browser test is waiting (engine start, wasm compile, IndexedDB).
          maxWorkers: 2,
          globalSetup: ['test/e2e/global-setup.ts'],
        },
      },
    ],
  },
});
