// The Content-Security-Policy is in force and the app lives within it. The page and the engine's
// worker come with the policy as a header (npm run serve's handler) and the page also carries it
// as a meta tag; a fetch to another origin, from the page and from the engine's worker, is then
// refused by the browser itself: the other server never sees a request. A walk through every
// screen (start page, demo results with each view, a segment's page, the editor, surveys and
// the kiosk) logs no violation, in the page or in a worker.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CSP_HEADER, CSP_META } from '../../scripts/content-security-policy';
import { openApp, type OpenedApp } from './helpers/browser';
import { engineReady } from './helpers/use-app';

interface Violation {
  directive: string;
  blocked: string;
}

/** Every securitypolicyviolation the page's document sees, kept on window for the test to read. */
function recordViolations(): void {
  const seen: Violation[] = [];
  (window as unknown as { cspViolations: Violation[] }).cspViolations = seen;
  document.addEventListener('securitypolicyviolation', (event) => seen.push({ directive: event.effectiveDirective, blocked: event.blockedURI }));
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: Violation[] }).cspViolations);

/** What Chromium logs for a violation anywhere (a worker's too, which the document's event misses). */
const policyMessages = (app: OpenedApp) => app.consoleErrors.filter((text) => /Content Security Policy/i.test(text));

/** A request from `code`, run where it is evaluated: 'blocked: <error>' or 'answered: <status>'. */
const FETCH = async (url: string) => {
  try {
    const response = await fetch(url);
    return `answered: ${response.status}`;
  } catch (error) {
    return `blocked: ${(error as Error).name}`;
  }
};

describe('the Content-Security-Policy', () => {
  let app: OpenedApp;
  let other: Server;
  let otherUrl = '';
  let otherHits = 0;

  beforeAll(async () => {
    // Another origin on this machine (another port) that would answer anything it is asked.
    other = createServer((_req, res) => {
      otherHits++;
      res.writeHead(200, { 'Access-Control-Allow-Origin': '*' }).end('leaked');
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}/upload`;

    app = await openApp(inject('baseUrl'), { width: 1280, height: 900, locale: 'en-GB' });
    await app.context.addInitScript(recordViolations);
    await app.page.reload();
    await engineReady(app.page);
  });

  afterAll(async () => {
    await app?.close();
    await new Promise<void>((resolve) => other.close(() => resolve()));
  });

  it('comes with the page and the engine worker as a header, and in the built page as a meta tag', async () => {
    const { page } = app;
    const [response] = await Promise.all([page.waitForResponse((r) => r.url() === page.url()), page.reload()]);
    expect(response.headers()['content-security-policy']).toBe(CSP_HEADER);
    await engineReady(page);

    const workerScript = page.workers().find((worker) => /engine\.worker/.test(worker.url()));
    expect(workerScript).toBeDefined();
    const workerResponse = await page.request.get(workerScript!.url());
    expect(workerResponse.headers()['content-security-policy']).toBe(CSP_HEADER);

    const html = await readFile(`${inject('distDir')}index.html`, 'utf8');
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(meta).toBe(CSP_META);
    // Before any script or stylesheet of the build, or those would load unchecked.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<link rel="stylesheet"'));
  });

  it('makes the browser refuse a request to another origin, from the page and from the engine worker', async () => {
    const { page } = app;
    expect(await page.evaluate(FETCH, otherUrl)).toBe('blocked: TypeError');
    await expect.poll(() => violations(page)).toContainEqual({ directive: 'connect-src', blocked: otherUrl });

    const worker = page.workers().find((w) => /engine\.worker/.test(w.url()))!;
    expect(await worker.evaluate(FETCH, otherUrl)).toBe('blocked: TypeError');
    await expect.poll(() => policyMessages(app).length).toBeGreaterThanOrEqual(2);

    // Refused before it was sent: the other server was never asked.
    expect(otherHits).toBe(0);
    expect(app.foreignRequests()).toEqual([]);

  });

  it('logs no violation on any screen: start page, every results view, a segment, the editor, surveys, the kiosk', async () => {
    const { page } = app;
    // From a fresh start page: the refused requests above are forgotten, the page's own load is seen.
    app.consoleErrors.splice(0);
    await page.reload();
    await engineReady(page);
    await page.getByTestId('library').waitFor();
    await page.getByTestId('load-demo').click();
    await page.getByTestId('results').waitFor({ timeout: 60_000 });
    await page.getByTestId('segment-chart').waitFor();

    for (const tab of await page.getByRole('tab').all()) {
      await tab.click();
      await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
      // Each view asks the engine and draws its charts: give it the time a user would look.
      await page.getByRole('tabpanel').waitFor();
      await page.waitForTimeout(1_500);
    }
    await page.getByTestId('view-segments').click();
    await page.locator('[data-testid^="segment-open-"]').first().click();
    await page.getByTestId('segment-page').waitFor();
    await page.waitForTimeout(1_000);

    await page.getByTestId('app-home').click();
    await page.getByTestId('back-to-results').click();
    await page.getByTestId('edit-segments').click();
    await page.getByTestId('editor-done').waitFor();
    await page.waitForTimeout(1_000);
    await page.getByTestId('editor-done').click();

    // A snapshot (saved, then opened from the start page: no engine).
    await page.getByTestId('snapshot-start').click();
    await page.getByTestId('snapshot-name').fill('Policy check');
    await page.getByTestId('snapshot-save').click();
    await page.getByTestId('snapshot-saved').waitFor();
    await page.getByTestId('app-home').click();
    await page.getByTestId('snapshot-list').getByTestId('item-open').first().click();
    await page.getByTestId('results').waitFor();
    await page.waitForTimeout(1_000);

    await page.getByTestId('app-home').click();
    await page.getByTestId('open-surveys').click();
    await page.getByTestId('app-home').click();
    await page.getByTestId('kiosk-create-starter').click();
    await page.getByTestId('start-kiosk-open').click();
    await page.getByTestId('start-kiosk-pin').fill('2468');
    await page.getByTestId('start-kiosk-pin-again').fill('2468');
    await page.getByTestId('start-kiosk-confirm').click();
    await page.getByTestId('kiosk').waitFor();
    await page.getByTestId('kiosk-nps-9').click();
    await page.getByTestId('kiosk-next').click();
    await page.waitForTimeout(500);

    expect(await violations(page)).toEqual([]);
    expect(policyMessages(app)).toEqual([]);
    expect(app.pageErrors).toEqual([]);
    expect(app.foreignRequests()).toEqual([]);
  });
});
