// How much of the offline copy is on the device: the build lists every precached file with its
// size (offline-manifest.json), the service worker's precache holds the ones fetched so far.

/** One precached file as the build lists it: `url` relative to the app's base, `size` in bytes. */
export interface PrecacheFile {
  url: string;
  size: number;
}

export interface PrecacheProgress {
  bytesDone: number;
  bytesTotal: number;
}

/**
 * Sums the sizes of the listed files that are already cached. Cached requests carry Workbox's
 * `?__WB_REVISION__=...` on files without a hash in their name, so files match by path alone;
 * a file listed twice counts once.
 */
export function precacheProgress(files: readonly PrecacheFile[], cachedUrls: readonly string[], base: string): PrecacheProgress {
  const cached = new Set(cachedUrls.map((url) => new URL(url, base).pathname));
  const sizes = new Map(files.map((file) => [new URL(file.url, base).pathname, file.size]));
  let bytesDone = 0;
  let bytesTotal = 0;
  for (const [path, size] of sizes) {
    bytesTotal += size;
    if (cached.has(path)) bytesDone += size;
  }
  return { bytesDone, bytesTotal };
}

/** Written by the build next to sw.js (vite.config.ts): the precached files as `PrecacheFile[]`. */
export const OFFLINE_MANIFEST_FILE = 'offline-manifest.json';
