// The cascade planner on the demo shop (Plan tab), in the built app. Its numbers are the command
// line's: `npm run rfm -- demo.csv --email email --phone phone --push push_token --messenger
// messenger_id --plan PLAN.json` on the demo CSV (generateDemoShop({ seed: 42 })) prints, for Can't
// Lose Them (377 customers: 299 with an e-mail, 207 a phone, 149 a push token, 109 a messenger id,
// 357 at least one) with the USD defaults: push → e-mail → SMS → messenger 13.52 responses for
// 9.18; e-mail → push → messenger → SMS 12.14 for 8.89; SMS to everyone 207 sent, 5.31 responses,
// 1.72. The order changes with the buttons, a suggestion under a budget is applied, a channel's
// price survives a reload; the kept copy of the demo says it holds no contacts; no axe violation;
// screenshots at 390 and 1920 px in both languages.
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './helpers/axe';
import { textOf as text } from './helpers/import-steps';
import { engineReady, useApp } from './helpers/use-app';

const SHOTS = '/tmp/s16-shots/planner';

async function openPlan(page: Page): Promise<void> {
  await page.getByTestId('load-demo').click();
  await page.getByTestId('results').waitFor({ timeout: 60_000 });
  await page.getByTestId('view-plan').click();
  await page.getByTestId('plan-reach-table').waitFor({ timeout: 60_000 });
  await page.getByTestId('plan-cascade-table').waitFor();
}

const order = (page: Page) => page.locator('[data-testid="plan-step"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-channel')));
const card = (page: Page, id: string) => page.locator(`[data-testid="plan-channel"][data-id="${id}"]`);
const reachCells = async (page: Page, row: string) => {
  const cells = page.locator(row).locator('td');
  return (await cells.allInnerTexts()).map((t) => Number(t.replace(/[^\d]/g, '')));
};

