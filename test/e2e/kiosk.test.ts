// The kiosk on a shop tablet (768 x 1024, touch), in the built app: a starter survey made on the
// start page, the kiosk locked with a PIN, then the network gone. Three people answer (by tap,
// by keys, by skipping); a reload brings back the kiosk and nothing else; a tab closed right after
// "thank you" loses nothing; a wrong PIN is refused and the right one leaves, where the answers
// are counted; the kiosk starts over by itself (the page's clock moved by the test). Nothing goes
// to another origin. Screenshots of each step, both orientations and
// both languages, go to test-results/screenshots/kiosk/.
import { fileURLToPath } from 'node:url';
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openApp, type OpenedApp } from './helpers/browser';
import { seriousViolations } from './helpers/axe';

const SHOTS = fileURLToPath(new URL('../../test-results/screenshots/kiosk', import.meta.url));
const PORTRAIT = { width: 768, height: 1024 };
const LANDSCAPE = { width: 1024, height: 768 };
const PHONE = { width: 390, height: 844 };
const PIN = '2468';
const EMAIL = 'ann.customer@example.com';

/** The page at both orientations of the tablet and on a phone, then back to portrait. */
async function shots(page: Page, lang: string, name: string): Promise<void> {
  await mkdir(SHOTS, { recursive: true });
  for (const [label, size] of [['portrait', PORTRAIT], ['landscape', LANDSCAPE], ['phone', PHONE]] as const) {
    await page.setViewportSize(size);
    await page.waitForTimeout(150);
    await page.screenshot({ path: `${SHOTS}/${lang}-${label}-${name}.png` });
  }
  await page.setViewportSize(PORTRAIT);
}

async function storedAnswers(page: Page): Promise<{ source: string; answer: Record<string, unknown> }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('cvm-lab');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('survey-answers').objectStore('survey-answers').getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/** `lang`: where the start panel's screenshots go (null: none). */
async function startKiosk(page: Page, lang: string | null): Promise<void> {
  await page.getByTestId('kiosk-create-starter').tap();
  await page.getByTestId('start-kiosk-open').tap();
  await page.getByTestId('start-kiosk-pin').fill(PIN);
  await page.getByTestId('start-kiosk-pin-again').fill('2469');
  await page.getByTestId('start-kiosk-confirm').tap();
  await page.getByTestId('start-kiosk-problem').waitFor();
  await page.getByTestId('start-kiosk-pin-again').fill(PIN);
  await page.getByTestId('start-kiosk').scrollIntoViewIfNeeded();
  if (lang) await shots(page, lang, '0-start');
  await page.getByTestId('start-kiosk-confirm').tap();
  await page.getByTestId('kiosk').waitFor();
}

const step = (page: Page) => page.getByTestId('kiosk-question').getAttribute('data-step');

async function enterPin(page: Page, pin: string): Promise<void> {
  for (const digit of pin) await page.getByTestId(`kiosk-pin-${digit}`).tap();
  await page.getByTestId('kiosk-pin-ok').tap();
}

async function waitOnline(app: OpenedApp): Promise<void> {
  await app.page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, { timeout: 60_000 });
}

