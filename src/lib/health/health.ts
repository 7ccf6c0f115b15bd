// The shop's health by month (or week): the engine's per-period counts turned into the figures a
// manager reads, and the answers to the questions they ask, comparing the last complete period
// with the one before and with the same period a year before. Pure, so every figure is tested.

import type { HealthPoint } from '../engine/api';
import { addDays, addMonths } from '../dates';

export type Period = 'month' | 'week';

/**
 * The most periods a health series holds, the latest ones: twenty years of months, ten of weeks.
 * Orders go back to 1990 at most (EARLIEST_ORDER_DATE), and a page of thirty years of weeks
 * would be some ten thousand table cells for a trend nobody reads that far back.
 */
export const HEALTH_MAX_PERIODS: Record<Period, number> = { month: 240, week: 520 };

export interface HealthRow extends HealthPoint {
  /** Net revenue per purchase (average check); null without purchases. */
  averageOrderValue: number | null;
  /** Buyers of the period who had bought before it. */
  returning: number;
  /** Share of the period's buyers who had bought before; null without buyers. */
  repeatRate: number | null;
}

export function healthRows(points: HealthPoint[]): HealthRow[] {
  return points.map((p) => ({
    ...p,
    averageOrderValue: p.purchases > 0 ? p.revenue / p.purchases : null,
    returning: p.active - p.newCustomers,
    repeatRate: p.active > 0 ? (p.active - p.newCustomers) / p.active : null,
  }));
}


/** The first day of the period after the one starting at `start`. */
export function nextPeriod(start: string, period: Period): string {
  return period === 'week' ? addDays(start, 7) : addMonths(start, 1);
}

export type Verdict = 'better' | 'worse' | 'same' | 'unknown';

export interface Compared {
  current: number | null;
  previous: number | null;
  yearAgo: number | null;
  /** Relative change, 0.05 = +5%; null when not comparable. */
  vsPrevious: number | null;
  vsYearAgo: number | null;
  /** Against the previous period, in the direction that is good for the shop. */
  verdict: Verdict;
}

export interface HealthAnswers {
  /** The last complete period, the one before it and the same one a year before (null if outside the data). */
  current: HealthRow;
  previous: HealthRow | null;
  yearAgo: HealthRow | null;
  averageOrderValue: Compared;
  repeatRate: Compared;
  churned: Compared;
  revenue: Compared;
  active: Compared;
}

const change = (now: number | null, then: number | null) => (now === null || then === null || then === 0 ? null : (now - then) / Math.abs(then));

function compare(current: number | null, previous: number | null, yearAgo: number | null, higherIsBetter: boolean): Compared {
  const vsPrevious = change(current, previous);
  let verdict: Verdict = 'unknown';
  if (current !== null && previous !== null) {
    verdict = current === previous ? 'same' : current > previous === higherIsBetter ? 'better' : 'worse';
  }
  return { current, previous, yearAgo, vsPrevious, vsYearAgo: change(current, yearAgo), verdict };
}

/**
 * Null with fewer than one complete period. `asOf` tells whether the last period is complete;
 * `firstDate` (the first order date) whether the first is: a period holding only some of its
 * days is never compared, neither as the current one nor as the one before or a year before.
 */
export function healthAnswers(rows: HealthRow[], asOf: string, period: Period, firstDate?: string): HealthAnswers | null {
  if (rows.length === 0) return null;
  const last = rows.at(-1)!;
  const complete = nextPeriod(last.period, period) <= asOf;
  const firstPartial = firstDate !== undefined && firstDate > rows[0].period && firstDate < nextPeriod(rows[0].period, period);
  const index = complete ? rows.length - 1 : rows.length - 2;
  if (index < (firstPartial ? 1 : 0)) return null;
  const whole = (i: number) => (i < 0 || (firstPartial && i === 0) ? null : (rows[i] ?? null));
  const current = rows[index];
  const previous = whole(index - 1);
  const back = period === 'week' ? 52 : 12;
  const yearAgo = whole(index - back);
  const pick = (f: (r: HealthRow) => number | null, higher: boolean) => compare(f(current), previous && f(previous), yearAgo && f(yearAgo), higher);
  return {
    current,
    previous,
    yearAgo,
    averageOrderValue: pick((r) => r.averageOrderValue, true),
    repeatRate: pick((r) => r.repeatRate, true),
    churned: pick((r) => r.churned, false),
    revenue: pick((r) => r.revenue, true),
    active: pick((r) => r.active, true),
  };
}
