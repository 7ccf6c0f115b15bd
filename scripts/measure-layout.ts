// Developer tool: the layout figures of the main path (tables cut off without a hint, the tab
// bar, text cut, where the segment table starts) at phone, tablet, projector and 150 % zoom
// widths in both languages, for the build in dist/ or the folder given:
//   npx tsx scripts/measure-layout.ts [DIST_DIR] [--shots]
// With --shots it also saves a screenshot of each view into test-results/screenshots/layout-*.png.
import { startStaticServer } from '../test/e2e/helpers/static-server';
import { openApp, screenshot } from '../test/e2e/helpers/browser';
import { measureLayout } from '../test/e2e/helpers/layout-measure';

const args = process.argv.slice(2);
const shots = args.includes('--shots');
const dist = args.find((a) => !a.startsWith('--')) ?? new URL('../dist/', import.meta.url).pathname;
const server = await startStaticServer(dist);
const screens = [
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1280, height: 720 }, // 1920 x 1080 at 150 % zoom
  { width: 1920, height: 1080 },
];
for (const { width, height } of screens) {
  for (const locale of ['en', 'ru']) {
    const app = await openApp(server.url, { width, height, locale });
    const { page } = app;
    await page.waitForSelector('[data-testid="engine-status"][data-status="ready"]', { state: 'attached', timeout: 60_000 });
    await page.click('[data-testid="load-demo"]');
    await page.waitForSelector('[data-testid="segment-table"]', { timeout: 60_000 });
    await page.waitForTimeout(600);
    const top = await page.getByTestId('segment-table').evaluate((el) => Math.round(el.getBoundingClientRect().top + window.scrollY));
    const report = await page.getByTestId('import-report').evaluate((el) => (el as HTMLDetailsElement).open);
    const out: Record<string, unknown> = { segmentTableTop: top, fold: height, reportOpen: report };
    const views = ['segments', 'value', 'health', 'movement'] as const;
    for (const view of views) {
      await page.click(`[data-testid="view-${view}"]`);
      const ready = { segments: 'segment-table', value: 'value-table-region', health: 'health-table', movement: 'migration-matrix' }[view];
      await page.waitForSelector(`[data-testid="${ready}"]`, { state: 'attached', timeout: 60_000 }).catch(() => undefined);
      await page.waitForTimeout(900);
      const m = await measureLayout(page);
      out[view] = {
        clipped: m.regions.filter((r) => r.clipped).map((r) => `${r.name} ${r.scrollWidth}/${r.clientWidth}`),
        hinted: m.regions.filter((r) => r.hint).map((r) => `${r.name} ${r.scrollWidth}/${r.clientWidth}`),
        tabs: m.tabs && `${m.tabs.scrollWidth}/${m.tabs.clientWidth}${m.tabs.cutLabels.length ? ' cut: ' + m.tabs.cutLabels.join(',') : ''}`,
        pageOverflow: m.pageOverflow,
        cutText: m.cutText.slice(0, 6),
      };
      if (shots) {
        await page.evaluate(() => window.scrollTo(0, 0));
        await screenshot(page, `layout-${width}-${locale}-${view}`);
        await page.screenshot({ path: `test-results/screenshots/layout-${width}-${locale}-${view}-full.png`, fullPage: true });
      }
    }
    await page.click('[data-testid="view-segments"]');
    await page.click('[data-testid="edit-segments"]');
    await page.waitForSelector('[data-testid="editor"]');
    await page.waitForTimeout(400);
    const editor = await measureLayout(page);
    out.editor = { clipped: editor.regions.filter((r) => r.clipped).map((r) => `${r.name} ${r.scrollWidth}/${r.clientWidth}`), pageOverflow: editor.pageOverflow, cutText: editor.cutText.slice(0, 6) };
    if (shots) await page.screenshot({ path: `test-results/screenshots/layout-${width}-${locale}-editor-full.png`, fullPage: true });
    await page.click('[data-testid="editor-done"]');
    await page.click('[data-testid="change-columns"]');
    await page.waitForSelector('[data-testid="analyse"]');
    await page.waitForTimeout(300);
    const mapping = await measureLayout(page);
    out.mapping = { clipped: mapping.regions.filter((r) => r.clipped).map((r) => `${r.name} ${r.scrollWidth}/${r.clientWidth}`), pageOverflow: mapping.pageOverflow, cutText: mapping.cutText.slice(0, 6) };
    if (shots) {
      await screenshot(page, `layout-${width}-${locale}-mapping`);
      await page.screenshot({ path: `test-results/screenshots/layout-${width}-${locale}-mapping-full.png`, fullPage: true });
    }
    console.log(JSON.stringify({ width, locale, ...out }));
    await app.close();
  }
}
await server.stop();
