// Serves the built app (dist/) once for all browser tests; tests read the address
// with `inject('baseUrl')`.
//
// This runs in vitest's main process, the tests in a worker process: a test cannot
// stop this server. A test that needs to take the server down (offline behaviour)
// starts its own with `startStaticServer(inject('distDir'))`, which also keeps a
// failure there from breaking the files that run after it.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from './helpers/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the shared server serves dist/, for example `http://127.0.0.1:40123/`. */
    baseUrl: string;
    /** Absolute path of dist/. */
    distDir: string;
  }
}

export default async function setup({ provide }: TestProject): Promise<() => Promise<void>> {
  // CVM_DIST_DIR lets two builds be tested side by side (a build elsewhere, dist/ untouched).
  const distDir = process.env.CVM_DIST_DIR?.replace(/\/?$/, '/') ?? fileURLToPath(new URL('../../dist/', import.meta.url));
  if (!existsSync(`${distDir}index.html`)) {
    throw new Error(`${distDir}index.html does not exist: run npm run build first.`);
  }
  const server = await startStaticServer(distDir);
  provide('baseUrl', server.url);
  provide('distDir', distDir);
  return () => server.stop();
}
