import { describe, expect, it } from 'vitest';
import { precacheProgress } from '../../src/lib/pwa/precache-progress';

const BASE = 'https://example.org/app/';
const FILES = [
  { url: 'index.html', size: 800 },
  { url: 'manifest.webmanifest', size: 600 },
  { url: 'assets/index-Dee8mPnW.js', size: 350_000 },
  { url: 'assets/duckdb-eh-9ubY-jlA.wasm', size: 34_000_000 },
];
const TOTAL = 800 + 600 + 350_000 + 34_000_000;

describe('precacheProgress', () => {
  it('counts nothing before the service worker has cached a file', () => {
    expect(precacheProgress(FILES, [], BASE)).toEqual({ bytesDone: 0, bytesTotal: TOTAL });
  });

  it('counts a cached file whatever revision query Workbox added to it', () => {
    const cached = ['https://example.org/app/index.html?__WB_REVISION__=3f2a', 'https://example.org/app/assets/index-Dee8mPnW.js'];
    expect(precacheProgress(FILES, cached, BASE)).toEqual({ bytesDone: 350_800, bytesTotal: TOTAL });
  });

  it('reaches the total when every listed file is cached', () => {
    const cached = FILES.map((file) => `${BASE}${file.url}?__WB_REVISION__=x`);
    expect(precacheProgress(FILES, cached, BASE)).toEqual({ bytesDone: TOTAL, bytesTotal: TOTAL });
  });

  it('ignores cached URLs the build did not list, and files of another scope with the same name', () => {
    const cached = ['https://example.org/app/old-chunk.js', 'https://example.org/index.html'];
    expect(precacheProgress(FILES, cached, BASE).bytesDone).toBe(0);
  });

  it('counts a file listed twice once', () => {
    const twice = [...FILES, { url: 'index.html', size: 800 }];
    expect(precacheProgress(twice, [`${BASE}index.html`], BASE)).toEqual({ bytesDone: 800, bytesTotal: TOTAL });
  });
});
