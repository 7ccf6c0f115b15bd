// What each segment is worth at the as-of date on screen, and the churn threshold it used.
// The parts are getters: a panel passes its props, read each time the question is asked.

import { query, type Query } from '../../app/query.svelte';
import type { ChurnSuggestion, SegmentValue } from '../../lib/engine/api';
import { churnDaysFrom } from '../../lib/value/churn';
import type { Analysis } from '../results/analysis.svelte';
import type { Churn } from './churn.svelte';

export interface ValueReport {
  asOf: string;
  churnDays: number;
  suggestion: ChurnSuggestion;
  values: SegmentValue[];
}

export function valueQuery(analysis: () => Analysis, churn: () => Churn): Query<ValueReport> {
  return query(
    () => {
      const asked = analysis().asked;
      return asked && { asked, override: churn().override };
    },
    async ({ asked, override }) => {
      const { settings, segmentation, summary } = asked;
      const suggestion = await churn().suggestion(summary, settings.asOf);
      const churnDays = override ?? churnDaysFrom(suggestion);
      const values = await analysis().ask((engine) => engine.segmentValue(settings, segmentation, churnDays));
      return { asOf: settings.asOf, churnDays, suggestion, values };
    },
  );
}
