// Renders the app icons from the one source, public/icon.svg, with Debian's Chromium:
// regular PNGs (192, 512, and 180 for iOS home screens) and a maskable 512 whose artwork sits
// inside the 80 % safe zone on a full-bleed background, so launchers may crop it to any shape.
// Run after changing the SVG: npx tsx scripts/make-icons.ts (the PNGs are committed).
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../test/e2e/helpers/browser';

const PUBLIC = new URL('../public/', import.meta.url).pathname;
const svg = await readFile(`${PUBLIC}icon.svg`, 'utf8');
const BACKGROUND = '#1f3a5f';

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
const page = await browser.newPage();

async function render(file: string, size: number, maskable: boolean): Promise<void> {
  await page.setViewportSize({ width: size, height: size });
  const art = maskable ? size * 0.8 : size;
  await page.setContent(
    `<html><body style="margin:0;width:${size}px;height:${size}px;display:grid;place-items:center;background:${maskable ? BACKGROUND : 'transparent'}">
       <div style="width:${art}px;height:${art}px">${svg.replace('<svg ', `<svg width="${art}" height="${art}" `)}</div>
     </body></html>`,
  );
  await page.screenshot({ path: `${PUBLIC}${file}`, omitBackground: !maskable });
  console.log(`${file} ${size}×${size}`);
}

await render('icon-192.png', 192, false);
await render('icon-512.png', 512, false);
await render('apple-touch-icon.png', 180, true);
await render('icon-maskable-512.png', 512, true);
await browser.close();