describe('kiosk on a tablet', () => {
  it('collects three answers offline, keeps them through a reload and a closed tab, and leaves only with the PIN', async () => {
    const app = await openApp(inject('baseUrl'), { ...PORTRAIT, locale: 'en-GB', touch: true });
    try {
      let page = app.page;
      await waitOnline(app);
      await page.getByTestId('kiosk-launcher').waitFor();
      await startKiosk(page, 'en');
      await app.context.setOffline(true);

      // Only the kiosk: no header, no start page, no skip link.
      expect(await page.getByTestId('skip-link').count()).toBe(0);
      expect(await page.getByTestId('app-home').count()).toBe(0);
      expect(await page.getByTestId('kiosk-launcher').count()).toBe(0);

      // 1: every question, by tap.
      expect(await step(page)).toBe('nps');
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      await shots(page, 'en', '1-nps');
      await page.getByTestId('kiosk-nps-9').tap();
      await shots(page, 'en', '1-nps-chosen');
      await page.getByTestId('kiosk-next').tap();
      expect(await step(page)).toBe('satisfaction');
      await page.getByTestId('kiosk-satisfaction-5').tap();
      await shots(page, 'en', '2-satisfaction');
      await page.getByTestId('kiosk-next').tap();
      await page.getByTestId('kiosk-option-0').tap();
      await page.getByTestId('kiosk-option-2').tap();
      await shots(page, 'en', '3-matters');
      await page.getByTestId('kiosk-next').tap();
      await page.getByTestId('kiosk-text').fill('Lovely staff');
      await shots(page, 'en', '4-text');
      await page.getByTestId('kiosk-next').tap();
      expect(await page.getByTestId('kiosk-identifier').getAttribute('autocomplete')).toBe('off');
      await page.getByTestId('kiosk-identifier').fill(EMAIL);
      await shots(page, 'en', '5-identifier');
      await page.getByTestId('kiosk-submit').tap();
      await page.getByTestId('kiosk-thanks').waitFor();
      expect(await page.content()).not.toContain(EMAIL);
      await shots(page, 'en', '6-thanks');
      await page.getByTestId('kiosk-again').tap();

      // 2: by keys: "1" then "0" is 10 on the NPS screen; Tab and Enter go on.
      expect(await step(page)).toBe('nps');
      await page.keyboard.press('1');
      await page.keyboard.press('0');
      expect(await page.getByTestId('kiosk-nps-10').getAttribute('aria-pressed')).toBe('true');
      await page.getByTestId('kiosk-next').focus();
      await page.keyboard.press('Enter');
      expect(await step(page)).toBe('satisfaction');
      await page.getByTestId('kiosk-satisfaction-4').focus();
      await page.keyboard.press('Enter');
      await page.getByTestId('kiosk-next').focus();
      await page.keyboard.press('Enter');
      // Back and forward keep what was chosen.
      await page.getByTestId('kiosk-back').tap();
      expect(await page.getByTestId('kiosk-satisfaction-4').getAttribute('aria-pressed')).toBe('true');
      await page.getByTestId('kiosk-next').tap();
      await page.getByTestId('kiosk-skip').tap();
      await page.getByTestId('kiosk-skip').tap();
      // The identifier field of a new person is empty.
      expect(await page.getByTestId('kiosk-identifier').inputValue()).toBe('');
      await page.getByTestId('kiosk-submit').tap();
      await page.getByTestId('kiosk-thanks').waitFor();
      await page.getByTestId('kiosk-again').tap();

      // 3: one question answered, the rest skipped.
      await page.getByTestId('kiosk-skip').tap();
      await page.getByTestId('kiosk-satisfaction-2').tap();
      await page.getByTestId('kiosk-next').tap();
      await page.getByTestId('kiosk-skip').tap();
      await page.getByTestId('kiosk-skip').tap();
      await page.getByTestId('kiosk-submit').tap();
      await page.getByTestId('kiosk-thanks').waitFor();

      // Offline reload: the kiosk again, and the three answers are on the device.
      await page.reload();
      await page.getByTestId('kiosk').waitFor();
      expect(await page.getByTestId('app-home').count()).toBe(0);
      const three = await storedAnswers(page);
      expect(three.map((a) => a.answer)).toEqual(
        expect.arrayContaining([
          { id: EMAIL, nps: 9, satisfaction: 5, matters: ['Speed of service', 'Unique products'], text: 'Lovely staff' },
          { id: null, nps: 10, satisfaction: 4, matters: [], text: null },
          { id: null, nps: null, satisfaction: 2, matters: [], text: null },
        ]),
      );
      expect(three).toHaveLength(3);
      expect(three.every((a) => a.source === 'kiosk')).toBe(true);

      // A fourth, and the tab closed the moment "thank you" shows.
      await page.getByTestId('kiosk-nps-3').tap();
      await page.getByTestId('kiosk-next').tap();
      await page.getByTestId('kiosk-skip').tap();
      await page.getByTestId('kiosk-skip').tap();
      await page.getByTestId('kiosk-skip').tap();
      await page.getByTestId('kiosk-submit').tap();
      await page.getByTestId('kiosk-thanks').waitFor();
      await page.close();
      page = await app.context.newPage();
      await page.goto(inject('baseUrl'));
      await page.getByTestId('kiosk').waitFor();
      expect(await storedAnswers(page)).toHaveLength(4);

      // A wrong PIN is refused; the right one leaves, and the answers are counted where the kiosk started.
      await page.getByTestId('kiosk-leave').tap();
      await shots(page, 'en', '7-pin');
      await enterPin(page, '1111');
      await expect.poll(() => page.getByTestId('kiosk-pin-message').innerText()).toBe('Wrong PIN.');
      await shots(page, 'en', '8-pin-wrong');
      expect(await page.getByTestId('kiosk').count()).toBe(1);
      await enterPin(page, PIN);
      await page.getByTestId('kiosk-launcher').waitFor();
      expect(await page.getByTestId('kiosk').count()).toBe(0);
      await expect.poll(() => page.getByTestId('kiosk-survey-count').innerText()).toBe('4 answers collected');
      // Left for good: a reload shows the start page.
      await page.reload();
      await page.getByTestId('kiosk-launcher').waitFor();
      expect(await page.getByTestId('kiosk').count()).toBe(0);

      expect(app.foreignRequests()).toEqual([]);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('backs off after three wrong PINs and looks finished in Russian', async () => {
    const app = await openApp(inject('baseUrl'), { ...PORTRAIT, locale: 'ru-RU', touch: true });
    try {
      const page = app.page;
      const axe: Record<string, string[]> = {};
      const look = async (name: string) => {
        await shots(page, 'ru', name);
        axe[name] = await seriousViolations(page);
      };
      await page.getByTestId('kiosk-launcher').waitFor();
      await startKiosk(page, 'ru');
      await look('1-nps');
      await page.getByTestId('kiosk-nps-7').tap();
      await page.getByTestId('kiosk-next').tap();
      await page.getByTestId('kiosk-satisfaction-3').tap();
      await look('2-satisfaction');
      await page.getByTestId('kiosk-next').tap();
      await page.getByTestId('kiosk-option-1').tap();
      await look('3-matters');
      await page.getByTestId('kiosk-next').tap();
      await look('4-text');
      await page.getByTestId('kiosk-skip').tap();
      await look('5-identifier');
      await page.getByTestId('kiosk-submit').tap();
      await page.getByTestId('kiosk-thanks').waitFor();
      await look('6-thanks');
      await page.getByTestId('kiosk-leave').tap();
      await look('7-pin');
      for (let i = 0; i < 3; i++) await enterPin(page, '0000');
      await expect.poll(() => page.getByTestId('kiosk-pin-message').innerText()).toMatch(/^Слишком много неверных попыток\. Попробуйте через \d+ секунд/);
      expect(await page.getByTestId('kiosk-pin-1').isDisabled()).toBe(true);
      await look('8-pin-wait');
      expect(Object.values(axe).flat()).toEqual([]);
      expect(app.foreignRequests()).toEqual([]);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('starts over by itself: a countdown after a minute without a touch, and 20 s after thank you', async () => {
    const app = await openApp(inject('baseUrl'), { ...PORTRAIT, locale: 'en-GB', touch: true });
    try {
      const page = app.page;
      // The page's own clock, moved by the test: the kiosk's timers run on it.
      await page.clock.install();
      await page.reload();
      await page.getByTestId('kiosk-launcher').waitFor();
      await startKiosk(page, null);
      // Nothing entered: nothing to forget, no countdown.
      await page.clock.runFor(120_000);
      expect(await page.getByTestId('kiosk-idle').count()).toBe(0);

      await page.getByTestId('kiosk-nps-6').tap();
      await page.getByTestId('kiosk-next').tap();
      await page.clock.runFor(61_000);
      await page.getByTestId('kiosk-idle').waitFor();
      expect(await page.getByTestId('kiosk-idle').innerText()).toMatch(/Starting over in 1[45] seconds\./);
      await shots(page, 'en', '9-idle');
      // Continue keeps the answer; another quiet minute and the countdown run out, and it is gone.
      await page.getByTestId('kiosk-idle-continue').tap();
      expect(await page.getByTestId('kiosk-idle').count()).toBe(0);
      expect(await step(page)).toBe('satisfaction');
      await page.clock.runFor(76_000);
      expect(await step(page)).toBe('nps');
      expect(await page.getByTestId('kiosk-nps-6').getAttribute('aria-pressed')).toBe('false');

      await page.getByTestId('kiosk-nps-8').tap();
      for (let i = 0; i < 4; i++) await page.getByTestId(i === 0 ? 'kiosk-next' : 'kiosk-skip').tap();
      await page.getByTestId('kiosk-submit').tap();
      await page.getByTestId('kiosk-thanks').waitFor();
      await page.clock.runFor(21_000);
      expect(await step(page)).toBe('nps');
      expect(await storedAnswers(page)).toHaveLength(1);
      expect(app.foreignRequests()).toEqual([]);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
