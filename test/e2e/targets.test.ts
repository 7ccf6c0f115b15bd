// Messages and target lists on the demo shop's Plan tab: an SMS written in Cyrillic is counted in
// UCS-2 parts as it is typed and prices the SMS step per part; the lists download as CSV with the
// control group held out of every list; the export is kept as a campaign in IndexedDB with the
// same control group; the message is still there after a reload. Screenshots at 1920 and 390 px,
// in English and Russian, for a person to look at.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { csvOf } from './helpers/csv-download';
import { textOf as text } from './helpers/import-steps';
import { engineReady, useApp } from './helpers/use-app';
import { seriousViolations } from './helpers/axe';
import { generateDemoShop } from '../../src/lib/demo/demo-shop';
import { rfm } from '../sql/helpers/cli-run';

const SHOTS = '/tmp/s16-shots/targets';
// 108 Cyrillic characters: UCS-2, over the 70 of one part and within 2 × 67 = 134.
const CYRILLIC = 'Давно не виделись! Для вас личное предложение: скидка 20% на любимые товары до конца месяца. Ждём вас снова!';

async function openPlan(page: Page): Promise<void> {
  await page.getByTestId('load-demo').click();
  await page.getByTestId('results').waitFor();
  await page.getByTestId('view-plan').click();
  await page.getByTestId('message-text-sms').waitFor({ timeout: 60_000 });
}

/** The whole page, and on a phone the viewport at each part too (a 4000 px tall page is unreadable shrunk). */
async function shot(page: Page, name: string): Promise<void> {
  await mkdir(SHOTS, { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  if ((page.viewportSize()?.width ?? 0) > 600) return;
  for (const part of ['preview-picker', 'message-sms', 'control-group', 'target-lists']) {
    // Below the sticky tabs.
    await page.getByTestId(part).evaluate((el) => {
      el.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -130);
    });
    await page.screenshot({ path: `${SHOTS}/${name}-${part}.png` });
  }
}

async function downloadOf(page: Page, testid: string): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).getByRole('button').click()]);
  return download;
}

