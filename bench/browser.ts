// Times the user's path through the real UI in Debian's Chromium, from the performance marks
// the app sets itself (src/app/session.svelte.ts): file chosen, file read, analyse, prepared,
// scored, drawn, settings changed; then, on the same results, the views and the segment editor
// (interactions.ts). Memory: the Chromium processes' RSS sampled every 200 ms,
// the engine's wasm memory (a mark's detail) and the main thread's JS heap.

import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../test/e2e/helpers/browser';
import { openSettings } from '../test/e2e/helpers/import-steps';
import { timeEditor, timeViews, type EditorTimes, type ViewTimes } from './interactions';

export interface BrowserRun {
  fileReadS: number;
  prepareS: number;
  scoreS: number;
  drawS: number;
  /** File chosen to segments drawn, without the time the user spends on the mapping screen. */
  endToEndS: number;
  rescoreBinsS: number;
  rescoreAsOfS: number;
  /** Writing the dataset's compact copy to the device after its results are on screen; null when not kept. */
  keepS: number | null;
  keptMb: number | null;
  /** Opening the kept dataset from the start page to its segments drawn, without the file. */
  reopenS: number | null;
  /** The views and the editor after the phases above; null when not asked for. */
  interactions: (ViewTimes & EditorTimes) | null;
}

export interface BrowserResult {
  engineReadyFirstVisitS: number;
  engineReadyCachedS: number;
  runs: BrowserRun[];
  peakRssMb: number;
  wasmMb: number;
  jsHeapMb: number;
  longestTaskMs: number;
  /** The app's own message when it refused or failed, or "tab crashed". */
  error?: string;
  /** The scores the page downloads in equal-size-groups mode, for the agreement check, and their as-of date. */
  ntileCsv?: string;
  ntileAsOf?: string;
}

const STEP_TIMEOUT = 20 * 60_000;

/** Sum of the RSS of every Chromium process (the bench runs nothing else with that name). */
function chromiumRssMb(): number {
  try {
    const out = execFileSync('ps', ['-eo', 'rss=,comm='], { encoding: 'utf8' });
    return out
      .split('\n')
      .filter((line) => /chrom/i.test(line))
      .reduce((sum, line) => sum + Number(line.trim().split(/\s+/)[0]) / 1024, 0);
  } catch {
    return 0;
  }
}

async function launch(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
    viewport: { width: 1920, height: 1080 },
    locale: 'en-GB',
    acceptDownloads: true,
  });
}

const markTime = (page: Page, name: string) =>
  page.evaluate((n) => performance.getEntriesByName(`cvm:${n}`).at(-1)?.startTime ?? null, name);

const markCount = (page: Page, name: string) =>
  page.evaluate((n) => performance.getEntriesByName(`cvm:${n}`).length, name);

async function engineReady(page: Page): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName('cvm:engine-ready').length > 0, undefined, { timeout: 120_000 });
  return (await markTime(page, 'engine-ready'))! / 1000;
}

/** Waits for the n-th `cvm:drawn` mark, or for the app's error banner, or a crash. */
async function drawnOrError(page: Page, count: number): Promise<string | null> {
  const handle = await page.waitForFunction(
    (n) => {
      const banner = document.querySelector('[data-testid="error-banner"]');
      // The technical reason too: a benchmark reader needs to know what failed, not only the user's sentence.
      if (banner) return `error ${banner.getAttribute('data-code')}: “${banner.querySelector('.message')?.textContent ?? ''}” ${banner.querySelector('.reason')?.textContent ?? ''}`;
      return performance.getEntriesByName('cvm:drawn').length >= n ? 'ok' : false;
    },
    count,
    { timeout: STEP_TIMEOUT, polling: 100 },
  );
  const value = (await handle.jsonValue()) as string;
  return value === 'ok' ? null : value;
}

/** A run's timings, and the as-of date its analysis started with. */
type Measured = { run: BrowserRun; defaultAsOf: string };

