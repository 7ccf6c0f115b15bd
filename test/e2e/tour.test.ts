// The workshop tour and presenter view on the demo shop, in the built app: the whole tour walked
// in English (1280x800) and Russian (1920x1080 and a 390 px phone), each step's target on screen,
// visible and clear of the dialog; a step chosen from the list; the keyboard; left and resumed,
// also after a reload; presenter view's larger type and contrast; no serious axe violation with
// the tour open.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TOUR_STEPS } from '../../src/lib/tour/steps';
import { seriousViolations } from './helpers/axe';
import { engineReady, useApp } from './helpers/use-app';

const COUNT = TOUR_STEPS.length;
/** A step's number as the dialog says it. */
const numberOf = (id: string) => TOUR_STEPS.findIndex((s) => s.id === id) + 1;

interface Geometry {
  target: { top: number; left: number; bottom: number; right: number } | null;
  popover: { top: number; left: number; bottom: number; right: number };
  side: string | null;
  vw: number;
  vh: number;
}

async function geometry(page: Page, id: string): Promise<Geometry> {
  return page.evaluate((step) => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { top: Math.round(r.top), left: Math.round(r.left), bottom: Math.round(r.bottom), right: Math.round(r.right) };
    };
    const target = document.querySelector(`[data-tour="${step}"]`);
    const popover = document.querySelector('[data-testid="tour-popover"]')!;
    return { target: target && box(target), popover: box(popover), side: popover.getAttribute('data-side'), vw: document.documentElement.clientWidth, vh: innerHeight };
  }, id);
}

/** The geometry once the target and the dialog stopped moving (figures arrive, charts draw). */
async function settled(page: Page, id: string): Promise<Geometry> {
  await page.locator(`[data-testid="tour-popover"][data-step="${id}"][data-ready="true"]`).waitFor({ timeout: 30_000 });
  let last = '';
  for (let i = 0; i < 40; i++) {
    const g = await geometry(page, id);
    const now = JSON.stringify(g);
    if (now === last) return g;
    last = now;
    await page.waitForTimeout(250);
  }
  return JSON.parse(last) as Geometry;
}

const overlap = (a: Geometry['popover'], b: Geometry['popover']) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Every step from the first: its tab open, its count said, its target visible, in view and not
 * covered by the dialog. On a phone a target taller than the screen's room (the dialog docks at
 * the bottom, side "over") must show at least its top 150 px above the dialog.
 */
async function walk(page: Page, countText: (n: number) => string): Promise<void> {
  for (const [i, step] of TOUR_STEPS.entries()) {
    const g = await settled(page, step.id);
    expect(await page.getByTestId('tour-count').innerText()).toBe(countText(i + 1));
    expect(await page.getByTestId(`view-${step.view}`).getAttribute('aria-selected')).toBe('true');
    // The dialog fits the screen.
    expect(g.popover.left).toBeGreaterThanOrEqual(0);
    expect(g.popover.right).toBeLessThanOrEqual(g.vw);
    expect(g.popover.bottom).toBeLessThanOrEqual(g.vh);
    expect(g.target, step.id).not.toBeNull();
    expect(await page.locator(`[data-tour="${step.id}"]`).isVisible(), step.id).toBe(true);
    const t = g.target!;
    expect(t.top, step.id).toBeGreaterThanOrEqual(0);
    expect(t.left, step.id).toBeGreaterThanOrEqual(0);
    expect(t.right, step.id).toBeLessThanOrEqual(g.vw);
    if (g.side === 'over') {
      expect(g.vw, `${step.id} docked over its target on a wide screen`).toBeLessThanOrEqual(600);
      expect(g.popover.top - t.top, step.id).toBeGreaterThanOrEqual(150);
    } else {
      expect(t.bottom, step.id).toBeLessThanOrEqual(g.vh);
      expect(overlap(t, g.popover), `${step.id} covered: ${JSON.stringify(g)}`).toBe(false);
    }
    await page.getByTestId('tour-next').click();
  }
  // Next on the last step finishes the tour.
  await page.getByTestId('tour-popover').waitFor({ state: 'detached' });
}

async function startTour(page: Page): Promise<void> {
  await page.getByTestId('tour-start').click();
  await page.getByTestId('results').waitFor({ timeout: 60_000 });
  await page.getByTestId('tour-popover').waitFor();
}

