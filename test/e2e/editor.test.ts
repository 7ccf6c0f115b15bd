// The segment editor in the built app: rename an archetype, repaint cells (click, drag, a whole
// slice), add the Forgotten rule, reload and find the same segments; export the configuration,
// delete it, import it back; a malformed file is refused with the field named.
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { engineReady, useApp } from './helpers/use-app';

const segmentTable = (page: Page) => page.locator('[data-testid="editor"] table').last().innerText();
const cellOf = (page: Page, key: string) => page.getByTestId(`cell-${key}`).getAttribute('data-archetype');

async function settled(page: Page) {
  await expect.poll(() => page.getByTestId('busy').count()).toBe(0);
}

describe('a shop owner shapes their own segments', () => {
  const ctx = useApp({ width: 1280, height: 1000, locale: 'en-GB' });
  let tableAfterEdits = '';
  let exportedPath = '';

  it('opens the editor on the demo shop with the preset in use', async () => {
    const { page } = ctx;
    await page.getByTestId('load-demo').click();
    await page.getByTestId('results').waitFor();
    await page.getByTestId('edit-segments').click();
    await page.getByTestId('editor').waitFor();
    expect(await page.getByTestId('preset-note').isVisible()).toBe(true);
    expect(await cellOf(page, '5-5-5')).toBe('champions');
  });

  it('renames an archetype: the first change makes the user\'s own copy', async () => {
    const { page } = ctx;
    const name = page.getByTestId('archetype-champions').getByTestId('archetype-name');
    await name.fill('Best friends');
    await name.press('Tab');
    await page.getByTestId('config-name').waitFor();
    expect(await page.getByTestId('config-name').inputValue()).toBe('Eleven archetypes (my copy)');
    await expect.poll(() => segmentTable(page)).toContain('Best friends');
  });

  it('repaints a cell by click, three by drag and a whole slice, with undo and redo', async () => {
    const { page } = ctx;
    await page.getByTestId('archetype-lost').getByTestId('brush').check();
    await page.getByTestId('cell-5-5-5').click();
    expect(await cellOf(page, '5-5-5')).toBe('lost');

    // Drag along the top row of the M 5 panel.
    const box = async (key: string) => (await page.getByTestId(`cell-${key}`).boundingBox())!;
    const [a, c] = [await box('5-1-5'), await box('5-3-5')];
    await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await page.mouse.down();
    await page.mouse.move(a.x + a.width * 1.5, a.y + a.height / 2, { steps: 5 });
    await page.mouse.move(c.x + c.width / 2, c.y + c.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => cellOf(page, '5-2-5')).toBe('lost');
    expect(await cellOf(page, '5-1-5')).toBe('lost');
    expect(await cellOf(page, '5-3-5')).toBe('lost');

    await page.getByTestId('undo').click();
    await expect.poll(() => cellOf(page, '5-2-5')).not.toBe('lost');
    await page.getByTestId('redo').click();
    await expect.poll(() => cellOf(page, '5-2-5')).toBe('lost');

    // The Others brush and the M 1 panel heading: every M 1 cell unassigned, a warning says so.
    await page.getByTestId('brush-other').check();
    await page.getByTestId('slice-m-1').click();
    await expect.poll(() => cellOf(page, '3-3-1')).toBe('');
    expect(await page.getByTestId('editor-warnings').innerText()).toContain('Cells left unassigned: 25');
    await page.getByTestId('undo').click();
    await expect.poll(() => cellOf(page, '3-3-1')).not.toBe('');
  });

  it('adds the Forgotten rule; every customer is in exactly one segment', async () => {
    const { page } = ctx;
    await page.getByTestId('rule-add-forgotten').click();
    await page.getByTestId('rule-forgotten').waitFor();
    // The segments are counted again after the rule is added: on a loaded machine the busy mark
    // may not have appeared yet when the rule shows, so wait for the table itself.
    await expect.poll(() => segmentTable(page)).toContain('Forgotten');
    await settled(page);
    const table = await segmentTable(page);
    const customers = await page.locator('[data-testid="editor"] [data-testid^="segment-customers-"]').allInnerTexts();
    expect(customers.reduce((sum, text) => sum + Number(text.replace(/\D/g, '')), 0)).toBe(5000);
    tableAfterEdits = table;
  });

  it('after a reload, the kept dataset opens with the same segments', async () => {
    const { page } = ctx;
    await page.reload();
    await engineReady(page);
    await page.locator('[data-testid="dataset-list"] li').getByTestId('item-open').click();
    await page.getByTestId('results').waitFor();
    await page.getByTestId('edit-segments').click();
    await page.getByTestId('editor').waitFor();
    await settled(page);
    expect(await page.getByTestId('config-name').inputValue()).toBe('Eleven archetypes (my copy)');
    expect(await cellOf(page, '5-5-5')).toBe('lost');
    await expect.poll(() => segmentTable(page)).toBe(tableAfterEdits);
  });

  it('exports the configuration, deletes it, imports it back and sees the same segments', async () => {
    const { page } = ctx;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('config-export').click()]);
    const path = await download.path();
    exportedPath = path;
    expect(download.suggestedFilename()).toBe('Eleven archetypes (my copy).cvm-segments.json');
    await page.getByTestId('config-delete').click();
    await page.getByTestId('config-delete-confirm').click();
    await page.getByTestId('preset-note').waitFor();
    await settled(page);
    expect(await cellOf(page, '5-5-5')).toBe('champions');

    await page.getByTestId('config-import').setInputFiles(path);
    await page.getByTestId('config-name').waitFor();
    await settled(page);
    expect(await cellOf(page, '5-5-5')).toBe('lost');
    await expect.poll(() => segmentTable(page)).toBe(tableAfterEdits);
  });

  it('refuses a malformed file, naming the field, and changes nothing', async () => {
    const { page } = ctx;
    const json = JSON.parse(await readFile(exportedPath, 'utf8'));
    json.archetypes[1].color = 'teal';
    delete json.grid;
    const file = join(tmpdir(), 'broken.cvm-segments.json');
    await writeFile(file, JSON.stringify(json));
    await page.getByTestId('config-import').setInputFiles(file);
    const problems = await page.getByTestId('config-problems').innerText();
    expect(problems).toContain('“broken.cvm-segments.json” was not imported');
    expect(problems).toContain('grid: missing.');
    expect(problems).toContain('archetypes[1].color: not a colour like #1a2b3c.');
    expect(await segmentTable(page)).toBe(tableAfterEdits);
  });
});
