// A file of a few hundred MB in the built app, in Debian's Chromium: the user sees how much was
// read while it is read, can cancel with the app staying usable (and the results that were on
// screen coming back), and is asked first when the device probably cannot hold the file.
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './helpers/browser';
import { seriousViolations } from './helpers/axe';
import { openSettings } from './helpers/import-steps';
import { engineReady, useApp } from './helpers/use-app';

const TARGET_BYTES = 200 * 1024 * 1024;
const FILE_NAME = 'large-orders.csv';

/** 200 MB of order lines (6.9 M rows), the same 4 MB block of varied rows again and again: fast to make, slow enough to read. */
async function writeLargeCsv(dir: string): Promise<string> {
  const path = join(dir, FILE_NAME);
  const lines: string[] = [];
  for (let i = 0; i < 130_000; i++) {
    const month = String(1 + (i % 12)).padStart(2, '0');
    const day = String(1 + (i % 28)).padStart(2, '0');
    lines.push(`${1_000_000 + i},C${(i * 7919) % 250_000},2023-${month}-${day},${(i % 9973) / 10}\n`);
  }
  const block = Buffer.from(lines.join(''));
  const out = createWriteStream(path);
  out.write('order_id,customer_id,order_date,amount\n');
  for (let left = TARGET_BYTES; left > 0; ) {
    // The last block is cut after its last whole line.
    const part = left >= block.length ? block : block.subarray(0, block.lastIndexOf(0x0a, left - 1) + 1);
    if (part.length === 0) break;
    left -= part.length;
    if (!out.write(part)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return path;
}

/** Records every text the progress line shows, with the time, so the test can tell how often it changed. */
async function recordProgressTexts(page: Page) {
  await page.evaluate(() => {
    const log: { t: number; text: string }[] = [];
    (window as unknown as { progressLog: typeof log }).progressLog = log;
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="read-progress-text"]')?.textContent ?? '';
      if (text && text !== log.at(-1)?.text) log.push({ t: performance.now(), text });
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

const progressLog = (page: Page) => page.evaluate(() => (window as unknown as { progressLog: { t: number; text: string }[] }).progressLog.splice(0));

const bannerCode = (page: Page) => page.getByTestId('error-banner').getAttribute('data-code');

/** "12 MB of 200 MB read", with a read count above zero. */
const BYTES_READ = /(^|\s)[1-9][\d.,]* (KB|MB) of 200 MB read/;

let dir: string;
let csv: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cvm-large-'));
  csv = await writeLargeCsv(dir);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a file of 200 MB', () => {
  let page: Page;
  useApp({ width: 1280, height: 900, locale: 'en-GB' }, async (opened) => {
    page = opened;
    await recordProgressTexts(page);
  });

  it('shows how much was read while orders are built, and Cancel gives back a usable app', async () => {
    await page.getByTestId('file-input').setInputFiles(csv);
    await page.getByTestId('analyse').waitFor({ timeout: 60_000 });
    // Opening read the whole file too (its content hash), under a throttle of its own: only the
    // texts of building the orders are timed below.
    await progressLog(page);
    await page.getByTestId('analyse').click();

    const progress = page.getByTestId('read-progress-text');
    await expect.poll(() => progress.innerText(), { timeout: 30_000 }).toMatch(BYTES_READ);
    expect(await progress.innerText()).toMatch(/about [\d.,]+ (million )?rows/);
    // A few updates, to see how often they come.
    await expect.poll(() => page.evaluate(() => (window as unknown as { progressLog: unknown[] }).progressLog.length), { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
    expect(await page.getByRole('progressbar', { name: `Progress of reading “${FILE_NAME}”` }).getAttribute('value')).toMatch(/^0\.\d+/);
    await screenshot(page, 'e2e-large-file-progress');

    const clicked = Date.now();
    await page.getByTestId('cancel-read').click();
    await expect.poll(() => bannerCode(page)).toBe('import_cancelled');
    expect(await page.getByTestId('error-banner').innerText()).toContain(FILE_NAME);
    // Nothing was on screen before: back to the start, ready for another file.
    await page.getByTestId('drop-zone').waitFor();
    expect(await page.getByTestId('choose-file').isEnabled()).toBe(true);
    const backAfterMs = Date.now() - clicked;
    await engineReady(page);
    const engineAfterMs = Date.now() - clicked;

    await page.getByTestId('load-demo').click();
    await page.getByTestId('results').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('kpi-customers').innerText()).toMatch(/^5,000$/);

    const log = await progressLog(page);
    const reading = log.filter((entry) => BYTES_READ.test(entry.text));
    const gaps = reading.slice(1).map((entry, i) => entry.t - reading[i]!.t);
    console.info(
      `large file: ${reading.length} progress texts, shortest gap ${Math.round(Math.min(...gaps))} ms; ` +
        `after Cancel: import screen in ${backAfterMs} ms, engine ready in ${engineAfterMs} ms; last: ${reading.at(-1)?.text}`,
    );
    // No more than the worker's throttle (4 a second), with room for timer jitter.
    for (const gap of gaps) expect(gap).toBeGreaterThan(200);
  });

  it('Escape while a new file is read brings back the results that were on screen', async () => {
    await page.getByRole('button', { name: 'New file' }).click();
    await page.getByTestId('file-input').setInputFiles(csv);
    await page.getByTestId('analyse').waitFor({ timeout: 60_000 });
    await page.getByTestId('analyse').click();
    await expect.poll(() => page.getByTestId('read-progress-text').innerText(), { timeout: 30_000 }).toMatch(BYTES_READ);

    const pressed = Date.now();
    await page.keyboard.press('Escape');
    await expect.poll(() => bannerCode(page)).toBe('import_cancelled');
    await page.getByTestId('results').waitFor();
    expect(await page.getByTestId('kpi-customers').innerText()).toMatch(/^5,000$/);
    await screenshot(page, 'e2e-large-file-restoring');
    // The fresh engine has re-read the demo: the download works again.
    await expect.poll(() => page.getByTestId('download-csv').isEnabled(), { timeout: 30_000 }).toBe(true);
    console.info(`large file: Escape to the earlier results rebuilt in ${Date.now() - pressed} ms`);
    // ...and so does re-scoring, which needs the rebuilt tables.
    await openSettings(page);
    const breaks = await page.getByTestId('breaks-r').innerText();
    await page.getByTestId('bins-r').selectOption('2');
    await expect.poll(() => page.getByTestId('breaks-r').innerText()).not.toBe(breaks);
    // The user's next step replaces the message.
    expect(await page.getByTestId('error-banner').count()).toBe(0);
  });
});

/** The command the page gives for the 200 MB file before it is read: the columns are left to the command line's guess. */
const COMMAND = new RegExp(`^npm run rfm -- ${FILE_NAME.replace('.', '\\.')} --engine native --threads \\d+ --out large-orders-scores\\.csv$`);

describe('a file the device probably cannot hold', () => {
  let page: Page;
  const opened = useApp({ width: 390, height: 844, locale: 'en-GB' }, async (opened) => {
    page = opened;
    // This machine reports plenty of memory; a phone with 256 MB makes the 200 MB file too much
    // without writing a multi-GB file. The size check reads navigator.deviceMemory each time a
    // file is chosen, so overriding it in the running page is enough (an init script plus reload
    // did not take once the service worker served the page).
    await page.evaluate(() => {
      Object.defineProperty(Navigator.prototype, 'deviceMemory', { configurable: true, get: () => 0.25 });
    });
  });

  it('asks before reading, says the size and what to do instead; Cancel reads nothing', async () => {
    expect(await page.evaluate(() => (navigator as unknown as { deviceMemory: number }).deviceMemory)).toBe(0.25);
    await page.getByTestId('file-input').setInputFiles(csv);
    const warning = page.getByTestId('size-warning');
    await warning.waitFor();
    expect(await warning.getAttribute('data-verdict')).toBe('warn');
    const text = await warning.innerText();
    expect(text).toContain(`“${FILE_NAME}” is 200 MB`);
    expect(text).toMatch(/can probably hold a file like it of up to about \d+ MB \(about [\d,.]+ (million )?rows\)/);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('size-warning-cancel');
    await screenshot(page, 'e2e-size-warning-phone');

    await page.getByTestId('size-warning-cancel').click();
    await page.getByTestId('drop-zone').waitFor();
    expect(await page.getByTestId('read-progress').count()).toBe(0);
    expect(await page.getByTestId('error-banner').count()).toBe(0);
  });

  it('gives the command for this file on native DuckDB, what it does and how long it takes; Copy puts it on the clipboard', async () => {
    await opened.app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
    await page.getByTestId('file-input').setInputFiles(csv);
    const move = page.getByTestId('move-to-cli');
    await move.waitFor();
    const command = await page.getByTestId('cli-command').innerText();
    expect(command).toMatch(COMMAND);
    const text = await move.innerText();
    expect(text).toContain('native DuckDB');
    expect(text).toContain('“large-orders-scores.csv”');
    expect(text).toMatch(/guesses them from the header/);
    expect(await page.getByTestId('move-to-cli-time').innerText()).toMatch(/^For about [\d.]+ million rows on \d+ cores? it is likely to take (under a minute|about \d+ to \d+ minutes)/);
    // The command wraps inside the panel: the page gets no horizontal scroll at 390 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByTestId('cli-command-copy').click();
    await expect.poll(() => page.getByTestId('cli-command-status').innerText()).toBe('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(command);
    // Where the clipboard is refused, the command is selected for Ctrl+C instead (from the keyboard here).
    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    });
    await page.getByTestId('cli-command-copy').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('cli-command-status').innerText()).toMatch(/^Selected: press Ctrl\+C/);
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(command);
    await screenshot(page, 'e2e-size-warning-command-phone');
    await page.getByTestId('size-warning-cancel').click();
  });

  it('reads the file after Continue', async () => {
    await page.getByTestId('file-input').setInputFiles(csv);
    await page.getByTestId('size-warning-continue').click();
    await page.getByTestId('analyse').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('size-warning').count()).toBe(0);
  });
});

