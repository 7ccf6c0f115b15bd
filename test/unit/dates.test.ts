import { describe, expect, it } from 'vitest';
import { addDays, addMonths, localToday } from '../../src/lib/dates';

describe('calendar dates', () => {
  it('adds days across month, year and leap-day boundaries without a time-zone shift', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2011-12-10', -90)).toBe('2011-09-11');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
  });

  it('adds months on the first of a month', () => {
    expect(addMonths('2024-11-01', 1)).toBe('2024-12-01');
    expect(addMonths('2024-12-01', 1)).toBe('2025-01-01');
  });

  it('takes today from the device clock, not from UTC', () => {
    expect(localToday(new Date(2026, 0, 2, 0, 30))).toBe('2026-01-02');
  });
});
