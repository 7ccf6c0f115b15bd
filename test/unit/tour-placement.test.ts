import { describe, expect, it } from 'vitest';
import { fits, overlaps, placePopover, scrollFor, type Rect } from '../../src/lib/tour/placement.ts';

const screen = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };
const card = { width: 380, height: 300 };
const rectOf = (p: { top: number; left: number }, size: { width: number; height: number }): Rect => ({ ...p, ...size });

describe('placing the tour dialog beside its target', () => {
  it('goes to the right of a narrow target, level with it, without covering it', () => {
    const target = { top: 200, left: 40, width: 400, height: 300 };
    const p = placePopover(target, card, screen);
    expect(p.side).toBe('right');
    expect(p.left).toBe(40 + 400 + 8);
    expect(p.top).toBe(200);
    expect(overlaps(target, rectOf(p, card))).toBe(false);
  });

  it('goes to the left when the right has no room', () => {
    const target = { top: 200, left: 800, width: 440, height: 200 };
    const p = placePopover(target, card, screen);
    expect(p.side).toBe('left');
    expect(p.left + card.width).toBeLessThanOrEqual(800);
  });

  it('goes below a full-width target, then above when below has no room', () => {
    const low = placePopover({ top: 100, left: 20, width: 1240, height: 200 }, card, screen);
    expect(low.side).toBe('below');
    expect(low.top).toBe(308);
    const high = placePopover({ top: 480, left: 20, width: 1240, height: 200 }, card, screen);
    expect(high.side).toBe('above');
    expect(high.top + card.height).toBeLessThanOrEqual(480);
  });

  it('fits a phone: inside the screen edges, under a sticky bar', () => {
    const sheet = { width: 374, height: 320 };
    const p = placePopover({ top: 120, left: 10, width: 370, height: 300 }, sheet, phone, { topInset: 90 });
    expect(p.side).toBe('below');
    expect(p.left).toBeGreaterThanOrEqual(8);
    expect(p.left + sheet.width).toBeLessThanOrEqual(phone.width - 8);
    expect(p.top + sheet.height).toBeLessThanOrEqual(phone.height - 8);
  });

  it('keeps the top of a target taller than the screen in view, the dialog at the bottom', () => {
    const p = placePopover({ top: 100, left: 10, width: 370, height: 900 }, { width: 374, height: 320 }, phone, { topInset: 90 });
    expect(p.side).toBe('over');
    expect(p.top).toBe(phone.height - 8 - 320);
  });
});

describe('scrolling a target into view with room for the dialog', () => {
  it('centres the target and the dialog under it together', () => {
    const target = { top: 2000, left: 20, width: 1240, height: 200 };
    const y = scrollFor(target, card, screen, 10_000, { topInset: 50 });
    const shown = { ...target, top: target.top - y };
    const p = placePopover(shown, card, screen, { topInset: 50 });
    expect(p.side).toBe('below');
    // The gap above the target equals the gap below the dialog.
    expect(Math.round(shown.top - 58)).toBe(Math.round(800 - 8 - (p.top + card.height)));
  });

  it('centres a target that has room beside it', () => {
    const target = { top: 2000, left: 20, width: 400, height: 200 };
    const y = scrollFor(target, card, screen, 10_000);
    expect(target.top - y).toBe(300);
  });

  it('stays within how far the page scrolls', () => {
    expect(scrollFor({ top: 100, left: 0, width: 1280, height: 100 }, card, screen, 10_000, { topInset: 50 })).toBe(0);
    expect(scrollFor({ top: 5000, left: 0, width: 1280, height: 100 }, card, screen, 1200)).toBe(1200);
  });

  it('says when a target and the dialog cannot share the screen', () => {
    expect(fits({ top: 0, left: 0, width: 1240, height: 400 }, card, screen, { topInset: 50 })).toBe(true);
    expect(fits({ top: 0, left: 0, width: 1240, height: 500 }, card, screen, { topInset: 50 })).toBe(false);
    expect(fits({ top: 0, left: 0, width: 1240, height: 500 }, { width: 1264, height: 150 }, screen, { topInset: 50 })).toBe(true);
  });
});

describe('overlap', () => {
  it('counts shared area, not touching edges', () => {
    expect(overlaps({ top: 0, left: 0, width: 10, height: 10 }, { top: 10, left: 0, width: 10, height: 10 })).toBe(false);
    expect(overlaps({ top: 0, left: 0, width: 10, height: 10 }, { top: 9, left: 9, width: 10, height: 10 })).toBe(true);
  });
});
