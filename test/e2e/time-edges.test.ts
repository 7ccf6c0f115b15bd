// The edges of time and the numbers that need a word, in the built app, on a small file worked
// out by hand (test/fixtures/health/partial-months.csv): orders from Wednesday 17 January to
// Sunday 9 June 2024, so January (17-31) and June (1-9) are partial months; six customers bought
// 675.00, and customer G only returned goods (-25.00), so is not scored.
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './helpers/browser';
import { analyse, textOf as text } from './helpers/import-steps';
import { useApp } from './helpers/use-app';

const FILE = fileURLToPath(new URL('../fixtures/health/partial-months.csv', import.meta.url));

async function shoot(page: Page, name: string) {
  for (const width of [1920, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 1080 });
    await page.getByTestId('kpi-revenue').scrollIntoViewIfNeeded();
    await screenshot(page, `${name}-kpis-${width}`);
    await page.getByTestId('health').scrollIntoViewIfNeeded();
    await screenshot(page, `${name}-health-${width}`);
    await page.getByTestId('cohort-table').scrollIntoViewIfNeeded();
    await screenshot(page, `${name}-cohorts-${width}`);
  }
}

describe('partial months and reconciled totals', () => {
  let page: Page;
  useApp({ width: 1920, height: 1080, locale: 'en-GB' }, async (opened) => {
    page = opened;
  });

  it('marks the partial first and last month, keeps them out of the answers, and reconciles the headline', async () => {
    await page.getByTestId('file-input').setInputFiles(FILE);
    await page.getByTestId('analyse').waitFor();
    await analyse(page);

    expect(await text(page, 'kpi-revenue')).toBe('$675.00');
    expect(await text(page, 'kpi-revenue-includes')).toBe('Scored customers’ orders before 10 Jun 2024, returns included.');
    expect(await text(page, 'kpi-revenue-all')).toBe('With the returns of 1 customer not scored: $650.00.');
    expect(await text(page, 'small-data-warning')).toMatch(/^Customers scored: 6\. Below 20 customers/);

    await page.getByTestId('view-health').click();
    await page.getByTestId('health-answer-aov').waitFor();
    // The last complete month is May, compared with April: neither partial month is compared.
    expect(await text(page, 'health-period')).toContain('May 2024, against Apr 2024');
    const notes = await page.getByTestId('health-partial').allInnerTexts();
    expect(notes).toHaveLength(2);
    expect(notes[0]).toMatch(/^Jan 2024 is partial: only 17\s?–\s?31 Jan are counted/);
    expect(notes[1]).toMatch(/^Jun 2024 is partial: only 1\s?–\s?9 Jun are counted/);
    expect(await text(page, 'health-history-short')).toMatch(/^The returning buyers’ share \(buyers who had bought before\) starts with the data/);
    await page.getByTestId('health-chart-revenue').waitFor();
    // The numbers behind the charts sit in a closed details element: read their text, not what is shown.
    const rows = page.getByTestId('health-table').locator('tbody tr');
    expect(await rows.count()).toBe(6);
    expect(await rows.first().locator('th').textContent()).toMatch(/partial: 17\s?–\s?31 Jan/);
    expect(await rows.last().locator('th').textContent()).toMatch(/partial: 1\s?–\s?9 Jun/);

    // Cohorts: January's (A, B) is the data's first; its month 5 (June) is not over; February's
    // (C) month 5 (July) has not begun.
    const cohorts = page.getByTestId('cohort-table').locator('tbody tr');
    expect(await cohorts.count()).toBe(5);
    expect(await cohorts.first().locator('th').innerText()).toContain('starts with the data');
    expect(await cohorts.first().locator('td[data-state="partial"]').count()).toBe(1);
    expect(await cohorts.nth(1).locator('td[data-state="future"]').count()).toBe(8);
    await shoot(page, 'time-edges-en');

    await page.getByTestId('lang-ru').click();
    await expect.poll(() => page.getByTestId('health-partial').first().innerText()).toMatch(/^янв\. 2024 г\. — неполный период/);
    // Russian money carries its rouble sign after a no-break space.
    expect(await text(page, 'kpi-revenue-all')).toBe('С возвратами 1 клиента без оценки: 650,00\u00a0₽.');
    await shoot(page, 'time-edges-ru');
  });
});

describe('a segment whose churn share contradicts its name, on the demo shop', () => {
  let page: Page;
  useApp({ width: 1280, height: 1000, locale: 'en-GB' }, async (opened) => {
    page = opened;
  });

  it('says why Loyal customers can be churned (the demo: 85.7 % of 806, recency over the 81 churn days in the CLI --out scores)', async () => {
    await page.getByTestId('load-demo').click();
    await page.getByTestId('results').waitFor();
    await page.getByTestId('view-value').click();
    const note = page.getByTestId('churn-name-note-loyal');
    await note.waitFor();
    expect(await note.innerText()).toMatch(/^Loyal: 85\.7% churned\. The name comes from the scores/);
    await note.scrollIntoViewIfNeeded();
    await screenshot(page, 'time-edges-demo-value-note');
  });
});
