// Take-aways on the demo shop: any chart or table full screen and back (Escape, focus on the
// button again), a chart's picture (PNG at its drawn size) and data (CSV), and the one-page print
// report (A4 and Letter, English and Russian).
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './helpers/axe';
import { useApp } from './helpers/use-app';

async function download(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** Width and height from a PNG's IHDR chunk (right after the 8-byte signature and the chunk's length and type). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not on screen');
  return b;
}

const focusedTestid = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);

describe('charts and tables full screen, a chart as PNG and CSV', () => {
  const ctx = useApp({ width: 1440, height: 900, locale: 'en-GB' });

  it('puts the segment chart on the whole screen, redraws it there, and Escape returns to the same place with focus on the button', async () => {
    const { page } = ctx;
    await page.getByTestId('load-demo').click();
    await page.getByTestId('results').waitFor();
    // The first visit's "preparing offline use" line above the page goes once the copy is saved;
    // on a loaded machine that can happen during the test and move the page by its height.
    await expect.poll(() => page.getByTestId('offline-progress').count(), { timeout: 90_000 }).toBe(0);
    const figure = page.getByTestId('segment-chart-figure');
    const canvas = page.getByTestId('segment-chart');
    await canvas.waitFor();
    await figure.scrollIntoViewIfNeeded();
    const before = await box(canvas);
    const scrollY = await page.evaluate(() => window.scrollY);

    const open = figure.getByTestId('figure-full');
    await open.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => figure.getAttribute('data-full')).toBe('true');
    await expect.poll(async () => (await box(figure)).width).toBeGreaterThan(1400);
    const full = await box(figure);
    expect(full.height).toBeGreaterThan(880);
    expect(await focusedTestid(page)).toBe('figure-close');
    // While it covers the page the focus stays in it: Tab goes round its buttons.
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('[data-figure="segment-shares"]'))).toBe(true);
    }
    await figure.getByTestId('figure-close').focus();
    // Chart.js follows its box: the canvas is redrawn much larger.
    await expect.poll(async () => (await box(canvas)).height).toBeGreaterThan(before.height + 200);

    await page.keyboard.press('Escape');
    await expect.poll(() => figure.getAttribute('data-full')).toBe('false');
    expect(await focusedTestid(page)).toBe('figure-full');
    expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
    await expect.poll(async () => Math.round((await box(canvas)).height)).toBe(Math.round(before.height));
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);
  });

  it('puts a table on the whole screen and back with the Close button', async () => {
    const { page } = ctx;
    const figure = page.getByTestId('segment-table-figure');
    await figure.getByTestId('figure-full').click();
    await expect.poll(() => figure.getAttribute('data-full')).toBe('true');
    const full = await box(figure);
    expect(full.width).toBeGreaterThan(1400);
    expect(full.height).toBeGreaterThan(880);
    expect(await figure.getByRole('heading', { name: 'Segment table' }).isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await figure.getByTestId('figure-close').click();
    await expect.poll(() => figure.getAttribute('data-full')).toBe('false');
    expect(await focusedTestid(page)).toBe('figure-full');
  });

  it('downloads the chart as a PNG of its drawn size on an opaque background, and its data as CSV', async () => {
    const { page } = ctx;
    // The toolbars of the segment chart, table and heatmap, in the page.
    expect(await seriousViolations(page)).toEqual([]);
    const figure = page.getByTestId('segment-chart-figure');
    const drawn = await page.getByTestId('segment-chart').evaluate((c: HTMLCanvasElement) => ({ width: c.width, height: c.height, css: c.clientWidth, dpr: devicePixelRatio }));
    expect(drawn.width).toBe(Math.round(drawn.css * drawn.dpr));
    const png = await download(page, figure.getByTestId('figure-png'));
    expect(png.name).toBe('demo-shop-segment-shares.png');
    const size = pngSize(png.bytes);
    // The chart as drawn, with its title in a band above it.
    expect(size.width).toBe(drawn.width);
    expect(size.height).toBe(drawn.height + Math.round(36 * drawn.dpr));
    const corner = await page.evaluate(async (base64) => {
      const blob = new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'image/png' });
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const c = canvas.getContext('2d')!;
      c.drawImage(bitmap, 0, 0);
      return { width: bitmap.width, alpha: c.getImageData(bitmap.width - 2, bitmap.height - 2, 1, 1).data[3] };
    }, png.bytes.toString('base64'));
    expect(corner).toEqual({ width: drawn.width, alpha: 255 });

    const csv = await download(page, figure.getByTestId('figure-csv'));
    expect(csv.name).toBe('demo-shop-segment-shares.csv');
    const lines = csv.bytes.toString('utf8').trimEnd().split('\n');
    expect(lines[0]).toBe('Segment,Share of customers,Share of revenue');
    const tableRows = await page.getByTestId('segment-table-region').locator('tbody tr').count();
    expect(lines.length - 1).toBe(tableRows);
    const shares = lines.slice(1).map((line) => Number(line.split(',').at(-2)));
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 6);
  });
});

