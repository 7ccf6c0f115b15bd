// Editing an archetype's playbook in the segment editor on the demo shop: the suggested playbook
// is shown, Champions' offer and lists are changed (saved at once, as every edit is), the segment
// page shows the new offer, and "back to the suggested playbook" brings the suggestion back.
// Screenshots of the playbook editor at 1920 and 390 px in English and Russian.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp } from './helpers/use-app';

const SHOTS = '/tmp/s16-shots/contacts';
const OFFER = 'A handwritten thank-you card with the next order';

async function openEditor(page: Page): Promise<void> {
  await page.getByTestId('load-demo').click();
  await page.getByTestId('results').waitFor({ timeout: 60_000 });
  await page.getByTestId('edit-segments').click();
  await page.getByTestId('playbook-editor').waitFor();
}

const items = (page: Page, list: string) => page.getByTestId(`${list}-item`).evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));

async function shots(page: Page, width: number): Promise<void> {
  const editor = page.getByTestId('playbook-editor');
  await editor.scrollIntoViewIfNeeded();
  await editor.screenshot({ path: join(SHOTS, `playbook-${width}-en.png`) });
  await page.getByTestId('lang-ru').click();
  await expect.poll(() => editor.innerText()).toContain('Сценарий работы');
  await editor.screenshot({ path: join(SHOTS, `playbook-${width}-ru.png`) });
  await page.getByTestId('lang-en').click();
}

describe('a shop owner writes the Champions playbook', () => {
  const ctx = useApp({ width: 1920, height: 1080, locale: 'en-GB' });

  it('shows the suggested playbook of the first archetype', async () => {
    const { page } = ctx;
    await openEditor(page);
    expect(await page.getByTestId('playbook-archetype').inputValue()).toBe('champions');
    expect(await page.getByTestId('playbook-goal').inputValue()).toBe('keep');
    expect(await items(page, 'playbook-actions')).toHaveLength(4);
    expect((await items(page, 'playbook-actions'))[0]).toMatch(/^Reward them with recognition/);
    expect(await page.getByTestId('playbook-offer').getAttribute('placeholder')).toBe('Early access to new products and a gift with the next order');
    expect(await page.getByTestId('playbook-source').innerText()).toContain('suggested playbook');
    expect(await page.getByTestId('playbook-reset').count()).toBe(0);
    await shots(page, 1920);
  });

  it('changes the offer and the lists: saved at once as the user’s own copy', async () => {
    const { page } = ctx;
    await page.getByTestId('playbook-offer').fill(OFFER);
    await page.getByTestId('playbook-offer').press('Tab');
    await page.getByTestId('config-name').waitFor();
    await page.getByTestId('playbook-reset').waitFor();

    // Remove the second action, move the (new) second one up, add one and type it.
    const before = await items(page, 'playbook-actions');
    await page.getByTestId('playbook-actions-remove').nth(1).click();
    await expect.poll(() => items(page, 'playbook-actions')).toEqual([before[0], before[2], before[3]]);
    await page.getByTestId('playbook-actions').getByRole('button', { name: 'Move item 2 up' }).click();
    await expect.poll(() => items(page, 'playbook-actions')).toEqual([before[2], before[0], before[3]]);
    await page.getByTestId('playbook-actions-add').click();
    const added = page.getByTestId('playbook-actions-item').nth(3);
    await added.fill('Invite them to the autumn preview');
    await added.press('Tab');
    await expect.poll(() => items(page, 'playbook-actions')).toEqual([before[2], before[0], before[3], 'Invite them to the autumn preview']);
    await page.getByTestId('playbook-goal').selectOption('grow');
  });

  it('the segment page shows the new offer and actions', async () => {
    const { page } = ctx;
    await page.getByTestId('editor-done').click();
    await page.getByTestId('results').waitFor();
    await page.getByTestId('segment-open-champions').click();
    await page.getByTestId('segment-page').waitFor();
    await expect.poll(() => page.getByTestId('segment-offer').innerText()).toBe(OFFER);
    const advice = await page.getByTestId('segment-advice').innerText();
    expect(advice).toContain('Invite them to the autumn preview');
    expect(advice).toContain('Your text, from the segment editor');
    expect(await page.getByTestId('segment-goal').innerText()).toBe('Goal: Grow');
  });

  it('goes back to the suggested playbook', async () => {
    const { page } = ctx;
    await page.getByTestId('segment-back').click();
    await page.getByTestId('edit-segments').click();
    await page.getByTestId('playbook-reset').click();
    await expect.poll(() => page.getByTestId('playbook-offer').inputValue()).toBe('');
    expect(await items(page, 'playbook-actions')).toHaveLength(4);
    expect(await page.getByTestId('playbook-goal').inputValue()).toBe('keep');
    expect(await page.getByTestId('playbook-reset').count()).toBe(0);
  });
});

describe('the playbook editor on a phone', () => {
  const ctx = useApp({ width: 390, height: 844, locale: 'en-GB' });

  it('fits the screen in both languages', async () => {
    const { page } = ctx;
    await openEditor(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const box = await page.getByTestId('playbook-actions-remove').first().boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    await shots(page, 390);
  });
});
