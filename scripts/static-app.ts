// How the built app (dist/) is served, in one place: `npm run serve` (scripts/serve.ts) and the
// browser tests (test/e2e/helpers/static-server.ts) use the same handler, so the tests see what
// a user of `npm run serve` gets.
//
// sirv serves the build's precompressed copies (.br, .gz) with their Content-Encoding when the
// browser accepts it: the 34 MB engine then arrives as about 5 MB. The browser decompresses, so
// the page and the service worker's precache both hold the plain file.

import type { IncomingMessage, ServerResponse } from 'node:http';
import sirv from 'sirv';
import { CSP_HEADER } from './content-security-policy.ts';

/**
 * Serves `distDir`; `next` runs for a path with no file. `live` looks each file up on every
 * request instead of once at start, for tests that change the files while the server runs.
 */
export function appHandler(distDir: string, { live = false } = {}): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  return sirv(distDir, {
    dev: live,
    brotli: true,
    gzip: true,
    // Weak validators: a no-cache file is revalidated with a 304 instead of downloaded again.
    etag: true,
    // The app has one page and keeps the screen in memory: no path needs the SPA fallback.
    single: false,
    setHeaders(res, pathname) {
      // Every response, not only the page: a worker and the service worker take their policy
      // from their own script's headers, so the engine's worker is held to it too.
      res.setHeader('Content-Security-Policy', CSP_HEADER);
      // Built assets carry a content hash in their name, so the browser may keep them for good
      // (the service worker's precache then reuses the engine the page already fetched). The page,
      // the service worker and the files it reads must be checked on every visit, or an update
      // would never be seen.
      res.setHeader('Cache-Control', pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
}
