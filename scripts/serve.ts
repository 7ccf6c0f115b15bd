// `npm run serve`: the built app on http://127.0.0.1:4173/, served as a static host should
// (scripts/static-app.ts): precompressed files, long caching for hashed assets only, and the
// Content-Security-Policy on every response.

import { createServer, type Server } from 'node:http';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { appHandler } from './static-app.ts';

/** The server `npm run serve` runs, not yet listening (test/e2e/compressed.test.ts starts one). */
export function createAppServer(distDir: string): Server {
  const handle = appHandler(distDir);
  return createServer((req, res) => {
    handle(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.env.PORT ?? 4173);
  createAppServer(fileURLToPath(new URL('../dist/', import.meta.url))).listen(port, '127.0.0.1', () => {
    console.log(`CVM Lab: http://127.0.0.1:${port}/`);
  });
}
