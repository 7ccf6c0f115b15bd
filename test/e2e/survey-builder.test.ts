// The survey builder in the built app: a survey made from the start page, two answers typed in
// with the keyboard only, an option renamed afterwards (version 2, the answers stay with version
// 1), the answers downloaded as CSV, and the survey deleted with its answers. Then each of its
// screens on a phone and a projector, in both languages: axe finds nothing serious, and the
// screenshots are kept to look at.
import { fileURLToPath } from 'node:url';
import { mkdir, readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './helpers/axe';
import { useApp } from './helpers/use-app';

const SHOTS = fileURLToPath(new URL('../../test-results/screenshots/survey-builder', import.meta.url));

const text = (page: Page, testid: string) => page.getByTestId(testid).first().innerText();
const focused = (page: Page) => page.evaluate(() => {
  const el = document.activeElement as HTMLInputElement | null;
  return el ? `${el.tagName.toLowerCase()}:${el.name || el.dataset.testid || ''}:${el.value ?? ''}` : '';
});

/** On the surveys screen: a new survey with the starter questions, saved under `name`. */
async function newSurvey(page: Page, name: string) {
  await page.getByTestId('survey-new').click();
  await page.getByTestId('survey-name-input').fill(name);
  await page.getByTestId('survey-save').click();
  await page.getByTestId('survey-item').waitFor();
}

describe('building a survey and entering its answers', () => {
  const ctx = useApp({ width: 1280, height: 900, locale: 'en-GB' });

  it('creates a survey, takes two answers by keyboard, makes version 2 on an edit, exports and deletes', async () => {
    const page = ctx.page;
    await page.getByTestId('open-surveys').click();
    expect(await text(page, 'surveys-empty')).toContain('No surveys yet');
    await newSurvey(page, 'Café survey');
    expect(await text(page, 'survey-name')).toBe('Café survey');
    expect(await text(page, 'survey-facts')).toMatch(/Version 1\s+0 answers/);

    await page.getByTestId('survey-enter').click();
    await page.getByTestId('manual-entry').waitFor();
    expect(await text(page, 'entry-count')).toBe('0 answers entered');
    // The heading has the focus; Tab passes "Back to surveys" to the first score.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('input:nps:0');
    await page.keyboard.press('9');
    await page.keyboard.press('Tab');
    await page.keyboard.press('4');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await expect.poll(() => text(page, 'entry-count')).toBe('1 answer entered');
    // The form is empty again, the focus on its first field.
    expect(await focused(page)).toBe('input:nps:0');
    expect(await page.locator('input[name="nps"]:checked').count()).toBe(0);
    await page.keyboard.press('1');
    await page.keyboard.press('0');
    await page.keyboard.press('Tab');
    await page.keyboard.press('5');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    // Nothing outside a scale: "7" on 1-5 picks nothing, the 5 stays.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('7');
    expect(await page.locator('input[name="satisfaction"]:checked').inputValue()).toBe('5');
    await page.keyboard.press('Enter');
    await expect.poll(() => text(page, 'entry-count')).toBe('2 answers entered');
    expect(await page.getByTestId('entry-item').allInnerTexts()).toEqual([
      expect.stringContaining('NPS 10 · satisfaction 5 · Personal approach'),
      expect.stringContaining('NPS 9 · satisfaction 4 · Speed of service'),
    ]);

    await page.getByTestId('entry-back').click();
    await expect.poll(() => text(page, 'survey-facts')).toMatch(/Version 1\s+2 answers\s+last answer/);

    await page.getByTestId('survey-edit').click();
    expect(await text(page, 'survey-new-version-note')).toContain('a change is saved as version 2');
    await page.getByTestId('survey-option').nth(1).fill('Friendly staff');
    await page.getByTestId('survey-save').click();
    await expect.poll(() => text(page, 'survey-facts')).toMatch(/Version 2\s+2 answers/);
    expect(await text(page, 'surveys-done')).toBe('“Café survey” saved: version 2.');
    await page.getByTestId('survey-edit').click();
    expect(await page.getByTestId('survey-version').allInnerTexts()).toEqual(['version 1: 2 answers', 'version 2: 0 answers']);
    expect(await page.getByTestId('survey-option').nth(1).inputValue()).toBe('Friendly staff');
    await page.getByTestId('survey-cancel').click();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('survey-download').click()]);
    expect(download.suggestedFilename()).toMatch(/^café-survey-answers-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = (await readFile((await download.path())!, 'utf8')).trim().split(/\r?\n/);
    expect(rows[0]).toBe('answered_at,source,version,identifier,nps,satisfaction,matters,open_text');
    expect(rows.slice(1).map((r) => r.replace(/^[^,]+,/, ''))).toEqual(['manual,1,,9,4,Speed of service,', 'manual,1,,10,5,Personal approach,']);

    await page.getByTestId('survey-delete').click();
    expect(await text(page, 'survey-delete-question')).toBe('Delete “Café survey” and its 2 answers?');
    await page.getByTestId('survey-delete-confirm').click();
    await page.getByTestId('surveys-empty').waitFor();
    expect(await text(page, 'surveys-done')).toBe('“Café survey” deleted with its 2 answers.');
  });
});

describe.each([
  { width: 390, height: 844, locale: 'en-GB', lang: 'en' },
  { width: 390, height: 844, locale: 'ru-RU', lang: 'ru' },
  { width: 1920, height: 1080, locale: 'en-GB', lang: 'en' },
  { width: 1920, height: 1080, locale: 'ru-RU', lang: 'ru' },
])('the survey screens at $width px ($lang)', (options) => {
  const ctx = useApp(options);

  it('have no serious axe violation and fit the width', async () => {
    const page = ctx.page;
    await mkdir(SHOTS, { recursive: true });
    const found: Record<string, string[]> = {};
    const look = async (name: string) => {
      await page.waitForTimeout(200);
      found[name] = await seriousViolations(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(options.width);
      await page.screenshot({ path: `${SHOTS}/${name}-${options.width}-${options.lang}.png`, fullPage: true });
    };
    await page.getByTestId('surveys-entry').scrollIntoViewIfNeeded();
    await look('start');
    await page.getByTestId('open-surveys').click();
    await page.getByTestId('surveys-empty').waitFor();
    await look('empty');
    await newSurvey(page, options.lang === 'ru' ? 'Опрос в кафе' : 'Café survey');
    await page.getByTestId('survey-enter').click();
    await page.getByTestId('entry-nps').locator('label').nth(8).click();
    await page.getByTestId('entry-matters').locator('label').first().click();
    // In the open answer Enter is a new line; Ctrl+Enter saves.
    await page.getByTestId('entry-text').fill('Fast');
    await page.getByTestId('entry-text').press('Enter');
    await page.getByTestId('entry-text').press('T');
    expect(await page.getByTestId('entry-text').inputValue()).toBe('Fast\nT');
    await page.getByTestId('entry-text').press('Control+Enter');
    await expect.poll(() => page.getByTestId('entry-item').count()).toBe(1);
    expect(await page.getByTestId('entry-text').inputValue()).toBe('');
    await page.getByTestId('entry-satisfaction').locator('label').nth(3).click();
    await look('entry');
    await page.getByTestId('entry-back').click();
    await look('list');
    await page.getByTestId('survey-edit').click();
    await page.getByTestId('survey-editor').waitFor();
    await look('editor');
    await page.getByTestId('survey-option').nth(2).fill('');
    await page.getByTestId('survey-save').click();
    await page.getByTestId('survey-problems').waitFor();
    await look('editor-problems');
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((name) => [name, []])));
  });
});
