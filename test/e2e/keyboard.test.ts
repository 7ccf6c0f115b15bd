// Where the user lands and what the keyboard does: each new screen opens at its top with the
// focus on its heading (not the body), a refused file's error is in view on a phone, the skip
// link, the results tabs with arrow keys, the editor's cell map as a grid with one Tab stop.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openSettings } from './helpers/import-steps';
import { useApp } from './helpers/use-app';

/** What has the focus: the test id of the focused element, or its tag and text for a heading. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'body';
    return el.dataset.testid ?? `${el.tagName.toLowerCase()}: ${el.textContent?.trim()}`;
  });

const scrollTop = (page: Page) => page.evaluate(() => Math.round(window.scrollY));

async function scrollToBottom(page: Page) {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  expect(await scrollTop(page)).toBeGreaterThan(300);
}

describe('on a phone, a keyboard and screen-reader user', () => {
  const ctx = useApp({ width: 390, height: 844, locale: 'en-GB' });

  it('reaches the main content with the skip link, the first thing Tab reaches', async () => {
    const { page } = ctx;
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('skip-link');
    expect(await page.getByTestId('skip-link').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('h1: Turn your order history into customer segments');
    expect(new URL(page.url()).hash).toBe('');
  });

  it('sees a refused file\'s error where they are looking, read out as an alert', async () => {
    const { page } = ctx;
    await scrollToBottom(page);
    await page.getByTestId('file-input').setInputFiles({ name: 'orders.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) });
    const banner = page.getByTestId('error-banner');
    await banner.waitFor();
    expect(await banner.getAttribute('role')).toBe('alert');
    const box = (await banner.boundingBox())!;
    // Within a pixel: scrolled to its top, the banner can sit a subpixel above it (Chromium 156 gives -0.44).
    expect(box.y).toBeGreaterThanOrEqual(-1);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    // Dismissed, the banner takes its button with it: the focus goes to the heading, not the body.
    await banner.getByRole('button').click();
    expect(await focused(page)).toBe('h1: Turn your order history into customer segments');
  });

  it('lands at the top of the results with the focus on their heading after Analyse, from far down the start page', async () => {
    const { page } = ctx;
    await scrollToBottom(page);
    await page.getByTestId('load-demo').click();
    await page.getByTestId('results').waitFor({ timeout: 60_000 });
    await expect.poll(() => focused(page), { timeout: 10_000 }).toBe('h1: Customer segments');
    expect(await scrollTop(page)).toBe(0);
    expect(await page.title()).toBe('Customer segments · CVM Lab');
  });

  it('lands on the heading of the editor, of the results again, of the mapping and of the start page', async () => {
    const { page } = ctx;
    const arrive = async (testid: string, heading: string) => {
      await scrollToBottom(page).catch(() => undefined);
      await page.getByTestId(testid).click();
      await expect.poll(() => focused(page), { timeout: 10_000 }).toBe(`h1: ${heading}`);
      expect(await scrollTop(page)).toBe(0);
    };
    await arrive('edit-segments', 'Segment editor');
    await arrive('editor-done', 'Customer segments');
    await arrive('change-columns', 'Check the columns');
    await arrive('other-file', 'Turn your order history into customer segments');
    await arrive('back-to-results', 'Customer segments');
  });

  it('lands on the results heading at the top when a snapshot opens, when it is analysed again and when a kept dataset opens', async () => {
    const { page } = ctx;
    await page.getByTestId('snapshot-start').click();
    await page.getByTestId('snapshot-name').fill('Focus check');
    await page.getByTestId('snapshot-save').click();
    await page.getByTestId('snapshot-saved').waitFor();
    expect(await focused(page)).toBe('snapshot-start');

    const openFromStart = async (list: string) => {
      await page.getByTestId('new-file').click();
      const item = page.locator(`[data-testid="${list}"] li`).first();
      await item.waitFor();
      await scrollToBottom(page);
      await item.getByTestId('item-open').click();
      await page.getByTestId('results').waitFor({ timeout: 60_000 });
      await expect.poll(() => focused(page), { timeout: 10_000 }).toBe('h1: Customer segments');
      expect(await scrollTop(page)).toBe(0);
    };
    await openFromStart('snapshot-list');
    await page.getByTestId('snapshot-banner').waitFor();

    // Analysed again on the same screen: a new analysis, so the user arrives again.
    await scrollToBottom(page);
    await page.getByTestId('snapshot-reanalyse').click();
    await expect.poll(() => page.getByTestId('snapshot-banner').count(), { timeout: 30_000 }).toBe(0);
    await expect.poll(() => focused(page), { timeout: 10_000 }).toBe('h1: Customer segments');
    expect(await scrollTop(page)).toBe(0);

    // A re-score of the same data leaves the user at the control they changed.
    await openSettings(page);
    await page.getByTestId('bins-r').focus();
    await page.getByTestId('bins-r').selectOption('4');
    // Scored again when R has three cut points (four bins).
    await expect.poll(() => page.locator('[data-testid="breaks-r"] code').count(), { timeout: 30_000 }).toBe(3);
    expect(await focused(page)).toBe('bins-r');

    await openFromStart('dataset-list');
  });

  it('gets larger text when the browser\'s text size is larger (root size in rem, not px)', async () => {
    const { page, app } = ctx;
    const rootPx = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const before = await rootPx();
    const cdp = await app.context.newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 24 } });
    await expect.poll(rootPx).toBeCloseTo(before * 1.5, 0);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 16 } });
    await expect.poll(rootPx).toBeCloseTo(before, 1);
    await cdp.detach();
  });

  it('keeps the focus in the library when a rename closes or an item is deleted', async () => {
    const { page } = ctx;
    await page.getByTestId('new-file').click();
    const snapshot = page.locator('[data-testid="snapshot-list"] li').first();
    await snapshot.getByTestId('item-rename').click();
    await page.getByTestId('rename-input').press('Escape');
    expect(await focused(page)).toBe('item-rename');
    await snapshot.getByTestId('item-delete').click();
    expect(await focused(page)).toBe('delete-confirm');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('snapshots-empty').count(), { timeout: 10_000 }).toBe(1);
    expect(await focused(page)).toBe('h3: Snapshots');
    await page.getByTestId('back-to-results').click();
  });

  it('has the title and description in Russian once the language is Russian', async () => {
    const { page } = ctx;
    await page.getByTestId('lang-ru').click();
    expect(await page.title()).toBe('Сегменты клиентов · CVM Lab');
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toContain('RFM-сегментация');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    await page.getByTestId('lang-en').click();
  });
});

describe('a keyboard user on a wide screen', () => {
  const ctx = useApp({ width: 1280, height: 900, locale: 'en-GB' });

  it('moves between the results views with the arrow keys, Home and End; one Tab stop for the tab list', async () => {
    const { page } = ctx;
    await page.getByTestId('load-demo').click();
    await page.getByTestId('results').waitFor({ timeout: 60_000 });
    const tabs = page.getByRole('tab');
    expect(await tabs.count()).toBe(8);
    expect(await page.locator('[role="tab"][tabindex="0"]').count()).toBe(1);

    await page.getByTestId('view-segments').focus();
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toBe('view-value');
    expect(await page.getByTestId('view-value').getAttribute('aria-selected')).toBe('true');
    await page.getByTestId('value-__total__-customers').waitFor({ timeout: 60_000 });

    const panel = page.getByRole('tabpanel');
    expect(await panel.getAttribute('aria-labelledby')).toBe(await page.getByTestId('view-value').getAttribute('id'));
    expect(await page.getByTestId('view-value').getAttribute('aria-controls')).toBe(await panel.getAttribute('id'));

    await page.keyboard.press('End');
    expect(await focused(page)).toBe('view-campaigns');
    // The focus ring: dark blue, drawn inside the tab so the sideways-scrolling tab bar cannot cut it.
    const ring = await page.getByTestId('view-campaigns').evaluate((tab) => {
      const style = getComputedStyle(tab);
      const [own, bar] = [tab.getBoundingClientRect(), tab.parentElement!.getBoundingClientRect()];
      return { color: style.outlineColor, width: style.outlineWidth, offset: style.outlineOffset, inside: own.left >= bar.left && own.right <= bar.right };
    });
    expect(ring).toEqual({ color: 'rgb(29, 78, 216)', width: '3px', offset: '-3px', inside: true });
    await page.getByTestId('campaigns-panel').waitFor({ timeout: 60_000 });
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toBe('view-segments');
    await page.keyboard.press('ArrowLeft');
    expect(await focused(page)).toBe('view-campaigns');
    await page.keyboard.press('ArrowLeft');
    expect(await focused(page)).toBe('view-plan');
    await page.keyboard.press('Home');
    expect(await focused(page)).toBe('view-segments');
    expect(await page.locator('[role="tab"][tabindex="0"]').getAttribute('data-testid')).toBe('view-segments');

    // Tab leaves the tab list for the panel.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tabpanel');
  });

  it('reaches the editor\'s cell map in one Tab stop and moves through it with arrow keys, pages between panels, paints with Enter', async () => {
    const { page } = ctx;
    await page.getByTestId('edit-segments').click();
    await page.getByTestId('editor').waitFor();
    const map = page.getByTestId('cell-grid');
    expect(await map.locator('[role="grid"]').count()).toBe(5);
    expect(await map.locator('[tabindex="0"]').count()).toBe(1);
    expect(await map.locator('button:not([tabindex="-1"])').count()).toBe(1);

    await map.locator('[tabindex="0"]').focus();
    expect(await focused(page)).toBe('cell-5-1-5');
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toBe('cell-5-2-5');
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toBe('cell-4-2-5');
    await page.keyboard.press('PageDown');
    expect(await focused(page)).toBe('cell-4-2-4');
    await page.keyboard.press('End');
    expect(await focused(page)).toBe('cell-4-5-4');
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toBe('cell-4-5-4');
    // The label says what the cell shows: its customers and its revenue.
    expect(await page.getByTestId('cell-4-5-4').getAttribute('aria-label')).toMatch(/^R4 F5 M4: .+, [\d,]+ customers, .+ net revenue$/);

    await page.getByTestId('archetype-lost').getByTestId('brush').check();
    await page.getByTestId('cell-4-5-4').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('cell-4-5-4').getAttribute('data-archetype'), { timeout: 10_000 }).toBe('lost');
    // The roving stop stays where the user left it.
    expect(await map.locator('[tabindex="0"]').getAttribute('data-testid')).toBe('cell-4-5-4');

    // Row 0 and column 0 are the slice headings; their corner is the panel's M heading.
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await focused(page)).toBe('slice-m-4');
  });
});