const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

/** The report prints on one page of each paper; the PDF's page size is the paper's (points), from the report's @page rule. */
async function printsOnePage(page: Page): Promise<void> {
  const sizes = { a4: [595, 842], letter: [612, 792] } as const;
  for (const paper of ['a4', 'letter'] as const) {
    await page.getByTestId(`report-paper-${paper}`).check();
    await expect.poll(() => page.getByTestId('print-report').locator('[data-paper]').getAttribute('data-paper')).toBe(paper);
    await page.emulateMedia({ media: 'print' });
    // Asked for A4 every time: the report's own @page rule must set Letter.
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    await page.emulateMedia({ media: 'screen' });
    expect(pdfPages(pdf), paper).toBe(1);
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
    expect(box?.slice(1).map((n) => Math.round(Number(n)))).toEqual(sizes[paper]);
  }
}

describe('the one-page print report', () => {
  const ctx = useApp({ width: 1280, height: 900, locale: 'en-US' });

  it('opens from the results page with the analysis in it, Letter by default for US English', async () => {
    const { page } = ctx;
    await page.getByTestId('load-demo').click();
    await page.getByTestId('results').waitFor();
    // The paper's rule is a constructed style sheet: the strict CSP must not refuse it.
    await page.evaluate(() => document.addEventListener('securitypolicyviolation', (e) => ((window as unknown as { violations: string[] }).violations ??= []).push(e.violatedDirective)));
    await page.getByTestId('print-report-open').click();
    const report = page.getByTestId('print-report');
    await report.waitFor();
    expect(await page.getByTestId('report-paper-letter').isChecked()).toBe(true);
    const totals = await page.getByTestId('report-totals').innerText();
    expect(totals).toContain('demo-shop.csv');
    expect(totals).toContain('5,000');
    // Eleven archetypes of the default preset with customers, each with its playbook.
    const rows = await page.getByTestId('report-table').locator('tbody tr').count();
    expect(rows).toBeGreaterThanOrEqual(11);
    expect(await page.getByTestId('report-playbook').count()).toBeGreaterThanOrEqual(11);
    expect(await page.getByTestId('report-chart').locator('rect').count()).toBeGreaterThanOrEqual(rows * 2);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? [])).toEqual([]);
  });

  it('prints on one page of A4 and of Letter in English, with nothing of the app around it', async () => {
    const { page } = ctx;
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#app').evaluate((el) => getComputedStyle(el).display)).toBe('none');
    expect(await page.getByTestId('report-print').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    await printsOnePage(page);
  });

  it('prints on one page in Russian too, and Escape returns to the button', async () => {
    const { page } = ctx;
    await page.getByTestId('report-close').click();
    await page.getByTestId('print-report').waitFor({ state: 'detached' });
    expect(await focusedTestid(page)).toBe('print-report-open');
    await page.getByTestId('lang-ru').click();
    await page.getByTestId('print-report-open').click();
    await page.getByTestId('print-report').waitFor();
    await expect.poll(() => page.getByTestId('report-sheet').locator('h1').innerText()).toBe('Отчёт о ценности клиентов');
    await printsOnePage(page);
    await page.keyboard.press('Escape');
    await page.getByTestId('print-report').waitFor({ state: 'detached' });
    expect(await focusedTestid(page)).toBe('print-report-open');
  });
});
