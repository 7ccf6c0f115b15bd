// The churn threshold: a customer without a purchase for longer than N days counts as churned.
// N is suggested from the data as the 90th percentile of the days between a customer's
// consecutive purchases (nine in ten repeat purchases come sooner); without any repeat purchase
// to learn from, half a year. The user can change it.

import type { ChurnSuggestion } from '../engine/api';

export const CHURN_QUANTILE = 0.9;
export const CHURN_FALLBACK_DAYS = 180;

export function churnDaysFrom(suggestion: ChurnSuggestion | null): number {
  return suggestion?.days != null && suggestion.days > 0 ? suggestion.days : CHURN_FALLBACK_DAYS;
}
