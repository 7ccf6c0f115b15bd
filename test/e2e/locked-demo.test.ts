// The locked demo for workshops, offline: the user keeps a dataset of their own and makes a
// configuration; the locked demo is opened, edited (a configuration, a snapshot) and reset: the
// edits are gone and the demo is as shipped, the user's dataset and configuration are untouched
// (also after a reload), and an edit made in the locked demo is gone after the next start.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './helpers/axe';
import { engineReady, useApp } from './helpers/use-app';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const SHOTS = '/tmp/demo/locked';

async function settled(page: Page) {
  await expect.poll(() => page.getByTestId('busy').count()).toBe(0);
}

async function goHome(page: Page) {
  await page.getByTestId('app-home').click();
  await page.getByTestId('library').waitFor();
}

async function openEditor(page: Page) {
  await page.getByTestId('edit-segments').click();
  await page.getByTestId('editor').waitFor();
  await settled(page);
}

/** Renames Champions: the first change makes the user's own copy of the preset, saved at once. */
async function renameChampions(page: Page, name: string) {
  const field = page.getByTestId('archetype-champions').getByTestId('archetype-name');
  await field.fill(name);
  await field.press('Tab');
  await page.getByTestId('config-name').waitFor();
}

const configNames = (page: Page) => page.getByTestId('config-select').locator('option').allInnerTexts();

async function openLockedDemo(page: Page) {
  await page.getByTestId('load-locked-demo').click();
  await page.getByTestId('results').waitFor({ timeout: 60_000 });
  await page.getByTestId('locked-demo-banner').waitFor();
  await settled(page);
}

const keptNames = (page: Page) => page.locator('[data-testid="dataset-list"] li').allInnerTexts();
const snapshotNames = async (page: Page) => ((await page.getByTestId('snapshot-list').count()) ? page.locator('[data-testid="snapshot-list"] li').allInnerTexts() : []);

describe('the locked demo: edits vanish on Reset and on the next start, the user\'s own data stays', () => {
  const ctx = useApp({ width: 1280, height: 900, locale: 'en-GB', offline: true });
  let demoKpi = '';

  it('keeps a dataset of the user and a configuration of theirs', async () => {
    const { page } = ctx;
    await page.getByTestId('file-input').setInputFiles(path.join(FIXTURES, 'orders-basic.csv'));
    await page.getByTestId('analyse').click();
    await page.getByTestId('results').waitFor();
    await page.locator('[data-testid="keeping"][data-keeping="kept"]').waitFor();
    await openEditor(page);
    await renameChampions(page, 'My best');
    await expect.poll(() => configNames(page)).toContain('Eleven archetypes (my copy)');
  });

  it('opens the locked demo from the start page, with the banner, the demo campaign and none of the user\'s configurations', async () => {
    const { page } = ctx;
    await goHome(page);
    expect(await page.getByTestId('load-locked-demo').innerText()).toBe('Workshop: locked demo');
    await openLockedDemo(page);
    demoKpi = await page.getByTestId('kpi-customers').innerText();
    expect(demoKpi).toBe('5,000');
    expect(await page.getByTestId('locked-demo-banner').innerText()).toMatch(/vanishes on Reset demo/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/banner-1280-en.png` });
    await page.getByTestId('view-campaigns').click();
    await page.getByTestId('campaign-demo-badge').waitFor();
    await openEditor(page);
    expect(await page.getByTestId('preset-note').isVisible()).toBe(true);
    expect(await configNames(page)).not.toContain('Eleven archetypes (my copy)');
  });

  it('edits in the locked demo: a configuration and a snapshot', async () => {
    const { page } = ctx;
    await renameChampions(page, 'Workshop heroes');
    await expect.poll(() => configNames(page)).toContain('Eleven archetypes (my copy)');
    await page.getByTestId('editor-done').click();
    await page.getByTestId('results').waitFor();
    await page.getByTestId('snapshot-start').click();
    await page.getByTestId('snapshot-name').fill('Workshop snapshot');
    await page.getByTestId('snapshot-save').click();
    expect(await page.getByTestId('snapshot-saved').innerText()).toContain('Workshop snapshot');
  });

  it('Reset demo: the edits are gone and the demo is as shipped', async () => {
    const { page } = ctx;
    // The results shown before the reset go (every screen remounts once the edits are deleted);
    // only then is the demo read again, so waiting for "results" alone could see the old page.
    const before = await page.getByTestId('results').elementHandle();
    await page.getByTestId('reset-demo').click();
    await before!.waitForElementState('hidden');
    await page.getByTestId('results').waitFor();
    await settled(page);
    expect(await page.getByTestId('kpi-customers').innerText()).toBe(demoKpi);
    expect(await page.getByTestId('locked-demo-banner').isVisible()).toBe(true);
    await openEditor(page);
    expect(await page.getByTestId('preset-note').isVisible()).toBe(true);
    expect(await configNames(page)).not.toContain('Eleven archetypes (my copy)');
  });

  it('leaving the locked demo shows the user\'s own kept dataset and configuration, untouched, also after a reload', async () => {
    const { page } = ctx;
    for (const reload of [false, true]) {
      if (reload) {
        await page.reload();
        await engineReady(page);
      } else await goHome(page);
      await page.getByTestId('library').waitFor();
      expect(await page.getByTestId('locked-demo-banner').count()).toBe(0);
      await expect.poll(() => keptNames(page)).toEqual([expect.stringContaining('orders-basic.csv')]);
      expect((await snapshotNames(page)).join('\n')).not.toContain('Workshop snapshot');
      await page.locator('[data-testid="dataset-list"] li').getByTestId('item-open').click();
      await page.getByTestId('results').waitFor();
      await openEditor(page);
      expect(await page.getByTestId('config-name').inputValue()).toBe('Eleven archetypes (my copy)');
      expect(await page.getByTestId('archetype-champions').getByTestId('archetype-name').inputValue()).toBe('My best');
      if (!reload) await page.getByTestId('app-home').click();
    }
  });

  it('an edit made in the locked demo is gone after the next start', async () => {
    const { page } = ctx;
    await goHome(page);
    await openLockedDemo(page);
    await openEditor(page);
    await renameChampions(page, 'Gone tomorrow');
    await expect.poll(() => configNames(page)).toContain('Eleven archetypes (my copy)');
    await page.reload();
    await engineReady(page);
    await openLockedDemo(page);
    await openEditor(page);
    expect(await page.getByTestId('preset-note').isVisible()).toBe(true);
    expect(await configNames(page)).not.toContain('Eleven archetypes (my copy)');
  });
});
