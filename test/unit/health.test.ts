import { describe, expect, it } from 'vitest';
import type { HealthPoint } from '../../src/lib/engine/api';
import { healthAnswers, healthRows, nextPeriod } from '../../src/lib/health/health';

const point = (period: string, revenue: number, purchases: number, active: number, newCustomers: number, churned: number): HealthPoint => ({
  period,
  revenue,
  purchases,
  active,
  newCustomers,
  churned,
});

/** The first days of `count` months from `year`-`month`. */
const months = (year: number, month: number, count: number) =>
  Array.from({ length: count }, (_, i) => new Date(Date.UTC(year, month - 1 + i, 1)).toISOString().slice(0, 10));

// Thirteen months: a year ago (2023-10), ten quiet months, the last two complete months (2024-09, 2024-10).
const POINTS = [
  point('2023-10-01', 1000, 20, 15, 5, 4),
  ...months(2023, 11, 10).map((m) => point(m, 500, 10, 8, 2, 3)),
  point('2024-09-01', 1200, 24, 16, 4, 6),
  point('2024-10-01', 1500, 25, 20, 4, 5),
];

describe('health by period', () => {
  it('derives the average check, returning buyers and the repeat rate', () => {
    const [row] = healthRows([point('2024-10-01', 1500, 25, 20, 4, 5)]);
    expect(row).toMatchObject({ averageOrderValue: 60, returning: 16, repeatRate: 0.8 });
    expect(healthRows([point('2024-02-01', -30, 0, 0, 0, 0)])[0]).toMatchObject({ averageOrderValue: null, repeatRate: null });
  });

  it('knows the next period', () => {
    expect(nextPeriod('2024-01-01', 'month')).toBe('2024-02-01');
    expect(nextPeriod('2024-12-01', 'month')).toBe('2025-01-01');
    expect(nextPeriod('2024-02-26', 'week')).toBe('2024-03-04');
  });

  it('compares the last complete month with the month before and a year before, in plain verdicts', () => {
    const answers = healthAnswers(healthRows(POINTS), '2024-11-01', 'month')!;
    expect(answers.current.period).toBe('2024-10-01');
    expect(answers.previous?.period).toBe('2024-09-01');
    expect(answers.yearAgo?.period).toBe('2023-10-01');
    // Average check 60 vs 50 (+20%) and vs 50 a year before.
    expect(answers.averageOrderValue).toMatchObject({ current: 60, previous: 50, yearAgo: 50, vsPrevious: 0.2, vsYearAgo: 0.2, verdict: 'better' });
    // Repeat rate 0.8 vs 0.75: better.
    expect(answers.repeatRate.verdict).toBe('better');
    // Churned 5 vs 6: fewer lost is better.
    expect(answers.churned).toMatchObject({ current: 5, previous: 6, verdict: 'better' });
  });

  it('leaves out a period still under way', () => {
    const answers = healthAnswers(healthRows(POINTS), '2024-10-15', 'month')!;
    expect(answers.current.period).toBe('2024-09-01');
    expect(answers.yearAgo).toBeNull();
    expect(answers.averageOrderValue.vsYearAgo).toBeNull();
  });
});
