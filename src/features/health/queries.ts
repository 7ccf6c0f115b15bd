// The shop's health by period and its acquisition cohorts, before the as-of date on screen.
// The parts are getters: a panel passes its props, read each time the question is asked.

import { query, type Query } from '../../app/query.svelte';
import type { CohortCell } from '../../lib/engine/api';
import { type HealthRow, healthRows, type Period } from '../../lib/health/health';
import type { Analysis } from '../results/analysis.svelte';
import type { Churn } from '../value/churn.svelte';

export interface HealthReport {
  period: Period;
  rows: HealthRow[];
  churnDays: number;
}

export function healthQuery(analysis: () => Analysis, churn: () => Churn, period: () => Period): Query<HealthReport> {
  return query(
    () => {
      const asked = analysis().asked;
      return asked && { asked, override: churn().override, period: period() };
    },
    async ({ asked, override, period }) => {
      const { asOf } = asked.settings;
      const churnDays = await churn().days(asked.summary, asOf, override);
      const points = await analysis().ask((engine) => engine.healthSeries(asOf, period, churnDays));
      return { period, rows: healthRows(points), churnDays };
    },
  );
}

/** Cohorts depend only on the orders and the as-of date, not on the scoring. */
export function cohortsQuery(analysis: () => Analysis): Query<CohortCell[]> {
  return query(
    () => {
      const asked = analysis().asked;
      return asked && { summary: asked.summary, asOf: asked.settings.asOf };
    },
    ({ asOf }) => analysis().ask((engine) => engine.cohorts(asOf)),
  );
}
