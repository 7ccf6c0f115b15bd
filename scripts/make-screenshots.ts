// Renders the web app manifest's screenshots (public/screenshots/) from the built app with
// Debian's Chromium: the demo shop's results, wide for desktop install dialogs and narrow for
// phones. Run after a build: npx tsx scripts/make-screenshots.ts (the PNGs are committed; a
// build elsewhere: CVM_DIST_DIR=/tmp/dist npx tsx scripts/make-screenshots.ts).
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../test/e2e/helpers/browser';
import { startStaticServer } from '../test/e2e/helpers/static-server';

const DIST = process.env.CVM_DIST_DIR ?? new URL('../dist/', import.meta.url).pathname;
const OUT = new URL('../public/screenshots/', import.meta.url).pathname;

interface Shot {
  file: string;
  /** CSS pixels; the manifest in vite.config.ts declares width × scale by height × scale. */
  width: number;
  height: number;
  scale: number;
  /** Brings the part worth showing into view. */
  frame(page: Page): Promise<void>;
}

const SHOTS: Shot[] = [
  // The top of the results: totals, settings and the first two charts side by side.
  { file: 'wide.png', width: 1920, height: 1080, scale: 1, frame: async () => undefined },
  // A phone screen of settings alone says little: show the charts, from the heat map down.
  {
    file: 'narrow.png',
    width: 390,
    height: 844,
    scale: 2,
    frame: async (page) => {
      const card = page.locator('section.card', { has: page.getByRole('heading', { name: 'Recency × frequency' }) });
      await card.evaluate((element) => window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - 12));
    },
  },
];

const server = await startStaticServer(DIST);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  for (const { file, width, height, scale, frame } of SHOTS) {
    const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: scale, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(server.url);
    // The first visit shows the offline download; a second one, under the service worker, does not.
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, { timeout: 60_000 });
    await page.reload();
    await page.locator('[data-testid="engine-status"][data-status="ready"]').waitFor({ state: 'attached', timeout: 60_000 });
    await page.click('[data-testid="load-demo"]');
    await page.waitForSelector('[data-testid="results"]', { timeout: 60_000 });
    await frame(page);
    // Charts animate in.
    await page.waitForTimeout(1_500);
    await page.screenshot({ path: `${OUT}${file}` });
    console.log(`${file} ${width * scale}×${height * scale}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
