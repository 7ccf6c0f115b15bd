import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin } from 'vite';
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OFFLINE_MANIFEST_FILE, type PrecacheFile } from './src/lib/pwa/precache-progress.ts';
import { cspMetaTag } from './scripts/csp-meta-plugin.ts';

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
 * Precompressed copies of every text asset and of the wasm files, next to each file (.br, .gz),
 * for a static server that serves them with Content-Encoding (scripts/static-app.ts, and any real
 * host that can): the 34 MB engine is then a 5 MB download on the first visit. Node's zlib does
 * both formats; a plugin would add a dependency for these few lines, and this step runs after the
 * service worker is written, so sw.js and the Workbox runtime get copies too. Brotli quality for the
 * large files (the two wasm engines), measured on the 34 MB DuckDB wasm here: 9 takes 4 s for
 * 5.92 MB, 10 takes 32 s for 5.38 MB, 11 about 90 s for 5.19 MB. 10 keeps a fresh clone's build
 * (CI, every test run there) within a minute for 0.2 MB more on a first visit; small files get the
 * best quality, which costs nothing at their size. zlib's async calls run on libuv's threads, so
 * the files are compressed side by side.
 */
const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|webmanifest|wasm)$/;
// The engine's wasm is the same file from build to build: its copies are kept by content hash, so
// only the first build after a DuckDB upgrade pays the half minute of brotli. Small files are quick
// and change with every build: they are not kept.
const COMPRESSED_CACHE = fileURLToPath(new URL('./node_modules/.cache/cvm-precompress/', import.meta.url));

const CACHED_FROM_BYTES = 1024 * 1024;
const LARGE_FILE_QUALITY = 10;

async function compressedCopy(plain: Buffer, format: 'br' | 'gz'): Promise<Buffer> {
  if (plain.length < CACHED_FROM_BYTES) return pack(plain, format);
  const cached = join(COMPRESSED_CACHE, `${createHash('sha256').update(plain).digest('hex')}.${format}`);
  try {
    return await readFile(cached);
  } catch {
    const packed = await pack(plain, format);
    await mkdir(COMPRESSED_CACHE, { recursive: true });
    // Renamed into place: a build stopped halfway leaves no truncated copy to be reused.
    await writeFile(`${cached}.part`, packed);
    await rename(`${cached}.part`, cached);
    return packed;
  }
}

function pack(plain: Buffer, format: 'br' | 'gz'): Promise<Buffer> {
  return format === 'br'
    ? brotli(plain, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: plain.length < CACHED_FROM_BYTES ? zlib.constants.BROTLI_MAX_QUALITY : LARGE_FILE_QUALITY, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: plain.length } })
    : gzip(plain, { level: 9 });
}

const precompress: Plugin = {
  name: 'cvm:precompress',
  apply: 'build',
  closeBundle: {
    order: 'post',
    sequential: true,
    async handler() {
      const files = (await readdir(outDir, { recursive: true })).filter((file) => COMPRESSIBLE.test(file));
      await Promise.all(
        files.flatMap((file) =>
          (['br', 'gz'] as const).map(async (format) => {
            const path = join(outDir, file);
            const plain = await readFile(path);
            const packed = await compressedCopy(plain, format);
            // A copy that saves nothing would only cost the server a lookup.
            if (packed.length < plain.length) await writeFile(`${path}.${format}`, packed);
          }),
        ),
      );
    },
  },
};

export default defineConfig({
  base: './',
  plugins: [
    rememberOutDir,
    svelte(),
    cspMetaTag(),
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
        // The .br and .gz copies are the same files in another encoding: the browser decompresses
        // what the server sends, so the precache stores each file once, plain.
        globIgnores: ['**/node_modules/**/*', 'screenshots/**', '**/*.br', '**/*.gz'],
        manifestTransforms: [writeOfflineManifest],
        clientsClaim: true,
        skipWaiting: false,
        cleanupOutdatedCaches: true,
      },
    }),
    precompress,
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