async function oneRun(page: Page, file: string): Promise<Measured | string> {
  await page.reload();
  await engineReady(page);
  await page.evaluate(() => {
    (window as unknown as { __cvmLongest: number }).__cvmLongest = 0;
  });
  await page.getByTestId('file-input').setInputFiles(file);
  const opened = await page.waitForFunction(
    () =>
      document.querySelector('[data-testid="analyse"]')
        ? 'ok'
        : document.querySelector('[data-testid="error-banner"] .message')?.textContent ?? false,
    undefined,
    { timeout: STEP_TIMEOUT, polling: 100 },
  );
  const openState = (await opened.jsonValue()) as string;
  if (openState !== 'ok') return `error while reading: “${openState}”`;
  await page.getByTestId('analyse').click();
  const failed = await drawnOrError(page, 1);
  if (failed) return failed;

  const [chosen, read, analyse, prepared, scored, drawn] = await Promise.all(
    ['file-chosen', 'file-read', 'analyse', 'prepared', 'scored', 'drawn'].map((m) => markTime(page, m)),
  );
  // The dataset is kept on the device after its results are shown: wait for it, so the re-scores
  // below are timed on their own (a user who changes a setting at once waits for this too).
  await page.waitForFunction(() => document.querySelector('[data-testid="keeping"]')?.getAttribute('data-keeping') !== 'saving', undefined, {
    timeout: STEP_TIMEOUT,
    polling: 50,
  });
  const kept = await page.evaluate(() => {
    const mark = performance.getEntriesByName('cvm:kept').at(-1) as PerformanceMark | undefined;
    return mark ? { at: mark.startTime, bytes: (mark.detail as { bytes: number }).bytes } : null;
  });
  const run: Partial<BrowserRun> = {
    interactions: null,
    keepS: kept ? (kept.at - scored!) / 1000 : null,
    keptMb: kept ? kept.bytes / 2 ** 20 : null,
    reopenS: null,
    fileReadS: (read! - chosen!) / 1000,
    prepareS: (prepared! - analyse!) / 1000,
    scoreS: (scored! - prepared!) / 1000,
    drawS: (drawn! - scored!) / 1000,
    endToEndS: (read! - chosen! + (drawn! - analyse!)) / 1000,
  };

  // The app remembers bins between visits, so switch to whichever value is not current.
  await openSettings(page);
  const bins = await page.getByTestId('bins-r').inputValue();
  await page.getByTestId('bins-r').selectOption(bins === '4' ? '5' : '4');
  if (await drawnOrError(page, 2)) return 're-score failed';
  run.rescoreBinsS = ((await markTime(page, 'drawn'))! - (await markTime(page, 'settings-changed'))!) / 1000;

  const asOf = await page.getByTestId('as-of').inputValue();
  const earlier = new Date(Date.parse(`${asOf}T00:00:00Z`) - 30 * 86_400_000).toISOString().slice(0, 10);
  await page.getByTestId('as-of').fill(earlier);
  await page.getByTestId('as-of').dispatchEvent('change');
  if (await drawnOrError(page, 3)) return 're-score failed';
  run.rescoreAsOfS = ((await markTime(page, 'drawn'))! - (await markTime(page, 'settings-changed'))!) / 1000;

  if (kept) {
    await page.getByTestId('app-home').click();
    await page.locator('[data-testid="dataset-list"] [data-testid="item-open"]').first().click();
    if (await drawnOrError(page, 4)) return 'reopening the kept dataset failed';
    run.reopenS = ((await markTime(page, 'drawn'))! - (await markTime(page, 'kept-chosen'))!) / 1000;
  }
  return { run: run as BrowserRun, defaultAsOf: asOf };
}

/** Makes a settings change and waits for the charts redrawn with it; throws the app's error. */
async function redrawn(page: Page, change: () => Promise<unknown>): Promise<void> {
  const before = await markCount(page, 'drawn');
  await change();
  const failed = await drawnOrError(page, before + 1);
  if (failed) throw new Error(failed);
}

/** Sets the R bins and the as-of date on screen, each only if it differs. */
async function setScoring(page: Page, binsR: string, asOfDate: string): Promise<void> {
  await openSettings(page);
  const bins = page.getByTestId('bins-r');
  if ((await bins.inputValue()) !== binsR) await redrawn(page, () => bins.selectOption(binsR));
  const asOf = page.getByTestId('as-of');
  if ((await asOf.inputValue()) === asOfDate) return;
  await redrawn(page, async () => {
    await asOf.fill(asOfDate);
    await asOf.dispatchEvent('change');
  });
}

/**
 * The views and the editor, on the results the run left on screen, at the settings a fresh
 * analysis has (5 R bins, the default as-of date). Afterwards the settings go back to what the run
 * left: the app remembers the bins for the next run, and the scores download after the last run
 * (agreement with the peers) uses that as-of date, as it would without these phases.
 */
