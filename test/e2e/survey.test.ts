// What customers value, in the built app: a Google Forms export opened on the Survey tab, matched
// to the customers of test/fixtures/survey/orders.csv by the e-mail column chosen, with the same
// figures as the command line (test/sql/survey.test.ts, test/sql/cli.test.ts).
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './helpers/browser';
import { analyse, textOf as text } from './helpers/import-steps';
import { useApp } from './helpers/use-app';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/survey/${name}`, import.meta.url));

describe('survey answers per segment in the page', () => {
  let page: Page;
  useApp({ width: 1280, height: 900, locale: 'en-GB' }, async (opened) => {
    page = opened;
  });

  it('matches a Google Forms export by the e-mail column and gives NPS per segment and for all answers', async () => {
    await page.getByTestId('file-input').setInputFiles(fixture('orders.csv'));
    await analyse(page);
    await page.getByTestId('view-surveys').click();
    expect(await text(page, 'survey-empty')).toBe('No survey answers yet for this analysis.');
    await page.getByTestId('survey-file').setInputFiles(fixture('google-forms.csv'));
    await page.getByTestId('survey-table').waitFor();
    // By id alone no e-mail is a customer id.
    await expect.poll(() => text(page, 'survey-matched')).toMatch(/^6 answers, 0 matched to customers\./);
    await page.getByTestId('survey-contact-email').selectOption('email');
    await expect.poll(() => text(page, 'survey-matched')).toMatch(/^6 answers, 3 matched to customers\. Not matched: 1 without an identifier, 1 not a customer in this data, 1 with a contact two customers share\./);
    // All 6 answers: 2 promoters, 2 detractors: NPS 0.
    expect(await text(page, 'survey-nps-all')).toMatch(/^0\b/);
    expect(await page.getByTestId('survey-col-nps').inputValue()).toBe('How likely are you to recommend us to a friend?');
    await screenshot(page, 'e2e-survey');
  });
});
