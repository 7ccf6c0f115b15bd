// Measures what a person would call "cut off" on the current screen: every table (and the
// segment-editor grid) against the box that scrolls or clips it, the results tab bar, and text
// that overflows its own box. Shared by test/e2e/layout.test.ts and scripts/measure-layout.ts.
import type { Page } from 'playwright-core';

export interface RegionMeasure {
  /** data-testid of the table or its region, else the region's aria-label. */
  name: string;
  /** Width of the box that shows it (the scrolling box, or the viewport when nothing scrolls). */
  clientWidth: number;
  scrollWidth: number;
  /** A visible "more →" hint says that columns are hidden to the right. */
  hint: boolean;
  /** Content is wider than its box and nothing says so. */
  clipped: boolean;
}

export interface LayoutMeasure {
  regions: RegionMeasure[];
  tabs: { clientWidth: number; scrollWidth: number; cutLabels: string[] } | null;
  /** The page itself scrolls sideways (something is wider than the viewport). */
  pageOverflow: number;
  /** Elements whose text is wider than their box and hidden (ellipsis or overflow hidden). */
  cutText: string[];
}

export async function measureLayout(page: Page): Promise<LayoutMeasure> {
  // tsx (esbuild with keepNames) wraps inner functions in __name(), which the page does not have.
  await page.evaluate('globalThis.__name ??= (f) => f');
  return page.evaluate(() => {
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden' && !el.closest('.sr-only, details:not([open]) > :not(summary)');
    };
    const scroller = (el: Element): HTMLElement | null => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return p;
      }
      return null;
    };
    const regions = [...document.querySelectorAll('main table, [data-testid="cell-grid"]')].filter(visible).map((table) => {
      const box = scroller(table);
      const region = table.closest('[data-scroll-region]');
      const hintEl = region?.querySelector('[data-testid="more-columns"]');
      const hint = !!hintEl && visible(hintEl);
      const name = table.getAttribute('data-testid') ?? region?.getAttribute('data-testid') ?? box?.getAttribute('aria-label') ?? table.closest('[data-testid]')?.getAttribute('data-testid') ?? 'table';
      const clientWidth = box ? box.clientWidth : document.documentElement.clientWidth;
      const right = table.getBoundingClientRect().right;
      const scrollWidth = box ? box.scrollWidth : Math.ceil(right);
      return { name, clientWidth, scrollWidth, hint, clipped: scrollWidth > clientWidth + 1 && !hint };
    });
    const bar = document.querySelector('[role="tablist"]');
    const tabs =
      bar && visible(bar)
        ? {
            clientWidth: bar.clientWidth,
            scrollWidth: bar.scrollWidth,
            cutLabels: [...bar.querySelectorAll('[role="tab"]')].filter((t) => t.scrollWidth > t.clientWidth + 1).map((t) => t.textContent?.trim() ?? ''),
          }
        : null;
    const cutText: string[] = [];
    for (const el of document.querySelectorAll('main *')) {
      if (!(el instanceof HTMLElement) || !visible(el) || el.children.length > 0 || !el.textContent?.trim()) continue;
      const style = getComputedStyle(el);
      if (style.overflowX !== 'hidden' && style.textOverflow !== 'ellipsis') continue;
      if (el.closest('[data-testid="preview"]')) continue; // preview cells are samples, cut on purpose
      if (el.scrollWidth > el.clientWidth + 1) cutText.push(el.textContent.trim().slice(0, 40));
    }
    return { regions, tabs, pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth, cutText };
  });
}
