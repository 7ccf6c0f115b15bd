// Periods at the edges of the data: which are partial, what days they cover, which cohort cells
// are not over yet, and when the repeat share starts with the data rather than with the shop.
import { describe, expect, it } from 'vitest';
import { cohortCellState, cohortStartsWithData, historyShortPeriods, periodEdges } from '../../src/lib/health/edges';
import { healthAnswers, healthRows } from '../../src/lib/health/health';
import { formatDayRange } from '../../src/lib/i18n/format';

const months = (from: string, count: number) =>
  Array.from({ length: count }, (_, i) => {
    const [y, m] = from.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1 + i, 1)).toISOString().slice(0, 10);
  });

describe('partial periods', () => {
  it('finds Online Retail’s last month partial: 1-9 December 2011, the first (from 1 December 2010) whole', () => {
    const edges = periodEdges(months('2010-12', 13), 'month', '2010-12-01', '2011-12-10');
    expect(edges.first).toBeNull();
    expect(edges.last).toEqual({ index: 12, from: '2011-12-01', to: '2011-12-09' });
    expect(formatDayRange('en', edges.last!.from, edges.last!.to).replace(/\s/g, ' ')).toMatch(/^1 ?– ?9 Dec$/);
    expect(formatDayRange('ru', edges.last!.from, edges.last!.to)).toBe('1–9 дек.');
  });

  it('finds a first month that starts mid-month partial, and no partial last when the as-of date starts a month', () => {
    const edges = periodEdges(months('2024-01', 3), 'month', '2024-01-17', '2024-04-01');
    expect(edges.first).toEqual({ index: 0, from: '2024-01-17', to: '2024-01-31' });
    expect(edges.last).toBeNull();
  });

  it('does not call the first period partial when the series was cut to its latest periods', () => {
    // The data starts in 2004, the series shows only the last 3 months: its first is whole.
    expect(periodEdges(months('2024-01', 3), 'month', '2004-05-17', '2024-04-01').first).toBeNull();
  });

  it('works for weeks (Monday starts) and a single period that is both ends', () => {
    // Week of Monday 2024-03-04; data from Wednesday 6 March, as of Saturday 9 March.
    const edges = periodEdges(['2024-03-04'], 'week', '2024-03-06', '2024-03-09');
    expect(edges.first).toEqual({ index: 0, from: '2024-03-06', to: '2024-03-08' });
    expect(edges.last).toEqual({ index: 0, from: '2024-03-06', to: '2024-03-08' });
  });

  it('keeps a partial first month out of the comparisons', () => {
    const point = (period: string, revenue: number) => ({ period, revenue, purchases: 10, active: 5, newCustomers: 1, churned: 1 });
    const rows = healthRows([point('2024-01-01', 100), point('2024-02-01', 500), point('2024-03-01', 600)]);
    // Data from 20 January: January is partial, February has no whole month before it.
    const answers = healthAnswers(rows.slice(0, 2), '2024-03-01', 'month', '2024-01-20')!;
    expect(answers.current.period).toBe('2024-02-01');
    expect(answers.previous).toBeNull();
    expect(answers.revenue.verdict).toBe('unknown');
    // With March, February is compared with nothing partial: +20 %.
    expect(healthAnswers(rows, '2024-04-01', 'month', '2024-01-20')!.revenue).toMatchObject({ previous: 500, vsPrevious: 0.2 });
    // Only a partial month: nothing to compare.
    expect(healthAnswers(rows.slice(0, 1), '2024-02-01', 'month', '2024-01-20')).toBeNull();
  });
});

describe('the repeat share at the start of the data', () => {
  it('marks the periods that start less than the churn threshold after the first order', () => {
    // Data from 1 December 2010, churn threshold 90 days: up to 1 March 2011 returning buyers cannot all be seen.
    expect(historyShortPeriods(months('2010-12', 5), '2010-12-01', 90)).toEqual([0, 1, 2]);
    expect(historyShortPeriods(months('2010-12', 5), '2010-12-01', 0)).toEqual([0]);
  });
});

describe('cohort cells', () => {
  it('tells complete, partial and future months apart, as of 10 December 2011', () => {
    expect(cohortCellState('2011-10', 0, '2011-12-10')).toBe('complete');
    expect(cohortCellState('2011-10', 1, '2011-12-10')).toBe('complete');
    expect(cohortCellState('2011-10', 2, '2011-12-10')).toBe('partial');
    expect(cohortCellState('2011-10', 3, '2011-12-10')).toBe('future');
    // As of the first of a month, the month before is complete and that month has not begun.
    expect(cohortCellState('2011-11', 0, '2011-12-01')).toBe('complete');
    expect(cohortCellState('2011-11', 1, '2011-12-01')).toBe('future');
  });

  it('marks the first cohort as starting with the data', () => {
    expect(cohortStartsWithData('2010-12', '2010-12-01')).toBe(true);
    expect(cohortStartsWithData('2011-01', '2010-12-01')).toBe(false);
  });
});