describe('the workshop tour in English on a 1280x800 laptop', () => {
  const ctx = useApp({ width: 1280, height: 800, locale: 'en-GB' });

  it('walks all the steps from the start page, each target on screen and clear of the dialog, and Finish starts it over', async () => {
    const { page } = ctx;
    await startTour(page);
    // The dialog has the focus at once, and the step is announced.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tour-title');
    expect(await page.getByTestId('tour-announce').innerText()).toMatch(new RegExp(`^Step 1 of ${COUNT}: The shop at a glance\\. `));
    expect(await page.getByTestId('tour-popover').getAttribute('role')).toBe('dialog');
    await walk(page, (n) => `Step ${n} of ${COUNT}`);
    expect(await page.getByTestId('tour-resume').innerText()).toBe('Tour');
  });

  it('has no serious axe violation with the tour open, the step list shown', async () => {
    const { page } = ctx;
    await page.getByTestId('tour-resume').click();
    await settled(page, 'totals');
    await page.getByTestId('tour-list-toggle').click();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('jumps to a step from the list: its tab opens and the count follows', async () => {
    const { page } = ctx;
    await page.getByTestId('tour-jump-health').click();
    await settled(page, 'health');
    expect(await page.getByTestId('tour-count').innerText()).toBe(`Step ${numberOf('health')} of ${COUNT}`);
    expect(await page.getByTestId('view-health').getAttribute('aria-selected')).toBe('true');
    expect(await page.getByTestId('tour-list-toggle').getAttribute('aria-expanded')).toBe('false');
  });

  it('moves with ArrowRight, ArrowLeft and Space, leaves with Escape and gives the focus back', async () => {
    const { page } = ctx;
    await page.keyboard.press('ArrowRight');
    await settled(page, 'campaign');
    await page.keyboard.press('ArrowLeft');
    await settled(page, 'health');
    // Space on the dialog's heading (not a button) goes on too.
    await page.locator('#tour-title').focus();
    await page.keyboard.press(' ');
    await page.locator('[data-testid="tour-popover"][data-step="campaign"]').waitFor();
    await page.keyboard.press('ArrowRight');
    await settled(page, 'movement');
    // Arrows in a field are the field's: the date of the movement view.
    await page.getByTestId('migration-before').focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('tour-popover').getAttribute('data-step')).toBe('movement');
    await page.locator('#tour-title').focus();
    await page.keyboard.press('Escape');
    await page.getByTestId('tour-popover').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('tour-resume');
    expect(await page.getByTestId('tour-resume').innerText()).toBe(`Resume tour: step ${numberOf('movement')} of ${COUNT}`);
  });

  it('resumes where it was left, also after a reload', async () => {
    const { page } = ctx;
    await page.getByTestId('tour-resume').click();
    await settled(page, 'movement');
    await page.getByTestId('tour-close').click();
    await page.reload();
    await engineReady(page);
    expect(await page.getByTestId('tour-continue').innerText()).toBe(`Continue at step ${numberOf('movement')} of ${COUNT}`);
    await page.getByTestId('tour-continue').click();
    await page.getByTestId('results').waitFor({ timeout: 60_000 });
    await settled(page, 'movement');
    expect(await page.getByTestId('view-movement').getAttribute('aria-selected')).toBe('true');
    await page.getByTestId('tour-close').click();
  });

  it('presenter view: a third larger type, text at 7:1 or more, no axe violation, kept after a reload', async () => {
    const { page } = ctx;
    const rootPx = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const before = await rootPx();
    await page.getByTestId('presenter-toggle').click();
    expect(await page.getByTestId('presenter-toggle').getAttribute('aria-pressed')).toBe('true');
    expect(await rootPx()).toBeGreaterThanOrEqual(before * 1.25);
    const ratios = await page.evaluate(() => {
      const lum = (c: string) => {
        const [r, g, b] = (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
          const s = Number(v) / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const ratio = (a: string, b: string) => {
        const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
        return (hi + 0.05) / (lo + 0.05);
      };
      // Each variable as the browser resolves it, on a probe element (the build shortens colours).
      const probe = document.createElement('span');
      document.body.append(probe);
      const resolved = (v: string) => {
        probe.style.color = `var(${v})`;
        return getComputedStyle(probe).color;
      };
      const bg = resolved('--bg');
      const found = Object.fromEntries(['--text', '--muted', '--accent', '--accent-strong', '--ok', '--danger-text'].map((v) => [v, ratio(resolved(v), bg)]));
      probe.remove();
      return found;
    });
    for (const [name, ratio] of Object.entries(ratios)) expect(ratio, name).toBeGreaterThanOrEqual(7);
    await page.getByTestId('tour-resume').click();
    await settled(page, 'movement');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('tour-close').click();
    // In presenter view a chart goes on the whole screen and Escape brings it back.
    const mix = page.locator('[data-figure="segment-mix"]');
    await mix.scrollIntoViewIfNeeded();
    await mix.getByTestId('figure-full').click();
    await expect.poll(() => mix.getAttribute('data-full')).toBe('true');
    const viewport = page.viewportSize()!;
    await expect.poll(async () => (await mix.boundingBox())!.width).toBeGreaterThan(viewport.width * 0.9);
    expect((await mix.boundingBox())!.height).toBeGreaterThan(viewport.height * 0.9);
    await page.keyboard.press('Escape');
    await expect.poll(() => mix.getAttribute('data-full')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('figure-full');
    await page.reload();
    await engineReady(page);
    expect(await page.evaluate(() => document.documentElement.classList.contains('presenter'))).toBe(true);
    await page.getByTestId('presenter-toggle').click();
    expect(await rootPx()).toBe(before);
  });
});

describe('the workshop tour in Russian on a 1920x1080 projector', () => {
  const ctx = useApp({ width: 1920, height: 1080, locale: 'ru-RU' });

  it('walks all the steps, each target on screen and clear of the dialog', async () => {
    const { page } = ctx;
    await page.getByTestId('lang-ru').click();
    await startTour(page);
    expect(await page.getByTestId('tour-announce').innerText()).toMatch(new RegExp(`^Шаг 1 из ${COUNT}: Магазин с первого взгляда\\. `));
    await walk(page, (n) => `Шаг ${n} из ${COUNT}`);
  });
});

describe('the workshop tour in Russian on a 390 px phone', () => {
  const ctx = useApp({ width: 390, height: 844, locale: 'ru-RU' });

  it('walks all the steps with the dialog inside the screen and each target’s top in view', async () => {
    const { page } = ctx;
    await page.getByTestId('lang-ru').click();
    await startTour(page);
    await walk(page, (n) => `Шаг ${n} из ${COUNT}`);
  });
});
