// Contact columns for campaigns on the mapping screen of the demo shop (which has e-mail, phone,
// push token and messenger id columns): the four are guessed and say so, a change and back, a
// contact that is also the date column is refused in the user's language, and the analysis runs
// with them. Screenshots of the mapping screen at 1920 and 390 px in English and Russian.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp } from './helpers/use-app';

const SHOTS = '/tmp/s16-shots/contacts';
const KINDS = ['email', 'phone', 'push', 'messenger'] as const;

async function openMapping(page: Page): Promise<void> {
  await page.getByTestId('load-demo').click();
  await page.getByTestId('results').waitFor({ timeout: 60_000 });
  await page.getByTestId('change-columns').click();
  await page.getByTestId('contact-columns').waitFor();
}

const chosen = (page: Page) => Promise.all(KINDS.map((kind) => page.getByTestId(`contact-${kind}`).inputValue()));
const section = (page: Page) => page.getByTestId('contact-columns').innerText();

async function shots(page: Page, width: number): Promise<void> {
  const contacts = page.getByTestId('contact-columns');
  await page.screenshot({ path: join(SHOTS, `mapping-${width}-en.png`), fullPage: true });
  await contacts.screenshot({ path: join(SHOTS, `contacts-${width}-en.png`) });
  await page.getByTestId('lang-ru').click();
  await expect.poll(() => section(page)).toContain('Контакты для кампаний');
  await page.screenshot({ path: join(SHOTS, `mapping-${width}-ru.png`), fullPage: true });
  await contacts.screenshot({ path: join(SHOTS, `contacts-${width}-ru.png`) });
  await page.getByTestId('lang-en').click();
}

describe('contact columns on a wide screen', () => {
  const ctx = useApp({ width: 1920, height: 1080, locale: 'en-GB' });

  it('shows the four guessed contact columns of the demo shop, and says they stay on the device', async () => {
    const { page } = ctx;
    await openMapping(page);
    expect(await chosen(page)).toEqual(['email', 'phone', 'push_token', 'messenger_id']);
    const text = await section(page);
    expect(text).toContain('stay on this device and appear only in your own exports');
    expect(text.match(/Guessed from the file/g)).toHaveLength(4);
    await shots(page, 1920);
  });

  it('takes a change and back; refuses the date column as a contact, in Russian too', async () => {
    const { page } = ctx;
    const push = page.getByTestId('contact-push');
    await push.selectOption('');
    expect(await chosen(page)).toEqual(['email', 'phone', '', 'messenger_id']);
    expect(await section(page)).toContain('Your choice');
    await push.selectOption('push_token');
    expect((await section(page)).match(/Guessed from the file/g)).toHaveLength(4);

    await push.selectOption('order_date');
    await expect.poll(() => page.getByTestId('contact-problems').innerText()).toContain('“order_date” is already the Order date column');
    expect(await page.getByTestId('analyse').isDisabled()).toBe(true);
    await page.getByTestId('lang-ru').click();
    await expect.poll(() => page.getByTestId('contact-problems').innerText()).toContain('Столбец «order_date» уже выбран как «Дата заказа»');
    await page.getByTestId('lang-en').click();

    // The customer id may be the e-mail column (shops that key customers by it).
    await page.getByTestId('contact-email').selectOption('customer_id');
    expect(await page.getByTestId('contact-problems').innerText()).not.toContain('customer_id');
    await page.getByTestId('contact-email').selectOption('email');
    await push.selectOption('push_token');
    expect(await page.getByTestId('contact-problems').count()).toBe(0);

    await page.getByTestId('analyse').click();
    await page.getByTestId('results').waitFor({ timeout: 60_000 });
    await page.getByTestId('change-columns').click();
    await page.getByTestId('contact-columns').waitFor();
    expect(await chosen(page)).toEqual(['email', 'phone', 'push_token', 'messenger_id']);
  });
});

describe('contact columns on a phone', () => {
  const ctx = useApp({ width: 390, height: 844, locale: 'en-GB' });

  it('shows them one under another, in both languages', async () => {
    const { page } = ctx;
    await openMapping(page);
    expect(await chosen(page)).toEqual(['email', 'phone', 'push_token', 'messenger_id']);
    const widths = await page.getByTestId('contact-columns').locator('select').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().width));
    expect(Math.min(...widths)).toBeGreaterThan(250);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shots(page, 390);
  });
});
