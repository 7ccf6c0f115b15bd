// The set-up every browser test file shares: open the built app before the tests of a describe,
// wait for the engine, and afterwards hold it to the privacy promise (no request to another
// origin) and to no uncaught error, then close it.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { openApp, type OpenAppOptions, type OpenedApp } from './browser';

export async function engineReady(page: Page): Promise<void> {
  // The status is hidden on phones, so wait for it to be in the DOM, not visible.
  await page.locator('[data-testid="engine-status"][data-status="ready"]').waitFor({ state: 'attached', timeout: 60_000 });
}

export interface AppUnderTest {
  readonly app: OpenedApp;
  readonly page: Page;
}

/** `setup` runs once the engine is ready (for example to stub a browser property). */
export function useApp(options: OpenAppOptions, setup?: (page: Page) => Promise<void>): AppUnderTest {
  let opened: OpenedApp | null = null;
  beforeAll(async () => {
    opened = await openApp(inject('baseUrl'), options);
    await engineReady(opened.page);
    await setup?.(opened.page);
  });
  afterAll(async () => {
    if (!opened) return;
    try {
      expect(opened.foreignRequests()).toEqual([]);
      expect(opened.pageErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });
  return {
    get app() {
      return opened!;
    },
    get page() {
      return opened!.page;
    },
  };
}
