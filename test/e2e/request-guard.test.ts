// The privacy tests rest on foreignRequests(); these show it does report requests
// that leave the app's origin, from a page and from a worker. The requests are made
// from a data: page rather than the app, so that the app's own Content Security
// Policy (which should block them) cannot decide whether these tests pass.
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openApp, type OpenedApp } from './helpers/browser.ts';

const baseUrl = inject('baseUrl');

// `.invalid` never resolves (RFC 2606): the fetch fails, but the request is made first.
const PAGE_URL = 'http://example.invalid/from-page';
const WORKER_URL = 'http://example.invalid/from-worker';

describe('foreignRequests()', () => {
  let app: OpenedApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  async function openBlankDataPage(): Promise<OpenedApp> {
    const opened = await openApp(baseUrl);
    await opened.page.goto('data:text/html,<title>request guard</title>');
    return opened;
  }

  it('reports a fetch from the page to another origin', async () => {
    app = await openBlankDataPage();
    expect(app.foreignRequests()).toEqual([]);

    const seen = app.context.waitForEvent('request', (request) => request.url() === PAGE_URL);
    await app.page.evaluate((url) => fetch(url).catch(() => undefined), PAGE_URL);
    await seen;

    expect(app.foreignRequests()).toEqual([PAGE_URL]);
  });

  it('reports a fetch from a worker to another origin', async () => {
    app = await openBlankDataPage();

    const seen = app.context.waitForEvent('request', (request) => request.url() === WORKER_URL);
    await app.page.evaluate((url) => {
      const source = `fetch(${JSON.stringify(url)}).catch(() => {});`;
      new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
    }, WORKER_URL);
    await seen;

    expect(app.foreignRequests()).toEqual([WORKER_URL]);
  });

  it('does not report the app origin or blob: URLs', async () => {
    app = await openBlankDataPage();
    await app.page.evaluate(async () => {
      await fetch(URL.createObjectURL(new Blob(['local'])));
    });

    const urls = app.requests.map((request) => request.url);
    expect(urls).toContain(baseUrl);
    expect(urls.some((url) => url.startsWith('blob:'))).toBe(true);
    expect(app.foreignRequests()).toEqual([]);
  });
});
