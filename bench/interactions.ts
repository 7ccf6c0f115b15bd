// What a user waits for after the results are on screen, in the views and the segment editor
// (issues 6 and 7). Each function starts and ends on the results page, segments view, with a
// 5 × 5 × 5 grid and the 11-archetype preset, and returns the median of its repetitions in seconds.
// - tab_value, tab_health: a click on the tab to its figures on screen (the value table's total
//   row, the health view's average-order answer), back to the segments view between clicks; five.
// - tab_movement: in the movement view, a new start date to the matrix for that date; five dates.
// - tab_predict: a click on the Prediction tab to its fit report (BG/NBD and Gamma-Gamma fitted in
//   the worker on the analysis on screen, every customer predicted), once: a new analysis fits
//   again; with the longest main-thread task seen meanwhile (the page must stay responsive).
//   These three are timed in Node around the click and the wait, as the user sees them.
// - resegment_cell: a cell painted in the editor to the new segment totals, from the app's marks
//   `cvm:config-changed` to `cvm:scored`; seven cells. resegment_rule: adding the Forgotten rule,
//   the same marks, once. The user's copy of the preset these edits make is deleted at the end.

import type { Page } from 'playwright-core';
import { median } from './stats';

const WAIT = { timeout: 120_000 };

export interface ViewTimes {
  valueS: number;
  healthS: number;
  movementS: number;
  predictS: number;
  /** The longest main-thread task while the prediction was fitted (0: none over 50 ms). */
  predictLongestTaskMs: number;
}

export interface EditorTimes {
  cellS: number;
  ruleS: number;
}

const markCount = (page: Page, name: string) => page.evaluate((n) => performance.getEntriesByName(`cvm:${n}`).length, name);

async function repeat(times: number, once: (i: number) => Promise<number>): Promise<number> {
  const values: number[] = [];
  for (let i = 0; i < times; i++) values.push(await once(i));
  return median(values)!;
}

/** Milliseconds from `start` to `ready` resolving, in Node. */
async function clock(start: () => Promise<void>, ready: () => Promise<unknown>): Promise<number> {
  const t0 = Date.now();
  await start();
  await ready();
  return Date.now() - t0;
}

export async function timeViews(page: Page): Promise<ViewTimes> {
  const tab = (name: string) => () => page.getByTestId(`view-${name}`).click();
  const segments = () => page.getByTestId('view-segments').click();
  const openTab = (name: string, figure: string) =>
    repeat(5, async () => {
      const ms = await clock(tab(name), () => page.getByTestId(figure).waitFor(WAIT));
      await segments();
      return ms;
    });
  const valueMs = await openTab('value', 'value-__total__-customers');
  const healthMs = await openTab('health', 'health-answer-aov');

  await tab('movement')();
  await page.getByTestId('migration-matrix').waitFor(WAIT);
  const days = [30, 91, 365, 60, 120];
  const movementMs = await repeat(days.length, async (i) => {
    const asOf = await page.getByTestId('as-of').inputValue();
    const before = new Date(Date.parse(`${asOf}T00:00:00Z`) - days[i] * 86_400_000).toISOString().slice(0, 10);
    const input = page.getByTestId('migration-before');
    return clock(
      async () => {
        await input.fill(before);
        await input.dispatchEvent('change');
      },
      () => page.waitForFunction((b) => document.querySelector('[data-testid="migration-matrix"]')?.getAttribute('data-before') === b, before, WAIT),
    );
  });
  await segments();

  const longest = () => page.evaluate(() => (window as unknown as { __cvmLongest: number }).__cvmLongest);
  const before = await longest();
  await page.evaluate(() => ((window as unknown as { __cvmLongest: number }).__cvmLongest = 0));
  const predictMs = await clock(tab('predict'), () => page.getByTestId('predict-fit-report').waitFor(WAIT));
  const predictLongestTaskMs = await longest();
  // The analysis' own figure is read before the views; keep the observer's running maximum as it was.
  await page.evaluate((m) => ((window as unknown as { __cvmLongest: number }).__cvmLongest = Math.max(m, (window as unknown as { __cvmLongest: number }).__cvmLongest)), before);
  await segments();
  return { valueS: valueMs / 1000, healthS: healthMs / 1000, movementS: movementMs / 1000, predictS: predictMs / 1000, predictLongestTaskMs };
}

/** One edit: its `cvm:config-changed` to the `cvm:scored` it causes, in ms. */
async function resegment(page: Page, edit: () => Promise<void>): Promise<number> {
  const before = await markCount(page, 'scored');
  await edit();
  await page.waitForFunction((n) => performance.getEntriesByName('cvm:scored').length > n, before, WAIT);
  return page.evaluate(
    () => performance.getEntriesByName('cvm:scored').at(-1)!.startTime - performance.getEntriesByName('cvm:config-changed').at(-1)!.startTime,
  );
}

export async function timeEditor(page: Page): Promise<EditorTimes> {
  await page.getByTestId('edit-segments').click();
  await page.getByTestId('editor').waitFor(WAIT);
  // The first edit of a preset makes the user's copy and switches the analysis to it (a settings
  // change, not a configuration change): not timed, but waited for.
  const scored = await markCount(page, 'scored');
  const name = page.getByTestId('archetype-champions').getByTestId('archetype-name');
  await name.fill('Best');
  await name.press('Tab');
  await page.getByTestId('config-name').waitFor(WAIT);
  await page.waitForFunction((n) => performance.getEntriesByName('cvm:scored').length > n, scored, WAIT);

  await page.getByTestId('archetype-lost').getByTestId('brush').check();
  const cells = ['5-5-5', '4-4-4', '3-3-3', '2-2-2', '5-4-3', '1-5-5', '2-3-4'];
  const cellMs = await repeat(cells.length, (i) => resegment(page, () => page.getByTestId(`cell-${cells[i]}`).click()));
  const ruleMs = await resegment(page, () => page.getByTestId('rule-add-forgotten').click());

  // Back to the preset, so the next run analyses with it (deleting the copy selects its preset).
  const again = await markCount(page, 'scored');
  await page.getByTestId('config-delete').click();
  await page.getByTestId('config-delete-confirm').click();
  await page.waitForFunction((n) => performance.getEntriesByName('cvm:scored').length > n, again, WAIT);
  const drawn = await markCount(page, 'drawn');
  await page.getByTestId('editor-done').click();
  await page.waitForFunction((n) => performance.getEntriesByName('cvm:drawn').length > n, drawn, WAIT);
  return { cellS: cellMs / 1000, ruleS: ruleMs / 1000 };
}
