// Opens the app in Debian's Chromium (playwright-core drives it) and records what
// the privacy promise depends on: every request, from the page and from its workers.

import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export interface OpenAppOptions {
  width?: number;
  height?: number;
  /** BCP 47 tag, for example 'ru-RU'; sets navigator.language and Accept-Language. */
  locale?: string;
  /**
   * Load the app once online, wait until a service worker controls the page, then
   * take the browser offline and reload: the app must then come from its cache.
   */
  offline?: boolean;
  /** A touch screen (a tablet): taps work and the page is laid out as on a mobile browser. */
  touch?: boolean;
}

export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
}

export interface OpenedApp {
  context: BrowserContext;
  page: Page;
  /** Every request the browser made, the workers' and the service worker's included, in order. */
  requests: RecordedRequest[];
  /** Text of console messages of type 'error'. */
  consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections, as `name: message`. */
  pageErrors: string[];
  /** URLs of requests to any origin other than baseUrl's (data:, blob: and chrome-extension: are ignored). */
  foreignRequests(): string[];
  close(): Promise<void>;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  // Without these Chromium itself calls Google hosts, which would read as app traffic.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'chrome-extension:']);

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export async function openApp(baseUrl: string, options: OpenAppOptions = {}): Promise<OpenedApp> {
  const { width = 1280, height = 800, locale, offline = false, touch = false } = options;
  // A persistent context needs its own profile folder: a fresh one per app keeps
  // service workers and storage from leaking between tests.
  const profileDir = await mkdtemp(join(tmpdir(), 'cvm-lab-e2e-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width, height },
      locale,
      ...(touch ? { hasTouch: true, isMobile: true } : {}),
    });
  } catch (error) {
    await rm(profileDir, { recursive: true, force: true });
    throw error;
  }

  const requests: RecordedRequest[] = [];
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  context.on('request', (request) => {
    requests.push({ url: request.url(), method: request.method(), resourceType: request.resourceType() });
  });
  context.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  context.on('weberror', (webError) => {
    const error = webError.error();
    pageErrors.push(`${error.name}: ${error.message}`);
  });

  const origin = new URL(baseUrl).origin;
  const app: OpenedApp = {
    context,
    page: context.pages()[0] ?? (await context.newPage()),
    requests,
    consoleErrors,
    pageErrors,
    foreignRequests: () =>
      requests
        .map((request) => request.url)
        .filter((url) => {
          const parsed = new URL(url);
          return !LOCAL_SCHEMES.has(parsed.protocol) && parsed.origin !== origin;
        }),
    close: async () => {
      await context.close();
      await rm(profileDir, { recursive: true, force: true });
    },
  };

  try {
    await app.page.goto(baseUrl);
    if (offline) {
      await app.page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, {
        timeout: 60_000,
      });
      await context.setOffline(true);
      await app.page.reload();
    }
  } catch (error) {
    await app.close();
    throw error;
  }
  return app;
}

/** Saves the viewport as test-results/screenshots/<name>.png and returns the path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = join(REPO_ROOT, 'test-results', 'screenshots');
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
