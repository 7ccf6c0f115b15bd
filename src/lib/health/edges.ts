// The edges of time: the data starts and the as-of date ends somewhere inside a month or a week,
// so the first and the last period of a series can hold only some of their days. Drawn as full
// periods they look like a crash or a jump (Online Retail's December 2011 has 9 days of 31); the
// health view marks them, labels the days they cover and keeps them out of its comparisons.
// The cohort table's cells are months after a first purchase, and the latest ones are not over
// yet. Pure, so every edge is unit-tested.

import { addDays, addMonths } from '../dates';
import { nextPeriod, type Period } from './health';

/** A period that holds only some of its days: the first day and the last day it covers. */
export interface PartialPeriod {
  index: number;
  from: string;
  to: string;
}

export interface PeriodEdges {
  /** The first period, when the data starts after its first day (and the series starts with the data). */
  first: PartialPeriod | null;
  /** The last period, when the as-of date falls before its end. */
  last: PartialPeriod | null;
}

/**
 * Which ends of a series of period starts are partial. `firstDate` is the first order date of
 * the data, `asOf` the day after the last day counted (orders on it are left out).
 */
export function periodEdges(periods: string[], period: Period, firstDate: string, asOf: string): PeriodEdges {
  if (periods.length === 0) return { first: null, last: null };
  const firstStart = periods[0];
  const lastStart = periods.at(-1)!;
  const lastDay = addDays(asOf, -1);
  // Only when the series starts in the data's first period: a series cut to its latest periods starts on a whole one.
  const startsInside = firstDate > firstStart && firstDate < nextPeriod(firstStart, period);
  const first = startsInside ? { index: 0, from: firstDate, to: minDate(addDays(nextPeriod(firstStart, period), -1), lastDay) } : null;
  const endsInside = asOf < nextPeriod(lastStart, period);
  const last = endsInside ? { index: periods.length - 1, from: first && periods.length === 1 ? firstDate : lastStart, to: lastDay } : null;
  return { first, last };
}

/** Whether the period at `index` is one of the partial edges. */
export const isPartial = (edges: PeriodEdges, index: number): boolean => edges.first?.index === index || edges.last?.index === index;

/** The partial edge at `index`, if any (the last wins when one period is both). */
export const partialAt = (edges: PeriodEdges, index: number): PartialPeriod | null =>
  edges.last?.index === index ? edges.last : edges.first?.index === index ? edges.first : null;

/**
 * Periods whose "share of buyers who had bought before" starts with the data, not with the
 * shop: a buyer there may have bought before the file begins, so every first purchase seen in
 * the first period looks new and the share starts near 0 % because the data does. Counted as
 * such while the period starts less than `churnDays` after the first order date: within that
 * span a customer usually comes back, so earlier purchases cannot yet be seen.
 */
export function historyShortPeriods(periods: string[], firstDate: string, churnDays: number): number[] {
  const seenFrom = addDays(firstDate, churnDays);
  const out: number[] = [];
  periods.forEach((p, i) => {
    // The period the data starts in holds no earlier purchase at all, whatever the threshold.
    if (p <= firstDate || p < seenFrom) out.push(i);
  });
  return out;
}

export type CohortCellState = 'complete' | 'partial' | 'future';

/**
 * A cohort cell is the month `monthsAfter` months after the cohort's month (YYYY-MM). It is
 * complete when that month ended before the as-of date, partial when the as-of date falls
 * inside it, and future when it starts on or after the as-of date (nothing can be in it yet).
 */
export function cohortCellState(cohort: string, monthsAfter: number, asOf: string): CohortCellState {
  const start = addMonths(`${cohort}-01`, monthsAfter);
  if (start >= asOf) return 'future';
  return addMonths(start, 1) <= asOf ? 'complete' : 'partial';
}

/**
 * Whether a cohort is the data's first month: its "first purchases" include every customer who
 * had bought before the file begins, so it is larger than a real month of newcomers.
 */
export const cohortStartsWithData = (cohort: string, firstDate: string): boolean => firstDate.slice(0, 7) === cohort;

const minDate = (a: string, b: string) => (a < b ? a : b);
