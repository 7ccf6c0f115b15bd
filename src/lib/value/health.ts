// The shop's health by month (or week): the engine's per-period counts turned into the figures a
// manager reads, and the answers to the questions they ask, comparing the last complete period
// with the one before and with the same period a year before. Pure, so every figure is tested.

import type { HealthPoint } from '../engine/api';

export type Period = 'month' | 'week';

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

const DAY = 86_400_000;
const parse = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The first day of the period after the one starting at `start`. */
export function nextPeriod(start: string, period: Period): string {
  if (period === 'week') return iso(parse(start) + 7 * DAY);
  const d = new Date(parse(start));
  d.setUTCMonth(d.getUTCMonth() + 1);
  return iso(d.getTime());
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

/** Null with fewer than one complete period. `asOf` tells whether the last period is complete. */
export function healthAnswers(rows: HealthRow[], asOf: string, period: Period): HealthAnswers | null {
  if (rows.length === 0) return null;
  const last = rows.at(-1)!;
  const complete = nextPeriod(last.period, period) <= asOf;
  const index = complete ? rows.length - 1 : rows.length - 2;
  if (index < 0) return null;
  const current = rows[index];
  const previous = rows[index - 1] ?? null;
  const back = period === 'week' ? 52 : 12;
  const yearAgo = rows[index - back] ?? null;
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

/** As-of dates for "segment sizes over time": the first day of each month or quarter after the first order, up to and including `asOf`. */
export function periodEnds(firstDate: string, asOf: string, step: 'month' | 'quarter', max = 24): string[] {
  const first = new Date(parse(firstDate));
  const months = step === 'month' ? 1 : 3;
  // The first period boundary after the first order (quarters start in January, April, July, October).
  let month = first.getUTCMonth() + 1;
  if (step === 'quarter') month = Math.ceil(month / 3) * 3;
  let cursor = Date.UTC(first.getUTCFullYear(), month, 1);
  const dates: string[] = [];
  while (iso(cursor) < asOf) {
    dates.push(iso(cursor));
    const d = new Date(cursor);
    d.setUTCMonth(d.getUTCMonth() + months);
    cursor = d.getTime();
  }
  dates.push(asOf);
  return dates.slice(-max);
}