describe('the cascade planner on the demo shop', () => {
  const ctx = useApp({ width: 1280, height: 900, locale: 'en-GB' });

  it("counts who each contact reaches per segment, Can't Lose Them as the command line does", async () => {
    const { page } = ctx;
    await openPlan(page);
    // Columns: customers, e-mail, phone, push, messenger, any.
    expect(await reachCells(page, '[data-testid="plan-reach-row"][data-segment="cant_lose"]')).toEqual([377, 299, 207, 149, 109, 357]);
    const rows = await page.locator('[data-testid="plan-reach-row"]').count();
    const sums = [0, 0, 0, 0, 0, 0];
    for (let i = 0; i < rows; i++) {
      const cells = await reachCells(page, `[data-testid="plan-reach-row"] >> nth=${i}`);
      cells.forEach((n, k) => (sums[k] += n));
      // No contact reaches more customers than the segment has; "any" is at least each one.
      expect(Math.max(...cells.slice(1))).toBeLessThanOrEqual(cells[0]);
      expect(cells[5]).toBeGreaterThanOrEqual(Math.max(...cells.slice(1, 5)));
    }
    const total = await reachCells(page, '[data-testid="plan-reach-total"]');
    expect(total).toEqual(sums);
    expect(total[0]).toBe(5000);
  });

  it("plans for Can't Lose Them with its playbook, the USD defaults cheapest first, and the command line's numbers", async () => {
    const { page } = ctx;
    expect(await page.getByTestId('plan-segment').inputValue()).toBe('cant_lose');
    expect(await text(page, 'plan-goal')).toBe('Goal: Win back');
    expect(await order(page)).toEqual(['push', 'email', 'sms', 'messenger']);
    expect(await text(page, 'plan-total-responses')).toBe('13.52');
    expect(await text(page, 'plan-total-cost')).toBe('$9.18');
    expect(await text(page, 'plan-total-reach')).toBe('357');
    expect(await text(page, 'plan-model')).toMatch(/^How the forecast is made: each step sends/);
  });

  it('moves channels with the buttons and the numbers follow: e-mail → push → messenger → SMS gives 12.14 responses for 8.89', async () => {
    const { page } = ctx;
    // By keyboard: e-mail to the front; its "earlier" button goes off, so the focus moves to "later".
    await card(page, 'email').getByTestId('plan-channel-up').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => order(page)).toEqual(['email', 'push', 'sms', 'messenger']);
    expect(await card(page, 'email').getByTestId('plan-channel-down').evaluate((el) => el === document.activeElement)).toBe(true);
    await card(page, 'messenger').getByTestId('plan-channel-up').click();
    await expect.poll(() => order(page)).toEqual(['email', 'push', 'messenger', 'sms']);
    expect(await text(page, 'plan-total-responses')).toBe('12.14');
    expect(await text(page, 'plan-total-cost')).toBe('$8.89');
    expect(await page.locator('[data-testid="plan-step"][data-channel="sms"] [data-testid="plan-step-sent"]').innerText()).toBe('115.16');
    expect(await text(page, 'plan-cost-per-response')).toMatch(/^Cost per response: \$0\.73 /);
    expect(await text(page, 'plan-baseline-sms')).toBe('SMS to everyone with a phone: 207.00 messages, $1.72; the cascade costs $7.17 more. Responses there: 5.31.');
    expect(await text(page, 'plan-baseline-all')).toBe('Every channel to everyone it reaches, no fallback: 764.00 messages, $11.34; the cascade saves $2.45. Responses there: 15.85.');
    // Every number is explained: the cost of the messenger, charged only on delivery.
    expect(await page.locator('[data-testid="plan-step"][data-channel="messenger"] [data-testid="plan-step-cost"]').getAttribute('title')).toBe(
      'Cost: price $0.09 × 84.82 delivered (charged only on delivery) = $7.63.',
    );
    await expect.poll(() => text(page, 'plan-double-charge')).toMatch(/^Double charging: about 0\.23 extra messages/);
    // Off: the step leaves the cascade.
    await card(page, 'messenger').getByTestId('plan-channel-enabled').uncheck();
    await expect.poll(() => order(page)).toEqual(['email', 'push', 'sms']);
    await card(page, 'messenger').getByTestId('plan-channel-enabled').check();
    await expect.poll(() => order(page)).toEqual(['email', 'push', 'messenger', 'sms']);
  });

  it('suggests the most responses within a budget, applies it, and says when nothing fits', async () => {
    const { page } = ctx;
    await page.getByTestId('plan-suggest-amount').fill('2');
    await page.getByTestId('plan-suggestion').waitFor();
    const figures = await text(page, 'plan-suggestion-figures');
    const [, responses, cost] = figures.match(/^([\d.]+) expected responses for \$([\d.]+)\.$/) ?? [];
    expect(Number(cost)).toBeLessThanOrEqual(2);
    // More than SMS to everyone brings, for about the same money: the messenger does not fit.
    expect(Number(responses)).toBeGreaterThan(5.31);
    const suggested = (await text(page, 'plan-suggestion-order')).split(' → ');
    expect(suggested).not.toContain('WhatsApp');
    await page.getByTestId('plan-use-suggestion').click();
    await page.getByTestId('plan-suggestion-same').waitFor();
    expect(await text(page, 'plan-total-responses')).toBe(responses);
    expect(await text(page, 'plan-total-cost')).toBe(`$${cost}`);
    expect(await card(page, 'messenger').getByTestId('plan-channel-enabled').isChecked()).toBe(false);
    await page.getByTestId('plan-goal-target').check();
    await page.getByTestId('plan-suggest-amount').fill('1000');
    await page.getByTestId('plan-nothing-fits').waitFor();
    expect(await text(page, 'plan-nothing-fits')).toBe('Nothing fits: no order of these channels is expected to bring that many responses.');
  });

  it('keeps an edited channel on the device: its price and the order survive a reload', async () => {
    const { page } = ctx;
    await card(page, 'email').getByTestId('plan-channel-price').fill('0.25');
    await card(page, 'email').getByTestId('plan-channel-read').fill('30');
    const before = await order(page);
    const cost = await text(page, 'plan-total-cost');
    await page.waitForTimeout(300);
    await page.reload();
    await engineReady(page);
    // The demo was kept on the device, without its contacts: reopened from there, the tab says why it cannot plan.
    await page.locator('[data-testid="dataset-list"] li').first().getByTestId('item-open').click();
    await page.getByTestId('results').waitFor({ timeout: 60_000 });
    await page.getByTestId('view-plan').click();
    const kept = await text(page, 'plan-no-contacts');
    expect(kept).toContain('This dataset was reopened from the device, without its contacts.');
    expect(kept).toContain('A kept dataset holds only what the scores need, not the customers’ contacts. Open the original order file again');
    await page.getByTestId('new-file').click();
    await openPlan(page);
    expect(await card(page, 'email').getByTestId('plan-channel-price').inputValue()).toBe('0.25');
    expect(await card(page, 'email').getByTestId('plan-channel-read').inputValue()).toBe('30');
    expect(await order(page)).toEqual(before);
    expect(await text(page, 'plan-total-cost')).toBe(cost);
    await page.getByTestId('plan-channels-reset').click();
    await expect.poll(() => order(page)).toEqual(['push', 'email', 'sms', 'messenger']);
  });

  it('has no serious or critical axe violation', async () => {
    const { page } = ctx;
    await page.locator('[data-testid="plan-explain"] summary').click();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe.each([
  { width: 390, height: 844, locale: 'en-GB', lang: 'en' },
  { width: 390, height: 844, locale: 'ru-RU', lang: 'ru' },
  { width: 1920, height: 1080, locale: 'en-GB', lang: 'en' },
  { width: 1920, height: 1080, locale: 'ru-RU', lang: 'ru' },
])('the Plan tab at $width px ($lang)', ({ width, height, locale, lang }) => {
  const ctx = useApp({ width, height, locale });

  it('fits the screen (wide tables scroll inside their region), passes axe, and is photographed', async () => {
    const { page } = ctx;
    await openPlan(page);
    await page.getByTestId('plan-suggest-amount').fill(lang === 'ru' ? '300' : '2');
    await page.getByTestId('plan-suggestion').waitFor();
    // The page itself never scrolls sideways.
    const wide = await page.evaluate((w) => [...document.querySelectorAll('[data-testid="plan-panel"] *')].filter((e) => e.getBoundingClientRect().right > w && !e.closest('.table-scroll')).map((e) => `${e.tagName}.${e.className} ${e.getBoundingClientRect().right} ${(e.textContent ?? '').slice(0, 40)}`), width);
    expect(wide).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    expect(await seriousViolations(page)).toEqual([]);
    await mkdir(SHOTS, { recursive: true });
    // A screen at a time, from the panel's top to its end, as a user scrolls through it.
    const { top, bottom } = await page.getByTestId('plan-panel').evaluate((el) => {
      const box = el.getBoundingClientRect();
      return { top: box.top + window.scrollY, bottom: box.bottom + window.scrollY };
    });
    for (let y = top - 80, i = 1; y < bottom; y += height - 120, i++) {
      await page.evaluate((to) => window.scrollTo(0, to), y);
      await page.screenshot({ path: `${SHOTS}/plan-${width}-${lang}-${String(i).padStart(2, '0')}.png` });
    }
  });
});
