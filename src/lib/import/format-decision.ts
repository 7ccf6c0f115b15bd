// Day/month order and decimal separator are decided per file from the evidence of the whole
// column (counted in SQL, see macros.sql): values that fit only one reading decide; a file
// whose values fit both readings is not guessed at, the user is asked. Pure, so it is tested
// on its own and the engine only counts.

import { localToday } from '../dates';
import type { DateEvidence, DateOrderChoice, DecimalChoice, FormatDecision, ImportChoices, NumberEvidence } from '../engine/api';

export interface Decided<T> {
  value: T;
  source: 'user' | 'format' | 'column' | 'dots' | 'not-needed';
  /** True when the values fit both readings and nothing decides: ask the user. */
  ambiguous: boolean;
}

export const NO_DATE_EVIDENCE: DateEvidence = { dayFirst: 0, monthFirst: 0, dotted: 0, ambiguous: 0 };
export const NO_NUMBER_EVIDENCE: NumberEvidence = { point: 0, comma: 0, ambiguous: 0 };

/** true = day first. `fallback` is used when the order does not matter (no value depends on it). */
export function decideDayFirst(choice: DateOrderChoice, evidence: DateEvidence, fallback = true, userFormat = false): Decided<boolean> {
  if (userFormat) return { value: fallback, source: 'format', ambiguous: false };
  if (choice !== 'auto') return { value: choice === 'day-first', source: 'user', ambiguous: false };
  // Mixed columns go with the majority; the minority then fails to parse and is counted as bad dates.
  if (evidence.dayFirst + evidence.monthFirst > 0) {
    return { value: evidence.dayFirst >= evidence.monthFirst, source: 'column', ambiguous: false };
  }
  if (evidence.ambiguous > 0) return { value: fallback, source: 'column', ambiguous: true };
  // "01.02.2024": nobody writes month.day.year with points.
  if (evidence.dotted > 0) return { value: true, source: 'dots', ambiguous: false };
  return { value: fallback, source: 'not-needed', ambiguous: false };
}

/** true = decimal comma. */
export function decideDecimalComma(choice: DecimalChoice, evidence: NumberEvidence, fallback = false): Decided<boolean> {
  if (choice !== 'auto') return { value: choice === 'comma', source: 'user', ambiguous: false };
  if (evidence.point + evidence.comma > 0) {
    return { value: evidence.comma > evidence.point, source: 'column', ambiguous: false };
  }
  if (evidence.ambiguous > 0) return { value: fallback, source: 'column', ambiguous: true };
  return { value: fallback, source: 'not-needed', ambiguous: false };
}

export function formatDecision(
  day: Decided<boolean>,
  dateEvidence: DateEvidence,
  decimal: Decided<boolean>,
  numberEvidence: NumberEvidence,
): FormatDecision {
  return {
    dayFirst: day.value,
    dateOrderSource: day.source,
    dateEvidence,
    decimalComma: decimal.value,
    decimalSource: decimal.source === 'user' || decimal.source === 'column' ? decimal.source : 'not-needed',
    numberEvidence,
  };
}

/**
 * Orders dated earlier are not orders: "no date" placeholders (0001-01-01, 1900-01-01, Excel's
 * 1899-12-30) would make a customer 739,068 days old and a health series of a million weeks.
 * 1990 predates any till or web-shop export; a user with older data chooses an earlier date.
 */
export const EARLIEST_ORDER_DATE = '1990-01-01';

export function defaultImportChoices(today = localToday()): ImportChoices {
  return { dateOrder: 'auto', decimal: 'auto', dateFormat: null, dropDuplicates: false, mergeIdVariants: false, today, earliestDate: EARLIEST_ORDER_DATE, excludedStatuses: null };
}