async function timeInteractions(page: Page, defaultAsOf: string): Promise<ViewTimes & EditorTimes> {
  const left = [await page.getByTestId('bins-r').inputValue(), await page.getByTestId('as-of').inputValue()] as const;
  await setScoring(page, '5', defaultAsOf);
  const views = await timeViews(page);
  const editor = await timeEditor(page);
  await setScoring(page, ...left);
  return { ...views, ...editor };
}

/** Downloads the page's scores in equal-size-groups mode with 5 bins; returns the as-of date used. */
async function downloadNtile(page: Page, outCsv: string): Promise<string> {
  await openSettings(page);
  for (const [testid, value] of [['bins-r', '5'], ['method', 'ntile']] as const) {
    if ((await page.getByTestId(testid).inputValue()) === value) continue;
    await redrawn(page, () => page.getByTestId(testid).selectOption(value));
  }
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: STEP_TIMEOUT }), page.getByTestId('download-csv').click()]);
  await download.saveAs(outCsv);
  return page.getByTestId('as-of').inputValue();
}

export async function runBrowser(options: {
  baseUrl: string;
  file: string;
  runs: number;
  warmup: number;
  ntileCsv?: string;
  /** Also time the views and the editor in each run. */
  interactions?: boolean;
}): Promise<BrowserResult> {
  const profile = await mkdtemp(join(tmpdir(), 'cvm-bench-profile-'));
  const result: BrowserResult = { engineReadyFirstVisitS: 0, engineReadyCachedS: 0, runs: [], peakRssMb: 0, wasmMb: 0, jsHeapMb: 0, longestTaskMs: 0 };
  const sampler = setInterval(() => (result.peakRssMb = Math.max(result.peakRssMb, chromiumRssMb())), 200);
  let context: BrowserContext | null = null;
  try {
    // First visit: downloads everything, the service worker precaches the engine.
    context = await launch(profile);
    let page = context.pages()[0] ?? (await context.newPage());
    await page.goto(options.baseUrl);
    result.engineReadyFirstVisitS = await engineReady(page);
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, { timeout: 120_000 });
    await context.close();

    // Cold start of the cached app: a new browser process on the same profile.
    context = await launch(profile);
    page = context.pages()[0] ?? (await context.newPage());
    await page.addInitScript(() => {
      const w = window as unknown as { __cvmLongest: number };
      w.__cvmLongest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__cvmLongest = Math.max(w.__cvmLongest, entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    let crashed = false;
    page.on('crash', () => (crashed = true));
    await page.goto(options.baseUrl);
    result.engineReadyCachedS = await engineReady(page);

    const failure = (error: Error) => (crashed ? 'tab crashed' : `error: ${error.message.split('\n')[0]}`);
    for (let i = 0; i < options.warmup + options.runs; i++) {
      const measured = await oneRun(page, options.file).catch(failure);
      if (typeof measured === 'string') {
        result.error = measured;
        break;
      }
      const { run } = measured;
      if (i >= options.warmup) result.runs.push(run);
      // Sampled before the views and the editor, so these figures stay those of the analysis.
      const memory = await page.evaluate(() => ({
        wasm: (performance.getEntriesByName('cvm:memory').at(-1) as PerformanceMark | undefined)?.detail?.wasmBytes ?? 0,
        heap: (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0,
        longest: (window as unknown as { __cvmLongest: number }).__cvmLongest,
      }));
      result.wasmMb = Math.max(result.wasmMb, memory.wasm / 2 ** 20);
      result.jsHeapMb = Math.max(result.jsHeapMb, memory.heap / 2 ** 20);
      result.longestTaskMs = Math.max(result.longestTaskMs, memory.longest);
      if (options.interactions) {
        const times = await timeInteractions(page, measured.defaultAsOf).catch(failure);
        if (typeof times === 'string') {
          result.error = `while timing the views and the editor: ${times}`;
          break;
        }
        run.interactions = times;
      }
    }
    if (!result.error && options.ntileCsv) {
      result.ntileAsOf = await downloadNtile(page, options.ntileCsv);
      result.ntileCsv = options.ntileCsv;
    }
  } finally {
    clearInterval(sampler);
    await context?.close().catch(() => undefined);
    await rm(profile, { recursive: true, force: true });
  }
  return result;
}
