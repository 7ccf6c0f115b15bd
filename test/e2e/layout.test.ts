// The layout a person sees on a phone and on a projector, in both languages: no table, matrix or
// tab bar cut off without a visible "more →" hint, the answer (the segment table) on the first
// screen of a 1920 x 1080 projector, the import report closed unless something in it needs a
// decision, and touch targets a finger can hit on the phone.
import { describe, expect, it } from 'vitest';
import { importFixture } from './helpers/import-steps';
import { measureLayout } from './helpers/layout-measure';
import { useApp } from './helpers/use-app';

const VIEWS = ['segments', 'value', 'health', 'movement'] as const;
const READY = { segments: 'segment-table', value: 'value-table-region', health: 'health-table', movement: 'migration-matrix' } as const;

describe.each([
  { width: 390, height: 844, locale: 'en' },
  { width: 390, height: 844, locale: 'ru' },
  { width: 1920, height: 1080, locale: 'en' },
  { width: 1920, height: 1080, locale: 'ru' },
])('at $width px in $locale', ({ width, height, locale }) => {
  const ctx = useApp({ width, height, locale });

  it('opens the demo with the report closed to one line and the settings in one line', async () => {
    const { page } = ctx;
    await page.getByTestId('load-demo').click();
    await page.getByTestId('segment-table').waitFor();
    expect(await page.getByTestId('import-report').evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    expect(await page.getByTestId('settings-panel').evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    const line = await page.getByTestId('settings-line').innerText();
    expect(line).toMatch(locale === 'en' ? /^5 scores per axis, ranked groups \(quantiles\), as of / : /^5 баллов на ось, группы по рангу \(квантили\), на /);
    // The demo has no currency column: money is in the language's currency.
    expect(await page.getByTestId('kpi-revenue').innerText()).toContain(locale === 'en' ? '$' : '₽');
  });

  if (width === 1920) {
    it('shows the totals and the segment table on the first screen', async () => {
      const { page } = ctx;
      await page.evaluate(() => window.scrollTo(0, 0));
      const top = await page.getByTestId('segment-table').evaluate((el) => el.getBoundingClientRect().top);
      const kpi = await page.getByTestId('kpi-revenue').evaluate((el) => el.getBoundingClientRect().bottom);
      expect(kpi).toBeLessThan(height);
      // Its header and at least the first rows are above the fold.
      expect(top + 150).toBeLessThan(height);
    });
  }

  it('cuts no table and no tab off without a hint, in any view', async () => {
    const { page } = ctx;
    for (const view of VIEWS) {
      await page.getByTestId(`view-${view}`).click();
      await page.getByTestId(READY[view]).waitFor({ state: 'attached', timeout: 60_000 });
      await page.waitForTimeout(300);
      const m = await measureLayout(page);
      expect(m.regions.length, view).toBeGreaterThan(0);
      expect(m.regions.filter((r) => r.clipped), view).toEqual([]);
      expect(m.pageOverflow, view).toBeLessThanOrEqual(0);
      expect(m.cutText, view).toEqual([]);
      expect(m.tabs!.scrollWidth, view).toBeLessThanOrEqual(m.tabs!.clientWidth + 1);
      expect(m.tabs!.cutLabels, view).toEqual([]);
      // On a phone the wide tables scroll, and their hint is there to say so.
      if (width === 390 && view !== 'segments') expect(m.regions.some((r) => r.hint), view).toBe(true);
    }
    await page.getByTestId('view-segments').click();
  });

  if (width === 390) {
    it('gives the main buttons and the tabs 44 px touch targets, and keeps the tabs at hand', async () => {
      const { page } = ctx;
      const targets = ['download-csv', 'new-file', 'edit-segments', 'change-columns', ...VIEWS.map((v) => `view-${v}`)];
      for (const testid of targets) {
        const box = (await page.getByTestId(testid).boundingBox())!;
        expect(Math.min(box.height, box.width), testid).toBeGreaterThanOrEqual(44);
      }
      const summary = (await page.getByTestId('settings-panel').locator('summary').first().boundingBox())!;
      expect(summary.height).toBeGreaterThanOrEqual(44);
      // Scrolled far down, the tab bar is still on screen.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      const tabs = (await page.getByRole('tablist').boundingBox())!;
      expect(tabs.y).toBeGreaterThanOrEqual(0);
      expect(tabs.y).toBeLessThan(10);
      await page.evaluate(() => window.scrollTo(0, 0));
    });

    it('opens the report for a file whose rows need a decision, and marks which', async () => {
      const { page } = ctx;
      await page.getByTestId('new-file').click();
      await page.setInputFiles('[data-testid="file-input"]', importFixture('dirty/dirty-rows.csv'));
      await page.getByTestId('analyse').click();
      await page.getByTestId('results').waitFor();
      await page.getByTestId('report-bad-date').waitFor();
      const report = page.getByTestId('import-report');
      expect(await report.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
      // One unreadable date in eleven rows is 9 %: that many point to a wrong column or format.
      expect((await report.getAttribute('data-decisions'))!.split(' ')).toContain('bad-date');
      expect(await page.getByTestId('report-line').innerText()).toMatch(locale === 'en' ? /^6 of 11 rows used .*; 2 without a customer$/ : /без клиента: 2$/);
    });
  }
});
