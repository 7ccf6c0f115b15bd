// A static file server for the built app (dist/), for the browser tests. It serves dist/ with
// the handler `npm run serve` uses (scripts/static-app.ts): precompressed copies with their
// Content-Encoding and the same cache rules, so the tests load what a user downloads.
// It can stop and start again on the same port: the origin stays the same, so a
// service worker and its caches installed before the stop still apply after it.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { appHandler } from '../../../scripts/static-app.ts';

export interface StaticServer {
  /** `http://127.0.0.1:<port>/`, the same across stop() and start(). */
  readonly url: string;
  readonly port: number;
  readonly running: boolean;
  /** Closes the listener and drops open keep-alive connections, so the next request fails to connect. */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
  /** How many times each path was served (200) since the server started. */
  readonly hits: ReadonlyMap<string, number>;
}

/** Serves `root` on 127.0.0.1; `port` 0 (the default) picks a free port. */
export async function startStaticServer(root: string, port = 0): Promise<StaticServer> {
  // Live: some tests change files in dist/ while it is served (a new deploy).
  const handle = appHandler(resolve(root), { live: true });
  const hits = new Map<string, number>();
  let server: Server | null = null;
  let boundPort = port;

  async function listen(): Promise<void> {
    const next = createServer((req, res) => {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
      res.on('finish', () => {
        if (res.statusCode === 200) hits.set(pathname, (hits.get(pathname) ?? 0) + 1);
      });
      handle(req, res, () => {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      });
    });
    await new Promise<void>((resolveListen, rejectListen) => {
      next.once('error', rejectListen);
      next.listen(boundPort, '127.0.0.1', () => {
        next.off('error', rejectListen);
        resolveListen();
      });
    });
    boundPort = (next.address() as AddressInfo).port;
    server = next;
  }

  await listen();

  return {
    get url() {
      return `http://127.0.0.1:${boundPort}/`;
    },
    get port() {
      return boundPort;
    },
    get running() {
      return server !== null;
    },
    hits,
    async stop() {
      const current = server;
      if (!current) return;
      server = null;
      await new Promise<void>((resolveClose) => {
        current.close(() => resolveClose());
        // Chromium keeps idle connections open; without this close() waits for them.
        current.closeAllConnections();
      });
    },
    async start() {
      if (server) return;
      await listen();
    },
  };
}
