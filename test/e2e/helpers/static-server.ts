// A small static file server for the built app (dist/), for the browser tests.
// It can stop and start again on the same port: the origin stays the same, so a
// service worker and its caches installed before the stop still apply after it.

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

export function mimeType(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

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
  const rootDir = resolve(root);
  const hits = new Map<string, number>();
  let server: Server | null = null;
  let boundPort = port;

  async function listen(): Promise<void> {
    const next = createServer((req, res) => {
      void serveFile(hits, rootDir, req.method ?? 'GET', req.url ?? '/', res);
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

async function serveFile(
  hits: Map<string, number>,
  rootDir: string,
  method: string,
  rawUrl: string,
  res: ServerResponse,
): Promise<void> {
  if (method !== 'GET' && method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(rawUrl, 'http://localhost').pathname);
  } catch {
    res.writeHead(400).end();
    return;
  }
  let file = resolve(join(rootDir, pathname));
  if (file !== rootDir && !file.startsWith(rootDir + sep)) {
    res.writeHead(403).end();
    return;
  }
  try {
    let info = await stat(file);
    if (info.isDirectory()) {
      file = join(file, 'index.html');
      info = await stat(file);
    }
    // Built assets carry a content hash in their name: like a real static host, let the browser
    // keep them (the service worker's precache then reuses the engine the page already fetched).
    const caching = pathname.startsWith('/assets/') ? { 'Cache-Control': 'public, max-age=31536000, immutable' } : {};
    hits.set(pathname, (hits.get(pathname) ?? 0) + 1);
    res.writeHead(200, { 'Content-Type': mimeType(file), 'Content-Length': info.size, ...caching });
    if (method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
  }
}
