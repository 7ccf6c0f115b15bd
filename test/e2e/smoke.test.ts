import { afterEach, describe, expect, inject, it } from 'vitest';
import { openApp, screenshot, type OpenedApp } from './helpers/browser.ts';

const baseUrl = inject('baseUrl');

describe('the built app', () => {
  let app: OpenedApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it.each([
    { name: 'phone', width: 390, height: 844 },
    { name: 'desktop', width: 1920, height: 1080 },
  ])('opens on a $width x $height screen without errors or outside requests', async ({ name, width, height }) => {
    app = await openApp(baseUrl, { width, height });
    await app.page.locator('h1').waitFor({ state: 'visible' });
    // The engine starts on load; give its worker's requests a chance to show up.
    await app.page.waitForLoadState('networkidle');
    await screenshot(app.page, `smoke-${name}-${width}x${height}`);

    expect(app.foreignRequests()).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