describe('messages and target lists under the cascade', () => {
  let page: Page;
  useApp({ width: 1920, height: 1200, locale: 'en-GB' }, async (opened) => {
    page = opened;
  });

  it('counts a Cyrillic SMS in UCS-2 parts as it is typed, and prices the SMS step per part', async () => {
    await openPlan(page);
    // The starting SMS is short Latin text: one GSM-7 part, so the SMS step is priced at one part.
    await expect.poll(() => page.getByTestId('message-length-sms').getAttribute('data-encoding')).toBe('gsm7');
    expect(await page.getByTestId('messages-and-targets').getAttribute('data-sms-parts')).toBe('1');
    expect(await text(page, 'first-name-note')).toBe('The order file has no name column, so {first_name} becomes “customer”.');
    // The first customer previewed has an e-mail (the demo gives most customers one).
    expect(await text(page, 'message-preview-email')).toMatch(/^Hello customer,\s+we have missed you! Your last order with us was on \d{4}-\d{2}-\d{2}, \d+ days ago\./);

    await page.getByTestId('message-text-sms').fill(CYRILLIC);
    await expect.poll(() => page.getByTestId('message-length-sms').getAttribute('data-parts')).toBe('2');
    expect(await page.getByTestId('message-length-sms').getAttribute('data-encoding')).toBe('ucs2');
    expect(await text(page, 'message-length-sms')).toBe('2 SMS parts, UCS-2 (Cyrillic or other characters: 70 characters, 67 per part when split): 26 of 67 characters left in the last one');
    // No placeholder: every customer with a phone gets the same 2 parts.
    await expect.poll(() => page.getByTestId('messages-and-targets').getAttribute('data-sms-parts')).toBe('2');
    expect(await text(page, 'sms-mean-parts')).toMatch(/^Over the \d+ customers with a phone the SMS takes 2 parts on average/);

    // A misspelt placeholder is shown, not sent silently.
    await page.getByTestId('message-text-push').fill('Hi {frist_name}! {offer}');
    expect(await text(page, 'message-unknown')).toBe('Unknown placeholder {frist_name}: it would be sent as written. Check the spelling.');
    await page.getByTestId('message-text-push').fill('We miss you, {first_name}! {offer}');
    expect(await page.getByTestId('message-unknown').count()).toBe(0);
    await shot(page, 'targets-en-1920');
    expect(await seriousViolations(page)).toEqual([]);
  });

  // The command line's run takes 5-10 s alone, over 30 on a busy 2-core machine.
  it('downloads a list per step and the control group, none of whose customers is in a list, the same group as the command line', { timeout: 120_000 }, async () => {
    await page.getByTestId('control-share').fill('10');
    await page.getByTestId('control-seed').fill('42');
    await expect.poll(() => page.getByTestId('control-size').getAttribute('data-control')).not.toBe('0');
    const held = Number(await page.getByTestId('control-size').getAttribute('data-control'));
    expect(await text(page, 'control-detectable')).toMatch(/^The smallest uplift this control group can show is [\d.]+ percentage points/);

    const control = await csvOf(await downloadOf(page, 'target-list-control'));
    expect(control[0]).toEqual(['customer_id', 'segment']);
    expect(control.length - 1).toBe(held);
    const controlIds = new Set(control.slice(1).map((r) => r[0]));

    const listed: string[] = [];
    for (const channel of ['email', 'push', 'messenger', 'sms']) {
      const download = await downloadOf(page, `target-list-${channel}`);
      expect(download.suggestedFilename()).toMatch(new RegExp(`^\\d-${channel}\\.csv$`));
      const rows = await csvOf(download);
      expect(rows[0]).toEqual(['customer_id', 'segment', 'contact', 'message']);
      expect(rows.length).toBeGreaterThan(1);
      for (const row of rows.slice(1)) {
        expect(controlIds.has(row[0])).toBe(false);
        expect(row[1]).toBe('Can’t Lose Them');
        listed.push(row[0]);
      }
      if (channel === 'sms') expect(rows[1][3]).toBe(CYRILLIC);
    }
    expect(await text(page, 'campaign-kept')).toMatch(/^Kept as campaign Can’t Lose Them, .+: measure it in the Campaigns tab\.$/);

    // Kept once, with the same control group, the seed, the SMS message and every customer's contacts.
    const campaigns = await page.evaluate(
      () =>
        new Promise<{ control: { share: number; seed: number }; controlGroup: { id: string; channel: null }[]; contacted: { id: string; channel: string }[]; contacts: { id: string }[]; messages: string[]; steps: { id: string }[]; sentOn: string; segment: string }[]>((resolve, reject) => {
          const open = indexedDB.open('cvm-lab');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('campaigns').objectStore('campaigns').getAll();
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          };
        }),
    );
    expect(campaigns).toHaveLength(1);
    const [kept] = campaigns;
    expect(kept.segment).toBe('cant_lose');
    expect(kept.control).toEqual({ share: 0.1, seed: 42 });
    expect(new Set(kept.controlGroup.map((c) => c.id))).toEqual(controlIds);
    expect(kept.controlGroup.every((c) => c.channel === null)).toBe(true);
    expect(new Set(kept.contacted.map((c) => c.id))).toEqual(new Set(listed));
    expect(kept.contacts).toHaveLength(kept.contacted.length + kept.controlGroup.length);
    expect(kept.messages[kept.steps.findIndex((s) => s.id === 'sms')]).toBe(CYRILLIC);
    expect(kept.sentOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // The command line draws the same control group from the same seed on the same demo shop
    // (the order of the steps does not matter: the group is drawn among those any step reaches).
    const dir = mkdtempSync(path.join(tmpdir(), 'cvm-targets-'));
    try {
      writeFileSync(path.join(dir, 'demo.csv'), generateDemoShop({ seed: 42 }).csv);
      writeFileSync(path.join(dir, 'plan.json'), JSON.stringify({ segment: 'cant_lose', steps: [{ channel: 'email' }, { channel: 'push' }, { channel: 'messenger' }, { channel: 'sms' }] }));
      const run = await rfm(path.join(dir, 'demo.csv'), '--email', 'email', '--phone', 'phone', '--push', 'push_token', '--messenger', 'messenger_id', '--plan', path.join(dir, 'plan.json'), '--out-targets', path.join(dir, 'out'), '--control', '10%', '--seed', '42');
      expect(run.stderr).toBe('');
      const cli = readFileSync(path.join(dir, 'out', 'control.csv'), 'utf8').trim().split(/\r?\n/).slice(1).map((line) => line.split(',')[0]);
      expect(new Set(cli)).toEqual(controlIds);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }

    // "Download all lists": the four lists and the control group at once, and no second campaign for the same lists.
    const names: string[] = [];
    page.on('download', (d) => names.push(d.suggestedFilename()));
    await page.getByTestId('download-all-lists').click();
    await expect.poll(() => names.length).toBe(5);
    expect(names.sort()).toEqual(['1-push.csv', '2-email.csv', '3-sms.csv', '4-messenger.csv', 'control.csv']);
    expect(await page.evaluate(() => new Promise<number>((resolve) => {
      const open = indexedDB.open('cvm-lab');
      open.onsuccess = () => {
        const request = open.result.transaction('campaigns').objectStore('campaigns').count();
        request.onsuccess = () => resolve(request.result);
      };
    }))).toBe(1);
  });

  it('keeps the message on the device: it is there after a reload', async () => {
    await page.reload();
    await engineReady(page);
    await openPlan(page);
    await expect.poll(() => page.getByTestId('message-text-sms').inputValue()).toBe(CYRILLIC);
  });

  it('looks finished at 390 px and in Russian', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, 'targets-en-390');
    await page.getByTestId('lang-ru').click();
    await expect.poll(() => text(page, 'first-name-note')).toBe('В файле заказов нет колонки с именем, поэтому вместо {first_name} будет «покупатель».');
    await shot(page, 'targets-ru-390');
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1920, height: 1200 });
    await shot(page, 'targets-ru-1920');
    // No control group: a warning that nothing can then be measured.
    await page.getByTestId('control-share').fill('0');
    expect(await text(page, 'control-none')).toMatch(/^Без контрольной группы ничего нельзя измерить/);
  });
});
