// What customers value, in the built app: a Google Forms export opened on the Survey tab, matched
// to the customers of test/fixtures/survey/orders.csv by the e-mail column chosen, with the same
// figures as the command line (test/sql/survey.test.ts, test/sql/cli.test.ts); its open answers
// searched; the chart's table equal to the per-segment CSV; the answers kept on the device and
// shown again from the stored survey after a reload, with the same NPS; no axe violation.
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './helpers/browser';
import { analyse, textOf as text } from './helpers/import-steps';
import { engineReady, useApp } from './helpers/use-app';
import { seriousViolations } from './helpers/axe';

// With the other screenshots of the browser tests, to be looked at.
const SHOTS = fileURLToPath(new URL('../../test-results/screenshots/survey', import.meta.url));

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/survey/${name}`, import.meta.url));
async function openSurveyTab(page: Page): Promise<void> {
  await page.getByTestId('file-input').setInputFiles(fixture('orders.csv'));
  await analyse(page);
  await page.getByTestId('view-surveys').click();
  await page.getByTestId('survey-sources').waitFor();
}

/** The export opened and matched by the orders' e-mail column. */
async function openExport(page: Page): Promise<void> {
  await page.getByTestId('survey-file').setInputFiles(fixture('google-forms.csv'));
  await page.getByTestId('survey-table').waitFor();
  await page.getByTestId('survey-contact-email').selectOption('email');
  await expect.poll(() => text(page, 'survey-matched')).toMatch(/^6 (answers, 3 matched|ответов, сопоставлено с клиентами: 3\.)/);
}

/** A downloaded CSV as rows of cells (no quoted commas in these fixtures' figures). */
function csvRows(csv: string): string[][] {
  return csv.replace(/^\ufeff/, '').trim().split(/\r?\n/).map((line) => line.split(','));
}

describe('survey answers per segment in the page', () => {
  let page: Page;
  useApp({ width: 1280, height: 900, locale: 'en-GB' }, async (opened) => {
    page = opened;
  });

  it('matches a Google Forms export by the e-mail column and gives NPS per segment and for all answers', async () => {
    await openSurveyTab(page);
    // No survey on the device yet: the tab says where answers come from, and offers the export.
    expect(await text(page, 'survey-no-surveys')).toMatch(/^No surveys on this device yet\. Answers come from the kiosk/);
    expect(await page.getByTestId('survey-source-file').isChecked()).toBe(true);
    expect(await text(page, 'survey-empty')).toBe('Open a form tool’s export (CSV) to see its answers here.');
    await page.getByTestId('survey-file').setInputFiles(fixture('google-forms.csv'));
    await page.getByTestId('survey-table').waitFor();
    // By id alone no e-mail is a customer id.
    await expect.poll(() => text(page, 'survey-matched')).toMatch(/^6 answers, 0 matched to customers\./);
    await page.getByTestId('survey-contact-email').selectOption('email');
    await expect.poll(() => text(page, 'survey-matched')).toMatch(/^6 answers, 3 matched to customers\. Not matched: 1 without an identifier, 1 not a customer in this data, 1 with a contact two customers share\./);
    // All 6 answers: 2 promoters, 2 detractors: NPS 0, from 6 answers with its interval written out.
    expect(await text(page, 'survey-nps-all')).toBe('0');
    expect(await text(page, 'survey-nps-basis-all')).toMatch(/^from 6 answers · 95 % interval: -?\d/);
    expect(await page.getByTestId('survey-col-nps').inputValue()).toBe('How likely are you to recommend us to a friend?');
    await page.getByTestId('survey-chart').waitFor();
    await screenshot(page, 'e2e-survey');
  });

  it('lists the open answers with their segment, newest first, and finds them whatever the case', async () => {
    expect(await text(page, 'survey-open-count')).toBe('2 open answers, newest first.');
    const answers = page.getByTestId('survey-open-answer');
    expect(await answers.locator('.text').allInnerTexts()).toEqual(['Too expensive', 'Great shop']);
    expect(await answers.getByTestId('survey-open-answer-segment').allInnerTexts()).toEqual(['Lost', 'Champions']);
    await page.getByTestId('survey-open-search').fill('EXPENSIVE');
    await expect.poll(() => text(page, 'survey-open-count')).toBe('1 of 2 open answers, newest first.');
    expect(await answers.locator('.text').allInnerTexts()).toEqual(['Too expensive']);
    await page.getByTestId('survey-open-search').fill('');
    await page.getByTestId('survey-open-segment').selectOption('champions');
    await expect.poll(() => answers.locator('.text').allInnerTexts()).toEqual(['Great shop']);
    await page.getByTestId('survey-open-segment').selectOption('*');
  });

  it('shows in the chart\'s table the figures of the per-segment CSV, every option\'s share included', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('survey-download').click()]);
    const [header, ...rows] = csvRows(readFileSync((await download.path())!, 'utf8'));
    expect(header.slice(0, 7)).toEqual(['segment', 'responses', 'promoters', 'passives', 'detractors', 'nps', 'satisfaction_mean']);
    const options = header.slice(7);
    expect(options).toEqual(['Price', 'Quality', 'Speed of service', 'Unique products']);
    const names: Record<string, string> = { Champions: 'champions', Lost: 'lost' };
    expect(rows.map((r) => r[0]).sort()).toEqual(['Champions', 'Lost']);
    for (const row of rows) {
      const id = names[row[0]];
      const cells = await page.getByTestId(`survey-row-${id}`).locator('td').allInnerTexts();
      // NPS, share of revenue, answers, promoters / passives / detractors.
      expect(await text(page, `survey-nps-${id}`)).toBe(row[5]);
      expect(cells[2]).toBe(row[1]);
      expect(cells[3]).toBe(`${row[2]} / ${row[3]} / ${row[4]}`);
      for (const [i, share] of row.slice(7).entries()) {
        expect(await text(page, `survey-matrix-${id}-${i}`)).toBe(`${Math.round(Number(share) * 100)}%`);
      }
    }
  });

  it('has no serious or critical axe violation on the tab with results', async () => {
    await page.waitForTimeout(300);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('keeps the answers on the device once, and after a reload shows them from the stored survey with the same NPS', async () => {
    const before = { all: await text(page, 'survey-nps-all'), champions: await text(page, 'survey-nps-champions'), lost: await text(page, 'survey-nps-lost') };
    await page.getByTestId('survey-keep-button').click();
    await expect.poll(() => text(page, 'survey-source-summary')).toBe('“google-forms”: 6 answers.');
    expect(await page.getByTestId('survey-source-stored').isChecked()).toBe(true);
    // The same export again is told, not kept twice.
    await page.getByTestId('survey-source-file').check();
    await page.getByTestId('survey-keep-button').click();
    await expect.poll(() => text(page, 'survey-keep-outcome')).toBe('These answers are already kept in “google-forms”: nothing was added twice.');
    expect(await text(page, 'survey-sources')).toMatch(/google-forms\s+6 answers on this device/);

    await page.reload();
    await engineReady(page);
    await openSurveyTab(page);
    expect(await page.getByTestId('survey-source-stored').isChecked()).toBe(true);
    expect(await text(page, 'survey-source-summary')).toBe('“google-forms”: 6 answers.');
    await page.getByTestId('survey-contact-email').selectOption('email');
    await expect.poll(() => text(page, 'survey-matched')).toMatch(/^6 answers, 3 matched/);
    expect({ all: await text(page, 'survey-nps-all'), champions: await text(page, 'survey-nps-champions'), lost: await text(page, 'survey-nps-lost') }).toEqual(before);
    expect(await text(page, 'survey-open-count')).toBe('2 open answers, newest first.');
  });

  it('offers the demo shop\'s own survey when the demo is on screen, and shows it first', async () => {
    await page.getByTestId('new-file').click();
    await page.getByTestId('load-demo').click();
    await page.getByTestId('results').waitFor({ timeout: 60_000 });
    await page.getByTestId('view-surveys').click();
    await page.getByTestId('survey-sources').waitFor();
    expect(await page.getByTestId('survey-source-demo').isChecked()).toBe(true);
    // The kept survey is still offered next to it.
    expect(await page.getByTestId('survey-source-stored').count()).toBe(1);
    // The demo has an e-mail column too, so the one chosen for the first file stays chosen; its
    // answers name customer ids, and the figures below are the same with or without it.
    expect(await page.getByTestId('survey-contact-email').inputValue()).toBe('email');
    // The demo's customers answered in character (lib/demo/demo-survey.ts; the same figures as
    // test/sql/demo-survey.test.ts on the engine with the default settings).
    await page.getByTestId('survey-table').waitFor({ timeout: 60_000 });
    await expect.poll(() => text(page, 'survey-matched')).toMatch(/^2,178 answers, 2,042 matched to customers\./);
    expect(await text(page, 'survey-nps-champions')).toMatch(/^56\.3\b/);
    expect(await text(page, 'survey-nps-cant_lose')).toMatch(/^−66\.2\b|^-66\.2\b/);
    expect(await text(page, 'survey-nps-lost')).toMatch(/^−38\.6\b|^-38\.6\b/);
    expect(await text(page, 'survey-nps-all')).toMatch(/^25\.1\b/);
  });
});

describe.each([
  { width: 390, height: 844, locale: 'en-GB', lang: 'en' },
  { width: 390, height: 844, locale: 'ru-RU', lang: 'ru' },
  { width: 1920, height: 1080, locale: 'en-GB', lang: 'en' },
  { width: 1920, height: 1080, locale: 'ru-RU', lang: 'ru' },
])('the Survey tab at $width px ($lang)', ({ width, height, locale, lang }) => {
  const ctx = useApp({ width, height, locale });

  it('shows the results without widening the page, with no serious axe violation', async () => {
    const page = ctx.page;
    await openSurveyTab(page);
    await openExport(page);
    await page.getByTestId('survey-chart').waitFor();
    await page.waitForTimeout(600);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    expect(await seriousViolations(page)).toEqual([]);
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/survey-${width}-${lang}.png`, fullPage: true });
    // The panel in two halves, at full size, to look at closely.
    const box = (await page.getByTestId('survey-panel').boundingBox())!;
    const scroll = await page.evaluate(() => window.scrollY);
    const half = Math.ceil(box.height / 2);
    for (const [i, top] of [box.y + scroll, box.y + scroll + half].entries()) {
      await page.screenshot({ path: `${SHOTS}/survey-${width}-${lang}-${i + 1}.png`, fullPage: true, clip: { x: 0, y: top, width, height: half } });
    }
  });
});