describe('a read that runs out of memory', () => {
  let page: Page;
  useApp({ width: 1280, height: 900, locale: 'en-GB' }, async (opened) => {
    page = opened;
  });

  it('the too-large message gives the command with the columns and choices made for the file, and the scoring in use', async () => {
    // Scoring controls changed on an earlier analysis are where the next one starts: the command carries them.
    await page.getByTestId('load-demo').click();
    await page.getByTestId('results').waitFor({ timeout: 60_000 });
    await openSettings(page);
    const breaks = await page.getByTestId('breaks-r').innerText();
    await page.getByTestId('bins-r').selectOption('3');
    await expect.poll(() => page.getByTestId('breaks-r').innerText()).not.toBe(breaks);
    await page.getByRole('button', { name: 'New file' }).click();
    await page.getByTestId('file-input').setInputFiles(csv);
    await page.getByTestId('analyse').waitFor({ timeout: 60_000 });
    // A real out-of-memory path without a 4 GB file: the engine's worker (DuckDB runs in it) is
    // refused more memory, as a tab at its ceiling refuses it; DuckDB then fails to allocate.
    const engine = page.workers().find((worker) => /\/engine\.worker[^/]*\.js$/.test(worker.url()));
    expect(engine).toBeDefined();
    await engine!.evaluate(() => {
      WebAssembly.Memory.prototype.grow = () => {
        throw new RangeError('WebAssembly.Memory.grow(): Maximum memory size exceeded');
      };
    });
    await page.getByTestId('analyse').click();
    await expect.poll(() => bannerCode(page), { timeout: 120_000 }).toBe('too_large');
    const move = page.getByTestId('move-to-cli');
    await move.waitFor();
    const command = await page.getByTestId('cli-command').innerText();
    expect(command).toContain(`npm run rfm -- ${FILE_NAME} --engine native`);
    expect(command).toMatch(/--customer customer_id --date order_date --amount amount --order order_id --r-bins 3 --f-bins 5 --m-bins 5 --out large-orders-scores\.csv$/);
    expect(await move.innerText()).toContain('With the columns and import choices you made on this page.');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'e2e-too-large-command');
  });
});
